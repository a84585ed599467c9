"""Opening the database file: the one place that knows DuckDB's locking.

DuckDB lets one process hold a writable file, and no other process may open it meanwhile
(readers included). Everyone therefore keeps connections short, and an open that finds the file
locked retries with backoff:

- a **writer** (``tacitus run``, clustering) waits as long as it takes (``timeout=None``), says
  so once through ``on_wait``, and meanwhile keeps a flag file ``<db>.writer-waiting`` fresh; the
  server (serve/db.py) sees the flag and lets go of its read connection between requests, so a
  run never fails because a dashboard is being read;
- a **reader** gives up after ``timeout`` seconds with :class:`DatabaseBusy`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable, Mapping

import duckdb

from ..errors import StoreError

__all__ = ["connect", "DatabaseBusy", "is_lock_conflict", "first_line", "writer_waiting", "wait_flag",
           "WAIT_MESSAGE_AFTER"]

log = logging.getLogger("tacitus.db")

# A writer says it waits once it has waited this long (a reader's short query is not news).
WAIT_MESSAGE_AFTER = 1.0
# A flag not refreshed for this long belongs to a writer that died: readers ignore it.
_FLAG_STALE_SECONDS = 5.0


class DatabaseBusy(StoreError):
    """Another connection kept the file locked for longer than the caller would wait."""


def first_line(exc: BaseException) -> str:
    """The first line of an exception message (DuckDB appends hints and links)."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def is_lock_conflict(exc: BaseException) -> bool:
    """True when opening failed only because another connection holds the file.

    Another process holding it raises IOException ("Could not set lock on file"); another
    connection of this process opened with a different mode raises ConnectionException.
    """
    message = str(exc).lower()
    if isinstance(exc, duckdb.IOException):
        return "lock" in message
    return isinstance(exc, duckdb.ConnectionException) and "different configuration" in message


def wait_flag(path: str | Path) -> Path:
    """The flag file a waiting writer keeps beside the database."""
    return Path(f"{path}.writer-waiting")


def writer_waiting(path: str | Path) -> bool:
    """True while a writer waits for the file (its flag is fresh)."""
    try:
        age = time.time() - wait_flag(path).stat().st_mtime
    except OSError:
        return False
    return age < _FLAG_STALE_SECONDS


def connect(path: str | Path, *, read_only: bool = False, timeout: float | None = None,
            config: Mapping[str, str] | None = None, on_wait: Callable[[str], None] | None = None,
            max_delay: float = 0.25) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB connection, retrying with backoff while another connection holds the file.

    ``timeout=None`` waits as long as needed (writers); otherwise :class:`DatabaseBusy` is raised
    after ``timeout`` seconds. ``on_wait`` receives one line once the wait passes
    WAIT_MESSAGE_AFTER seconds (default: a warning on the ``tacitus.db`` logger). Any other
    failure to open raises StoreError.
    """
    path = str(path)
    started = time.monotonic()
    delay = 0.01
    flag = None if read_only or path == ":memory:" else wait_flag(path)
    told = touched = False
    try:
        while True:
            try:
                return duckdb.connect(path, read_only=read_only, config=dict(config or {}))
            except duckdb.Error as exc:
                if not is_lock_conflict(exc):
                    raise StoreError(f"cannot open {path}: {first_line(exc)}") from exc
                waited = time.monotonic() - started
                if timeout is not None and waited >= timeout:
                    raise DatabaseBusy(
                        f"cannot open {path}: another connection kept it locked for {timeout:g} s "
                        f"({first_line(exc)}); wait for it to finish, or use another --db") from exc
                if flag is not None:
                    flag.touch()  # refreshed at every try: readers ignore a flag left by a dead writer
                    touched = True
                if not told and waited >= WAIT_MESSAGE_AFTER:
                    told = True
                    message = f"waiting for {path}: another process is reading or writing it ({first_line(exc)})"
                    (on_wait or log.warning)(message)
                pause = delay if timeout is None else min(delay, max(timeout - waited, 0.0))
                time.sleep(pause)
                # Exponential backoff, capped so that a reader closing quickly is noticed quickly.
                delay = min(delay * 2, max_delay)
    finally:
        if touched and flag is not None:
            flag.unlink(missing_ok=True)
