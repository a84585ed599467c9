"""Everything the article view highlights, as character spans into the article text.

The store keeps actor mentions, event triggers and quote offsets; the evidence sentence, the date
expression and the place of an event are stored as text, so their offsets are found here: the
evidence occurrence that holds the trigger, then the date and place text inside that sentence.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

__all__ = ["article_spans", "find_span"]


def find_span(text: str, needle: str | None, *, within: tuple[int, int] | None = None,
              holding: int | None = None) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``text``: inside ``within`` if given, the occurrence holding ``holding`` if any."""
    if not needle:
        return None
    lo, hi = within if within else (0, len(text))
    first: tuple[int, int] | None = None
    start = text.find(needle, lo, hi)
    while start != -1:
        span = (start, start + len(needle))
        if holding is None or span[0] <= holding < span[1]:
            return span
        first = first or span
        start = text.find(needle, start + 1, hi)
    return first


def _span(kind: str, start: int, end: int, ref: str | None, label: str) -> dict[str, Any]:
    """One span record."""
    return {"kind": kind, "start": start, "end": end, "ref": ref, "label": label}


def _actor_spans(actors: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every mention of every actor."""
    for actor in actors:
        label = f"{actor['name']} ({actor.get('code') or actor.get('country') or '?'})"
        for mention in actor.get("mentions") or ():
            yield _span("actor", mention["start"], mention["end"], actor["id"], label)


def _event_spans(text: str, events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each event's evidence sentence, trigger, date expression and place name."""
    for event in events:
        ref, kind = event["id"], f"{event['event_type']} {event['cameo']}"
        trigger = event.get("trigger_start")
        evidence = find_span(text, event.get("evidence"), holding=trigger)
        if evidence:
            yield _span("evidence", *evidence, ref, f"evidence of {kind}")
        if trigger is not None and event.get("trigger_end") is not None:
            yield _span("trigger", trigger, event["trigger_end"], ref, f"{kind} ({event.get('modality')})")
        date = find_span(text, event.get("date_text"), within=evidence, holding=None)
        if date:
            yield _span("date", *date, ref, f"date {event.get('date') or '?'}")
        place = (event.get("location") or {}).get("name")
        where = find_span(text, place, within=evidence) or find_span(text, place)
        if where:
            yield _span("place", *where, ref, f"place {place} ({(event.get('location') or {}).get('country') or '?'})")


def _quote_spans(quotes: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Quotations in the body (headline quotes point into the title, not the text)."""
    for quote in quotes:
        if (quote.get("section") or "text") != "text":
            continue
        speaker = (quote.get("speaker") or {}).get("name") or "unknown speaker"
        yield _span("quote", quote["start"], quote["end"], quote["id"], f"{quote['kind']} quote: {speaker}")


def article_spans(text: str, actors: list[dict[str, Any]], events: list[dict[str, Any]],
                  quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """All spans of one article, valid (inside the text, non-empty) and sorted by position."""
    spans = [*_actor_spans(actors), *_event_spans(text, events), *_quote_spans(quotes)]
    valid = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    return sorted(valid, key=lambda s: (s["start"], -s["end"], s["kind"]))
