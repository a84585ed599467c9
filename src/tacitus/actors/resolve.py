"""In-article coreference: grouping candidates into one Actor per participant.

Rules, in order (each documented where it is applied):
1. Person names: a full name is one person; a single word of a full name ("Kim", "Pompeo",
   "Chairman Kim") joins the full name that contains it, the nearest preceding one when several do.
2. Pronouns and speaking statement nouns ("he", "it said", "the statement said") are linked by
   actors/coreference.py: person pronouns right after the names (for rule 3), the rest last.
3. Possessors give countries: "Moon's press secretary" takes Moon's country, "his top diplomat"
   the country of the person "his" refers to.
4. Definite singular role descriptions ("the North Korean leader", "Washington's top diplomat")
   join the named person with the same role family (leader ~ president ~ chairman) and no
   conflicting country, the nearest one when several fit (one with the very title first); otherwise they stand alone, one actor
   per (role family, country).
5. Countries: one actor per (country, sector): "US" and "the United States" are one actor with no
   sector; a capital acting for its government ("Washington said") is the country's GOV actor.
6. Groups and organizations: one actor per (kind, country, sector, name or role).
7. Initialisms: "RSF" after "Rapid Support Forces" in the same article is that organization,
   whatever a knowledge base says the letters stand for elsewhere (unless a user dictionary coded it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..model import Actor, Article, Mention, content_id
from .coding import Coding, Evidence, Rank, decide, make_actor
from .coreference import link_pronouns
from .members import link_members
from .countries import normalize_name
from .candidates import Candidate

if TYPE_CHECKING:
    from .countries import CountryTable
    from .offices import OfficeTable
    from .resources import ActorResources

__all__ = ["Cluster", "resolve", "build_actors"]

_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "OPP", "PTY"})
# A hyphen and a space inside a name, between a word and a capitalised one ("Lashkar-e- Tayyeba").
_BROKEN_HYPHEN = re.compile(r"(?<=[a-z])- (?=[A-Z])")
# The role family (roles.tsv) of "counterpart": the same office as its possessor's, in another country.
COUNTERPART = "counterpart"


@dataclass
class Cluster:
    """One participant being assembled (a working record local to one article).

    It collects the clues of its mentions and of the article (``evidence``); its country and
    sector are what ``coding.decide`` makes of them, never set directly.
    """

    kind: str
    members: list[Candidate] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    title: str | None = None
    families: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)  # names its titles belong to ("PDI" chairman)
    domestic: bool = False  # a mention says it is the article's country's ("the state news agency")
    fixed: bool = False  # coded by the user's dictionary, which wins over inference
    member_of: "Cluster | None" = field(default=None, repr=False)  # "X, its leader": the body (actors/members.py)
    _coding: Coding | None = field(default=None, repr=False)

    def absorb(self, candidate: Candidate) -> None:
        """Add a mention and what its context says (earlier evidence wins; a dictionary code
        wins over everything)."""
        self.members.append(candidate)
        if candidate.name and candidate.source in ("name", "org", "country", "capital", "group", "dict"):
            self.names.append(candidate.name)
        if candidate.source == "pronoun":
            return
        self.fixed = self.fixed or candidate.fixed
        self.evidence.extend(candidate.clues)
        self.owners.extend(o for o in candidate.owners if o not in self.owners)
        self.domestic = self.domestic or candidate.domestic
        if candidate.owner_country:
            self.evidence.append(Evidence(Rank.POSSESSOR, "owner of the role", country=candidate.owner_country))
        self._coding = None
        self.title = self.title or candidate.title
        if candidate.family:
            self.families.add(candidate.family)

    def add(self, clue: Evidence) -> None:
        """Record a clue found outside the mentions' own words (knowledge, scene, article)."""
        self.evidence.append(clue)
        self._coding = None

    @property
    def coding(self) -> Coding:
        """The decision the clues gathered so far give (actors/coding.py)."""
        if self._coding is None:
            self._coding = decide(self.evidence)
        return self._coding

    @property
    def country(self) -> str | None:
        """The decided country."""
        return self.coding.country

    @property
    def sector(self) -> str | None:
        """The decided sector."""
        return self.coding.sector


