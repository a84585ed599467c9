"""Table columns derived from the records of model.py, so that a field added to a record is a
column of its table without a second list to keep in step.

Flattening rules (the store's row layout since the first release):
- a nested ``ActorRef`` field ``source`` becomes ``source_actor_id, source_name, source_country,
  source_sector, source_code``; a nested ``Place`` field ``location`` becomes ``location_name``,
  ``location_country`` ... (the field name is the prefix);
- a tuple of strings is ``VARCHAR[]``; a mapping or a tuple of records (an actor's mentions) is
  ``JSON``; ``str`` is ``VARCHAR``, ``int`` ``INTEGER``, ``float`` ``DOUBLE``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..model import Actor, ActorRef, Article, Event, Failure, Place, Quote

__all__ = ["Column", "Table", "TABLES", "ARTICLES", "ACTORS", "EVENTS", "QUOTES", "FAILURES", "record_columns",
           "flattened_fields", "ARTICLE_COLUMNS", "ACTOR_COLUMNS", "EVENT_COLUMNS", "QUOTE_COLUMNS", "FAILURE_COLUMNS"]

# Nested records stored as prefixed columns.
_FLATTENED = {"ActorRef": ActorRef, "Place": Place}
_SCALARS = {"str": "VARCHAR", "int": "INTEGER", "float": "DOUBLE", "bool": "BOOLEAN"}
# GeoNames ids were declared 64-bit in the first schema; keep the type so old and new files agree.
_TYPE_OVERRIDES = {"location_geonameid": "BIGINT"}


@dataclass(frozen=True)
class Column:
    """One column: its name and DuckDB type."""

    name: str
    sql_type: str

    @property
    def quoted(self) -> str:
        """The name quoted for SQL ("end" is a keyword)."""
        return f'"{self.name}"'


@dataclass(frozen=True)
class Table:
    """A record table: the record's columns, the key, and the internal ``position`` column
    (the order of a record within its article) where the table has one."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    positioned: bool

    @property
    def names(self) -> tuple[str, ...]:
        """The record's column names (without ``position``), in table order."""
        return tuple(c.name for c in self.columns)

    @property
    def stored_names(self) -> tuple[str, ...]:
        """Every column written on insert (``position`` last when the table has it)."""
        return (*self.names, "position") if self.positioned else self.names

    def ddl(self) -> str:
        """``CREATE TABLE IF NOT EXISTS`` for this table."""
        parts = [f"{c.quoted} {c.sql_type}" for c in self.columns]
        if self.positioned:
            parts.append("position INTEGER")
        parts.append(f"PRIMARY KEY ({', '.join(self.key)})")
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({', '.join(parts)})"


def _base_type(annotation: str) -> str:
    """``"str | None"`` -> ``"str"`` (annotations are strings: model.py postpones them)."""
    kinds = [part.strip() for part in annotation.split("|") if part.strip() != "None"]
    if len(kinds) != 1:
        raise TypeError(f"cannot store a field of type {annotation!r}")
    return kinds[0]


def record_columns(record: type[Any], prefix: str = "") -> tuple[Column, ...]:
    """The columns of one record class, nested records flattened (see the module docstring)."""
    columns: list[Column] = []
    for field in dataclasses.fields(record):
        name = f"{prefix}{field.name}"
        kind = _base_type(str(field.type))
        if kind in _FLATTENED:
            columns += record_columns(_FLATTENED[kind], prefix=f"{name}_")
        elif kind in _SCALARS:
            columns.append(Column(name, _TYPE_OVERRIDES.get(name, _SCALARS[kind])))
        elif kind == "tuple[str, ...]":
            columns.append(Column(name, "VARCHAR[]"))
        elif kind.startswith(("tuple[", "Mapping[")):
            columns.append(Column(name, "JSON"))
        else:
            raise TypeError(f"cannot store {record.__name__}.{field.name} of type {field.type!r}")
    return tuple(columns)


def flattened_fields(record: type[Any]) -> dict[str, tuple[str, ...]]:
    """{field name: the nested record's field names} for a record's fields stored as prefixed columns."""
    nested = {}
    for field in dataclasses.fields(record):
        kind = _base_type(str(field.type))
        if kind in _FLATTENED:
            nested[field.name] = tuple(f.name for f in dataclasses.fields(_FLATTENED[kind]))
    return nested


def _with_article_id(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """An actor is stored once per article: its id, then the article's id, then its fields."""
    return (columns[0], Column("article_id", "VARCHAR"), *columns[1:])


ARTICLES = Table("articles", record_columns(Article), key=("id",), positioned=False)
ACTORS = Table("actors", _with_article_id(record_columns(Actor)), key=("article_id", "id"), positioned=True)
EVENTS = Table("events", record_columns(Event), key=("id",), positioned=True)
QUOTES = Table("quotes", record_columns(Quote), key=("id",), positioned=True)
# A failure's id is a hash of its fields (Failure.id), stored so that a repeat is ignored.
FAILURES = Table("failures", (Column("id", "VARCHAR"), *record_columns(Failure)), key=("id",), positioned=False)

TABLES = (ARTICLES, ACTORS, EVENTS, QUOTES, FAILURES)

ARTICLE_COLUMNS = ARTICLES.names
ACTOR_COLUMNS = ACTORS.names
EVENT_COLUMNS = EVENTS.names
QUOTE_COLUMNS = QUOTES.names
FAILURE_COLUMNS = FAILURES.names
