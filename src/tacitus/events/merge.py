"""One record per happening within an article: repeat mentions of one happening merge.

News repeats its lead: "A bomb ripped through a church in Cairo on Sunday" comes back as "the
blast", "the attack on the church", "Sunday's bombing", each mention giving some of the target,
the date and the place. Records are merged when they are mentions of one happening:

- the same PLOVER type and modality, from different sentences (two pairings of one sentence are
  different records by design: "A and B met C"), or in one sentence a consequence clause of the
  same doer and CAMEO root ("shelled the town, killing nine"; "imposed sanctions, banning travel"
  stays two acts);
- compatible sides: each side the same actor, or unnamed on one of them (``unidentified`` source,
  no target); symmetric happenings also match with the sides swapped;
- compatible date (one a prefix of the other; a publication-date default, with no expression,
  agrees with any) and place (the same name, or unnamed on one);
- no conflict with any mention already merged, and at least one argument actually shared with
  one of them (a named source, a target, or a place): two attacks with
  nothing known about either are not assumed to be one, and the dateline, stamped on most of an
  article's happenings of the day, is not a shared place.

The merged record is the best-argued mention (sides named, date from an expression, place,
confidence), completed with the target, place and date the others give; it keeps a mention count
and the other mentions' evidence (``mentions``, ``mention_evidence``) and says so in ``why``. It
runs after the situating step, so dates and places are known. Cross-article clusters group these
records across articles on top (tacitus.clusters).
"""

from __future__ import annotations

import dataclasses
from typing import Iterable

from ..model import ActorRef, Event
from ..situate.where import place_from_dateline

__all__ = ["merge_mentions"]

_UNNAMED = "unidentified"


def _side(ref: ActorRef | None) -> str | None:
    """The actor id of a side, or None when the text does not name it."""
    return None if ref is None or ref.actor_id == _UNNAMED else ref.actor_id


def _same_or_unnamed(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _dates_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def _sides_agree(a: Event, b: Event) -> tuple[bool, bool]:
    """(compatible, shares a named side) for the two events' sides, either order when symmetric."""
    orders = [(_side(b.source), _side(b.target))]
    if "symmetric" in a.why or "symmetric" in b.why:
        orders.append((_side(b.target), _side(b.source)))
    for source, target in orders:
        if _same_or_unnamed(_side(a.source), source) and _same_or_unnamed(_side(a.target), target):
            shared = (source is not None and source == _side(a.source)) or (target is not None and target == _side(a.target))
            return True, shared
    return False, False


def _date(event: Event) -> str | None:
    """The event's date when the text gave one; a publication-date default says nothing."""
    return event.date if event.date_text is not None else None


def _place(event: Event) -> str | None:
    """The event's place: its gazetteer id when it has one (a name may be spelt as each sentence
    writes it), else its name."""
    if event.location is None:
        return None
    return str(event.location.geonameid) if event.location.geonameid is not None else event.location.name


def _agree(a: Event, b: Event) -> tuple[bool, bool]:
    """(nothing conflicts, some argument is shared) for two records (see the module docstring)."""
    if a.event_type != b.event_type or a.modality != b.modality:
        return False, False
    sides, shared = _sides_agree(a, b)
    if a.sentence == b.sentence:
        # Two pairings of one sentence are two records ("A and B met C"), but a consequence clause
        # of the same doer and CAMEO root is the same happening ("shelled the town, killing nine").
        if not (_side(a.source) is not None and _side(a.source) == _side(b.source) and a.cameo[:2] == b.cameo[:2]
                and (a.target is None or b.target is None) and a.trigger_start != b.trigger_start):
            return False, False
    if not sides or not _dates_agree(_date(a), _date(b)):
        return False, False
    if _place(a) and _place(b) and _place(a) != _place(b):
        return False, False
    stated = not place_from_dateline(a.why) and not place_from_dateline(b.why)
    return True, shared or bool(stated and _place(a) and _place(a) == _place(b))


def _score(event: Event) -> tuple:
    """How well argued a mention is: named sides, a date from the text, a place, confidence."""
    return (_side(event.source) is not None, event.target is not None, event.date_text is not None,
            len(_date(event) or ""), event.location is not None, event.confidence, -event.sentence)


def _fills_target(mention: Event, source: ActorRef | None) -> bool:
    """True when ``mention``'s target may complete a record whose source is ``source``.

    Casualties of an unnamed doer who are the source's own people are its losses, not its target:
    "Turkey has been fighting the PKK" and "200 Turkish soldiers were killed in clashes" are one
    conflict, but Turkey did not attack its soldiers, nor Hezbollah the "Hezbollah gunmen" killed.
    Its own people are the state's forces (a country as a whole and its MIL, COP or GOV sector) or
    a phrase that names the source; a rebel group of the same country is another side.
    """
    target = mention.target
    if mention.event_type != "ASSAULT" or _side(mention.source) is not None or source is None or target is None:
        return True
    named_in = bool(source.name) and source.name.lower() in (target.name or "").lower()
    state_forces = (bool(target.country) and source.country == target.country and not source.sector
                    and (target.sector or "") in ("MIL", "COP", "GOV"))
    return not (named_in or state_forces)


def _combine(group: list[Event]) -> Event:
    """The best-argued mention of a group, completed from the others."""
    best = max(group, key=_score)
    others = [e for e in sorted(group, key=lambda e: (e.sentence, e.trigger_start or 0)) if e is not best]
    changes: dict = {}
    if _side(best.source) is None:
        named = next((e.source for e in others if _side(e.source) is not None), None)
        if named is not None:
            changes["source"] = named
    if best.target is None:
        source = changes.get("source", best.source)
        target = next((e.target for e in others if e.target is not None and _fills_target(e, source)), None)
        if target is not None:
            changes["target"] = target
    if best.location is None:
        place = next((e.location for e in others if e.location is not None), None)
        if place is not None:
            changes["location"] = place
    if best.date_text is None:
        dated = next((e for e in others if e.date_text is not None), None)
        if dated is not None:
            changes.update(date=dated.date, date_text=dated.date_text)
    evidence: list[str] = []
    for event in others:
        if event.evidence != best.evidence and event.evidence not in evidence:
            evidence.append(event.evidence)
    sentences = ", ".join(str(e.sentence) for e in others)
    filled = f" (took {', '.join(sorted(changes))} from them)" if changes else ""
    changes.update(mentions=len(group), mention_evidence=tuple(evidence),
                   why=f"{best.why}; one happening: merged {len(others)} other mention(s) in sentence(s) {sentences}{filled}")
    return dataclasses.replace(best, **changes)


def merge_mentions(events: Iterable[Event]) -> list[Event]:
    """Merge repeat mentions of one happening; return one record per happening, in the order of
    each happening's first mention."""
    groups: list[list[Event]] = []
    for event in events:
        for group in groups:
            verdicts = [_agree(member, event) for member in group]
            # No conflict with any mention of the happening, and something shared with one of them.
            if all(ok for ok, _ in verdicts) and any(shared for _, shared in verdicts):
                group.append(event)
                break
        else:
            groups.append([event])
    # Groups are in the order of their first mention: the article's order of happenings.
    return [group[0] if len(group) == 1 else _combine(group) for group in groups]
