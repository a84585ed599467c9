"""The DuckDB store: one write path, idempotent by content id, atomic per batch of articles.

An article and everything coded from it (actors, events, quotes) are written in one transaction,
so a run killed midway leaves either the whole article or nothing of it; rerunning the same input
skips every article whose id is already stored and completes the rest. Failures are keyed by a
hash of (path, position, reason) so recording the same failure twice stores it once.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

import duckdb

from .errors import StoreError
from .model import Actor, ActorRef, Article, Coded, Event, Failure, Mention, Place, Quote

__all__ = ["Store", "EventFilter", "DEFAULT_DB", "event_condition", "actor_condition", "quote_condition",
           "contains_sql"]

DEFAULT_DB = "tacitus.duckdb"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, published VARCHAR, title VARCHAR,
    standfirst VARCHAR, captions VARCHAR[], credits VARCHAR[], subheads VARCHAR[],
    source_line VARCHAR, byline VARCHAR, dateline VARCHAR, text VARCHAR, language VARCHAR,
    removed JSON, origin VARCHAR
);
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR, article_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR,
    title VARCHAR, kind VARCHAR, wikidata VARCHAR, mentions JSON, position INTEGER,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, evidence VARCHAR,
    event_type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source_actor_id VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    source_code VARCHAR,
    target_actor_id VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    target_code VARCHAR,
    date VARCHAR, date_text VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_geonameid BIGINT, location_feature VARCHAR,
    modality VARCHAR, confidence DOUBLE, why VARCHAR,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, position INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, text VARCHAR, kind VARCHAR, cue VARCHAR,
    speaker_actor_id VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR,
    speaker_sector VARCHAR, speaker_code VARCHAR, start INTEGER, "end" INTEGER, sentence INTEGER,
    position INTEGER
);
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS event_ids VARCHAR[];
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS section VARCHAR;
CREATE TABLE IF NOT EXISTS failures (
    id VARCHAR PRIMARY KEY, path VARCHAR, position VARCHAR, reason VARCHAR, kind VARCHAR
);
"""

