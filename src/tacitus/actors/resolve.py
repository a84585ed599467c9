"""In-article coreference: grouping candidates into one Actor per participant.

Rules, in order (each documented where it is applied):
1. Person names: a full name is one person; a single word of a full name ("Kim", "Pompeo",
   "Chairman Kim") joins the full name that contains it, the nearest preceding one when several do.
2. Pronouns (he, she, his, her...) join the nearest preceding person mentioned as a subject in the
   same or the previous sentence, failing that the nearest preceding person.
3. Possessors give countries: "Moon's press secretary" takes Moon's country, "his top diplomat"
   the country of the person "his" refers to.
4. Definite singular role descriptions ("the North Korean leader", "Washington's top diplomat")
   join the named person with the same role family (leader ~ president ~ chairman) and no
   conflicting country, the nearest one when several fit; otherwise they stand alone, one actor
   per (role family, country).
5. Countries: one actor per (country, sector): "US" and "the United States" are one actor with no
   sector; a capital acting for its government ("Washington said") is the country's GOV actor.
6. Groups and organizations: one actor per (kind, country, sector, name or role).
7. Initialisms: "RSF" after "Rapid Support Forces" in the same article is that organization,
   whatever a knowledge base says the letters stand for elsewhere (unless a user dictionary coded it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..model import Actor, Article, Mention, content_id
from .mentions import Candidate

__all__ = ["Cluster", "resolve", "build_actors"]

_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "OPP", "PTY"})


@dataclass
class Cluster:
    """One participant being assembled (a working record local to one article)."""

    kind: str
    members: list[Candidate] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    families: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    fixed: bool = False  # coded by the user's dictionary, which wins over inference

    def absorb(self, candidate: Candidate) -> None:
        """Add a mention and what its context says (earlier evidence wins; a dictionary code
        wins over everything)."""
        self.members.append(candidate)
        if candidate.name and candidate.source in ("name", "org", "country", "capital", "group", "dict"):
            self.names.append(candidate.name)
        if candidate.source == "pronoun":
            return
        if candidate.fixed and not self.fixed:
            self.fixed = True
            self.country, self.sector = candidate.country, candidate.sector
        if self.fixed:
            self.title = self.title or candidate.title
            self.families.update([candidate.family] if candidate.family else [])
            return
        self.country = self.country or candidate.country
        if candidate.sector and (self.sector is None or self.sector == "GOV" and candidate.sector == "ELI"):
            self.sector = candidate.sector
        self.title = self.title or candidate.title
        if candidate.family:
            self.families.add(candidate.family)


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


def _resolve_pronouns(doc: Doc, candidates: list[Candidate], of_candidate: dict[int, Cluster]) -> None:
    """Rule 2: he/she/his/her to the nearest preceding subject person, else nearest person."""
    people = sorted((c for c in candidates if id(c) in of_candidate), key=lambda c: c.start)
    for pronoun in (c for c in candidates if c.source == "pronoun"):
        sentence = doc[pronoun.start].sent
        window_start = sentence.start
        if sentence.start > 0:
            window_start = doc[sentence.start - 1].sent.start
        before = [c for c in people if window_start <= c.start < pronoun.start]
        if not before:
            before = [c for c in people if c.start < pronoun.start][-1:]
        if not before:
            continue
        subjects = [c for c in before if doc[c.start:c.end].root.dep_ in ("nsubj", "nsubjpass")]
        chosen = (subjects or before)[-1]
        cluster = of_candidate[id(chosen)]
        cluster.absorb(pronoun)
        of_candidate[id(pronoun)] = cluster


def _possessor_country(doc: Doc, candidate: Candidate, by_token: dict[int, Cluster]) -> str | None:
    """Rule 3: the country of the person who owns a role ("Moon's press secretary")."""
    if candidate.possessor is None:
        return None
    owner = by_token.get(candidate.possessor.i)
    if owner is None or owner.sector not in _STATE_SECTORS:
        return None
    return owner.country


def _compatible(cluster: Cluster, candidate: Candidate) -> bool:
    if candidate.family not in cluster.families:
        return False
    return cluster.country is None or candidate.country is None or cluster.country == candidate.country


def resolve(doc: Doc, candidates: list[Candidate]) -> list[Cluster]:
    """Group the candidates of one article into clusters, one per participant."""
    _adopt_initialisms(doc, candidates)
    clusters, of_candidate = _person_clusters(candidates)
    _resolve_pronouns(doc, candidates, of_candidate)

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
            cluster = of_candidate[id(candidate)]
            cluster.country = cluster.country or _possessor_country(doc, candidate, by_token)
    names_by_index = {i: c for i, c in enumerate(candidates)}
    descriptions: dict[tuple, Cluster] = {}
    others: dict[tuple, Cluster] = {}
    for candidate in candidates:
        if candidate.source == "description" and candidate.kind == "person":
            candidate.country = candidate.country or _possessor_country(doc, candidate, by_token)
            if candidate.link is not None:
                cluster = of_candidate[id(names_by_index[candidate.link])]
            else:
                cluster = _link_description(candidate, clusters)
            if cluster is None:
                key = (candidate.family, candidate.country)
                cluster = descriptions.get(key) if candidate.definite else None
                if cluster is None:
                    cluster = Cluster(kind="person")
                    clusters.append(cluster)
                    if candidate.definite:
                        descriptions[key] = cluster
            cluster.absorb(candidate)
            of_candidate[id(candidate)] = cluster
        elif candidate.source not in ("name", "pronoun"):
            if candidate.source in ("country", "capital"):
                key = ("country", candidate.country, candidate.sector)
            else:
                label = candidate.key or candidate.name or candidate.title or ""
                key = (candidate.kind, candidate.country, candidate.sector, label.lower())
            cluster = others.get(key)
            if cluster is None:
                cluster = others[key] = Cluster(kind=candidate.kind)
                clusters.append(cluster)
            cluster.absorb(candidate)
    return [c for c in clusters if any(m.source != "pronoun" for m in c.members)]


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
        candidate.kind, candidate.key = full.kind, full.key
        candidate.country, candidate.sector, candidate.title = full.country, full.sector, full.title
        # Mentioned like its long form, so that the actor is named by the long form, not the letters.
        candidate.source = full.source if full.source != "name" else candidate.source
        candidate.evidence.append(f"initialism of {written}")


def _link_description(candidate: Candidate, clusters: list[Cluster]) -> Cluster | None:
    """Rule 4: a definite singular role description joins the nearest compatible named person."""
    if not candidate.definite or candidate.plural or candidate.family is None:
        return None
    fitting = [c for c in clusters if c.kind == "person" and c.names and _compatible(c, candidate)]
    if not fitting:
        return None

    def distance(cluster: Cluster) -> tuple[int, int]:
        before = [m.start for m in cluster.members if m.start < candidate.start]
        # Prefer a person already mentioned (anaphora), then the nearest later one (cataphora).
        if before:
            return (0, candidate.start - max(before))
        return (1, _first_token(cluster) - candidate.start)

    return min(fitting, key=distance)


def build_actors(doc: Doc, article: Article, clusters: list[Cluster]) -> list[Actor]:
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
        name = max(cluster.names, key=len) if cluster.names else _description_name(doc, cluster)
        sector = cluster.sector
        code = (cluster.country or "") + (sector or "") or None
        actor_id = content_id(article.id, name)
        if actor_id in seen_ids:
            actor_id = content_id(article.id, name, code, str(mentions[0][0]))
        seen_ids.add(actor_id)
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                mentions=tuple(Mention(text=text[s:e], start=s, end=e) for s, e in mentions),
                country=cluster.country,
                sector=sector,
                code=code,
                title=cluster.title,
                kind=cluster.kind,
                wikidata=None,
            )
        )
    return actors


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
