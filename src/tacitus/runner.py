"""The main job behind `tacitus run`: read inputs, skip what is stored, code the rest, store it.

Streaming all the way: articles are read lazily, coded in spaCy batches and written one batch per
transaction, so memory stays flat as the corpus grows and a killed run loses at most the batch in
flight (rerunning completes it: stored articles are recognized by their content id).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from .model import Article, Coded, Failure
from .store import Store

__all__ = ["RunSummary", "run_inputs"]


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


def run_inputs(inputs: Iterable[str | Path], *, db: str | Path, column_map: Mapping[str, str] | None = None,
               published: str | None = None, source: str | None = None, batch_size: int = 32,
               model: str | None = None, progress: bool = False,
               dictionaries: tuple[str | Path, ...] = ()) -> RunSummary:
    """Code every article in ``inputs`` that the database at ``db`` does not hold yet.

    Input problems and articles that fail to code are recorded in the ``failures`` table and
    counted; the run goes on.
    """
    from .coder import load  # the model loads only when there is something to code
    from .ingest import iter_articles

    summary = RunSummary()
    started = time.perf_counter()
    with Store(db) as store:
        pending_failures: list[Failure] = []
        fresh = _fresh_articles(iter_articles(list(map(str, inputs)), column_map=column_map,
                                              published=published, source=source),
                                store, summary, pending_failures, batch_size)
        coder = None
        bar = _Progress(progress)
        try:
            batch: list[Coded] = []
            for first in fresh:
                coder = coder or load(model, dictionaries=dictionaries or None)
                stream = coder.pipe(_chain(first, fresh), batch_size=batch_size, on_error="record")
                for result in stream:
                    if isinstance(result, Failure):
                        pending_failures.append(result)
                        summary.failed += 1
                    else:
                        batch.append(result)
                        summary.events += len(result.events)
                        summary.quotes += len(result.quotes)
                        summary.actors += len(result.actors)
                    bar.advance(summary)
                    if len(batch) >= batch_size:
                        summary.new += _write(store, batch, pending_failures, summary)
                break
            summary.new += _write(store, batch, pending_failures, summary)
        finally:
            bar.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _write(store: Store, batch: list[Coded], failures: list[Failure], summary: RunSummary) -> int:
    """Write one batch and its failures in one transaction, then empty both lists in place.

    The lists are cleared rather than replaced because the article reader appends input failures
    to the same list object.
    """
    new = store.write(batch, failures)
    for failure in failures:
        if len(summary.failures) < 50:
            summary.failures.append({"path": failure.path, "position": failure.position, "reason": failure.reason})
    batch.clear()
    failures.clear()
    return new


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _fresh_articles(items: Iterable[Article | Failure], store: Store, summary: RunSummary,
                    failures: list[Failure], lookahead: int) -> Iterator[Article]:
    """Yield the articles not stored yet; count reads, duplicates and input failures.

    Ids are checked against the store a chunk at a time (one query per chunk, not per article).
    """
    seen: set[str] = set()
    chunk: list[Article] = []

    def flush() -> Iterator[Article]:
        known = store.known_article_ids([a.id for a in chunk])
        for article in chunk:
            if article.id in known or article.id in seen:
                summary.skipped += 1
                continue
            seen.add(article.id)
            yield article
        chunk.clear()

    for item in items:
        summary.read += 1
        if isinstance(item, Failure):
            failures.append(item)
            summary.failed += 1
            continue
        chunk.append(item)
        if len(chunk) >= lookahead:
            yield from flush()
    yield from flush()


class _Progress:
    """A rich progress bar on stderr (articles/s, events), or nothing when disabled."""

    def __init__(self, enabled: bool) -> None:
        self._progress = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"), TextColumn("{task.fields[events]} events"),
            console=Console(stderr=True), transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("loading the model", total=None, rate=0.0, events=0)
        self._started = time.perf_counter()
        self._done = 0

    def advance(self, summary: RunSummary) -> None:
        """Count one more processed article."""
        if self._progress is None:
            return
        self._done += 1
        elapsed = max(time.perf_counter() - self._started, 1e-6)
        self._progress.update(self._task, advance=1, rate=self._done / elapsed, events=summary.events,
                              description=f"coded {self._done} (skipped {summary.skipped}, failed {summary.failed})")

    def close(self) -> None:
        """Stop drawing."""
        if self._progress is not None:
            self._progress.stop()
