"""The country of the scene: nominal actors that name no country take the sentence's only one.

"Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian
President Ahmed Ben Bella": the fundamentalists are Algerian. A human coder reads a group with no
country word as belonging to the one country its sentence is about; when the sentence names
two countries or none, the group keeps no country (guessing between two is worse than nothing).
Only descriptions are filled ("protesters", "the government", "police"), never names: a name
with no country stays unknown rather than wrongly placed. An official described by a title takes
no country from a sentence that names a person of another country than the article's own: "The
president received the Chinese foreign minister" in a Nairobi story says where the minister is
from, not the president. An ethnic minority ("ethnic Albanians
in Serbia") takes the one other state its sentence names, as CAMEO codes minorities by the state
they live in.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from .coding import STATE_SECTORS, Evidence, Rank, is_region_code, is_state_code
from .resolve import Cluster

__all__ = ["fill_from_sentence"]

# Candidates whose country is evidence of the scene: a country or capital named, a demonym.
_SCENE_SOURCES = frozenset({"country", "capital", "group", "dict", "description", "org", "name"})


# Prepositions that place a people in the state it lives in ("Albanians of Serbia", "Kurds in Turkey").
_RESIDENCE_PREPS = frozenset({"of", "in"})


# Codes of groups that are no state nor union of states: "police blamed Lashkar-e-Toiba" is no
# scene of an international militant group (IMG), whatever "EU officials" say of the EU.
_NO_SCENE = frozenset({"IMG", "NGO", "MNC"})

# Actors whose country says nothing about the scene: "told AFP" does not make a story French.
_FOREIGN_OBSERVERS = frozenset({"JRN", "MED", "BUS", "EDU", "NGO"})


def _is_description_only(cluster: Cluster) -> bool:
    return all(m.source == "description" for m in cluster.members)


def _titled(cluster: Cluster) -> bool:
    """A name that a title or description of its own gives a sector ("Judge Alejandro Rivera",
    "police chief X"): placed by its sentence like a description when the
    article has no country of its own (a story with a dateline places its officials by it: "the
    PNA spokesman Nabil Abu Rudeineh accused Israel" is no Israeli); a bare name with nothing said
    of it stays unknown."""
    return cluster.kind in ("person", "organization") and cluster.sector is not None \
        and cluster.sector not in _FOREIGN_OBSERVERS  # "Al Jazeera's X, reporting from Beirut" is no Lebanese


def _ethnic(doc: Doc, cluster: Cluster) -> bool:
    """True when a mention of the cluster is qualified by "ethnic" ("ethnic Albanian guerrillas")."""
    for member in cluster.members:
        window = doc[max(member.start - 1, 0):member.end]
        if any(token.lower_ == "ethnic" for token in window):
            return True
    return False


def _state_after(doc: Doc, start: int, end: int, states: dict[int, str]) -> str | None:
    """The state named by an "of"/"in" phrase right after a mention ("Albanians of southern Serbia")."""
    if end >= len(doc) or doc[end].lower_ not in _RESIDENCE_PREPS or doc[end].head.i not in range(start, end):
        return None
    for pobj in doc[end].children:
        if pobj.dep_ == "pobj" and pobj.i in states:
            return states[pobj.i]
    return None


def _peoples_by_residence(doc: Doc, clusters: list[Cluster]) -> None:
    """A people named as living in a state ("Albanians of southern Serbia", "Kurds in Turkey") is
    coded by that state, as CAMEO codes minorities; the people's own state otherwise."""
    states = {
        i: cluster.country
        for cluster in clusters if cluster.country is not None
        for member in cluster.members if member.source in ("country", "capital")
        for i in range(member.start, member.end)
    }
    for cluster in clusters:
        if cluster.country is None or cluster.fixed or cluster.kind != "group":
            continue
        if not all(member.source == "group" for member in cluster.members):
            continue
        for member in cluster.members:
            state = _state_after(doc, member.start, member.end, states)
            if state is not None and state != cluster.country:
                cluster.add(Evidence(Rank.RESIDENCE, f"a people living in '{doc[member.end + 1:member.end + 3].text}'",
                                     country=state))
                break


def fill_from_sentence(doc: Doc, clusters: Iterable[Cluster], home: str | None = None) -> None:
    """Give description-only clusters without a country the single country of their sentence.
    ``home`` is the article's own country (actors/home.py): an official beside a person of another
    country takes nothing from the sentence."""
    clusters = list(clusters)
    _peoples_by_residence(doc, clusters)
    by_sentence: dict[int, set[str]] = {}
    # Sentences that name a person's country: a person's nationality ("the Chinese foreign
    # minister") says where that person is from, not where the scene is, so another person there
    # ("The president received the Chinese foreign minister") takes no country from the sentence.
    persons_by_sentence: dict[int, set[str]] = {}
    # States named outright (a country or capital), for minorities: "Belgrade radio" is a broadcaster
    # whatever its dictionary code says, "in Serbia" is where the minority lives.
    states_by_sentence: dict[int, set[str]] = {}
    for cluster in clusters:
        if cluster.country is None or cluster.sector in _FOREIGN_OBSERVERS or cluster.country in _NO_SCENE:
            continue
        for member in cluster.members:
            if member.source in _SCENE_SOURCES:
                by_sentence.setdefault(doc[member.start].sent.start, set()).add(cluster.country)
                if cluster.kind == "person":
                    persons_by_sentence.setdefault(doc[member.start].sent.start, set()).add(cluster.country)
            if member.source in ("country", "capital") and cluster.sector is None:
                states_by_sentence.setdefault(doc[member.start].sent.start, set()).add(cluster.country)
    for cluster in clusters:
        if cluster.country is not None and not cluster.fixed and _ethnic(doc, cluster):
            # "ethnic Albanians in Serbia": a minority is coded by the state it lives in (CAMEO),
            # when the sentence names exactly one other state.
            first = min(cluster.members, key=lambda m: m.start)
            others = states_by_sentence.get(doc[first.start].sent.start, set()) - {cluster.country}
            if len(others) == 1:
                cluster.add(Evidence(Rank.RESIDENCE, "an ethnic minority in the one other state of the sentence",
                                     country=next(iter(others))))
            continue
        if cluster.country is not None or cluster.fixed or not (_is_description_only(cluster) or (home is None and _titled(cluster))):
            continue
        first = min(cluster.members, key=lambda m: m.start)
        if any(m.possessor is not None for m in cluster.members):
            continue  # "his government": the possessor decides, not the scene
        sentence = doc[first.start].sent.start
        if cluster.kind == "person" and cluster.sector in STATE_SECTORS and persons_by_sentence.get(sentence, set()) - {home}:
            continue  # an official beside a foreign official: host and guest are of two states
        countries = by_sentence.get(sentence, set())
        only = next(iter(countries)) if len(countries) == 1 else None
        if is_state_code(only) or (cluster.sector in STATE_SECTORS and only and not is_region_code(only)):
            # Only officials are of a body that is no state ("EU officials"): farmers beside "the FAO
            # said" are not the FAO's. A region is no body: officials beside "African leaders" are
            # not Africa's.
            cluster.add(Evidence(Rank.SCENE, "the only country of the sentence", country=next(iter(countries))))