def _first_token(cluster: Cluster) -> int:
    return min(m.start for m in cluster.members)


def _person_clusters(candidates: list[Candidate]) -> tuple[list[Cluster], dict[int, Cluster]]:
    """Rule 1: full names and the single words that refer to them."""
    full: dict[str, Cluster] = {}
    of_candidate: dict[int, Cluster] = {}
    names = [c for c in candidates if c.source == "name"]
    for candidate in names:
        if candidate.name and " " in candidate.name:
            cluster = full.setdefault(candidate.name, Cluster(kind="person"))
            cluster.absorb(candidate)
            of_candidate[id(candidate)] = cluster
    singles: dict[str, Cluster] = {}
    for candidate in names:
        if id(candidate) in of_candidate:
            continue
        word = candidate.name or ""
        owners = [(n, c) for n, c in full.items() if word in (n.split()[0], n.split()[-1])]
        if owners:
            preceding = [(max((m.start for m in c.members if m.start < candidate.start), default=-1), c) for _, c in owners]
            cluster = max(preceding, key=lambda item: item[0])[1]
        else:
            cluster = singles.setdefault(word, Cluster(kind="person"))
        cluster.absorb(candidate)
        of_candidate[id(candidate)] = cluster
    clusters = list(full.values()) + list(singles.values())
    return clusters, of_candidate


def _possessor_country(doc: Doc, candidate: Candidate, by_token: dict[int, Cluster]) -> str | None:
    """Rule 3: the country of the person who owns a role ("Moon's press secretary"); never for a
    counterpart, who holds the same office in another country ("Nathan ... his counterpart")."""
    if candidate.possessor is None or candidate.family == COUNTERPART:
        return None
    owner = by_token.get(candidate.possessor.i)
    if owner is None or owner.sector not in _STATE_SECTORS:
        return None
    return owner.country


def _compatible(cluster: Cluster, candidate: Candidate) -> bool:
    if candidate.family not in cluster.families:
        return False
    country = candidate.country or candidate.owner_country
    return cluster.country is None or country is None or cluster.country == country