_ARTICLE_COLUMNS = (
    "id", "url", "source", "published", "title", "standfirst", "captions", "credits", "subheads",
    "source_line", "byline", "dateline", "text", "language", "removed", "origin",
)
_ACTOR_COLUMNS = ("id", "article_id", "name", "country", "sector", "code", "title", "kind", "wikidata", "mentions")
_EVENT_COLUMNS = (
    "id", "article_id", "sentence", "evidence", "event_type", "mode", "cameo", "quad_class", "goldstein",
    "source_actor_id", "source_name", "source_country", "source_sector", "source_code",
    "target_actor_id", "target_name", "target_country", "target_sector", "target_code",
    "date", "date_text", "location_name", "location_country", "location_lat", "location_lon",
    "location_geonameid", "location_feature", "modality", "confidence", "why",
    "trigger", "trigger_start", "trigger_end",
)
_QUOTE_COLUMNS = (
    "id", "article_id", "text", "kind", "cue", "speaker_actor_id", "speaker_name", "speaker_country",
    "speaker_sector", "speaker_code", "start", "end", "sentence", "event_ids", "section",
)
_FAILURE_COLUMNS = ("id", "path", "position", "reason", "kind")


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by the `events` queries of the CLI and the library.

    ``actor`` matches a case-insensitive substring of the source or target name; ``country``
    matches either side's country; ``dyad`` (source, target) matches each side's country or the
    start of its code ("USA", "USAGOV"), source to target unless ``either_direction``; ``cameo`` is a code prefix; dates compare as ISO strings, so
    "2018-06" selects June 2018 with ``date_from="2018-06"`` and ``date_to="2018-06"``.
    """

    article_id: str | None = None
    event_type: str | None = None
    cameo: str | None = None
    actor: str | None = None
    country: str | None = None
    modality: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    dyad: tuple[str, str] | None = None
    either_direction: bool = False
    limit: int | None = None


class Store:
    """A Tacitus database file (DuckDB). Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, timeout: float = 10.0,
                 config: Mapping[str, str] | None = None) -> None:
        """Open (and create if needed) the database at ``path``.

        DuckDB lets one process hold a writable file, and no other process may open it meanwhile
        (readers included). Writers and readers therefore keep connections short (`tacitus run`
        opens once per batch), and an open that finds the file locked retries with backoff for
        up to ``timeout`` seconds before raising StoreError. ``config`` is passed to DuckDB
        (e.g. ``{"threads": "1", "memory_limit": "256MB"}`` for a small writer).
        """
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}: run `tacitus run INPUT --db {self.path}` first")
        self._con = _connect(self.path, read_only=read_only, timeout=timeout, config=config)
        if not read_only:
            try:
                self._con.execute(_SCHEMA)
            except duckdb.Error as exc:
                self._con.close()
                raise StoreError(f"cannot open {self.path}: {_first_line(exc)}") from exc

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
            self._insert("articles", _ARTICLE_COLUMNS, [_article_row(c.article) for c in fresh])
            self._insert("actors", (*_ACTOR_COLUMNS, "position"),
                         [(*_actor_row(c.article.id, a), i) for c in fresh for i, a in enumerate(c.actors)])
            self._insert("events", (*_EVENT_COLUMNS, "position"),
                         [(*_event_row(e), i) for c in fresh for i, e in enumerate(c.events)])
            self._insert("quotes", (*_QUOTE_COLUMNS, "position"),
                         [(*_quote_row(q), i) for c in fresh for i, q in enumerate(c.quotes)])
            self._insert("failures", _FAILURE_COLUMNS, [_failure_row(f) for f in _unique_failures(failures)])
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            self._con.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {_first_line(exc)}") from exc
        return len(fresh)

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """Insert rows, ignoring ones whose key already exists (idempotent writes).

        One INSERT ... SELECT over an Arrow table: executemany runs one statement per row and
        was ~90x slower for a batch of articles.
        """
        if not rows:
            return
        import pyarrow as pa

        names = ", ".join(f'"{c}"' for c in columns)
        batch = pa.Table.from_pylist([dict(zip(columns, row)) for row in rows])
        self._con.register("_tacitus_batch", batch)
        try:
            self._con.execute(f"INSERT OR IGNORE INTO {table} ({names}) SELECT {names} FROM _tacitus_batch")
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
        rows = self._select("articles", _ARTICLE_COLUMNS, "id = ?", [article_id])
        return _article_from_row(rows[0]) if rows else None

    def coded(self, article_id: str) -> Coded | None:
        """Return everything stored for one article as a Coded record, or None."""
        article = self.article(article_id)
        if article is None:
            return None
        # Within one article, records come back in the order the pipeline produced them.
        actors = [_actor_from_row(r) for r in self._select("actors", _ACTOR_COLUMNS, "article_id = ?", [article_id], "position")]
        events = [_event_from_row(r) for r in self._select("events", _EVENT_COLUMNS, "article_id = ?", [article_id], "position")]
        quotes = [_quote_from_row(r) for r in self._select("quotes", _QUOTE_COLUMNS, "article_id = ?", [article_id], "position")]
        return Coded(article=article, actors=tuple(actors), events=tuple(events), quotes=tuple(quotes))

    def articles(self, limit: int | None = None) -> list[Article]:
        """Stored articles, by publication date then id."""
        rows = self._select("articles", _ARTICLE_COLUMNS, None, [], "published NULLS LAST, id", limit)
        return [_article_from_row(r) for r in rows]

    def event_where(self, where: EventFilter) -> tuple[str | None, list[Any]]:
        """The parameterized WHERE condition (None when no filter) and its values for ``where``,
        over the events table's unqualified columns; shared by events(), exports and the API."""
        return event_condition(where)

    def events(self, where: EventFilter = EventFilter()) -> list[Event]:
        """Stored events matching the filter, ordered by date, article and position."""
        condition, params = self.event_where(where)
        rows = self._select("events", _EVENT_COLUMNS, condition, params,
                            "date NULLS LAST, article_id, trigger_start, id", where.limit)
        return [_event_from_row(r) for r in rows]

    def actors(self, *, name: str | None = None, country: str | None = None, article_id: str | None = None,
               sector: str | None = None, limit: int | None = None) -> list[Actor]:
        """Stored actors (one row per actor per article) matching the filters."""
        condition, params = actor_condition(name=name, country=country, sector=sector, article_id=article_id)
        rows = self._select("actors", _ACTOR_COLUMNS, condition, params, "name, article_id", limit)
        return [_actor_from_row(r) for r in rows]

    def quotes(self, *, speaker: str | None = None, country: str | None = None, text: str | None = None,
               article_id: str | None = None, limit: int | None = None) -> list[Quote]:
        """Stored quotes matching the filters (speaker name substring, speaker country, text)."""
        condition, params = quote_condition(speaker=speaker, country=country, text=text, article_id=article_id)
        rows = self._select("quotes", _QUOTE_COLUMNS, condition, params, "article_id, start", limit)
        return [_quote_from_row(r) for r in rows]

    def failures(self) -> list[Failure]:
        """Every recorded failure."""
        rows = self._select("failures", _FAILURE_COLUMNS, None, [], "path, position")
        return [Failure(path=r["path"], position=r["position"], reason=r["reason"], kind=r["kind"]) for r in rows]

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
            rows = self._con.execute(sql, params).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read {table} from {self.path}: {_first_line(exc)}") from exc
        return [dict(zip(columns, row)) for row in rows]

    def iter_coded(self) -> Iterator[Coded]:
        """Yield every stored article with its records, one at a time."""
        for (article_id,) in self._con.execute("SELECT id FROM articles ORDER BY id").fetchall():
            coded = self.coded(article_id)
            if coded is not None:
                yield coded


