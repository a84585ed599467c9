"""Shared helpers for the quote tests: actor tables built by hand from surface forms."""

from __future__ import annotations

import re
from typing import Iterable

from tacitus.actors import ActorTable
from tacitus.model import Actor, Mention, Quote

# One actor spec: (id, full name, surface forms that get a mention, kind).
ActorSpec = tuple[str, str, tuple[str, ...], str]


def actor_table(text: str, specs: Iterable[ActorSpec]) -> ActorTable:
    """Actors with a mention at every occurrence of their surface forms (longest form first,
    no two mentions overlapping), all coded with the placeholder country XXX."""
    actors = []
    taken: list[tuple[int, int]] = []
    for actor_id, name, forms, kind in specs:
        mentions = []
        for form in sorted(forms, key=len, reverse=True):
            for match in re.finditer(r"\b" + re.escape(form) + r"\b", text):
                if not any(s <= match.start() < e for s, e in taken):
                    mentions.append(Mention(form, match.start(), match.end()))
                    taken.append((match.start(), match.end()))
        if mentions:
            actors.append(Actor(id=actor_id, name=name, mentions=tuple(mentions), kind=kind, country="XXX"))
    return ActorTable(actors)


def speaker_name(quote: Quote) -> str | None:
    """The quote's speaker name, or None."""
    return quote.speaker.name if quote.speaker else None