def resolve(doc: Doc, candidates: list[Candidate], resources: "ActorResources") -> list[Cluster]:
    """Group the candidates of one article into clusters, one per participant: the article's
    coreference map (pronouns and statement nouns are linked by actors/coreference.py)."""
    _adopt_initialisms(doc, candidates)
    _adopt_parentheticals(doc, candidates)
    candidates[:] = [c for c in candidates if not _placed_elsewhere(doc, c, resources)]
    clusters, of_candidate = _person_clusters(candidates)

    def document(start: int, end: int, source: str) -> Candidate:
        made = Candidate(kind="organization", source=source, start=start, end=end)
        candidates.append(made)
        return made

    def link(persons_only: bool) -> None:
        link_pronouns(doc, candidates, of_candidate, resources.gender, resources.reporting, resources.documents,
                      document, persons_only=persons_only, person_nouns=resources.person_nouns)

    link(persons_only=True)  # Rule 2 first: "his top diplomat" needs the person "his" is

    def token_index() -> dict[int, Cluster]:
        index: dict[int, Cluster] = {}
        for candidate in candidates:
            cluster = of_candidate.get(id(candidate))
            if cluster is not None:
                for i in range(candidate.start, candidate.end):
                    index.setdefault(i, cluster)
        return index

    by_token = token_index()
    for candidate in candidates:  # possessors of named people ("Moon's press secretary Yoon")
        if candidate.source == "name" and candidate.country is None and candidate.possessor is not None:
            owner = _possessor_country(doc, candidate, by_token)
            if owner is not None:
                of_candidate[id(candidate)].add(
                    Evidence(Rank.POSSESSOR, f"owner '{candidate.possessor.text}' of the role", country=owner))
    for candidate in candidates:  # "his Kuwaiti counterpart": the office of the one whose counterpart he is
        if candidate.family == COUNTERPART and candidate.possessor is not None:
            owner = by_token.get(candidate.possessor.i)
            cluster = of_candidate.get(id(candidate))
            if owner is not None and owner.sector in _STATE_SECTORS and candidate.sector not in (None, owner.sector):
                candidate.clues.insert(0, Evidence(Rank.OWNER, f"counterpart of '{candidate.possessor.text}'",
                                                   sector=owner.sector))
                if cluster is not None:
                    cluster.add(candidate.clues[0])
    names_by_index = {i: c for i, c in enumerate(candidates)}
    descriptions: dict[tuple, Cluster] = {}
    others: dict[tuple, Cluster] = {}
    for candidate in candidates:
        if candidate.source == "description" and candidate.kind == "person":
            if candidate.country is None:
                candidate.owner_country = _possessor_country(doc, candidate, by_token)
            if candidate.link is not None:
                cluster = of_candidate[id(names_by_index[candidate.link])]
            else:
                cluster = _link_description(candidate, clusters, resources.offices)
            if cluster is None:
                key = (candidate.family, resources.offices.office_of(candidate.title), candidate.country or candidate.owner_country)
                cluster = descriptions.get(key) if candidate.definite else None
                if cluster is None:
                    cluster = Cluster(kind="person")
                    clusters.append(cluster)
                    if candidate.definite:
                        descriptions[key] = cluster
            cluster.absorb(candidate)
            of_candidate[id(candidate)] = cluster
        elif candidate.source not in ("name", "pronoun", "document"):
            if candidate.source in ("country", "capital"):
                key = ("country", candidate.country, candidate.sector)
            else:
                label = candidate.key or candidate.name or candidate.label or candidate.title or ""
                key = (candidate.kind, candidate.country, candidate.sector, label.lower())
            cluster = others.get(key)
            if cluster is None:
                cluster = others[key] = Cluster(kind=candidate.kind)
                clusters.append(cluster)
            cluster.absorb(candidate)
            of_candidate[id(candidate)] = cluster
    link(persons_only=False)  # every participant is known: "it said", "the statement said", the rest
    link_members(doc, candidates, of_candidate)  # "its leader", "a member of the group"
    return [c for c in clusters if any(m.source not in ("pronoun", "document") for m in c.members)]


_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "del"})


