"""Filling in what inference left open from the built-in knowledge base (Phoenix dictionaries).

Inference from the article comes first: "North Korean leader Kim Jong-un" is PRK GOV whatever a
dictionary says, and new leaders need no entry. The knowledge base only answers for actors that
inference could not place in a country:

- a person or organization whose name (any of its names in the article) is an entry: that
  entry's code on the publication date ("President Francois Mitterrand", "Amnesty International");
- a person whose surname is shared only by people of one country in the knowledge base
  ("President Museveni"): that country, and the sector if they agree.
"""

from __future__ import annotations

from typing import Iterable

from .dictionary import ActorDictionary, DictCode
from .resolve import Cluster

__all__ = ["fill_from_knowledge"]


def _code_for(cluster: Cluster, knowledge: ActorDictionary, date: str | None) -> DictCode | None:
    names = sorted(set(cluster.names), key=len, reverse=True)
    for name in names:
        entry = knowledge.lookup(name)
        if entry is not None and (cluster.kind == "person") == entry.person:
            code = knowledge.code(entry, date)
            if code is not None and code.country:
                return code
    if cluster.kind == "person" and names:
        return knowledge.by_surname(names[0].split()[-1], date)
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
