"""A definite event noun refers back to a happening the article has already dated ("The strike began
on Monday evening. ... The strike had cost the company 30 million euros": the second strike is
Monday's; "Wen will visit France and Portugal from Dec. 4 to 15. ... Wen's visit to Portugal").

The anaphor is a noun trigger under "the", "this", "that" or a possessor ("Wen's visit", "its
offensive"), with no time expression of its own; its antecedent is the nearest earlier event with
the same trigger lemma whose own words dated it (not the saying that reports it), and whose sides do not conflict with its sides (the
same actor, or unnamed on one). The anaphor takes the antecedent's date and, when its sentence names
no place, the antecedent's own place.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..model import ActorRef, Event
from .when import TimeChoice, no_expression
from .where import PlaceChoice

__all__ = ["Antecedent", "find_antecedent", "referred_time"]

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_UNNAMED = "unidentified"

# (event, trigger token, its date, its own place)
Antecedent = tuple[Event, Token | None, TimeChoice | None, PlaceChoice | None]


def _definite_noun(trigger: Token) -> bool:
    """True for an event noun under a definite determiner or a possessor ("the strike", "Wen's visit")."""
    if trigger.pos_ != "NOUN":
        return False
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in trigger.children)


def _side_id(ref: ActorRef | None) -> str | None:
    """The actor id of a side, None when the side is missing or unnamed."""
    if ref is None or ref.name == _UNNAMED:
        return None
    return ref.actor_id


def _compatible(one: Event, other: Event) -> bool:
    """True when neither side conflicts: the same actor, or unnamed on one of them."""
    for mine, theirs in ((one.source, other.source), (one.target, other.target)):
        a, b = _side_id(mine), _side_id(theirs)
        if a is not None and b is not None and a != b:
            return False
    return True


def _undated(time: TimeChoice | None) -> bool:
    """True when no expression dated the event (the publication date, or an undated past)."""
    return time is not None and time.date_text is None and (no_expression(time) or "undated past" in time.note)


def _own_date(time: TimeChoice | None) -> bool:
    """True when the mention's own words dated it, not the saying that reports it ("will visit
    France, Zhao said on Wednesday": Wednesday is the saying's)."""
    return time is not None and time.date_text is not None and "reporting verb" not in time.note


def find_antecedent(event: Event, trigger: Token | None, time: TimeChoice | None,
                    earlier: Sequence[Antecedent]) -> Antecedent | None:
    """The earlier dated mention a definite event noun refers back to, or None (see the module
    docstring). ``earlier``: the article's events before this one, in text order."""
    if trigger is None or not _undated(time) or not _definite_noun(trigger):
        return None
    lemma = trigger.lemma_.lower()
    for item in reversed(earlier):
        other, token, other_time, _ = item
        if token is None or token.i >= trigger.i or not _own_date(other_time):
            continue
        if token.lemma_.lower() == lemma and other.event_type == event.event_type and _compatible(event, other):
            return item
    return None


def referred_time(trigger: Token, antecedent: Antecedent) -> TimeChoice | None:
    """The antecedent's date, with a note naming it."""
    _, token, time, _ = antecedent
    if time is None or token is None:
        return None
    return TimeChoice(time.date, time.date_text, f"date {time.date}: '{trigger.text}' refers back to "
                                                 f"'{token.text}' dated '{time.date_text}'", time.elsewhen)
