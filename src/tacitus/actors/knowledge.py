"""Filling in what inference left open from the built-in knowledge base.

Inference from the article comes first: "North Korean leader Kim Jong-un" is PRK GOV whatever a
dictionary says, and new leaders need no entry; a user's dictionary entry wins over both. The
knowledge base only answers for actors that inference could not place in a country:

- a person: the dated office holders (UK ministers, US presidents and members of Congress, the
  Phoenix dictionaries' people) by full name, or by surname with a title or a country named in
  the sentence, on the publication date (``officeholders.person_code``); a person whose country
  inference gave, without a sector, takes the office held that day when the countries agree;
- a party: Party Facts and ParlGov names and abbreviations, with the article's country as the
  clue between namesakes (``parties.party_code``);
- failing those, any entry of the Phoenix dictionaries (organizations, or people by a name
  listed there) on the publication date ("Amnesty International"), and a person named by
  surname alone ("President Museveni"), or by first name and surname, whose Phoenix namesakes
  all belong to one country: that country, and the sector if they agree. A bare surname with
  no title needs the namesakes' country named in its sentence ("Foster's offer" is a brewer's).

In a sports report (events/genre.py ``own_names``) the names are the trade's own: a person
takes the knowledge base's code only with a title of the state in the article ("Sports Minister
Richard Caborn"), a body only when named by an initialism the knowledge base lists ("ETA"); the
"Bolton" that beat "Blackburn" is a club and "John Williams" its chief executive.

Each answer is a clue for actors/coding.py (``Rank.KNOWLEDGE``, weaker than the article's own words)
with its trace ("knowledge: IfG ministers, Tony Blair, Prime Minister 1997-05-02..2007-06-27").
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from ..dictionaries import DictEntry
from ..model import Article
from .coding import Evidence, Rank
from .context import is_possessive_marker
from .dictionary import ActorDictionary, DictCode
from .home import Home
from .officeholders import Clue, Known, person_code
from .parties import PartyClue, party_code
from .resolve import Cluster
from .resources import ActorResources, own_names

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


def _phoenix_code(cluster: Cluster, knowledge: ActorDictionary, date: str | None,
                  around: frozenset[str] = frozenset()) -> DictCode | None:
    """The Phoenix code of ``cluster``: its names as listed, another spelling of a body's name, or
    a person's surname (``around``: the countries named in the person's sentences)."""
    names = sorted(set(cluster.names), key=len, reverse=True)
    for name in names:
        entry = knowledge.lookup(name)
        if entry is not None and (cluster.kind == "person") == entry.person:
            code = knowledge.code(entry, date)
            if code is None and entry.person:
                code = _person_country(knowledge, entry)
            if code is not None and not entry.person and code.sector is None and cluster.kind == "organization":
                continue  # a place's entry ("Liverpool" under the UK) for a body: its club, its firm
            if code is not None and code.country:
                return code
    if cluster.kind in ("organization", "group"):
        # A body's name in another transliteration ("Lashkar-e-Toiba", "Jaish-e-Muhammad"): names of
        # two words or more only (actors/spellings.py), never a person's.
        for name in names:
            entry = knowledge.by_spelling(name)
            code = knowledge.code(entry, date) if entry is not None else None
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
        if code is not None and first is None and cluster.sector is None and code.country not in around:
            # A bare surname with no title is the namesake's only when its sentence names the
            # namesake's country ("Zoellick starts his visit ... US-Germany relations"): a brewer
            # "Foster" or a "Blackburn" side is nobody's minister.
            return None
        return code
    return None


def _sentence_starts(doc: Doc) -> list[int]:
    """The first token of each token's sentence (one pass; ``Token.sent`` scans each time)."""
    starts = [0] * len(doc)
    for sent in doc.sents:
        starts[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
    return starts


def _sentence_countries(starts: list[int], clusters: list[Cluster]) -> dict[int, set[str]]:
    """The countries named in each sentence (by its first token), from every mention that has one."""
    found: dict[int, set[str]] = {}
    for cluster in clusters:
        for member in cluster.members:
            if member.country and member.source != "pronoun" and member.start < len(starts):
                found.setdefault(starts[member.start], set()).add(member.country)
    return found


def _around(starts: list[int], cluster: Cluster, countries: dict[int, set[str]]) -> frozenset[str]:
    """Countries named in the sentences of a cluster's mentions."""
    seen: set[str] = set()
    for member in cluster.members:
        if member.source != "pronoun" and member.start < len(starts):
            seen |= countries.get(starts[member.start], set())
    return frozenset(seen)


def _record(cluster: Cluster, why: str, country: str | None, sector: str | None) -> None:
    """Report what the knowledge base says as a clue; actors/coding.py decides."""
    cluster.add(Evidence(Rank.KNOWLEDGE, why, country=country, sector=sector))


def _owner_party(cluster: Cluster, resources: ActorResources, date: str | None, clue: PartyClue) -> None:
    """A title that belongs to a party ("PDI chairman Suryadi", "Likud leader X"): the person is the
    party's, its country (a knowledge clue) and its sector PTY (``Rank.OWNER``: over the title's own).
    Not a person the knowledge base has in a government office that day: "Tory leader John Major"
    while prime minister keeps the office."""
    office = person_code(resources.officeholders, cluster.names, date,
                         Clue(countries=clue.sentence, home=clue.article))
    if office is not None and office.sector == "GOV":
        return
    for owner in cluster.owners:
        known = party_code(resources.officeholders, [owner], date, clue)
        if known is not None:
            cluster.add(Evidence(Rank.KNOWLEDGE, f"title of the party '{owner}': {known.why}", country=known.country))
            cluster.add(Evidence(Rank.OWNER, f"title of the party '{owner}'", sector="PTY"))
            return


def _knowledge_code(cluster: Cluster, resources: ActorResources, date: str | None, around: frozenset[str],
                    home: frozenset[str], named: frozenset[str]) -> Known | None:
    if cluster.kind == "person":
        clue = Clue(sector=cluster.sector, families=frozenset(cluster.families), countries=around, home=home)
        return person_code(resources.officeholders, cluster.names, date, clue)
    if cluster.kind in ("organization", "group"):
        return party_code(resources.officeholders, cluster.names, date, PartyClue(around, home, named))
    return None


def fill_from_knowledge(doc: Doc, clusters: Iterable[Cluster], resources: ActorResources, article: Article,
                        article_home: Home | None = None) -> None:
    """Give clusters without a country the knowledge base's country (and sector when unknown),
    and a person whose country is known but not their office the sector of the office they held.

    ``article_home`` is the article's country (actors/home.py), the clue between namesakes."""
    clusters = list(clusters)
    date = article.published
    starts = _sentence_starts(doc) if len(doc) else []
    countries = _sentence_countries(starts, clusters)
    home_code = article_home.country if article_home is not None else None
    home = frozenset([home_code]) if home_code else frozenset()
    named = frozenset(c for found in countries.values() for c in found)
    trade = own_names(resources, doc)
    for cluster in clusters:
        if cluster.kind == "person" and cluster.owners and not cluster.fixed:
            _owner_party(cluster, resources, date, PartyClue(_around(starts, cluster, countries), home, named))
    for cluster in clusters:
        if cluster.fixed or not cluster.names or (cluster.country is not None and cluster.sector is not None):
            continue
        if trade and not _office_in_article(cluster):
            # A sports report's "Bolton", "John Williams": its club, its player; "ETA" still ETA.
            code = _initialism_code(cluster, resources.knowledge, date)
            if code is not None:
                _record(cluster, f"knowledge: Phoenix, {code.entry.name} [{code.code}]", code.country, code.sector)
            continue
        known = _knowledge_code(cluster, resources, date, _around(starts, cluster, countries), home, named)
        if cluster.country is not None:
            # Inference placed the person; the knowledge base adds the office only when it agrees.
            if known is not None and known.country == cluster.country and known.sector and cluster.kind == "person":
                _record(cluster, known.why, None, known.sector)
            continue
        if known is not None:
            _record(cluster, known.why, known.country, known.sector)
            continue
        if not len(resources.knowledge):
            continue
        code = _phoenix_code(cluster, resources.knowledge, date, _around(starts, cluster, countries))
        if code is not None:
            _record(cluster, f"knowledge: Phoenix, {code.entry.name} [{code.code}]", code.country, code.sector)
    _party_owners(doc, clusters)


def _office_in_article(cluster: Cluster) -> bool:
    """Whether the article itself corroborates a knowledge-base namesake of ``cluster``: a person
    the article gives an office or a title of the state ("Sports Minister Richard Caborn"). The
    names of a sports report without one are its players, clubs and grounds, and a body it names
    is one of its trade, never a party or a country's place-name entry."""
    return cluster.kind == "person" and cluster.sector in _STATE_SECTORS


def _initialism_code(cluster: Cluster, knowledge: ActorDictionary, date: str | None) -> DictCode | None:
    """The Phoenix code of a body a sports report names by an initialism the knowledge base lists
    as written, with a sector ("targeted by ETA"): a club or a league is named in words."""
    if cluster.kind not in ("organization", "group"):
        return None
    for name in cluster.names:
        if len(name) < 2 or not name.isalpha() or not name.isupper():
            continue
        entry = knowledge.lookup(name)
        code = knowledge.code(entry, date) if entry is not None and not entry.person else None
        if code is not None and code.country and code.sector:
            return code
    return None


def _party_owners(doc: Doc, clusters: list[Cluster]) -> None:
    """"Royal's Socialist Party": a person whose party the article names belongs to it, its
    country and sector PTY, when nothing else gives the person an office (a clue of the
    knowledge rank: "Prime Minister Blair's Labour Party" leaves Blair in government)."""
    persons: dict[int, Cluster] = {}
    for cluster in clusters:
        if cluster.kind == "person" and not cluster.fixed:
            for member in cluster.members:
                if member.source != "pronoun":
                    persons.update((i, cluster) for i in range(member.start, member.end))
    for party in clusters:
        if party.kind != "organization" or party.sector != "PTY" or party.country is None:
            continue
        for member in party.members:
            owner = persons.get(member.start - 2) if member.start >= 2 else None
            if owner is None or not is_possessive_marker(doc[member.start - 1]) or owner.sector is not None:
                continue
            if owner.country in (None, party.country):
                _record(owner, f"owner of the party '{doc[member.start:member.end].text}'", party.country, "PTY")
