"""The dateline city of an article ("SEOUL (Reuters)", "KUALA LUMPUR, April 1 , 1997 (AFP)"), the
fallback location of events whose clause and sentence name no place."""

from __future__ import annotations

import re

from ..model import Place
from .extract import Context, resolve
from .resources import PlaceResources

__all__ = ["dateline_place"]

# The place part ends at the agency in parentheses, a dash, or a comma followed by a date or a
# digit; "WASHINGTON, D.C." and "LAFAYETTE, La." keep their state after the comma.
_END = re.compile(r"\s*(?:\(|--|—|–|-\s|,\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|$)", re.I)


def dateline_place(dateline: str | None, resources: PlaceResources, article: Context | None = None) -> Place | None:
    """Return the place a dateline names, or None when there is none or it is not in the gazetteer.

    "SEOUL (Reuters)" is Seoul; "KUALA LUMPUR, April 1 , 1997 (AFP)" is Kuala Lumpur;
    "LEBANON, Pa. (AP)" is the Pennsylvania town, the state after the comma choosing among namesakes.
    ``article`` is the context of the story's text (the countries and US states it names): "VICTORIA"
    over a story about British Columbia is the Canadian city, not the Hong Kong district.
    """
    if not dateline or not dateline.strip():
        return None
    text = dateline.strip()
    end = _END.search(text)
    head = text[:end.start()] if end else text
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if not parts:
        return None
    name = parts[0].title() if parts[0].isupper() else parts[0]
    context = Context(frozenset(), frozenset())
    if len(parts) > 1:
        qualifier = parts[1]
        state = resources.state_by_abbreviation(qualifier) or next(
            (c for c in resources.candidates(qualifier) if c.feature == "state"), None)
        country = resources.countries.lookup(qualifier)
        if state is not None and state.admin1:
            context = Context(frozenset({"USA"}), frozenset({state.admin1}))
        elif country:
            context = Context(frozenset({country}), frozenset())
    if article is not None:
        context = Context(context.countries | article.countries, context.states | article.states)
    return resolve(name, resources, context)
