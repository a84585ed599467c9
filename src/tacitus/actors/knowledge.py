"""Filling in what inference left open from the built-in knowledge base (Phoenix dictionaries).

Inference from the article comes first: "North Korean leader Kim Jong-un" is PRK GOV whatever a
dictionary says, and new leaders need no entry. The knowledge base only answers for actors that
inference could not place in a country:

- a person or organization whose name (any of its names in the article) is an entry: that
  entry's code on the publication date ("President Francois Mitterrand", "Amnesty International");
- a person named by surname alone ("President Museveni"), or by first name and surname, whose
  namesakes in the knowledge base all belong to one country: that country, and the sector if
  they agree.
"""

from __future__ import annotations

from typing import Iterable

from ..dictionaries import DictEntry
from .dictionary import ActorDictionary, DictCode
from .resolve import Cluster

__all__ = ["fill_from_knowledge"]

_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI", "OPP", "PTY", "REB"})


def _person_country(knowledge: ActorDictionary, entry: DictEntry) -> DictCode | None:
    """A person's country outside the dates of their roles, without a sector.

    Dated codes give a person's office ("FRAGOV" while president); the country itself does not
    lapse when the office does, so an article dated after it still places the person.
    """
    code = knowledge.code(entry, None)
    if code is None or not code.country:
        return None
    return DictCode(entry, code.country, code.country, None)


def _code_for(cluster: Cluster, knowledge: ActorDictionary, date: str | None) -> DictCode | None:
    names = sorted(set(cluster.names), key=len, reverse=True)
    for name in names:
        entry = knowledge.lookup(name)
        if entry is not None and (cluster.kind == "person") == entry.person:
            code = knowledge.code(entry, date)
            if code is None and entry.person:
                code = _person_country(knowledge, entry)
            if code is not None and code.country:
                return code
    # The surname rule speaks for people the article names by surname alone ("President Kagame")
    # or by a first name and surname the knowledge base knows with a middle name ("Carlos Menem"),
    # never for other first names ("Sara Malik" is not one of its Maliks), and only for people in
    # state roles or of unknown role (a reporter is not a head of state's namesake).
    if cluster.kind == "person" and names and (cluster.sector is None or cluster.sector in _STATE_SECTORS):
        words = names[0].split()
        first = words[0] if len(words) > 1 else None
        code = knowledge.by_surname(words[-1], date, first=first)
        if code is None:
            # A misspelt surname ("President Bouteflicka") with one known spelling a letter away.
            near = knowledge.near_surname(words[-1])
            if near is not None:
                code = knowledge.by_surname(near, date, first=first)
        return code
    return None


def fill_from_knowledge(clusters: Iterable[Cluster], knowledge: ActorDictionary, date: str | None) -> None:
    """Give clusters without a country the knowledge base's country (and sector when unknown)."""
    if not len(knowledge):
        return
    for cluster in clusters:
        if cluster.country is not None or cluster.fixed or not cluster.names:
            continue
        code = _code_for(cluster, knowledge, date)
        if code is None:
            continue
        cluster.country = code.country
        cluster.sector = cluster.sector or code.sector
