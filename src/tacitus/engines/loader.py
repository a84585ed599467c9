"""The driver's side of a Ray run: load shards into the store in the local engine's order.

The loader replays the local runner's bookkeeping on the shard rows: every row read counts once
as new, skipped or failed (``read == new + skipped + failed``), an article already stored or seen
earlier in the run is skipped, and articles are written with ``Store.write`` a batch per
transaction, so the database ends up exactly as ``tacitus run`` would leave it. Like the local
runner, the database is open only while one batch is looked up and written, so readers (the
dashboard, `tacitus events`) get in between batches.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Callable, Mapping

from ..model import Coded, Failure
from ..runner import RunSummary
from ..store import Store
from .shards import read_shard

__all__ = ["ShardLoader"]

MAX_LISTED_FAILURES = 50  # as in the local summary: the table holds them all, the summary a sample
MAX_PENDING_FAILURES = 256
# A batch waits for the commit interval, but never more than this many batches pile up.
MAX_WAITING_BATCHES = 16
# The loader's connection is short-lived and small, as the local runner's writer.
WRITER_CONFIG: Mapping[str, str] = {"threads": "1", "memory_limit": "256MB"}


class ShardLoader:
    """Feeds shard rows to the database at ``db`` (or, with ``db=None``, only counts them) and fills
    a RunSummary."""

    def __init__(self, db: str | Path | None, summary: RunSummary, batch_size: int = 32,
                 store_timeout: float | None = None, *, commit_seconds: float = 0.0,
                 on_wait: Callable[[str], None] | None = None) -> None:
        """Load into ``db`` in transactions of at least ``batch_size`` articles, counting into
        ``summary``; a full batch is written once ``commit_seconds`` have passed since the last
        write (as the local runner does with --commit-every), or once 16 batches wait."""
        self.db = db
        self.store_timeout = store_timeout
        self.commit_seconds = commit_seconds
        self.on_wait = on_wait
        self._last_write = time.monotonic()
        self.summary = summary
        self.batch_size = max(1, batch_size)
        self._batch: list[Coded] = []
        self._failures: list[Failure] = []
        # Ids of articles that failed to code in this run: a repeat of one is skipped, as the local
        # runner does. Only failures are remembered; coded repeats are caught by the store.
        self._failed_ids: set[str] = set()

    def load(self, path: str | Path) -> None:
        """Load one shard file."""
        for row in read_shard(path):
            self.add(row)

    def add(self, row: dict[str, Any]) -> None:
        """Count and queue one shard row."""
        self.summary.read += 1
        kind, article_id = row["kind"], row.get("article_id")
        if kind == "skipped":
            self.summary.skipped += 1
        elif kind == "failure":
            if article_id is not None and article_id in self._failed_ids:
                self.summary.skipped += 1
                return
            if article_id is not None:
                self._failed_ids.add(article_id)
            self.summary.failed += 1
            self._failures.append(Failure(path=row["path"], position=row["position"], reason=row["reason"],
                                          kind=row["failure_kind"] or "input"))
            if len(self._failures) >= MAX_PENDING_FAILURES:  # a corpus of bad lines must not pile up
                self.flush()
        else:
            self._batch.append(Coded.from_dict(json.loads(row["coded"])))
            if len(self._batch) >= self.batch_size and (
                    time.monotonic() - self._last_write >= self.commit_seconds
                    or len(self._batch) >= MAX_WAITING_BATCHES * self.batch_size):
                self.flush()

    def flush(self) -> None:
        """Write the queued articles and failures in one transaction (count only, without a database)."""
        if not self._batch and not self._failures:
            return
        if self.db is None:
            self._count(set())
        else:
            with Store(self.db, timeout=self.store_timeout, config=WRITER_CONFIG, on_wait=self.on_wait) as store:
                fresh = self._count(store.known_article_ids([c.article.id for c in self._batch]))
                store.write(fresh, self._failures)
        for failure in self._failures:
            if len(self.summary.failures) < MAX_LISTED_FAILURES:
                self.summary.failures.append({"path": failure.path, "position": failure.position, "reason": failure.reason})
        self._batch.clear()
        self._failures.clear()
        self._last_write = time.monotonic()

    def _count(self, known: set[str]) -> list[Coded]:
        """Count the queued articles against the stored ``known`` ids; return the new ones."""
        fresh: list[Coded] = []
        for coded in self._batch:
            if coded.article.id in known:
                self.summary.skipped += 1
                continue
            known.add(coded.article.id)
            fresh.append(coded)
            self.summary.events += len(coded.events)
            self.summary.quotes += len(coded.quotes)
            self.summary.actors += len(coded.actors)
        self.summary.new += len(fresh)
        return fresh
