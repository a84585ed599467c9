"""Short-lived read-only database access for the server.

DuckDB lets one process write a file, and a writer cannot open it while another process holds
it. `tacitus run` opens the database once per batch (waiting as long as a reader holds it), so
the server never keeps the file open for long: requests share one read-only connection (a
cursor each) only while they come in a burst. The connection is closed as soon as no request has
used it for ``idle_seconds``; as soon as a writer says it waits (its flag file, see
tacitus.db.connect); and, under sustained load, once it is ``max_age_seconds`` old. New requests
then wait until the current ones finish, the file is released for at least ``yield_seconds`` (and
while the writer still waits) so the writer can take it, and a fresh connection (which also sees
the new data) is opened.

The pause (0.3 s) is longer than the longest back-off of a waiting `tacitus run` (0.25 s, see
tacitus.db.connect), so a writer gets the file within one cycle even without its flag.

Opening a DuckDB database costs tens of milliseconds, more than most queries, which is why
requests in a burst share one connection instead of opening their own.

When a writer holds the file, opening fails with a lock error; we retry for ``wait_seconds``,
then answer 503 (in the API's error envelope) so the client can retry.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

import duckdb

from ..db.connect import DatabaseBusy, connect, first_line, writer_waiting
from ..errors import StoreError
from .errors import ApiError

__all__ = ["Database"]


class Database:
    """A read-only handle on the database file, shared by the requests of one app."""

    def __init__(self, path: Path, *, wait_seconds: float = 5.0, idle_seconds: float = 0.2,
                 max_age_seconds: float = 2.0, yield_seconds: float = 0.3, retry_every: float = 0.05) -> None:
        """Remember where the file is and the timings above (seconds)."""
        self.path = Path(path)
        self.wait_seconds = wait_seconds
        self.idle_seconds = idle_seconds
        self.max_age_seconds = max_age_seconds
        self.yield_seconds = yield_seconds
        self.retry_every = retry_every
        self._cond = threading.Condition()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened = 0.0
        self._users = 0
        self._generation = 0
        self._draining = False

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Yield a read-only cursor for one request; 503 when a writer keeps the file locked."""
        cursor = self._acquire()
        try:
            yield cursor
        finally:
            cursor.close()
            self._release()

    def close(self) -> None:
        """Close the shared connection now (app shutdown, or before this process writes)."""
        with self._cond:
            self._close_locked()

    @property
    def is_open(self) -> bool:
        """True while the file is held by this app."""
        return self._con is not None

    def rows(self, con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterized query and return its rows as dicts keyed by column name."""
        cursor = con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def has_table(self, con: duckdb.DuckDBPyConnection, name: str) -> bool:
        """True when the database holds a table of this name (clusters are built by a later step)."""
        row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
        return bool(row and row[0])

    # ---- the shared connection -------------------------------------------------------------

    def _acquire(self) -> duckdb.DuckDBPyConnection:
        """Join the current connection, or open one; wait while an old one drains."""
        with self._cond:
            if self._con is not None and (time.monotonic() - self._opened >= self.max_age_seconds
                                          or writer_waiting(self.path)):
                if self._users == 0:
                    self._yield_file()
                else:
                    self._draining = True  # the last user to leave closes it
            deadline = time.monotonic() + self.wait_seconds
            # Wait while the connection drains, and do not reopen while a writer waits for the file
            # (unless it waits that long: then someone else holds it, and reading is harmless).
            while self._draining or (self._con is None and writer_waiting(self.path)):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    if self._draining:
                        raise ApiError(503, "database_busy", "the server is overloaded; retry in a few seconds")
                    break
                self._cond.wait(timeout=min(remaining, self.retry_every))
            if self._con is None:
                self._con = self._open()
                self._opened = time.monotonic()
                self._generation += 1
            self._users += 1
            return self._con.cursor()

    def _release(self) -> None:
        """Leave the connection; close it when idle (soon) or when old and drained (now)."""
        with self._cond:
            self._users -= 1
            if self._users > 0:
                return
            if self._draining or writer_waiting(self.path):
                self._yield_file()
                return
            generation = self._generation
            timer = threading.Timer(self.idle_seconds, self._close_if_idle, args=(generation,))
            timer.daemon = True
            timer.start()

    def _yield_file(self) -> None:
        """Close now and keep the file free for a moment, so that a waiting writer can take it."""
        self._close_locked()
        self._draining = True
        timer = threading.Timer(self.yield_seconds, self._end_drain)
        timer.daemon = True
        timer.start()

    def _end_drain(self) -> None:
        """Let waiting requests open a fresh connection (they wait on while a writer's flag is fresh)."""
        with self._cond:
            self._draining = False
            self._cond.notify_all()

    def _close_if_idle(self, generation: int) -> None:
        """Timer callback: close the connection if nobody used it since."""
        with self._cond:
            if self._users == 0 and self._generation == generation:
                self._close_locked()

    def _close_locked(self) -> None:
        """Close the connection (caller holds the lock)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def _open(self) -> duckdb.DuckDBPyConnection:
        """Open read-only, retrying while another process holds the write lock."""
        if not self.path.exists():
            raise ApiError(503, "no_database", f"no database at {self.path}: run `tacitus run INPUT --db {self.path}` first")
        try:
            return connect(self.path, read_only=True, timeout=self.wait_seconds, max_delay=self.retry_every)
        except DatabaseBusy as exc:
            # A writer (tacitus run) holds the file; it lets go after each batch.
            raise ApiError(503, "database_busy", "the database is being written by another process; retry in a few seconds",
                           {"reason": first_line(exc.__cause__ or exc)}) from exc
        except StoreError as exc:
            raise ApiError(500, "database_unreadable",
                           f"cannot open {self.path} as a Tacitus database: {first_line(exc.__cause__ or exc)}") from exc
