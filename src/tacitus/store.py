"""The DuckDB store: one write path, idempotent by content id, atomic per batch of articles.

An article and everything coded from it (actors, events, quotes) are written in one transaction,
so a run killed midway leaves either the whole article or nothing of it; rerunning the same input
skips every article whose id is already stored and completes the rest. Failures are keyed by a
hash of (path, position, reason) so recording the same failure twice stores it once.

Tables, migrations, row conversion, opening the file and filters live in tacitus.db; this class
is the library's face on them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import duckdb

from .db import columns as cols
from .db import rows
from .db.connect import connect, first_line
from .db.filters import (EventFilter, actor_condition, contains_sql, event_condition,  # noqa: F401 - re-exported
                         quote_condition)
from .db.schema import migrate
from .errors import StoreError
from .model import Actor, Article, Coded, Event, Failure, Quote
from .options import DEFAULT_DB

__all__ = ["Store", "EventFilter", "DEFAULT_DB", "event_condition", "actor_condition", "quote_condition",
           "contains_sql"]

# A reader gives up after this long when a writer keeps the file (a batch write takes well under).
READ_TIMEOUT = 10.0


class Store:
    """A Tacitus database file (DuckDB). Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, timeout: float | None = None,
                 config: Mapping[str, str] | None = None, on_wait: Callable[[str], None] | None = None) -> None:
        """Open (and create or migrate if needed) the database at ``path``.

        DuckDB lets one process hold a writable file, and no other process may open it meanwhile
        (readers included), so an open that finds the file locked retries (tacitus.db.connect).
        A writer waits as long as needed by default (``on_wait`` gets one line when it waits);
        a reader gives up after ``timeout`` seconds (default READ_TIMEOUT) with DatabaseBusy.
        ``config`` is passed to DuckDB (e.g. ``{"threads": "1", "memory_limit": "256MB"}``).
        """
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}: run `tacitus run INPUT --db {self.path}` first")
        if read_only and timeout is None:
            timeout = READ_TIMEOUT
        self._con = connect(self.path, read_only=read_only, timeout=timeout, config=config, on_wait=on_wait)
        if not read_only:
            try:
                migrate(self._con, self.path)
            except (duckdb.Error, StoreError) as exc:
                self._con.close()
                if isinstance(exc, StoreError):
                    raise
                raise StoreError(f"cannot open {self.path}: {first_line(exc)}") from exc

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open DuckDB connection, for modules that own tables of their own (clusters)."""
        return self._con

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (the file is consistent at every commit)."""
        self._con.close()

    # ---- writing -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """True when an article with this id is stored."""
        row = self._con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def known_article_ids(self, article_ids: Sequence[str]) -> set[str]:
        """Return the subset of ``article_ids`` that is already stored."""
        if not article_ids:
            return set()
        rows = self._con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)]
        ).fetchall()
        return {row[0] for row in rows}

    def write(self, results: Iterable[Coded], failures: Iterable[Failure] = ()) -> int:
        """Store coded articles and failures in ONE transaction; return the number of new articles.

        Articles already stored are left untouched (ids are content hashes), so rerunning an
        input changes nothing.
        """
        results = list(results)
        failures = list(failures)
        known = self.known_article_ids([coded.article.id for coded in results])
        fresh: list[Coded] = []
        seen: set[str] = set()
        for coded in results:
            if coded.article.id in known or coded.article.id in seen:
                continue
            seen.add(coded.article.id)
            fresh.append(coded)
        try:
            self._con.execute("BEGIN TRANSACTION")
            self._insert(cols.ARTICLES, [rows.article_row(c.article) for c in fresh])
            self._insert(cols.ACTORS, [(*rows.actor_row(c.article.id, a), i) for c in fresh
                                       for i, a in enumerate(c.actors)])
            self._insert(cols.EVENTS, [(*rows.event_row(e), i) for c in fresh for i, e in enumerate(c.events)])
            self._insert(cols.QUOTES, [(*rows.quote_row(q), i) for c in fresh for i, q in enumerate(c.quotes)])
            self._insert(cols.FAILURES, [rows.failure_row(f) for f in _unique_failures(failures)])
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            self._con.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {first_line(exc)}") from exc
        return len(fresh)

    def _insert(self, table: cols.Table, values: list[tuple[Any, ...]]) -> None:
        """Insert rows, ignoring ones whose key already exists (idempotent writes).

        One INSERT ... SELECT over an Arrow table: executemany runs one statement per row and
        was ~90x slower for a batch of articles.
        """
        if not values:
            return
        import pyarrow as pa

        columns = table.stored_names
        names = ", ".join(f'"{c}"' for c in columns)
        batch = pa.Table.from_pylist([dict(zip(columns, row)) for row in values])
        self._con.register("_tacitus_batch", batch)
        try:
            self._con.execute(f"INSERT OR IGNORE INTO {table.name} ({names}) SELECT {names} FROM _tacitus_batch")
        finally:
            self._con.unregister("_tacitus_batch")

    # ---- reading -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of every table."""
        return {
            table: self._con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("articles", "actors", "events", "quotes", "failures")
        }

    def article(self, article_id: str) -> Article | None:
        """Return one stored article, or None."""
        found = self._select("articles", cols.ARTICLE_COLUMNS, "id = ?", [article_id])
        return rows.article_from_row(found[0]) if found else None

    def coded(self, article_id: str) -> Coded | None:
        """Return everything stored for one article as a Coded record, or None."""
        article = self.article(article_id)
        if article is None:
            return None
        # Within one article, records come back in the order the pipeline produced them.
        mine = ("article_id = ?", [article_id], "position")
        actors = [rows.actor_from_row(r) for r in self._select("actors", cols.ACTOR_COLUMNS, *mine)]
        events = [rows.event_from_row(r) for r in self._select("events", cols.EVENT_COLUMNS, *mine)]
        quotes = [rows.quote_from_row(r) for r in self._select("quotes", cols.QUOTE_COLUMNS, *mine)]
        return Coded(article=article, actors=tuple(actors), events=tuple(events), quotes=tuple(quotes))

    def articles(self, limit: int | None = None) -> list[Article]:
        """Stored articles, by publication date then id."""
        found = self._select("articles", cols.ARTICLE_COLUMNS, None, [], "published NULLS LAST, id", limit)
        return [rows.article_from_row(r) for r in found]

    def event_where(self, where: EventFilter) -> tuple[str | None, list[Any]]:
        """The parameterized WHERE condition (None when no filter) and its values for ``where``,
        over the events table's unqualified columns; shared by events(), exports and the API."""
        return event_condition(where)

    def events(self, where: EventFilter = EventFilter()) -> list[Event]:
        """Stored events matching the filter, ordered by date, article and position."""
        condition, params = self.event_where(where)
        found = self._select("events", cols.EVENT_COLUMNS, condition, params,
                             "date NULLS LAST, article_id, trigger_start, id", where.limit)
        return [rows.event_from_row(r) for r in found]

    def actors(self, *, name: str | None = None, country: str | None = None, article_id: str | None = None,
               sector: str | None = None, limit: int | None = None) -> list[Actor]:
        """Stored actors (one row per actor per article) matching the filters."""
        condition, params = actor_condition(name=name, country=country, sector=sector, article_id=article_id)
        found = self._select("actors", cols.ACTOR_COLUMNS, condition, params, "name, article_id", limit)
        return [rows.actor_from_row(r) for r in found]

    def quotes(self, *, speaker: str | None = None, country: str | None = None, text: str | None = None,
               article_id: str | None = None, limit: int | None = None) -> list[Quote]:
        """Stored quotes matching the filters (speaker name substring, speaker country, text)."""
        condition, params = quote_condition(speaker=speaker, country=country, text=text, article_id=article_id)
        found = self._select("quotes", cols.QUOTE_COLUMNS, condition, params, "article_id, start", limit)
        return [rows.quote_from_row(r) for r in found]

    def failures(self) -> list[Failure]:
        """Every recorded failure."""
        found = self._select("failures", cols.FAILURE_COLUMNS, None, [], "path, position")
        return [rows.failure_from_row(r) for r in found]

    def _select(self, table: str, columns: Sequence[str], where: str | None, params: list[Any],
                order: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Run a parameterized SELECT and return rows as dicts."""
        sql = f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)} FROM {table}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, int(limit)]
        try:
            found = self._con.execute(sql, params).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read {table} from {self.path}: {first_line(exc)}") from exc
        return [dict(zip(columns, row)) for row in found]

    def iter_coded(self) -> Iterator[Coded]:
        """Yield every stored article with its records, one at a time."""
        for (article_id,) in self._con.execute("SELECT id FROM articles ORDER BY id").fetchall():
            coded = self.coded(article_id)
            if coded is not None:
                yield coded


def _unique_failures(failures: Iterable[Failure]) -> list[Failure]:
    unique: dict[str, Failure] = {}
    for failure in failures:
        unique.setdefault(failure.id, failure)
    return list(unique.values())
