"""The filters of every listing, as parameterized SQL conditions: events, actors, quotes,
articles and clusters, and the parsing of a dyad ("USA:PRK").

One module for the library (Store), the CLI (`tacitus events`, `tacitus export`), clustering
and the HTTP API, so that a filter means the same everywhere. Every user value travels as a
query parameter; column names come only from this module.

Text filters match literally, ignoring case: ``contains`` has no wildcards to escape ("%" in a
user's text is just a character) and is much faster in DuckDB than ILIKE. Dates compare as
dates (tacitus.dates): a bound is ISO YYYY, YYYY-MM or YYYY-MM-DD (anything else raises
DateOptionError), ``date_to="2018-06"`` includes June 30, and the precision of a date is
honoured: an event matches when the whole span of days its date names lies in the range (an
event dated "1997" is not returned for ``date_from="1997-03", date_to="1997-03"``: it is not
known to be in March; it is for ``1997``). A cluster (first to last date) matches when its
span overlaps the range.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..dates import end_sql, historical_sql, parse_date_option, start_sql
from ..errors import TacitusError

__all__ = ["EventFilter", "event_condition", "actor_condition", "quote_condition", "article_condition",
           "cluster_condition", "contains_sql", "parse_dyad", "where_clause", "Condition", "ALL_MODALITIES"]

# A condition over one table's unqualified columns (None when nothing filters) and its values.
Condition = tuple["str | None", list[Any]]

# The modality value that selects every modality (``--modality all``).
ALL_MODALITIES = "all"


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by the `events` queries of the CLI, the library and the API.

    ``actor`` matches a case-insensitive substring of the source or target name; ``country``
    matches either side's country; ``dyad`` (source, target) matches each side's country or the
    start of its code ("USA", "USAGOV"), source to target unless ``either_direction``; ``cameo``
    is a code prefix; dates compare as dates (see the module notes), so "2018-06" selects June
    2018 with ``date_from="2018-06"`` and ``date_to="2018-06"``; ``quad_class`` is 1-4;
    ``min_confidence`` keeps events whose confidence is at least this (0..1); ``modality`` "all"
    is the same as None; ``historical`` True keeps only events dated well before their article's
    publication (PLOVER's auxiliary mode, tacitus.dates.is_historical), False leaves them out.
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
    quad_class: int | None = None
    min_confidence: float | None = None
    historical: bool | None = None


def contains_sql(column: str) -> str:
    """SQL for "``column`` contains the parameter, ignoring case" (pass the parameter lower-cased);
    ``column`` is always one of our column names, never user input."""
    return f"contains(lower({column}), ?)"


def where_clause(condition: Condition) -> tuple[str, list[Any]]:
    """``(" WHERE ...", params)`` for a condition, or ``("", params)`` when nothing filters."""
    sql, params = condition
    return (f" WHERE {sql}" if sql else ""), params


def parse_dyad(value: str | None, *, option: str = "--dyad") -> tuple[str, str] | None:
    """Turn "USA:PRK" into ("USA", "PRK"); raise TacitusError naming ``option`` otherwise."""
    if value is None:
        return None
    first, sep, second = value.partition(":")
    if not sep or not first.strip() or not second.strip():
        raise TacitusError(f"{option} expects SOURCE:TARGET (e.g. USA:PRK), got {value!r}")
    return first.strip(), second.strip()


class _Clauses:
    """Collects ``AND``-ed clauses and their parameters."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.clauses.append(sql)
        self.params.extend(params)

    def equals(self, column: str, value: Any) -> None:
        self.add(f"{self.prefix}{column} = ?", value)

    def contains(self, column: str, value: str) -> None:
        self.add(contains_sql(f"{self.prefix}{column}"), value.lower())

    def either_country(self, value: str) -> None:
        p = self.prefix
        self.add(f"({p}source_country = ? OR {p}target_country = ?)", value.upper(), value.upper())

    def date_range(self, low_column: str, high_column: str, date_from: str | None, date_to: str | None,
                   *, overlap: bool = False) -> None:
        """Records whose span (from ``low_column``'s first day to ``high_column``'s last) lies in the
        range, or with ``overlap`` overlaps it. A record without a date never matches a bound."""
        low = parse_date_option(date_from, "from") if date_from else None
        high = parse_date_option(date_to, "to") if date_to else None
        low_col, high_col = self.prefix + low_column, self.prefix + high_column
        first, last = start_sql(low_col), end_sql(high_col)
        # A cheap string test on the year before the exact test on the span (which reads each
        # value with regular expressions): four times faster, and it never drops a match, as a
        # value's leading year (or its "199X" / "19XX" form) sorts within its span's years, and a
        # winter ("2019-WI") starts at most one year before its year.
        if low is not None:
            self.add(f"{high_col if overlap else low_col} >= ?", f"{low.start.year:04d}")
            self.add(f"{last if overlap else first} >= ?", low.start)
        if high is not None:
            if not overlap:  # (a "199X" start would sort after the year of an overlapping range's end)
                self.add(f"{high_col} < ?", f"{high.end.year + 1:04d}")
            self.add(f"{first if overlap else last} <= ?", high.end)

    def condition(self) -> Condition:
        return (" AND ".join(self.clauses) if self.clauses else None), self.params