def initials(name: str) -> tuple[str, ...]:
    """The initialisms a multi-word name may be written as: "Rapid Support Forces" -> ("RSF",);
    "Economic Community of West African States" -> ("ECWAS", "ECOWAS"): with and without the
    small words, and with the first two letters of the first word (as some agencies write them)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 2:
        return ()
    content = [w for w in words if w.lower() not in _INITIAL_SKIP]
    forms = {"".join(w[0] for w in content).upper(), "".join(w[0] for w in words).upper()}
    if content and len(content[0]) > 1:
        forms.add((content[0][:2] + "".join(w[0] for w in content[1:])).upper())
    return tuple(sorted(f for f in forms if len(f) >= 2))


def _adopt_initialisms(doc: Doc, candidates: list[Candidate]) -> None:
    """Rule 7: an all-capitals organization name that spells the initials of a longer,
    capitalized organization or group name used in the same article takes that participant's
    identity and codes."""
    long_forms: dict[str, Candidate] = {}
    for candidate in candidates:
        if candidate.kind not in ("organization", "group"):
            continue
        written = candidate.name or doc[candidate.start:candidate.end].text
        words = written.split()
        if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _INITIAL_SKIP for w in words):
            continue
        for form in initials(written):
            long_forms.setdefault(form, candidate)
    for candidate in candidates:
        name = candidate.name or ""
        if candidate.fixed or candidate.kind != "organization" or not (2 <= len(name) <= 7):
            continue
        if not (name.isalpha() and name.isupper()):
            continue
        full = long_forms.get(name)
        if full is None or full is candidate:
            continue
        written = full.name or doc[full.start:full.end].text
        full.key = full.key or written
        full.label = full.label or written
        candidate.kind, candidate.key, candidate.title = full.kind, full.key, full.title
        # The article's long form wins over what a table says the letters stand for elsewhere.
        candidate.clues = list(full.clues)
        # Mentioned like its long form, so that the actor is named by the long form, not the letters.
        candidate.source = full.source if full.source != "name" else candidate.source
        candidate.read(f"initialism of '{written}'")


def _placed_elsewhere(doc: Doc, candidate: Candidate, resources: "ActorResources") -> bool:
    """Rule 9: "London, Ontario" is not London, England: a city standing for a country is no
    mention of it when the division or country named after its comma is another country's."""
    if candidate.kind != "country" or candidate.end + 1 >= len(doc) or doc[candidate.end].text != ",":
        return False
    if _is_country_name(doc, candidate, resources):
        return False
    for n in (3, 2, 1):
        after = doc[candidate.end + 1:candidate.end + 1 + n]
        if len(after) < n or not after.text[:1].isupper():
            continue
        other = resources.countries.lookup(after.text) or resources.regions.get(normalize_name(after.text))
        if other is not None:
            return other != candidate.country
    return False


def _is_country_name(doc: Doc, candidate: Candidate, resources: "ActorResources") -> bool:
    """Whether the candidate's own words are a country's name ("Georgia, a former Soviet republic")."""
    return resources.countries.by_name(doc[candidate.start:candidate.end].text) is not None


def _adopt_parentheticals(doc: Doc, candidates: list[Candidate]) -> None:
    """Rule 8: "the Kurdistan Workers' Party (PKK)": a body named in parentheses right after a
    body's name is that body. The known organization (a table or dictionary entry) gives both its
    identity and codes; otherwise the letters take the long form's."""
    by_start = {c.start: c for c in candidates if c.kind in ("organization", "group") and c.source != "pronoun"}
    for long in list(by_start.values()):
        end = long.end
        if end + 2 >= len(doc) or doc[end].text != "(":
            continue
        short = by_start.get(end + 1)
        if short is None or short is long or short.end >= len(doc) or doc[short.end].text != ")":
            continue
        if short.fixed or long.fixed:
            continue
        known, other = (short, long) if short.source == "org" and short.key else (long, short)
        written = known.name or doc[known.start:known.end].text
        other.kind, other.key, other.source = known.kind, known.key or written, known.source
        if other is long and long.name is None:  # "the outlawed Kurdish Workers' Party": from its capitals
            first = next((i for i in range(long.start, long.end) if doc[i].text[:1].isupper()), long.start)
            long.name = doc[first:long.end].text
        known.key = known.key or written
        other.clues = [*known.clues, *(c for c in other.clues if c.country is None)]
        other.read(f"named in parentheses with '{written}'")


