"""Members of a body named before: "Habib Rizieq Shihab, its leader", "a senior member of the group",
"the party chairman", "head of the organisation".

A reader codes a person by the body they lead or belong to when a word stands for that body: a
possessive "its"/"their" on the member noun, or a bare definite body noun ("the group", "the
party") as its possessor, its modifier or the object of its "of"/"in". Which body is meant is the
coreference map's answer (actors/coreference.py ``bodies_named_before``: the body named last in
this or the previous sentence, for a noun the two previous; "the party" only a party). The member then takes the body's
country and sector as a clue of ``Rank.OWNER``; actors/coding.py decides.

The words are in ``data/member_words.tsv``: ``member`` nouns (member, leader, chairman,
spokesman) and ``body`` nouns (group, party, movement), a body noun's ``sector`` saying which
bodies it may stand for. A country named last is no body of members: "its leader" after
"Indonesia" is left to the title's own reading.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Callable, Iterable

from spacy.tokens import Doc, Token

from .coding import Evidence, Rank
from .coreference import bodies_named_before
from .datafiles import read_table

if TYPE_CHECKING:
    from .candidates import Candidate
    from .resolve import Cluster

__all__ = ["link_members", "member_clues"]

_POSSESSIVES = frozenset({"its", "their"})
_PREPOSITIONS = frozenset({"of", "in", "within"})
_MEMBER_KINDS = frozenset({"person", "group"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    """kind ("member", "body") -> word -> sector ("" for none), from ``data/member_words.tsv``."""
    table: dict[str, dict[str, str]] = {"member": {}, "body": {}}
    for row in read_table("member_words.tsv", "member word table"):
        table[row["kind"].strip()][row["word"].strip().lower()] = row["sector"].strip()
    return table


def _bare_body(token: Token, bodies: dict[str, str], determiner_on: Token) -> bool:
    """Whether ``token`` is a body noun standing alone with "the" ("the group", "the party's"):
    a noun with words of its own ("the ruling party", "the Islamic Front") may be another body."""
    if token.lower_ not in bodies or not token.text.islower():
        return False
    own = [c for c in token.children if c.dep_ not in ("case", "punct")]
    if determiner_on is token:
        return len(own) == 1 and own[0].dep_ == "det" and own[0].lower_ == "the"
    return not own and any(c.dep_ == "det" and c.lower_ == "the" for c in determiner_on.children)


def _reference(noun: Token, bodies: dict[str, str]) -> Token | None:
    """The word on a member noun that stands for a body named before, or None."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.lower_ in _POSSESSIVES or _bare_body(child, bodies, child)):
            return child  # "its leader", "the group's chief"
        if child.dep_ == "compound" and child.i == noun.i - 1 and _bare_body(child, bodies, noun):
            return child  # "the party chairman"
        if child.dep_ == "prep" and child.lower_ in _PREPOSITIONS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and _bare_body(obj, bodies, obj):
                return obj  # "a senior member of the group"
    return None


def _member_cluster(noun: Token, by_token: dict[int, "Cluster"]) -> "Cluster | None":
    """The person or group a member noun describes: its own mention's, or the name it is in
    apposition with ("Alawi Usman, a senior member of the group")."""
    own = by_token.get(noun.i)
    if own is not None:
        return own if own.kind in _MEMBER_KINDS else None
    linked = [noun.head] if noun.dep_ in ("appos", "compound") else []
    linked += [c for c in noun.children if c.dep_ == "appos"]
    for token in linked:
        cluster = by_token.get(token.i)
        if cluster is not None and cluster.kind == "person":
            return cluster
    return None


def _a_body(cluster: "Cluster") -> bool:
    """Whether a cluster is a body with members: an organization, or a group the text names ("the
    Lord's Resistance Army"); a plural of people ("senior officials", "MPs": "their leaders") is no
    body, and a country's leader is the title's to read."""
    if cluster.kind == "organization":
        return True
    return cluster.kind == "group" and any(m.source != "description" for m in cluster.members)


def _accept(word: Token, bodies: dict[str, str]) -> Callable[["Cluster"], bool]:
    """Which bodies a word may stand for: any for a pronoun; a named body for a noun, of the
    noun's sector when the table gives one ("the party": a party)."""
    if word.lower_ in _POSSESSIVES:
        # A country named last stops the search ("Libya ... its leader"): link_members drops it.
        return lambda cluster: cluster.kind == "country" or _a_body(cluster)
    sector = bodies.get(word.lower_) or None
    noun = word.lower_

    def accept(cluster: "Cluster") -> bool:
        if not cluster.names or not _a_body(cluster):
            return False
        return sector is None or cluster.sector == sector or any(noun in n.lower().split() for n in cluster.names)
    return accept