def event_condition(where: EventFilter) -> tuple[str | None, list[Any]]:
    """The parameterized SQL condition over the events table's columns for ``where`` (None when
    nothing filters) and its values. Text filters match literally, ignoring case: ``contains``
    has no wildcards to escape ("%" in a user's text is just a character) and is much faster in
    DuckDB than ILIKE."""
    clauses: list[str] = []
    params: list[Any] = []
    if where.article_id:
        clauses.append("article_id = ?"); params.append(where.article_id)
    if where.event_type:
        clauses.append("event_type = ?"); params.append(where.event_type.upper())
    if where.cameo:
        clauses.append("starts_with(cameo, ?)"); params.append(where.cameo)
    if where.actor:
        clauses.append(f"({contains_sql('source_name')} OR {contains_sql('target_name')})")
        params += [where.actor.lower(), where.actor.lower()]
    if where.country:
        clauses.append("(source_country = ? OR target_country = ?)")
        params += [where.country.upper(), where.country.upper()]
    if where.modality:
        clauses.append("modality = ?"); params.append(where.modality)
    if where.date_from:
        clauses.append("date >= ?"); params.append(where.date_from)
    if where.date_to:
        # "2018-06" as an upper bound includes every day of June 2018.
        clauses.append("date <= ?"); params.append(where.date_to + "\uffff")
    if where.text:
        clauses.append(contains_sql("evidence")); params.append(where.text.lower())
    if where.dyad:
        first, second = (side.upper() for side in where.dyad)
        side = "((source_country = ? OR starts_with(source_code, ?)) AND (target_country = ? OR starts_with(target_code, ?)))"
        if where.either_direction:
            clauses.append(f"({side} OR {side})")
            params += [first, first, second, second, second, second, first, first]
        else:
            clauses.append(side)
            params += [first, first, second, second]
    return (" AND ".join(clauses) if clauses else None), params


def actor_condition(*, name: str | None = None, country: str | None = None, sector: str | None = None,
                    article_id: str | None = None) -> tuple[str | None, list[Any]]:
    """The parameterized condition over the actors table (name substring, country, sector,
    article) and its values; shared by Store.actors() and the API."""
    clauses: list[str] = []
    params: list[Any] = []
    if name:
        clauses.append(contains_sql("name")); params.append(name.lower())
    if country:
        clauses.append("country = ?"); params.append(country.upper())
    if sector:
        clauses.append("sector = ?"); params.append(sector.upper())
    if article_id:
        clauses.append("article_id = ?"); params.append(article_id)
    return (" AND ".join(clauses) if clauses else None), params


def quote_condition(*, speaker: str | None = None, country: str | None = None, text: str | None = None,
                    article_id: str | None = None) -> tuple[str | None, list[Any]]:
    """The parameterized condition over the quotes table (speaker name substring, speaker country,
    quote text substring, article) and its values; shared by Store.quotes() and the API."""
    clauses: list[str] = []
    params: list[Any] = []
    if speaker:
        clauses.append(contains_sql("speaker_name")); params.append(speaker.lower())
    if country:
        clauses.append("speaker_country = ?"); params.append(country.upper())
    if text:
        clauses.append(contains_sql("text")); params.append(text.lower())
    if article_id:
        clauses.append("article_id = ?"); params.append(article_id)
    return (" AND ".join(clauses) if clauses else None), params


def contains_sql(column: str) -> str:
    """SQL for "``column`` contains the parameter, ignoring case" (pass the parameter lower-cased);
    ``column`` is always one of our column names, never user input."""
    return f"contains(lower({column}), ?)"


# ---- row conversion ----------------------------------------------------------------------

def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _is_lock_conflict(exc: duckdb.Error) -> bool:
    """True when opening failed only because another connection holds the file.

    Another process holding it raises IOException ("Could not set lock on file"); another
    connection of this process opened with a different mode raises ConnectionException.
    """
    message = str(exc).lower()
    if isinstance(exc, duckdb.IOException):
        return "lock" in message
    return isinstance(exc, duckdb.ConnectionException) and "different configuration" in message


