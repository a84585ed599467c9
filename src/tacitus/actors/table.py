"""ActorTable: the resolved actors of one article, and lookups from text positions to actors.

The actors stage produces one ActorTable per article; the events and quotes stages only read it.
Lookups go through the actors' mentions (character offsets into ``Article.text``).
"""

from __future__ import annotations

import bisect
from typing import Iterable, Sequence

from spacy.tokens import Span, Token

from ..model import Actor, Mention
from .home import Home

__all__ = ["ActorTable"]

# Dependency relations whose dependents belong to the noun phrase of their head: an argument such
# as "the North Korean leader" is found through any of them when the head itself has no mention.
_NP_RELATIONS = frozenset({"compound", "amod", "poss", "nmod", "det", "appos", "nummod", "flat"})


class ActorTable:
    """The actors of one article with an index from character spans to actors, and the article's
    own country (``home``: its dateline's, else the one it names clearly most; see actors/home.py)."""

    def __init__(self, actors: Sequence[Actor], home: Home | None = None) -> None:
        """Index every mention of every actor by its start offset; ``home`` is the article's country."""
        self.actors: tuple[Actor, ...] = tuple(actors)
        self.home: Home = home if home is not None else Home()
        entries: list[tuple[int, int, int]] = []
        for position, actor in enumerate(self.actors):
            for mention in actor.mentions:
                entries.append((mention.start, mention.end, position))
        entries.sort()
        self._entries = entries
        self._starts = [entry[0] for entry in entries]
        self._by_id = {actor.id: actor for actor in self.actors}

    def __len__(self) -> int:
        """Number of actors."""
        return len(self.actors)

    def __iter__(self):
        """Iterate over the actors."""
        return iter(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        return self._by_id.get(actor_id)

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """Return (mention, actor) pairs whose mention lies inside ``[start, end)``, in text order."""
        found: list[tuple[Mention, Actor]] = []
        index = bisect.bisect_left(self._starts, start)
        while index < len(self._entries) and self._entries[index][0] < end:
            m_start, m_end, position = self._entries[index]
            if m_end <= end:
                actor = self.actors[position]
                mention = next(m for m in actor.mentions if m.start == m_start and m.end == m_end)
                found.append((mention, actor))
            index += 1
        return found

    def for_span(self, start: int, end: int) -> Actor | None:
        """Return the actor whose mention overlaps ``[start, end)`` the most, or None."""
        best: tuple[int, int] | None = None  # (overlap, -mention length) of the best so far
        best_actor: Actor | None = None
        # Mentions are short; a mention that overlaps must start within this window.
        index = bisect.bisect_left(self._starts, start - 200)
        while index < len(self._entries) and self._entries[index][0] < end:
            m_start, m_end, position = self._entries[index]
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > 0:
                score = (overlap, -(m_end - m_start))
                if best is None or score > best:
                    best, best_actor = score, self.actors[position]
            index += 1
        return best_actor

    def for_token(self, token: Token) -> Actor | None:
        """Return the actor one of whose mentions covers this token, or None."""
        return self.for_span(token.idx, token.idx + len(token.text))

    def for_argument(self, token: Token) -> list[Actor]:
        """Return the actors an argument head denotes, following coordination.

        "Pompeo and Kim" gives both actors; "the North Korean leader" gives the actor of a mention
        covering the head, or failing that, of a mention on the head's noun-phrase dependents.
        """
        found: list[Actor] = []
        for head in _with_conjuncts(token):
            actor = self.for_token(head) or self._from_noun_phrase(head)
            if actor is not None and all(actor.id != other.id for other in found):
                found.append(actor)
        return found

    def for_spacy_span(self, span: Span) -> Actor | None:
        """Return the actor whose mention overlaps this spaCy span the most, or None."""
        return self.for_span(span.start_char, span.end_char)

    def _from_noun_phrase(self, head: Token) -> Actor | None:
        """Look for a mention on the dependents that belong to ``head``'s noun phrase."""
        for child in head.children:
            if child.dep_ in _NP_RELATIONS:
                actor = self.for_token(child)
                if actor is not None:
                    return actor
        return None


def _with_conjuncts(token: Token) -> Iterable[Token]:
    """Yield the token and the tokens coordinated with it ("A, B and C")."""
    yield token
    yield from token.conjuncts
