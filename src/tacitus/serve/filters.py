"""The event filters of the API and the dashboard: the query string as an EventFilter.

The filters are the library's :class:`~tacitus.db.filters.EventFilter` (the same ones as
`tacitus events`, quad class included) and their SQL is tacitus.db.filters'; this module only
declares and validates the query parameters.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from fastapi import Query

from ..dates import parse_date_option
from ..model import EVENT_TYPES
from ..db.filters import EventFilter, event_condition, parse_dyad, where_clause
from ..errors import TacitusError
from .errors import ApiError

__all__ = ["EventQuery", "event_query", "where_sql", "checked_date"]


Modality = Literal["asserted", "intended", "planned", "cancelled", "negated", "hypothetical"]


# The API's event filters are the library's (the name stays for the route signatures).
EventQuery = EventFilter


def event_query(
    type: Optional[str] = Query(None, description="PLOVER event type, e.g. CONSULT.", max_length=20),
    cameo: Optional[str] = Query(None, description="CAMEO code prefix, e.g. 04 or 042.", pattern=r"^[0-9]{1,4}$"),
    actor: Optional[str] = Query(None, description="Source or target name contains this text.", max_length=200),
    country: Optional[str] = Query(None, description="Source or target country (ISO3 or PLOVER code).", max_length=10),
    dyad: Optional[str] = Query(None, description="SOURCE:TARGET countries or codes, e.g. USA:PRK.", max_length=40),
    either_direction: bool = Query(False, description="With dyad, match both directions."),
    date_from: Optional[str] = Query(None, description="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).", max_length=10),
    date_to: Optional[str] = Query(None, description="Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).",
                                   max_length=10),
    modality: Optional[Modality] = Query(None, description="Event modality."),
    text: Optional[str] = Query(None, description="Evidence sentence contains this text.", max_length=200),
    article_id: Optional[str] = Query(None, description="Only events of this article.", max_length=100),
    quad_class: Optional[int] = Query(None, ge=1, le=4, description="1 verbal coop, 2 material coop, "
                                      "3 verbal conflict, 4 material conflict."),
    min_confidence: Optional[float] = Query(None, ge=0, le=1, description="Only events whose confidence is at "
                                            "least this (0..1; see the README on what confidence means)."),
    historical: Optional[bool] = Query(None, description="true: only events dated over 30 days before their "
                                       "article (background, PLOVER's historical mode); false: none of them."),
) -> EventQuery:
    """FastAPI dependency: the event filters from the query string, validated."""
    if type is not None and type.upper() not in EVENT_TYPES:
        raise ApiError(422, "invalid_parameter", f"unknown event type {type!r}; use one of {', '.join(EVENT_TYPES)}",
                       {"parameter": "type"})
    try:
        pair = parse_dyad(dyad, option="dyad")
    except TacitusError as exc:
        raise ApiError(422, "invalid_parameter", str(exc), {"parameter": "dyad"}) from exc
    return EventFilter(article_id=article_id, event_type=type, cameo=cameo, actor=actor, country=country,
                       modality=modality, date_from=checked_date(date_from, "date_from"),
                       date_to=checked_date(date_to, "date_to"), text=text, dyad=pair,
                       either_direction=either_direction, quad_class=quad_class, min_confidence=min_confidence,
                       historical=historical)


def checked_date(value: Optional[str], parameter: str) -> Optional[str]:
    """A date parameter checked by the CLI's own rules (tacitus.dates.parse_date_option: ISO YYYY,
    YYYY-MM or YYYY-MM-DD); a 422 error envelope otherwise."""
    try:
        parse_date_option(value, parameter)
    except TacitusError as exc:
        raise ApiError(422, "invalid_parameter", str(exc), {"parameter": parameter}) from exc
    return value


def where_sql(query: EventFilter) -> tuple[str, list[Any]]:
    """Return ``(" WHERE ...", params)`` for the query (an empty string when nothing filters)."""
    return where_clause(event_condition(query))