def event_condition(where: EventFilter) -> Condition:
    """The condition over the events table's columns for ``where``."""
    c = _Clauses()
    if where.article_id:
        c.equals("article_id", where.article_id)
    if where.event_type:
        c.equals("event_type", where.event_type.upper())
    if where.cameo:
        c.add("starts_with(cameo, ?)", where.cameo)
    if where.actor:
        c.add(f"({contains_sql('source_name')} OR {contains_sql('target_name')})",
              where.actor.lower(), where.actor.lower())
    if where.country:
        c.either_country(where.country)
    if where.modality and where.modality.lower() != ALL_MODALITIES:
        c.equals("modality", where.modality.lower())
    c.date_range("date", "date", where.date_from, where.date_to)
    if where.text:
        c.contains("evidence", where.text)
    if where.dyad:
        first, second = (side.upper() for side in where.dyad)
        side = ("((source_country = ? OR starts_with(source_code, ?)) "
                "AND (target_country = ? OR starts_with(target_code, ?)))")
        if where.either_direction:
            c.add(f"({side} OR {side})", first, first, second, second, second, second, first, first)
        else:
            c.add(side, first, first, second, second)
    if where.quad_class is not None:
        c.equals("quad_class", int(where.quad_class))
    if where.min_confidence is not None:
        c.add("confidence >= ?", float(where.min_confidence))
    if where.historical is not None:
        # The article's publication date decides; tacitus.dates owns the rule (one SQL form of it).
        old = (f"EXISTS (SELECT 1 FROM articles _pub WHERE _pub.id = article_id "
               f"AND {historical_sql('date', '_pub.published')})")
        c.add(old if where.historical else f"NOT {old}")
    return c.condition()


def actor_condition(*, name: str | None = None, country: str | None = None, sector: str | None = None,
                    article_id: str | None = None) -> Condition:
    """The condition over the actors table: name substring, country, sector, article."""
    c = _Clauses()
    if name:
        c.contains("name", name)
    if country:
        c.equals("country", country.upper())
    if sector:
        c.equals("sector", sector.upper())
    if article_id:
        c.equals("article_id", article_id)
    return c.condition()


def quote_condition(*, speaker: str | None = None, country: str | None = None, text: str | None = None,
                    article_id: str | None = None) -> Condition:
    """The condition over the quotes table: speaker name substring, speaker country, text
    substring, article."""
    c = _Clauses()
    if speaker:
        c.contains("speaker_name", speaker)
    if country:
        c.equals("speaker_country", country.upper())
    if text:
        c.contains("text", text)
    if article_id:
        c.equals("article_id", article_id)
    return c.condition()


def article_condition(*, source: str | None = None, text: str | None = None, date_from: str | None = None,
                      date_to: str | None = None) -> Condition:
    """The condition over the articles table: outlet, title substring, publication date range."""
    c = _Clauses()
    if source:
        c.equals("source", source)
    if text:
        c.contains("title", text)
    c.date_range("published", "published", date_from, date_to)
    return c.condition()


def cluster_condition(*, event_type: str | None = None, country: str | None = None, date_from: str | None = None,
                      date_to: str | None = None, min_articles: int | None = None, prefix: str = "") -> Condition:
    """The condition over the clusters table: event type, either side's country, a date range
    that overlaps the cluster's, at least ``min_articles`` reports. ``prefix`` qualifies the
    columns ("c.") for queries that join."""
    c = _Clauses(prefix)
    if min_articles is not None:
        c.add(f"{prefix}num_articles >= ?", int(min_articles))
    if event_type:
        c.equals("event_type", event_type.upper())
    if country:
        c.either_country(country)
    c.date_range("date_first", "date_last", date_from, date_to, overlap=True)
    return c.condition()
