"""A foreign state's own act is not at the dateline ("CARACAS - Panama cut ties with Taiwan").

The dateline is where the reporting was done. An act of the dateline's own country, or of a person
there (a visiting minister "said here"), is placed at it; the act of another state as a whole, or
of one of its organs (government, parliament, courts, army), was made at home: a statement there
is placed in the state's capital, any other act gets no place from the dateline.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Token

from ..geo import PlaceResources
from ..model import Actor, Event, Place
from .resources import SituateResources

__all__ = ["ForeignState", "ForeignStates"]

# Sectors of a state's own organs: their statements are made in the state's capital.
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})
# Actor kinds that stand for a state or one of its bodies, not a person somewhere.
_BODY_KINDS = frozenset({"country", "organization"})


@dataclass(frozen=True)
class ForeignState:
    """The state whose own act an event is, other than the dateline's: its code and its capital
    (None when the actor is not one of the state's organs: a party, a company)."""

    country: str
    capital: Place | None


class ForeignStates:
    """Tells, for the events of one article, which are a foreign state's own acts."""

    def __init__(self, actors: Sequence[Actor], dateline: Place | None, resources: PlaceResources,
                 words: SituateResources) -> None:
        """Index the actors' kinds by id and by mention offsets."""
        self.dateline = dateline
        self.resources = resources
        self.words = words
        self.kinds = {actor.id: actor.kind for actor in actors if actor.kind}
        spans = sorted((m.start, m.end, actor.kind) for actor in actors if actor.kind for m in actor.mentions)
        self._spans = spans
        self._starts = [start for start, _, _ in spans]

    def acting(self, event: Event, trigger: Token) -> ForeignState | None:
        """The foreign state whose own act the event is, or None: its source is a country or a body
        of another country than the dateline city's, and no person reports it ("Russia's negotiator
        said here that Russia will cooperate" is said at the dateline). None for people, for
        international bodies (no capital) and without a dateline."""
        source = event.source
        dateline = self.dateline
        if source is None or not source.country or dateline is None or not dateline.country:
            return None
        kind = self.kinds.get(source.actor_id)
        if source.country == dateline.country or kind not in _BODY_KINDS:
            return None
        capital = self.resources.capital(source.country)
        if capital is None or self._reported_by_person(trigger) or _quoted(trigger):
            return None
        organ = kind == "country" or source.sector in _STATE_SECTORS
        return ForeignState(source.country, capital.place() if organ else None)

    def _reported_by_person(self, trigger: Token) -> bool:
        """True when a reporting verb above the trigger has a person as its subject."""
        node = trigger
        for _ in range(12):
            if node.head.i == node.i:
                return False
            parent = node.head
            if node.dep_ in ("ccomp", "parataxis") and self.words.is_reporting_verb(parent.lemma_.lower()):
                if any(c.dep_ == "nsubj" and self._kind_at(c) == "person" for c in parent.children):
                    return True
            node = parent
        return False

    def _kind_at(self, token: Token) -> str | None:
        """The kind of the actor whose mention covers the token, or None."""
        position = bisect_right(self._starts, token.idx) - 1
        while position >= 0:
            start, end, kind = self._spans[position]
            if start <= token.idx < end:
                return kind
            if end <= token.idx and start < token.idx - 200:
                return None
            position -= 1
        return None


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _quoted(trigger: Token) -> bool:
    """True when the trigger is inside a direct quotation of its paragraph ("'We asked ourselves
    ...'": a person speaks): an odd number of quotation marks stands before it."""
    count = 0
    for token in reversed(trigger.doc[:trigger.i]):
        if "\n" in token.text_with_ws or token.is_space:
            break
        if token.text in _QUOTE_MARKS:
            count += 1
        if trigger.i - token.i > 400:
            break
    return count % 2 == 1
