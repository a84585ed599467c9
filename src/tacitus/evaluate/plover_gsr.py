"""Scoring against the PLOVER gold-standard records (format ``plover-gsr``).

Each gold record is one sentence with one event: a PLOVER type (older names normalized), source
and target actors (lists: a compound actor matches on any member; an empty target with several
sources is a reciprocal event), each with a CAMEO-style country code.

- ``type``: per sentence, the gold type against the distinct types of the system's events
  (a hit is a true positive; every other distinct system type is a false positive).
- ``dyad``: as ``type`` but the event must also have source and target countries that match.
- ``actors``: share of gold actors whose text is covered by a system actor mention with the same
  (normalized) country.
- ``per_type``: P/R/F1 and support per gold type.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..model import Coded, Event
from .folds import Fold
from .normalize import Normalizer
from .scoring import Counts, align_span, overlaps, ratio, read_jsonl
from .system import GoldText, annotate, prepare

__all__ = ["GoldActor", "GoldEvent", "read", "score", "run"]


@dataclass(frozen=True)
class GoldActor:
    """A gold actor: its text in the sentence and its normalized country."""

    text: str
    country: str | None


@dataclass(frozen=True)
class GoldEvent:
    """One PLOVER gold record reduced to what is scored."""

    id: str
    text: str
    date: str | None
    event_type: str
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]


def _actors(value: Any, norm: Normalizer) -> tuple[GoldActor, ...]:
    """Read a gold source/target field ("" , None, a dict or a list of dicts)."""
    if not value:
        return ()
    items = value if isinstance(value, list) else [value]
    found = []
    for item in items:
        if isinstance(item, dict) and (item.get("code") or item.get("actorText")):
            found.append(GoldActor(text=item.get("actorText") or "", country=norm.country(item.get("code"))))
    return tuple(found)


def read(path: Path, norm: Normalizer, limit: int | None = None) -> list[GoldEvent]:
    """Read PLOVER gold records from a JSONL file."""

    def build(number: int, record: dict[str, Any]) -> GoldEvent:
        return GoldEvent(
            id=str(record.get("id") or number),
            text=record["text"],
            date=record.get("date"),
            event_type=norm.event_type(record["event"]) or "",
            sources=_actors(record.get("source"), norm),
            targets=_actors(record.get("target"), norm),
        )

    return read_jsonl(path, build, "a PLOVER gold record: expected JSON with text, event, source, target", limit)


def _country(ref: Any, norm: Normalizer) -> str | None:
    """The normalized country of an ActorRef (None stays None)."""
    return norm.country(ref.country) if ref is not None else None


def dyad_matches(gold: GoldEvent, event: Event, norm: Normalizer) -> bool:
    """Return True when the event's type, source and target countries fit the gold record."""
    if norm.event_type(event.event_type) != gold.event_type:
        return False
    source_countries = {a.country for a in gold.sources if a.country}
    target_countries = {a.country for a in gold.targets if a.country}
    source = _country(event.source, norm)
    target = _country(event.target, norm)
    if source not in source_countries:
        return False
    if target_countries:
        return target in target_countries
    # No gold target: either none is expected, or the event is reciprocal among the sources.
    return target is None or target in source_countries


def score(items: Sequence[GoldEvent], outputs: Sequence[Coded], norm: Normalizer) -> dict[str, Any]:
    """Score system outputs (one Coded per gold record, in order) against the gold records."""
    type_counts, dyad_counts = Counts(), Counts()
    per_type: dict[str, Counts] = defaultdict(Counts)
    actors_right = actors_total = actors_unaligned = 0
    for gold, coded in zip(items, outputs, strict=True):
        system_types = {norm.event_type(e.event_type) for e in coded.events}
        hit = gold.event_type in system_types
        type_counts.add(tp=int(hit), fn=int(not hit), fp=len(system_types - {gold.event_type}))
        per_type[gold.event_type].add(tp=int(hit), fn=int(not hit))
        for other in system_types - {gold.event_type}:
            per_type[other or "NONE"].add(fp=1)
        dyads = {(norm.event_type(e.event_type), _country(e.source, norm), _country(e.target, norm)) for e in coded.events}
        dyad_hit = any(dyad_matches(gold, e, norm) for e in coded.events)
        dyad_counts.add(tp=int(dyad_hit), fn=int(not dyad_hit), fp=max(0, len(dyads) - int(dyad_hit)))
        text = coded.article.text
        for actor in gold.sources + gold.targets:
            if not actor.country:
                continue
            span = align_span(text, 0, 0, actor.text)
            if span is None:
                actors_unaligned += 1
                continue
            actors_total += 1
            countries = {
                norm.country(a.country)
                for a in coded.actors
                if any(overlaps((m.start, m.end), span) for m in a.mentions)
            }
            actors_right += int(actor.country in countries)
    return {
        "items": len(items),
        "type": type_counts.scores(),
        "dyad": dyad_counts.scores(),
        "actors": ratio(actors_right, actors_total),
        "actors_scored": actors_total,
        "actors_unaligned": actors_unaligned,
        "per_type": {
            name: {**counts.scores(), "support": counts.tp + counts.fn}
            for name, counts in sorted(per_type.items())
        },
    }


def run(path: Path, coder: Any, norm: Normalizer, limit: int | None = None, fold: Fold | None = None) -> dict[str, Any]:
    """Run the coder over the gold sentences and score them."""
    items = read(path, norm, limit)
    if fold is not None:  # by record id, after the limit
        items = [g for g in items if fold.keeps(g.id)]
    prepared = list(prepare(GoldText(key=g.id, text=g.text, published=g.date) for g in items))
    annotations = annotate(coder, prepared)
    return score(items, [a.coded for a in annotations], norm)
