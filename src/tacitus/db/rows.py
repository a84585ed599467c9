"""Records to table rows and back, by the flattening rules of columns.py.

A record's ``to_dict()`` is flattened into its table's columns (nested records as prefixed
columns, mappings and lists of records as JSON text); a row read back is unflattened into the
record's dict form and built with ``from_dict()``. One converter per direction serves every
table, so the store, the exports and the server read rows the same way.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from ..model import Actor, Article, Event, Failure, Quote
from .columns import ACTORS, ARTICLES, EVENTS, FAILURES, QUOTES, TABLES, Table, flattened_fields

__all__ = ["to_row", "from_row", "article_row", "actor_row", "event_row", "quote_row", "failure_row",
           "article_from_row", "actor_from_row", "event_from_row", "quote_from_row", "quote_dict",
           "failure_from_row"]


_JSON = {table.name: {c.name for c in table.columns if c.sql_type == "JSON"} for table in TABLES}


def to_row(table: Table, data: Mapping[str, Any], nested: Mapping[str, tuple[str, ...]]) -> tuple[Any, ...]:
    """A record's dict form as a tuple in ``table.names`` order (nested records flattened)."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key in nested:
            for name in nested[key]:
                flat[f"{key}_{name}"] = None if value is None else value.get(name)
        elif key in _JSON[table.name]:
            flat[key] = json.dumps(value)
        else:
            flat[key] = value
    return tuple(flat.get(name) for name in table.names)


def from_row(table: Table, row: Mapping[str, Any], nested: Mapping[str, tuple[str, ...]]) -> dict[str, Any]:
    """A row (dict by column name) in the record's dict form: nested records rebuilt (None when
    their first field, which the record requires, is NULL), JSON columns parsed."""
    data: dict[str, Any] = {}
    for key, value in row.items():
        if key in _JSON[table.name]:
            data[key] = json.loads(value) if value else None
        else:
            data[key] = value
    for key, names in nested.items():
        if row.get(f"{key}_{names[0]}") is None:
            data[key] = None
        else:
            data[key] = {name: row.get(f"{key}_{name}") for name in names}
        for name in names:
            data.pop(f"{key}_{name}", None)
    return data


_ARTICLE, _ACTOR, _EVENT, _QUOTE = (flattened_fields(r) for r in (Article, Actor, Event, Quote))


def article_row(article: Article) -> tuple[Any, ...]:
    """An Article as an ``articles`` row."""
    return to_row(ARTICLES, article.to_dict(), _ARTICLE)


def actor_row(article_id: str, actor: Actor) -> tuple[Any, ...]:
    """An Actor of one article as an ``actors`` row."""
    return to_row(ACTORS, {**actor.to_dict(), "article_id": article_id}, _ACTOR)


def event_row(event: Event) -> tuple[Any, ...]:
    """An Event as an ``events`` row."""
    return to_row(EVENTS, event.to_dict(), _EVENT)


def quote_row(quote: Quote) -> tuple[Any, ...]:
    """A Quote as a ``quotes`` row."""
    return to_row(QUOTES, quote.to_dict(), _QUOTE)


def failure_row(failure: Failure) -> tuple[Any, ...]:
    """A Failure as a ``failures`` row (with its content id)."""
    return to_row(FAILURES, {**failure.to_dict(), "id": failure.id}, {})


def article_from_row(row: Mapping[str, Any]) -> Article:
    """An ``articles`` row as an Article."""
    return Article.from_dict(from_row(ARTICLES, row, _ARTICLE))


def actor_from_row(row: Mapping[str, Any]) -> Actor:
    """An ``actors`` row as an Actor (the row's article_id is not part of the record)."""
    return Actor.from_dict(from_row(ACTORS, row, _ACTOR))


def event_from_row(row: Mapping[str, Any]) -> Event:
    """An ``events`` row as an Event."""
    return Event.from_dict(from_row(EVENTS, row, _EVENT))


def quote_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    """A ``quotes`` row as a contract Quote dict (the API answers with these)."""
    return quote_from_row(row).to_dict()


def quote_from_row(row: Mapping[str, Any]) -> Quote:
    """A ``quotes`` row as a Quote."""
    return Quote.from_dict(from_row(QUOTES, row, _QUOTE))


def failure_from_row(row: Mapping[str, Any]) -> Failure:
    """A ``failures`` row as a Failure."""
    return Failure(path=row["path"], position=row["position"], reason=row["reason"], kind=row["kind"])
