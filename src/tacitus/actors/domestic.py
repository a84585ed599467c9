"""A country's own bodies and groups: the sector of a body's name, the article's country.

A reader of "the Islamic Defenders' Front will guard churches" in a story from Jakarta, or of
"Mugabe presented leases to 125 commercial farmers" in one from Harare, knows whose front and
whose farmers these are: the country the story is written from or about (actors/home.py), when
the sentence names no other. Two readings, both clues for actors/coding.py:

- ``name_sectors``: a named organization that nothing else gives a sector takes the one its own
  name gives ("Nahdlatul Ulama": REL; actors/orgwords.py), a clue of ``Rank.NAME``.
- ``domestic_evidence``: a named organization of a country's society (religious bodies, unions,
  farmers' groups, universities, armed groups: ``SOCIETY``) or a common-noun group of one
  ("farmers", "villagers", "students", "militants") with no country from any other clue takes the
  article's country (``Rank.ARTICLE``). Never the press, NGOs, businesses or international bodies
  (whose home is elsewhere as often as not: "told AFP", "Oxfam said"), never a body or group in a
  sentence that names another country than the article's, never one an owner places ("their
  farmers", "the world's population") nor one its words mark as foreign (``Evidence.outsider``,
  which coding drops the article's country for). A named body whose sentences name exactly one
  state is that state's (``Rank.SCENE``: "the University of Edinburgh, Britain" in a story from
  Los Angeles).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Doc

from .coding import Evidence, Rank
from .home import Home

if TYPE_CHECKING:
    from .orgwords import OrgWordTable
    from .resolve import Cluster

__all__ = ["SOCIETY", "name_sectors", "domestic_evidence", "sentence_countries"]

# Sectors of a country's own society: religion, labour, farming, education, civilians, armed and
# criminal groups, the opposition. Not JRN, MED, BUS, NGO: the press, businesses and aid bodies in
# a story are as often foreign as local.
SOCIETY = frozenset({"REL", "LAB", "AGR", "EDU", "CVL", "REB", "UAF", "CRM", "OPP", "SOC"})
# Codes of bodies that are no state.
_NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"})
# Mentions that name a country outright (a country, its capital, a demonym, a name or body of it).
_NAMING = frozenset({"country", "capital", "group", "name", "org", "dict", "description"})
# Role families (roles.tsv) of a state's representation abroad: a guest's, not the host's.
_ABROAD = frozenset({"delegation", "embassy", "counterpart"})


def name_sectors(clusters: Iterable[Cluster], words: OrgWordTable) -> None:
    """Give a named organization that no other clue gives a sector the sector of its name's words."""
    for cluster in clusters:
        if cluster.kind != "organization" or cluster.fixed or cluster.sector is not None or not cluster.names:
            continue
        if cluster.country in _NON_STATE:
            continue  # "European Union", "African Union": a union of states, no trade union
        for name in sorted(set(cluster.names), key=len, reverse=True):
            found = words.sector_of(name)
            if found is not None:
                cluster.add(Evidence(Rank.NAME, f"name word '{found[1]}'", sector=found[0]))
                break


def sentence_countries(doc: Doc, clusters: Iterable[Cluster]) -> dict[int, set[str]]:
    """The states each sentence names (by its first token), from mentions whose own words name one."""
    found: dict[int, set[str]] = {}
    for cluster in clusters:
        country = cluster.country
        if country is None or country in _NON_STATE:
            continue
        for member in cluster.members:
            if member.source in _NAMING and member.start < len(doc):
                found.setdefault(doc[member.start].sent.start, set()).add(country)
    return found


def domestic_evidence(doc: Doc, cluster: Cluster, home: Home, named: dict[int, set[str]],
                      words: OrgWordTable | None = None) -> Evidence | None:
    """The article's country for a body or group of its society that no other clue places (see the
    module docstring); ``named`` is ``sentence_countries``; ``words`` (actors/orgwords.py) says
    which words make a sentence of no one state ("around the world", "Africa"). None when the
    rule does not apply."""
    if cluster.country is not None or cluster.fixed or cluster.sector not in SOCIETY:
        return None
    if cluster.kind == "organization":
        if not cluster.names:
            return None
    elif cluster.kind != "group" or (cluster.families and cluster.families <= _ABROAD):
        return None
    if any(m.possessor is not None and not m.start <= m.possessor.i < m.end for m in cluster.members):
        return None  # "their farmers": the owner decides ("Defenders'" of "Islamic Defenders' Front" is the name)
    if cluster.kind == "group" and any(t.dep_ == "poss" for m in cluster.members for t in doc[m.start:m.end]):
        return None  # "the world's population", "the region's farmers": of what the owner names
    around: set[str] = set()
    for member in cluster.members:
        if member.source != "pronoun":
            around |= named.get(doc[member.start].sent.start, set())
    if cluster.kind == "organization" and len(around) == 1:
        # "a professor at the University of Edinburgh, Britain": a body is of the one state its
        # sentence names (groups are placed so by actors/scene.py).
        return Evidence(Rank.SCENE, "the only country of the sentence", country=next(iter(around)))
    if home.country is None or around - {home.country}:
        return None  # "Pakistani militants and Indian farmers": another state is in the scene
    if words is not None and any(words.of_no_state(t.lower_ for t in doc[m.start].sent if t.ent_type_ != "ORG")
                                 for m in cluster.members if m.source != "pronoun"):
        return None  # "a billion people around the world", "in Africa" (not "the World Bank", a body's name)
    what = "organization" if cluster.kind == "organization" else "group"
    return Evidence(Rank.ARTICLE, f"{what} of the society ({cluster.sector}) + {home.why}", country=home.country)
