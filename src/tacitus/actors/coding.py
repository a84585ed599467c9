"""Actor coding: the one place that decides an actor's country, sector and code.

Every other part of the pipeline reports what it read (``Evidence``: a country and/or a sector, how
strong the clue is, and why) and asks this module for the decision. The decision is recorded on
the Actor as ``why`` ("title 'Prime Minister' + dateline OTTAWA -> CAN"), so that a wrong code can
be traced to the clue that gave it.

Clues, strongest first (``Rank``):

- ``DICTIONARY``: the user's dictionary codes the actor; its code wins outright.
- ``RESIDENCE``: a people named as living in a state ("ethnic Albanians in Serbia") is coded by
  that state, as CAMEO codes minorities.
- ``OWNER``: the body a title belongs to, for the sector only: "PDI chairman Suryadi" is the
  party's (PTY) whatever "chairman" says alone, once the knowledge base knows PDI as a party.
- ``WORDS``: the actor's own words: a title with a nationality ("Turkish President X", "Canada's
  finance minister"), an apposition, a known organization, a country or capital name.
- ``POSSESSOR``: the owner of a role ("Moon's press secretary", "his Russian counterpart").
- ``PLACE``: where a participant phrase is said to be ("a patrol in Karak"), the place of its
  clause ("arrested two teenagers in Aschaffenburg") or of its sentence (event participants only).
- ``KNOWLEDGE``: the built-in knowledge base (office holders, parties, Phoenix dictionaries).
- ``NAME``: the sector an organization's own name gives when nothing above does ("Nahdlatul
  Ulama": REL, actors/orgwords.py).
- ``SCENE``: the only country named in the sentence (role descriptions only).
- ``ARTICLE``: the article's own country (its dateline, else the country it is about) for a
  domestic title that names no country ("Prime Minister X", "police", "the court").

An outsider (``Evidence.outsider``, read by actors/outsiders.py: "foreign troops", "the visiting
delegation", "the ambassador to Egypt") is not of where it is: its country is never read from
``PLACE``, ``SCENE`` or ``ARTICLE`` clues, only from its own words or a knowledge base.

The country comes from the strongest clue that names one, the sector from the strongest that
names one (a later "former" reading turns GOV into ELI, the PLOVER code for former officials);
between clues of one rank, the first reported wins. The code string is assembled here only
(``code_string``).

A participant phrase of the events stage ("two teenagers", "a security patrol", "police" with no
country of its own) is placed in a different order (``PHRASE_ORDER``): where it is comes before who
else its sentence names, and the article's own country comes before the sentence's only country:
in "Rubin visited a primary school" the sentence names only the visitor's country, and the school
is the host's.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from enum import IntEnum
from typing import Iterable, Sequence

from ..model import Actor, ActorRef, Mention
from .datafiles import read_table
from .organizations import NON_STATE_CODES

__all__ = [
    "Rank", "Evidence", "Coding", "decide", "code_string", "make_actor", "phrase_actor", "with_country",
    "with_evidence", "actor_from_ref", "government_ref", "STATE_SECTORS", "PHRASE_ORDER",
]

# International codes whose second part may be a CAMEO region ("IGOSAF", "NGOEAF", "IMGSEA").
_NON_STATE_GROUPS = frozenset({"IGO", "NGO", "UNO", "MNC", "IMG"})
# Sectors of the state and of politics: an actor in one of them belongs to a country.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "OPP", "PTY"})


class Rank(IntEnum):
    """How strong a clue is: lower wins."""

    DICTIONARY = 0
    RESIDENCE = 1
    OWNER = 2
    WORDS = 3
    POSSESSOR = 4
    PLACE = 5
    KNOWLEDGE = 6
    NAME = 7
    SCENE = 8
    ARTICLE = 9


# The order of clues for a participant phrase of the events stage (see the module docstring).
PHRASE_ORDER: tuple[Rank, ...] = (Rank.DICTIONARY, Rank.RESIDENCE, Rank.OWNER, Rank.WORDS, Rank.POSSESSOR, Rank.PLACE,
                                  Rank.KNOWLEDGE, Rank.NAME, Rank.ARTICLE, Rank.SCENE)


@dataclass(frozen=True)
class Evidence:
    """One clue about an actor's country and/or sector, and where it came from."""

    rank: Rank
    why: str
    country: str | None = None
    sector: str | None = None
    # "foreign tourists", "the ambassador to Egypt" (actors/outsiders.py): the actor is not of the
    # place it is in, nor of the article's country; only its own words or a knowledge base say whose.
    outsider: bool = False


