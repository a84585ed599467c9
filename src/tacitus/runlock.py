"""One writer at a time: an advisory lock file beside the database (``news.duckdb.lock``).

The runner opens the database only for the moment of each batch write, so DuckDB's own file lock
no longer keeps two runs apart: two runs could interleave batches and each count the other's
articles as its own. A run therefore holds an ``flock`` on ``<db>.lock`` from start to end. The
operating system releases an flock when its holder exits, even on SIGKILL, so a crashed run never
leaves a stale lock behind; the pid and start time written inside are only for the message.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, IO

from .errors import StoreError

__all__ = ["RunLock", "RunLockedError", "LockHolder", "lock_path", "read_holder"]


class RunLockedError(StoreError):
    """Another tacitus run holds the database's run lock (raised with ``wait=False``)."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds a run lock, as written in the lock file (fields are None when unreadable)."""

    pid: int | None
    started: str | None

    def describe(self, db: str) -> str:
        """One line naming the holder, e.g. "another tacitus run (pid 12, started ...) is writing to X"."""
        pid = self.pid if self.pid is not None else "unknown"
        started = self.started or "at an unknown time"
        return f"another tacitus run (pid {pid}, started {started}) is writing to {db}"


def lock_path(db: str | Path) -> Path:
    """The lock file of the database at ``db``."""
    return Path(f"{db}.lock")


class RunLock:
    """Hold the run lock of a database for the duration of a ``with`` block.

    With ``wait=True`` a second run calls ``on_wait`` once with a one-line message and then
    polls every ``poll`` seconds until the lock is free (or ``timeout`` seconds have passed, when
    given); with ``wait=False`` it raises RunLockedError at once.
    """

    def __init__(self, db: str | Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None,
                 poll: float = 0.2, timeout: float | None = None) -> None:
        """Prepare the lock for ``db``; nothing is locked until ``acquire`` or ``with``."""
        self.db = str(db)
        self.path = lock_path(db)
        self.wait = wait
        self.on_wait = on_wait
        self.poll = poll
        self.timeout = timeout
        self._file: IO[str] | None = None

    def __enter__(self) -> "RunLock":
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def acquire(self) -> None:
        """Take the lock, waiting or raising RunLockedError as configured."""
        try:
            handle = open(self.path, "a+", encoding="utf-8")
        except OSError as exc:
            hint = ("its folder does not exist: create it or use another --db" if not self.path.parent.is_dir()
                    else "check that its folder is writable")
            raise StoreError(f"cannot create the lock file {self.path}: {exc.strerror or exc}; {hint}") from exc
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        told = False
        while not _try_lock(handle):
            message = read_holder(self.path).describe(self.db)
            if not self.wait:
                handle.close()
                raise RunLockedError(f"{message}; wait for it to finish, or use another --db")
            if deadline is not None and time.monotonic() >= deadline:
                handle.close()
                raise RunLockedError(f"{message}; gave up after {self.timeout:g} s")
            if not told and self.on_wait is not None:
                self.on_wait(f"{message}; waiting...")
            told = True
            time.sleep(self.poll)
        # We hold the lock: say who we are, for the message a waiting run prints.
        handle.seek(0)
        handle.truncate()
        started = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
        handle.write(json.dumps({"pid": os.getpid(), "started": started}))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Let go of the lock (closing the file releases the flock)."""
        if self._file is None:
            return
        try:
            self._file.seek(0)
            self._file.truncate()
        finally:
            self._file.close()  # closing releases the flock
            self._file = None


def _try_lock(handle: IO[str]) -> bool:
    """Take an exclusive flock without blocking; False when another holder has it."""
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def read_holder(path: str | Path) -> LockHolder:
    """Read the pid and start time written in a lock file (None fields when absent or garbled)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return LockHolder(pid=None, started=None)
    if not isinstance(data, dict):
        return LockHolder(pid=None, started=None)
    pid = data.get("pid")
    started = data.get("started")
    return LockHolder(pid=pid if isinstance(pid, int) else None, started=started if isinstance(started, str) else None)