def _connect(path: str, *, read_only: bool, timeout: float,
             config: Mapping[str, str] | None) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB connection, retrying with backoff while the file is locked by another connection."""
    deadline = time.monotonic() + max(timeout, 0.0)
    delay = 0.01
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=dict(config or {}))
        except duckdb.Error as exc:
            if not _is_lock_conflict(exc):
                raise StoreError(f"cannot open {path}: {_first_line(exc)}") from exc
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StoreError(
                    f"cannot open {path}: another connection kept it locked for {timeout:g} s "
                    f"({_first_line(exc)}); wait for it to finish, or use another --db"
                ) from exc
            # Exponential backoff, capped so that a reader closing quickly is noticed quickly.
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 0.25)


def _unique_failures(failures: Iterable[Failure]) -> list[Failure]:
    unique: dict[str, Failure] = {}
    for failure in failures:
        unique.setdefault(failure.id, failure)
    return list(unique.values())


def _article_row(a: Article) -> tuple[Any, ...]:
    return (a.id, a.url, a.source, a.published, a.title, a.standfirst, list(a.captions), list(a.credits),
            list(a.subheads), a.source_line, a.byline, a.dateline, a.text, a.language,
            json.dumps(dict(a.removed)), a.origin)


def _article_from_row(r: dict[str, Any]) -> Article:
    data = dict(r)
    data["removed"] = json.loads(r["removed"]) if r["removed"] else {}
    return Article.from_dict(data)


def _actor_row(article_id: str, a: Actor) -> tuple[Any, ...]:
    return (a.id, article_id, a.name, a.country, a.sector, a.code, a.title, a.kind, a.wikidata,
            json.dumps([m.to_dict() for m in a.mentions]))


def _actor_from_row(r: dict[str, Any]) -> Actor:
    data = dict(r)
    data["mentions"] = [Mention.from_dict(m).to_dict() for m in json.loads(r["mentions"] or "[]")]
    return Actor.from_dict(data)


def _ref_columns(ref: ActorRef | None) -> tuple[Any, ...]:
    if ref is None:
        return (None, None, None, None, None)
    return (ref.actor_id, ref.name, ref.country, ref.sector, ref.code)


def _ref_from(r: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if r[f"{prefix}_actor_id"] is None:
        return None
    return {"actor_id": r[f"{prefix}_actor_id"], "name": r[f"{prefix}_name"], "country": r[f"{prefix}_country"],
            "sector": r[f"{prefix}_sector"], "code": r[f"{prefix}_code"]}


def _event_row(e: Event) -> tuple[Any, ...]:
    place = e.location
    location = (None,) * 6 if place is None else (place.name, place.country, place.lat, place.lon,
                                                  place.geonameid, place.feature)
    return (e.id, e.article_id, e.sentence, e.evidence, e.event_type, e.mode, e.cameo, e.quad_class, e.goldstein,
            *_ref_columns(e.source), *_ref_columns(e.target), e.date, e.date_text, *location,
            e.modality, e.confidence, e.why, e.trigger, e.trigger_start, e.trigger_end)


def _event_from_row(r: dict[str, Any]) -> Event:
    data = dict(r)
    data["source"] = _ref_from(r, "source")
    data["target"] = _ref_from(r, "target")
    data["location"] = None if r["location_name"] is None else Place(
        name=r["location_name"], country=r["location_country"], lat=r["location_lat"], lon=r["location_lon"],
        geonameid=r["location_geonameid"], feature=r["location_feature"]).to_dict()
    return Event.from_dict(data)


def _quote_row(q: Quote) -> tuple[Any, ...]:
    return (q.id, q.article_id, q.text, q.kind, q.cue, *_ref_columns(q.speaker), q.start, q.end, q.sentence,
            list(q.event_ids), q.section)


def _quote_from_row(r: dict[str, Any]) -> Quote:
    data = dict(r)
    data["speaker"] = _ref_from(r, "speaker")
    data["event_ids"] = list(r["event_ids"] or [])
    return Quote.from_dict(data)


def _failure_row(f: Failure) -> tuple[Any, ...]:
    return (f.id, f.path, f.position, f.reason, f.kind)


# Row converters for modules that read the tables with their own connection (the HTTP server).
ARTICLE_COLUMNS, ACTOR_COLUMNS, EVENT_COLUMNS = _ARTICLE_COLUMNS, _ACTOR_COLUMNS, _EVENT_COLUMNS
article_from_row, actor_from_row, event_from_row = _article_from_row, _actor_from_row, _event_from_row