# Clues an outsider's country is never read from: where it is, the sentence's only country, the
# article's country.
_PLACE_RANKS = frozenset({Rank.PLACE, Rank.SCENE, Rank.ARTICLE})


@dataclass(frozen=True)
class Coding:
    """The decision for one actor: country, sector, the CAMEO-style code, and the trace."""

    country: str | None = None
    sector: str | None = None
    code: str | None = None
    why: str | None = None


@functools.lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """CAMEO's region codes (``data/cameo_regions.tsv``: "SAS" South Asia, "SEA" Southeast Asia)."""
    return frozenset(row["code"] for row in read_table("cameo_regions.tsv", "CAMEO region table"))


def is_state_code(code: str | None) -> bool:
    """True for a code that names one state ("IND"); False for none, an international body
    ("IGO", "EUR") or a CAMEO region ("AFR" for "African leaders", "WST" for "Western diplomats")."""
    return bool(code) and code not in NON_STATE_CODES and not is_region_code(code)


def is_region_code(code: str | None) -> bool:
    """True for a CAMEO region code ("AFR", "WST", data/cameo_regions.tsv)."""
    return code in _regions()


def code_string(country: str | None, sector: str | None) -> str | None:
    """The CAMEO-style code of a country and a sector ("USA" + "GOV" -> "USAGOV"), or None."""
    return (country or "") + (sector or "") or None


def decide(evidence: Iterable[Evidence], order: Sequence[Rank] | None = None) -> Coding:
    """Decide country and sector from the clues (see the module docstring for the order); ``order``
    ranks the clues another way, strongest first (``PHRASE_ORDER`` for participant phrases)."""
    clues = list(evidence)
    if any(e.outsider for e in clues):
        clues = [e for e in clues if e.rank not in _PLACE_RANKS or not e.country]
    dictionary = [e for e in clues if e.rank == Rank.DICTIONARY]
    if dictionary:
        # The user's code wins outright; a title of the same person may still give a sector
        # the code leaves open ("USA" for a person called "Ambassador X").
        chosen = dictionary[0]
        sector = chosen.sector or next((e.sector for e in clues if e.sector and e.rank == Rank.WORDS), None)
        code = code_string(chosen.country, sector)
        return Coding(chosen.country, sector, code, f"{chosen.why} -> {code or 'no code'}")
    if order is None:
        def strength(clue: Evidence) -> int:
            return int(clue.rank)
    else:
        position = {rank: index for index, rank in enumerate(order)}

        def strength(clue: Evidence) -> int:
            return position.get(clue.rank, len(position))
    country_clue = min((e for e in clues if e.country), key=strength, default=None)
    sector_clue: Evidence | None = None
    for clue in clues:
        if not clue.sector or (clue.sector in _regions() and clue.country in _NON_STATE_GROUPS):
            # "IGOEAFEAC" (the East African Community): CAMEO writes an IGO's region where a
            # sector would stand; a region is where the body works, not what it is.
            continue
        if sector_clue is None or strength(clue) < strength(sector_clue):
            sector_clue = clue
        elif strength(clue) == strength(sector_clue) and sector_clue.sector == "GOV" and clue.sector == "ELI":
            sector_clue = clue  # "the former minister": the elite reading wins over the office
    country = country_clue.country if country_clue else None
    sector = sector_clue.sector if sector_clue else None
    parts: list[str] = []
    if country_clue is not None:
        parts.append(f"{country_clue.why} -> {country}")
    if sector == "REB" and country in _regions():
        # CAMEO: an armed group a knowledge base places in a region ("SEAREB", Jemaah Islamiya)
        # fights across its states: an international militarized group (IMG), not a state's.
        country = "IMG"
        parts.append(f"armed group of the region {country_clue.country} -> IMG")
    if country == "IMG" and sector_clue is None:
        # CAMEO's IMG is an international militarized group ("IMGSEAMUSJMA", Jemaah Islamiyah): an
        # armed group whatever else its code says of its region and creed.
        sector = "REB"
        parts.append("an international militarized group -> REB")
    if sector_clue is not None:
        if sector_clue is country_clue:
            parts[-1] += f" {sector}"
        else:
            parts.append(f"{sector_clue.why} -> {sector}")
    return Coding(country, sector, code_string(country, sector), "; ".join(parts) or None)