def _link_description(candidate: Candidate, clusters: list[Cluster], offices: "OfficeTable") -> Cluster | None:
    """Rule 4: a definite singular role description joins the nearest compatible named person."""
    if not candidate.definite or candidate.plural or candidate.family is None:
        return None
    fitting = [c for c in clusters if c.kind == "person" and c.names and _compatible(c, candidate)]
    country = candidate.country or candidate.owner_country
    if country is not None and fitting:
        # A title two people share never merges them: "the Turkish president" after "President
        # Trump ... Turkish President Erdogan" is Erdogan. A person whose country is unknown takes
        # a description with a country only when no other named person holds that title.
        same = [c for c in fitting if c.country == country]
        unknown = [c for c in fitting if c.country is None]
        # Nor when the article names a person of that country whose title it does not give: "The
        # Chinese president" after "President X ... his Chinese counterpart Hu" is Hu's title,
        # never X's, whose country the tables may just not know.
        if not same and any(c.kind == "person" and c.names and c.country == country for c in clusters):
            unknown = []
        fitting = same or (unknown if len(unknown) == 1 else [])
    if not fitting:
        return None
    # "The president" is the person titled President before one who only shares the role family
    # ("Hong Kong's Democratic party leader Martin Lee" after "President Bill Clinton").
    title = (candidate.title or "").lower()
    # "The president" is never the person titled Prime Minister, whatever family they share; nor is
    # "the prime minister" a party's leader whose own title names no office ("Labour leader Neil
    # Kinnock ... the prime minister said": two people).
    office = offices.office_of(candidate.title)
    fitting = [c for c in fitting if offices.same(candidate.title, c.title)
               and not (office is not None and offices.office_of(c.title) is None and c.owners)]
    if not fitting:
        return None
    same_title = [c for c in fitting if title and (c.title or "").lower() == title]
    fitting = same_title or fitting

    def distance(cluster: Cluster) -> tuple[int, int]:
        before = [m.start for m in cluster.members if m.start < candidate.start]
        # Prefer a person already mentioned (anaphora), then the nearest later one (cataphora).
        if before:
            return (0, candidate.start - max(before))
        return (1, _first_token(cluster) - candidate.start)

    return min(fitting, key=distance)


def build_actors(doc: Doc, article: Article, clusters: list[Cluster],
                 countries: "CountryTable | None" = None) -> list[Actor]:
    """Turn clusters into Actor records with exact mentions into ``article.text``."""
    actors: list[Actor] = []
    seen_ids: set[str] = set()
    text = article.text
    for cluster in sorted(clusters, key=_first_token):
        mentions = sorted(
            {(doc[m.start:m.end].start_char, doc[m.start:m.end].end_char) for m in cluster.members}
        )
        if not mentions:
            continue
        name = _actor_name(doc, cluster, countries)
        coding = cluster.coding
        actor_id = content_id(article.id, name)
        if actor_id in seen_ids:
            actor_id = content_id(article.id, name, coding.code, str(mentions[0][0]))
        seen_ids.add(actor_id)
        actors.append(make_actor(actor_id, name, [Mention(text=text[s:e], start=s, end=e) for s, e in mentions],
                                 coding, title=cluster.title, kind=cluster.kind))
    return actors


def _actor_name(doc: Doc, cluster: Cluster, countries: "CountryTable | None") -> str:
    """The fullest name used; a country is named by its name, not by a city standing for it
    ("Turkey", not "Istanbul" or "Ankara")."""
    if cluster.kind == "country" and countries is not None:
        named = [n for n in cluster.names if countries.by_name(n)]
        if named:
            return max(named, key=len)
    if not cluster.names:
        return _description_name(doc, cluster)
    # A known organization's alias that is its name and a description ("Antara news agency") is
    # named by the name alone; another alias ("Stormont") stays as written.
    known = [m.key for m in cluster.members
             if m.source == "org" and m.key and m.name and m.key != m.name and m.key in m.name]
    if known:
        return known[0]
    # "Lashkar-e- Tayyeba": a hyphen left before a line break joins the name's words again.
    return _BROKEN_HYPHEN.sub("-", max(cluster.names, key=len))


def _description_name(doc: Doc, cluster: Cluster) -> str:
    """Name of an actor known only by descriptions: its longest description without "the"."""
    labels = [m.label for m in cluster.members if m.label]
    if labels:
        return max(labels, key=len)
    spans = [doc[m.start:m.end] for m in cluster.members if m.source != "pronoun"]
    best = max(spans, key=lambda s: len(s.text))
    words = best.text.split()
    if words and words[0].lower() in ("the", "a", "an", "this", "that"):
        words = words[1:]
    return " ".join(words) or best.text