def _subject_body(noun: Token, word: Token, by_token: dict[int, "Cluster"],
                  bodies_at: dict[int, "Cluster"]) -> tuple[str, "Cluster | None"]:
    """What the subject of a clause holding the member noun says "its"/"their" is: ("found",
    cluster) for a subject the map knows (a body, ``bodies_at``, before a person of the same
    words), or a body owning it ("the Front's council ... its leader"); ("unknown", None) for a
    name it does not know ("Yili confirmed its chairman": no body named before is meant); ("none",
    None) when no clause up the tree has a subject before the word that says ("the strong
    showing of the party emboldened its leader": the search decides)."""
    if noun.dep_ == "conj" and noun.head.i < word.i:
        # "the sporting authorities and their officials": the noun the member is coordinated with
        sibling = bodies_at.get(noun.head.i)
        return ("found", sibling) if sibling is not None else ("unknown", None)
    token = noun
    while token.head.i != token.i:
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is None and token.dep_ in ("acl", "relcl"):
            subject = token.head  # "the association's delegation headed by its chairman"
        if subject is None or subject.i > word.i or subject.left_edge.i <= noun.i <= subject.right_edge.i:
            continue
        if subject.i in by_token:
            return "found", bodies_at.get(subject.i) or by_token[subject.i]
        owners = [c for c in subject.children if c.dep_ in ("poss", "compound", "appos")]
        if any(c.lower_ in _POSSESSIVES for c in owners):
            continue  # "Yukos claims its downfall was punishment for ... its founder": "its" again, further up
        body = next((bodies_at[c.i] for c in owners if c.i in bodies_at), None)
        if body is not None:
            return "found", body
        if subject.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in owners):
            return "unknown", None
    return "none", None


def link_members(doc: Doc, candidates: Iterable["Candidate"], of_candidate: dict[int, "Cluster"]) -> None:
    """Record on each member's cluster (``Cluster.member_of``) the body a word on its member noun
    stands for (see the module docstring), once every participant is clustered."""
    candidates = list(candidates)
    words = _words()
    members, bodies = words["member"], words["body"]
    by_token: dict[int, "Cluster"] = {}
    bodies_at: dict[int, "Cluster"] = {}
    for candidate in candidates:
        cluster = of_candidate.get(id(candidate))
        if cluster is not None:
            for i in range(candidate.start, candidate.end):
                by_token.setdefault(i, cluster)
                if cluster.kind != "person":
                    bodies_at.setdefault(i, cluster)  # "Santander" read as a person's name and as the bank
    found: list[tuple["Cluster", Token, int, Callable[["Cluster"], bool]]] = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in members:
            continue
        member = _member_cluster(noun, by_token)
        word = _reference(noun, bodies) if member is not None else None
        if member is None or word is None:
            continue
        if word.lower_ in _POSSESSIVES:
            # "The Front said its leader ...": the clause's subject first (as coreference rule 1).
            status, subject = _subject_body(noun, word, by_token, bodies_at)
            if subject is not None and subject.kind == "person" and word.lower_ == "its":
                status, subject = "unknown", None  # a name read as a person's that "its" stands for is a body unread
            if status == "unknown" or subject is not None and subject.kind != "person":
                if subject is not None and subject is not member and _a_body(subject) and member.member_of is None:
                    member.member_of = subject
                continue
        found.append((member, word, min(noun.left_edge.i, word.left_edge.i), _accept(word, bodies)))
    # A pronoun looks back one sentence; a definite noun ("the group") names a body less near.
    meant = bodies_named_before(doc, candidates, of_candidate, [
        (w, 1 if w.lower_ in _POSSESSIVES else 2, before, a) for _, w, before, a in found])
    for (member, _, _, _), body in zip(found, meant):
        if body is not None and body is not member and body.kind != "country" and member.member_of is None:
            member.member_of = body


def member_clues(clusters: Iterable["Cluster"]) -> None:
    """Give each member the country and sector of the body it belongs to (``Rank.OWNER``), once
    the body's own clues are all in."""
    for cluster in clusters:
        body = cluster.member_of
        if body is None or cluster.fixed or not (body.country or body.sector):
            continue
        name = body.names[0] if body.names else "the body"
        cluster.add(Evidence(Rank.OWNER, f"member of '{name}'", country=body.country, sector=body.sector))