def make_actor(actor_id: str, name: str, mentions: Sequence[Mention], coding: Coding, *, title: str | None = None,
               kind: str | None = None) -> Actor:
    """The Actor record of a decided coding (the one constructor of coded actors)."""
    return Actor(id=actor_id, name=name, mentions=tuple(mentions), country=coding.country, sector=coding.sector,
                 code=coding.code, title=title, kind=kind, wikidata=None, why=coding.why)


def phrase_actor(actor_id: str, name: str, evidence: Sequence[Evidence], *, kind: str = "phrase") -> Actor:
    """An event participant the events stage read from a noun phrase ("two teenagers", "Ugandan
    opposition candidates", a place standing for its people), kind "phrase" or "place", coded from
    the clues it reported, in the order of a participant phrase (``PHRASE_ORDER``)."""
    return make_actor(actor_id, name, (), decide(evidence, PHRASE_ORDER), kind=kind)


def with_evidence(actor: Actor, evidence: Sequence[Evidence]) -> Actor:
    """An actor the actor stage left without a country, coded again with the clues of the phrase
    that names it as an event argument ("police" in "police arrested two men in Karak"); the
    actor's own sector stays its sector. An actor with a country is returned unchanged."""
    if actor.country or not any(e.country for e in evidence):
        return actor
    clues = list(evidence)
    if actor.sector:
        clues.insert(0, Evidence(Rank.WORDS, actor.why or "sector", sector=actor.sector))
    coding = decide(clues, PHRASE_ORDER)
    return dataclasses.replace(actor, country=coding.country, sector=coding.sector, code=coding.code, why=coding.why)


def with_country(actor: Actor, country: str, why: str) -> Actor:
    """An actor without a country, given the country its argument phrase names."""
    return with_evidence(actor, [Evidence(Rank.WORDS, why, country=country)])


def actor_from_ref(ref: ActorRef, mentions: Sequence[Mention], kind: str) -> Actor:
    """The Actor record of an event participant the actor stage did not list (coded as referenced)."""
    return Actor(id=ref.actor_id, name=ref.name, mentions=tuple(mentions), country=ref.country, sector=ref.sector,
                 code=ref.code, kind=kind, why="event participant")


def government_ref(ref: ActorRef, sector: str = "GOV") -> ActorRef:
    """The reference of a country as the side of a political act: its government ("India
    suspended talks with Pakistan" is India's government's act, INDGOV), as a capital acting
    already is ("Washington said"); ``sector`` "MIL" for the state's armed force ("the United
    States attacked Iraq"). Only a state's code without a sector changes."""
    if not ref.country or ref.sector or not is_state_code(ref.country):
        return ref
    return dataclasses.replace(ref, sector=sector, code=code_string(ref.country, sector))

