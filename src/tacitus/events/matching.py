"""Whether a lexicon pattern's conditions hold on a trigger, and which tokens it consumes.

A pattern names a lemma and, optionally, a particle, a preposition, a purpose clause, a governing
verb, subject or object words, a complement verb, or words in the trigger's complement region
("agreed to hold a summit" consumes "hold" and "summit" so that they do not fire again).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon, Pattern
from .roles import marked_clause

__all__ = ["match_pattern"]

# Children that belong to another clause or to the subject: never part of a complement region.
_REGION_SKIP_VERB = frozenset({"nsubj", "csubj", "agent", "punct", "cc", "conj", "mark", "ccomp", "parataxis",
                               "advcl", "relcl", "aux", "auxpass", "neg", "expl"})
_REGION_SKIP_NOUN = frozenset({"poss", "punct", "cc", "conj", "relcl", "det", "case"})


def _region(token: Token, is_noun: bool, depth: int = 3) -> list[Token]:
    """The complement region of a trigger: its non-subject dependents, ``depth`` steps down."""
    skip = _REGION_SKIP_NOUN if is_noun else _REGION_SKIP_VERB
    found: list[Token] = []
    frontier = [c for c in token.children if c.dep_ not in skip]
    for _ in range(depth):
        following: list[Token] = []
        for child in frontier:
            found.append(child)
            following.extend(c for c in child.children if c.dep_ not in _REGION_SKIP_NOUN or c.dep_ == "conj")
        frontier = following
    return found


def _path_to(token: Token, top: Token) -> list[Token]:
    """``token`` and its ancestors strictly below ``top``."""
    path = [token]
    for ancestor in token.ancestors:
        if ancestor.i == top.i:
            break
        path.append(ancestor)
    return path


def match_pattern(pattern: Pattern, token: Token, is_noun: bool, governor: Token | None, lexicon: Lexicon) -> list[Token] | None:
    """Check a pattern's conditions on a trigger; return the consumed tokens, or None if unmet."""
    consumed: list[Token] = []
    if pattern.particle:
        hit = next((c for c in token.children if c.dep_ == "prt" and c.lemma_.lower() in pattern.particle), None)
        if hit is None:
            return None
        consumed.append(hit)
    if pattern.prep:
        if not any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in pattern.prep and not _temporal(c)
                   for c in token.children):
            clause = marked_clause(token, pattern.prep)
            if clause is None:
                return None
            # "called for X to resign": the clause is what is called for, not a happening of its own.
            consumed.append(clause)
    if pattern.purpose and not any(
            c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in token.children):
        return None
    if pattern.governor:
        if governor is None or governor.lemma_.lower() not in pattern.governor:
            return None
    if pattern.subject and not any(lexicon.lemma(t) in pattern.subject for t in _subject_words(token)):
        return None
    if pattern.object:
        hits = [t for t in _object_words(token) if lexicon.lemma(t) in pattern.object]
        if not hits:
            return None
        consumed.extend(t for t in hits if t not in consumed)
    if pattern.xcomp:
        # An adverbial clause is the act asked or ordered only as an infinitive ("ordered them,
        # to leave"): "told reporters when leaving the hotel" orders nothing.
        complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(a.dep_ == "mark" for a in c.children))]
        complements += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
        hit = next((c for c in complements if c.lemma_.lower() in pattern.xcomp), None)
        if hit is None:
            return None
        consumed.append(hit)
    if pattern.words:
        # Every matching word is consumed with the tokens between it and the trigger, so that
        # "agreed to hold a summit" claims both "hold" and "summit".
        hits = [c for c in _region(token, is_noun) if lexicon.lemma(c) in pattern.words]
        if not hits:
            return None
        for hit in hits:
            consumed.extend(t for t in _path_to(hit, token) if t not in consumed)
    return consumed


def _temporal(prep: Token) -> bool:
    """True when a preposition's object is a date or time ("launched on Wednesday"): such a phrase
    says when, and never satisfies a pattern's ``prep`` condition ("fire on", "call for")."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _doers(verb: Token) -> list[Token]:
    """Who does what the verb says: its ``nsubj``, or in the passive the ``by`` agent's object
    ("the shop was looted by rioters"); a passive subject is the one it was done to."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers.extend(g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")
    return doers


def _object_words(token: Token) -> list[Token]:
    """The head nouns of a verb's direct object (or, in the passive, of the subject it was done
    to), with their conjuncts: "took the town and the airport". Used by the ``object`` condition,
    which asks what the act was done to, not what is mentioned anywhere near it ("took part in
    talks on the border" takes no border)."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    words: list[Token] = []
    for head in heads:
        words.append(head)
        words.extend(c for c in head.children if c.dep_ == "conj")
    return words


def _subject_words(token: Token) -> list[Token]:
    """The head nouns of a verb's subject: conjuncts, "groups of youths", a subject shared with a
    preceding coordinated verb ("gathered ... and clashed"). Used by the ``subject`` condition."""
    verb = token
    subjects = _doers(verb)
    while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subjects = _doers(verb)
    words: list[Token] = []
    for subject in subjects:
        words.append(subject)
        words.extend(c for c in subject.children if c.dep_ in ("conj", "compound"))
        # "groups of youths", "hundreds of protesters": the group noun names the people only by count.
        words.extend(g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    return words
