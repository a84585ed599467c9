"""The main job behind `tacitus run`: read inputs, skip what is stored, code the rest, store it.

Streaming all the way: articles are read lazily, coded in spaCy batches and written one batch per
transaction, so memory stays flat as the corpus grows and a killed run loses at most the batch in
flight (rerunning completes it: stored articles are recognized by their content id).

The database is open only while a batch is written or a chunk of ids is looked up, never for the
whole run, so that readers (`tacitus events`, the dashboard) can open it between batches. Two
runs on one database are kept apart by the run lock (runlock.py) instead.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .model import Article, Coded, Failure
from .options import RunOptions
from .runlock import RunLock
from .store import Store

if TYPE_CHECKING:  # the coder module loads spaCy: import it only when there is something to code
    from .coder import Coder

__all__ = ["RunSummary", "RunnerTuning", "run_inputs"]

_FAILURE_SAMPLES = 50


@dataclass(frozen=True)
class RunnerTuning:
    """The runner's memory and batching bounds (defaults suit any corpus; tests shrink them to
    reach the edge cases with a few articles).

    - ``lookup_chunk`` ids are checked against the store per lookup (one short read-only open per
      chunk); a chunk is also cut at ``lookup_chars`` of text, so a few huge articles do not pile up;
    - ``recent_ids``: ids of recently queued articles, to skip duplicates not written yet; anything
      older has been written and is found by the store lookup, so memory stays bounded;
    - ``pending_failures``: failures waiting for a write are flushed on their own past this many
      (a corpus of bad lines must not accumulate them);
    - ``max_waiting_batches``: a full batch waits for the commit interval (opening and closing the
      file costs ~50-100 ms), but never more than this many batches pile up.
    """

    lookup_chunk: int = 256
    lookup_chars: int = 4_000_000
    recent_ids: int = 8192
    pending_failures: int = 256
    max_waiting_batches: int = 16


# The writer's connection is tiny and short-lived: one thread, a small memory budget.
_WRITER_CONFIG = {"threads": "1", "memory_limit": "256MB"}


@dataclass
class RunSummary:
    """What a run did: every record read ends as exactly one of new, skipped (already stored or a
    duplicate within the run) or failed, so ``read == new + skipped + failed``."""

    read: int = 0
    new: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    actors: int = 0
    seconds: float = 0.0
    failures: list[dict[str, str | None]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """The summary as a plain dict (for --json)."""
        return asdict(self)


def run_inputs(options: RunOptions, *, load_coder: Callable[[], "Coder"] | None = None,
               on_wait: Callable[[str], None] | None = None, tuning: RunnerTuning = RunnerTuning()) -> RunSummary:
    """Code every article of ``options.inputs`` that the database ``options.db`` does not hold yet.

    Input problems and articles that fail to code are recorded in the ``failures`` table and
    counted; the run goes on. ``load_coder`` supplies the coder (called only when there is
    something to code; `tacitus watch` passes one that keeps its model loaded); by default
    ``options.load_coder()`` loads it (model, dictionaries, budgets). Another run on the same
    database makes this one wait (``on_wait`` gets a one-line message) or, with
    ``options.wait=False``, raise RunLockedError; a reader holding the file delays a write as long
    as it holds it (``on_wait`` is told), or ``options.store_timeout`` seconds when set.
    ``tuning`` bounds memory and batching (RunnerTuning).
    """
    from .ingest import iter_articles

    summary = RunSummary()
    started = time.perf_counter()
    with RunLock(options.db, wait=options.wait, on_wait=on_wait):
        writer = _BatchWriter(options.db, summary, batch_size=options.batch_size, timeout=options.store_timeout,
                              commit_seconds=options.commit_seconds, on_wait=on_wait, tuning=tuning)
        writer.prepare()
        items = iter_articles(list(options.inputs), **options.reader_options())
        fresh = _fresh_articles(items, writer, summary, tuning)
        bar = _Progress(options.progress, total=_known_total(options) if options.progress else None)
        try:
            first = next(fresh, None)
            if first is not None:
                coder = load_coder() if load_coder is not None else options.load_coder()
                for result in coder.pipe(_chain(first, fresh), batch_size=options.batch_size, on_error="record"):
                    if isinstance(result, Failure):
                        writer.fail(result)
                    else:
                        writer.add(result)
                        summary.events += len(result.events)
                        summary.quotes += len(result.quotes)
                        summary.actors += len(result.actors)
                    bar.advance(summary)
            writer.flush()
        finally:
            bar.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


class _BatchWriter:
    """Collects coded articles and failures and writes them a batch per transaction.

    Each write opens the database, writes the waiting articles in one transaction and closes it
    again, so the file is free for readers between writes; id lookups open it read-only. Writes
    happen at most every ``commit_seconds`` (a transaction may then hold several batches).
    """

    def __init__(self, db: str | Path, summary: RunSummary, *, batch_size: int, timeout: float | None,
                 commit_seconds: float = 2.0, on_wait: Callable[[str], None] | None = None,
                 tuning: RunnerTuning = RunnerTuning()) -> None:
        """Write to ``db`` in batches of ``batch_size``, counting into ``summary``; wait for readers
        as long as needed (``timeout`` None) or ``timeout`` seconds."""
        self.db = db
        self.summary = summary
        self.batch_size = batch_size
        # The run's own id lookups wait like its writes (a read-only open defaults to a timeout).
        self.timeout = math.inf if timeout is None else timeout
        self.on_wait = on_wait
        self.tuning = tuning
        self.commit_seconds = commit_seconds
        self._batch: list[Coded] = []
        self._failures: list[Failure] = []
        self._last_write = time.monotonic()

    def _open(self, *, read_only: bool = False) -> Store:
        return Store(self.db, read_only=read_only, timeout=self.timeout, config=_WRITER_CONFIG, on_wait=self.on_wait)

    def prepare(self) -> None:
        """Create the database and its tables if needed (later lookups open it read-only)."""
        self._open().close()

    def known(self, article_ids: list[str]) -> set[str]:
        """The subset of ``article_ids`` already stored."""
        if not article_ids:
            return set()
        with self._open(read_only=True) as store:
            return store.known_article_ids(article_ids)

    def add(self, coded: Coded) -> None:
        """Queue one coded article; write when a batch is full and the last write is not too recent."""
        self._batch.append(coded)
        if len(self._batch) < self.batch_size:
            return
        if (time.monotonic() - self._last_write >= self.commit_seconds
                or len(self._batch) >= self.tuning.max_waiting_batches * self.batch_size):
            self.flush()

    def fail(self, failure: Failure) -> None:
        """Count and queue one failure; write when too many are waiting."""
        self.summary.failed += 1
        self._failures.append(failure)
        if len(self.summary.failures) < _FAILURE_SAMPLES:
            self.summary.failures.append({"path": failure.path, "position": failure.position, "reason": failure.reason})
        if len(self._failures) >= self.tuning.pending_failures:
            self.flush()

    def flush(self) -> None:
        """Write the queued articles and failures in one transaction, then forget them."""
        if not self._batch and not self._failures:
            return
        with self._open() as store:
            new = store.write(self._batch, self._failures)
        self.summary.new += new
        # A duplicate that slipped past the lookups (outside the recent-id window) is found by
        # write(), which stores it once: count it as skipped so the totals still add up.
        self.summary.skipped += len(self._batch) - new
        self._batch.clear()
        self._failures.clear()
        self._last_write = time.monotonic()


class _RecentIds:
    """A bounded set of the most recently added ids (oldest forgotten first)."""

    def __init__(self, capacity: int) -> None:
        """Remember at most ``capacity`` ids."""
        self._order: deque[str] = deque()
        self._ids: set[str] = set()
        self._capacity = capacity

    def __contains__(self, item: str) -> bool:
        return item in self._ids

    def add(self, item: str) -> None:
        """Remember ``item``, forgetting the oldest id when full."""
        if item in self._ids:
            return
        self._order.append(item)
        self._ids.add(item)
        if len(self._order) > self._capacity:
            self._ids.discard(self._order.popleft())


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _fresh_articles(items: Iterable[Article | Failure], writer: _BatchWriter, summary: RunSummary,
                    tuning: RunnerTuning) -> Iterator[Article]:
    """Yield the articles not stored yet; count reads, duplicates and input failures.

    Ids are checked against the store a chunk at a time (one short read-only open per chunk),
    so rereading the old part of a grown file costs reading and one lookup per chunk.
    """
    recent = _RecentIds(tuning.recent_ids)
    chunk: list[Article] = []
    chars = 0

    def flush() -> Iterator[Article]:
        known = writer.known([a.id for a in chunk])
        for article in chunk:
            if article.id in known or article.id in recent:
                summary.skipped += 1
                continue
            recent.add(article.id)
            yield article
        chunk.clear()

    for item in items:
        summary.read += 1
        if isinstance(item, Failure):
            writer.fail(item)
            continue
        chunk.append(item)
        chars += len(item.text)
        if len(chunk) >= tuning.lookup_chunk or chars >= tuning.lookup_chars:
            yield from flush()
            chars = 0
    yield from flush()


def _known_total(options: RunOptions) -> int | None:
    """How many records the inputs hold, when that can be counted cheaply (ingest/count.py)."""
    from .ingest.count import count_records

    return count_records(options.inputs)


class _Progress:
    """A rich progress bar on stderr (articles/s, events), or nothing when disabled. With the
    inputs' record count as ``total`` it also shows a bar, done/total and the time remaining."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self._progress = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        counted = (BarColumn(), MofNCompleteColumn(), TextColumn("ETA"), TimeRemainingColumn()) if total else ()
        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), *counted, TimeElapsedColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"), TextColumn("{task.fields[events]} events"),
            console=Console(stderr=True), transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("loading the model", total=total or None, rate=0.0, events=0)
        self._started = time.perf_counter()
        self._done = 0

    def advance(self, summary: RunSummary) -> None:
        """Count one more processed article."""
        if self._progress is None:
            return
        self._done += 1
        elapsed = max(time.perf_counter() - self._started, 1e-6)
        # Records read so far and done with: coded (or failed while coding) plus skipped as stored.
        self._progress.update(self._task, completed=self._done + summary.skipped, rate=self._done / elapsed,
                              events=summary.events,
                              description=f"coded {self._done} (skipped {summary.skipped}, failed {summary.failed})")

    def close(self) -> None:
        """Stop drawing."""
        if self._progress is not None:
            self._progress.stop()
