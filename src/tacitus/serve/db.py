"""Short-lived read-only database connections for the server.

DuckDB lets one process write a file, and a writer cannot open the file while any other process
holds it. `tacitus run` opens the database once per batch, so the server must never keep a
connection open: each request (or a short burst of work inside one request) opens a read-only
connection, and closes it before answering. When a writer holds the file, opening fails with a
lock error; we retry for a few seconds, then give up with a 503 the client can retry.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

import duckdb

from .errors import ApiError

__all__ = ["Database"]


@dataclass(frozen=True)
class Database:
    """Where the database is and how long to wait for a writer to let go of it."""

    path: Path
    wait_seconds: float = 5.0
    retry_every: float = 0.05

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Yield a read-only connection, closed on exit; 503 when a writer keeps the file locked."""
        con = self._open()
        try:
            yield con
        finally:
            con.close()

    def _open(self) -> duckdb.DuckDBPyConnection:
        """Open read-only, retrying while another process holds the write lock."""
        if not self.path.exists():
            raise ApiError(503, "no_database", f"no database at {self.path}: run `tacitus run INPUT --db {self.path}` first")
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=True)
            except (duckdb.IOException, duckdb.ConnectionException) as exc:
                # A writer (tacitus run) holds the file; it lets go after each batch.
                if time.monotonic() >= deadline:
                    raise ApiError(503, "database_busy",
                                   "the database is being written by another process; retry in a few seconds",
                                   {"reason": str(exc).splitlines()[0]}) from exc
                time.sleep(self.retry_every)

    def rows(self, con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterized query and return its rows as dicts keyed by column name."""
        cursor = con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def has_table(self, con: duckdb.DuckDBPyConnection, name: str) -> bool:
        """True when the database holds a table of this name (clusters are built by a later step)."""
        row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
        return bool(row and row[0])
