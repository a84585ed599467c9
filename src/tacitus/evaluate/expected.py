"""Checking one article against a hand-written expectation file (format ``expected``).

The file (like ``seeds/000_*.expected.json``) describes what a careful human coder extracts from
the ``.txt`` beside it with the same stem; the article is read with its ``metadata`` (published,
source) through ``tacitus.ingest.read_article`` so that headline and structure detection run.

Matching follows the file's "about" text (the field checks live in ``matching``, shared with the
whole-article format). An expected event is found when one output event has:
``event_type`` in ``types``; source and target whose country (and sector where given) match, in
either order where ``symmetric`` is true; a location whose name contains ``location`` where given;
a date that starts with ``date`` where given; a modality in ``modality`` where given. For
``must_not`` the same test finds violations. An actor is found when an output actor is named like
it (its name or one of its mention texts, case-insensitive) with the expected country and sector
where given; ``never_actors`` names that show up as actors are violations. A quote is found when
an output quote contains the expected words and its speaker is the expected person.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..errors import InputError
from ..model import Actor, Coded
from .matching import accepts, actor_named, event_matches
from .matching import fold_text as _fold

__all__ = ["load_expectation", "event_matches", "score", "run"]


def load_expectation(path: Path) -> tuple[dict[str, Any], Path]:
    """Read an expectation file and find its article (the ``.txt`` with the same stem)."""
    if not path.is_file():
        raise InputError(f"{path}: no such file; give an .expected.json file")
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(spec, dict) or "events" not in spec:
        raise InputError(f"{path}: not an expectation file; expected an object with 'events', 'actors', 'quotes'")
    stem = path.name[: -len(".expected.json")] if path.name.endswith(".expected.json") else path.stem
    article = path.with_name(stem + ".txt")
    if not article.is_file():
        raise InputError(f"{path}: the article {article.name} is missing beside it")
    return spec, article


def _actor_named(actor: Actor, name: str) -> bool:
    """True when the actor's name or one of its mentions is ``name``."""
    return actor_named(actor, [name])


def _count(found: Iterable[bool]) -> dict[str, Any]:
    """Return {found, total, rate} for a list of booleans (rate = found / total, for the gate)."""
    values = list(found)
    return {"found": sum(values), "total": len(values), "rate": round(sum(values) / len(values), 4) if values else 0.0}


def score(spec: Mapping[str, Any], coded: Coded) -> dict[str, Any]:
    """Check one coded article against an expectation; report counts and the ids found/missed."""
    result: dict[str, Any] = {"items": 1}
    events = spec.get("events", {})
    for group in ("must", "should", "must_not"):
        wanted = events.get(group, [])
        hits = {w["id"]: any(event_matches(e, w) for e in coded.events) for w in wanted}
        result[group] = _count(hits.values())
        # For must_not, "found" are violations: the ids listed under found are the failures.
        result[group]["found_ids"] = [key for key, hit in hits.items() if hit]
        result[group]["missed_ids"] = [key for key, hit in hits.items() if not hit]
    actors = []
    for want in spec.get("actors", []):
        ok = any(
            _actor_named(a, want["name"])
            and accepts(want.get("country"), a.country)
            and accepts(want.get("sector"), a.sector)
            for a in coded.actors
        )
        actors.append((want["name"], ok))
    result["actors"] = {**_count(ok for _, ok in actors), "missed_ids": [name for name, ok in actors if not ok]}
    never = [name for name in events.get("never_actors", []) if any(_actor_named(a, name) for a in coded.actors)]
    result["never_actors"] = {"found": len(never), "total": len(events.get("never_actors", [])), "found_ids": never}
    by_id = {a.id: a for a in coded.actors}
    quotes = []
    for want in spec.get("quotes", []):
        ok = False
        for quote in coded.quotes:
            if _fold(want["contains"]) not in _fold(quote.text):
                continue
            speaker = by_id.get(quote.speaker.actor_id) if quote.speaker else None
            if quote.speaker is not None and (_fold(quote.speaker.name) == _fold(want["speaker"]) or (speaker and _actor_named(speaker, want["speaker"]))):
                ok = True
                break
        quotes.append((want["contains"], ok))
    result["quotes"] = {**_count(ok for _, ok in quotes), "missed_ids": [text for text, ok in quotes if not ok]}
    return result


def run(path: Path, coder: Any) -> dict[str, Any]:
    """Read the article beside the expectation file, code it and check it."""
    from ..ingest import read_article  # type: ignore[attr-defined]

    spec, article_path = load_expectation(path)
    metadata = spec.get("metadata", {})
    article = read_article(article_path, published=metadata.get("published"), source=metadata.get("source"))
    annotation = next(iter(coder.annotate([article])))
    return score(spec, annotation.coded)
