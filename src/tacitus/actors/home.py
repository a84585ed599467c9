"""The article's own country, and the domestic titles a reader codes by it.

A reader of "Prime Minister Justin Trudeau said ..." in a story datelined OTTAWA, or of "police
arrested two men" in a story from Ipswich, England, knows whose prime minister and whose police
these are: the country the article is written from or about. The article's country is, in order:

1. the country of its dateline ("OTTAWA, Nov 30 (Xinhua)"), given by the places stage;
2. otherwise the country the article is about: the one its words name clearly most often (at
   least twice, and at least twice as often as any other; a pronoun standing for a country counts);
   a national outlet's home (actors/outlets.py: an undatelined BBC story) counts as two mentions;
3. otherwise, when no other country is named twice, that outlet's home; else none (a BBC story
   that names Rwanda three times and Britain once is of no clear country).

Only an actor in a domestic sector (government, legislature, courts, police, military,
intelligence, parties, the opposition, former officials) with no country from any other clue takes
it (``Rank.ARTICLE``, the weakest clue). Reporters and businesses keep no country rather than a
guessed one, unless their words say they are the country's own ("the state news agency", "local
residents", "a national airline"); the bodies and groups of a country's society (a church, a
union, farmers) take it by actors/domestic.py when their sentence names no other country.

The article's country is decided once, here, and carried on the ActorTable (``table.home``): the
knowledge base's namesake rule and the events stage's participant phrases read it from there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from .coding import STATE_SECTORS, Evidence, Rank, is_state_code

if TYPE_CHECKING:  # the table (which carries a Home) is imported by modules resolve imports
    from .resolve import Cluster

__all__ = ["Home", "article_home", "home_evidence"]

# Mentions that name a country outright and so say what the article is about.
_COUNTRY_SOURCES = frozenset({"country", "capital", "group", "description", "name", "org"})
# Role families (roles.tsv) of a state's representation abroad: an unnamed delegation or embassy
# in a story from the host country is a guest's, so the article's country is no clue to it.
# Offices a state has one holder of (roles.tsv families): a group of them ("foreign ministers",
# "Pacific-Rim leaders") is of several states, so the article's country is no clue to it.
_ONE_PER_STATE = frozenset({"head", "foreign", "defence", "finance", "interior", "justice"})
# A counterpart holds the same office in another country than its possessor's.
_ABROAD = frozenset({"delegation", "embassy", "counterpart"})


@dataclass(frozen=True)
class Home:
    """The article's country and how it was found (None when the article gives no clear one)."""

    country: str | None = None
    why: str | None = None


# A national outlet's home weighs as this many mentions of its country: "the war in Iraq" named
# twice in a BBC story about British parties does not make it an Iraqi story.
_OUTLET_WEIGHT = 2


def article_home(clusters: Iterable[Cluster], dateline_country: str | None = None,
                 dateline_name: str | None = None, outlet: tuple[str, str] | None = None) -> Home:
    """The article's country: its dateline's, else the country its mentions clearly favour, else
    the home of its national outlet (``outlet``: (country, outlet name)), which also counts as
    two mentions."""
    if is_state_code(dateline_country):
        return Home(dateline_country, f"dateline {dateline_name or dateline_country}")
    counts: Counter[str] = Counter()
    if outlet is not None:
        counts[outlet[0]] += _OUTLET_WEIGHT
    for cluster in clusters:
        country = cluster.country
        if not is_state_code(country):
            continue
        # A pronoun standing for a country counts too ("Syria says it will ..."): the article is
        # about the country it keeps returning to, whichever words it uses.
        counts[country] += sum(1 for m in cluster.members if m.source in _COUNTRY_SOURCES
                               or (m.source == "pronoun" and cluster.kind == "country"))
    ranked = counts.most_common(2)
    clear = bool(ranked) and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
    if outlet is not None and clear and ranked[0][0] == outlet[0]:
        return Home(outlet[0], f"the home of the outlet {outlet[1]}")
    if outlet is not None and not clear and all(n < 2 for c, n in counts.items() if c != outlet[0]):
        return Home(outlet[0], f"the home of the outlet {outlet[1]} (no other country named twice)")
    if not clear:
        return Home()
    return Home(ranked[0][0], f"the country the article names most ({ranked[0][1]} mentions)")


def home_evidence(cluster: Cluster, home: Home, clusters: Iterable[Cluster] = ()) -> Evidence | None:
    """The article's country for a domestic actor that no other clue places (None otherwise).

    A one-holder title (``_ONE_PER_STATE``) shared with a person whose own words place them in
    that country is no clue: in "President Hale met Turkish President Demir", Hale is not the
    Turkish president; a plural role is ("Egyptian soldier X ... Soldier Y": both Egyptian).
    """
    if home.country is None or cluster.country is not None or cluster.fixed or cluster.kind == "country":
        return None
    sector = cluster.sector
    if (sector not in STATE_SECTORS and not (cluster.domestic and sector)) or \
            (cluster.families and cluster.families <= _ABROAD):
        return None
    if cluster.kind == "group" and cluster.families and cluster.families <= _ONE_PER_STATE and \
            not any(m.possessor is not None for m in cluster.members):
        return None  # "foreign ministers", "the leaders" at a meeting: each of another state ("the country's
        # leaders" are its own)
    # Only the state's own office has one holder: "chairperson of the parliamentary committee" (LEG)
    # is no second head of state beside the president.
    single = cluster.families & _ONE_PER_STATE if cluster.kind == "person" and sector == "GOV" else frozenset()
    if single:
        # Only an office a state has one holder of: two soldiers, officials or police officers of
        # one country are many, and one Egyptian soldier says nothing of the next one's country.
        for other in clusters:
            if other is not cluster and other.kind == "person" and other.families & single and any(
                    e.rank <= Rank.WORDS and e.country == home.country for e in other.evidence):
                return None
    title = f"title '{cluster.title}'" if cluster.title else f"sector {sector}"
    return Evidence(Rank.ARTICLE, f"{title} + {home.why}", country=home.country)
