"""The country of the scene: nominal actors that name no country take the sentence's only one.

"Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian
President Ahmed Ben Bella": the fundamentalists are Algerian. A human coder reads a group with no
country word as belonging to the one country its sentence is about; when the sentence names
two countries or none, the group keeps no country (guessing between two is worse than nothing).
Only descriptions are filled ("protesters", "the government", "police"), never names: a name
with no country stays unknown rather than wrongly placed.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from .resolve import Cluster

__all__ = ["fill_from_sentence"]

# Candidates whose country is evidence of the scene: a country or capital named, a demonym.
_SCENE_SOURCES = frozenset({"country", "capital", "group", "dict", "description", "org", "name"})


def _is_description_only(cluster: Cluster) -> bool:
    return all(m.source == "description" for m in cluster.members)


def fill_from_sentence(doc: Doc, clusters: Iterable[Cluster]) -> None:
    """Give description-only clusters without a country the single country of their sentence."""
    clusters = list(clusters)
    by_sentence: dict[int, set[str]] = {}
    for cluster in clusters:
        if cluster.country is None:
            continue
        for member in cluster.members:
            if member.source in _SCENE_SOURCES:
                by_sentence.setdefault(doc[member.start].sent.start, set()).add(cluster.country)
    for cluster in clusters:
        if cluster.country is not None or cluster.fixed or not _is_description_only(cluster):
            continue
        first = min(cluster.members, key=lambda m: m.start)
        if any(m.possessor is not None for m in cluster.members):
            continue  # "his government": the possessor decides, not the scene
        countries = by_sentence.get(doc[first.start].sent.start, set())
        if len(countries) == 1:
            cluster.country = next(iter(countries))
