"""Build small articles with hand-made ActorTables, so event tests do not depend on the actor stage."""

from __future__ import annotations

import re
from typing import Mapping

from tacitus.actors.table import ActorTable
from tacitus.events import EventResources, detect_events
from tacitus.model import Actor, Article, Event, Mention
from tacitus.nlp import make_doc_text

# name -> (country, sector, aliases): the actors our test sentences use.
ACTORS: Mapping[str, tuple[str | None, str | None, tuple[str, ...]]] = {
    "Ana Lopes": ("PRT", "GOV", ("Ana Lopes", "Lopes", "the Portuguese minister")),
    "Tomas Varga": ("HUN", "GOV", ("Tomas Varga", "Varga", "the Hungarian premier")),
    "Chile": ("CHL", None, ("Chile", "Santiago", "Chilean")),
    "Peru": ("PER", None, ("Peru", "Lima", "Peruvian")),
    "Kenya": ("KEN", None, ("Kenya", "Nairobi", "Kenyan")),
    "police": ("KEN", "COP", ("Kenyan police", "police")),
    "rebels": ("KEN", "REB", ("the rebels", "rebels")),
    "Jan Novak": (None, "JRN", ("Jan Novak", "Novak")),
    "civilians": (None, "CVL", ("civilians",)),
}
# The people among them (the other actors have no kind, as groups and places often do not).
PEOPLE = frozenset({"Ana Lopes", "Tomas Varga", "Jan Novak"})


def actor_table(text: str) -> ActorTable:
    """Find every alias in ``text`` (longest first, no overlaps) and build the ActorTable."""
    taken = [False] * len(text)
    mentions: dict[str, list[Mention]] = {name: [] for name in ACTORS}
    aliases = sorted(((alias, name) for name, (_, _, names) in ACTORS.items() for alias in names), key=lambda x: -len(x[0]))
    for alias, name in aliases:
        for match in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            if any(taken[match.start():match.end()]):
                continue
            taken[match.start():match.end()] = [True] * (match.end() - match.start())
            mentions[name].append(Mention(alias, match.start(), match.end()))
    # The coreference map of the actor stage links a subject pronoun to its speaker ("Chile said it
    # would ...", "Ana Lopes will say that she ..."); in these one-sentence texts that is the first
    # actor named before the pronoun (a person for he/she, another actor for it).
    for match in re.finditer(r"(?<!\w)(it|he|she)(?!\w)", text):
        person = match.group(1) != "it"
        named = [(min(m.start for m in found), name) for name, found in mentions.items()
                 if found and (name in PEOPLE) == person and min(m.start for m in found) < match.start()]
        if named:
            mentions[min(named)[1]].append(Mention(match.group(1), match.start(), match.end()))
    actors = []
    for name, (country, sector, _) in ACTORS.items():
        if mentions[name]:
            actors.append(Actor(id=name.lower().replace(" ", "-"), name=name, country=country, sector=sector,
                                code=(country or "") + (sector or ""), kind="person" if name in PEOPLE else None, mentions=tuple(sorted(mentions[name], key=lambda m: m.start))))
    return ActorTable(actors)


def code_text(nlp, resources: EventResources, text: str, article_id: str = "a1") -> list[Event]:
    """Run detect_events on ``text`` as the body of an article."""
    article = Article(id=article_id, text=text)
    doc = nlp(make_doc_text(text))
    return detect_events(doc, article, actor_table(text), resources)


def summary(events: list[Event]) -> list[tuple[str, str, str | None, str]]:
    """(cameo, source name, target name, modality) for compact assertions."""
    return [(e.cameo, e.source.name if e.source else None, e.target.name if e.target else None, e.modality) for e in events]
