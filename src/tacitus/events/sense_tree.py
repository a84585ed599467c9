"""Reading a trigger's arguments off the parse for the sense checks (``sense.py``).

What an act is done to (``patients``), who does it (``agents``), an event noun's domain modifiers,
the clause that holds a noun, and the small token tests the checks share.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from spacy.tokens import Token

__all__ = ["ACTOR_LABELS", "PATIENT_PREPS", "PRONOUNS", "agents", "clause_verb", "deep_subjects", "domain_modifiers",
           "is_score", "is_thing", "lemma", "named_as", "patients", "pobj_text", "resolve_relative", "through_quantity",
           "typed", "with_conjuncts"]

# Prepositions whose object is what a contest or an attack is about or aimed at, or who takes part
# in it ("a clash among civilizations", "a battle between rival firms").
PATIENT_PREPS = frozenset({"for", "over", "against", "on", "of", "upon", "between", "among"})
# Entity labels that name people, groups or places: never re-typed by the noun classes.
ACTOR_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
PRONOUNS = frozenset({"him", "her", "them", "us", "me", "he", "she", "they", "we", "i", "you", "himself",
                       "herself", "themselves"})


def clause_verb(noun: Token) -> Token | None:
    """The verb whose clause holds an event noun, climbing through prepositions and nouns
    ("made a number of attacks" -> "made"); None past three steps."""
    current = noun
    for _ in range(4):
        if current.dep_ in ("ROOT",) and current.pos_ not in ("VERB", "AUX"):
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def domain_modifiers(noun: Token) -> list[Token]:
    """An event noun's modifiers that name its domain: adjectives, noun compounds and their own
    compounds ("court room battle"), gerunds ("bidding war") and common-noun possessors ("the
    dollar's rally"); never a person or group, who is a participant."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("NOUN", "ADJ", "VERB"):
            found.append(child)
            found.extend(g for g in child.children if g.dep_ == "compound" and g.pos_ == "NOUN")
        elif child.dep_ == "poss" and child.pos_ == "NOUN":
            found.append(child)
    return found


def is_score(token: Token) -> bool:
    """A game's score: "5-0" as one token, or a number, a dash and a number."""
    if re.fullmatch(r"\d{1,2}[-\u2013]\d{1,2}", token.text):
        return True
    doc = token.doc
    return (token.like_num and token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "\u2013")
            and doc[token.i + 2].like_num and len(token.text) <= 2 and len(doc[token.i + 2].text) <= 2)


def is_thing(token: Token) -> bool:
    """A common noun, or a pronoun that stands for a thing ("it", "this", "which")."""
    if token.pos_ == "NOUN":
        return True
    return token.pos_ == "PRON" and token.lower_ in ("it", "this", "that", "which", "what")


def resolve_relative(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the waves which killed ..."): the relative clause's head."""
    if token.lower_ in ("which", "that", "who") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def deep_subjects(clause: Token) -> list[Token]:
    """The subject of a clause, looking through "information indicated (that) X ..." one level."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    inner = [c for c in clause.children if c.dep_ == "ccomp"]
    if subjects and inner and subjects[0].pos_ == "NOUN" and lemma(clause) in ("indicate", "show", "suggest", "say"):
        return [c for c in inner[0].children if c.dep_ in ("nsubj", "nsubjpass")] or subjects
    return subjects


def lemma(token: Token) -> str:
    """Lower-case lemma."""
    return token.lemma_.lower()


def pobj_text(prep: Token) -> str:
    """The text of a preposition's object, for ``why``."""
    return next((g.text for g in prep.children if g.dep_ == "pobj"), "")


def typed(token: Token, is_actor: Callable[[Token], bool]) -> bool:
    """True when the token is a known actor or a person/group/place entity: never re-typed."""
    return is_actor(token) or token.ent_type_ in ACTOR_LABELS and token.pos_ == "PROPN"


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """The tokens and their coordinated conjuncts ("shares and bonds")."""
    found: list[Token] = []
    for token in tokens:
        found.append(token)
        found.extend(c for c in token.children if c.dep_ == "conj")
    return found


def patients(token: Token, is_noun: bool, counted: bool = True) -> list[Token]:
    """What the act is done to: the object or passive subject of a verb, the objects of its
    aim prepositions ("battle for market share", "war on poverty"); with ``counted`` a count is
    read through to what it counts ("a number of demonstrators"), else the heads as they stand."""
    heads: list[Token] = []
    if not is_noun and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN":
        heads.append(token.head)  # "the deal struck last week": the participle's noun is what it is done to
    for child in token.children:
        if not is_noun and child.dep_ in ("dobj", "nsubjpass"):
            heads.append(child)
            # "fought a battle for market share": the aim of the object noun is the aim of the act.
            heads.extend(g for p in child.children if p.dep_ == "prep" and p.lower_ in PATIENT_PREPS - {"of"}
                         for g in p.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in PATIENT_PREPS:
            heads.extend(g for g in child.children if g.dep_ == "pobj")
    return [through_quantity(h) if counted else h for h in with_conjuncts(heads)]


def through_quantity(head: Token) -> Token:
    """The "of" object of a head noun ("a number of demonstrators", "dozens of people"): what the
    act is done to is the counted thing, not the count."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return head


def agents(verb: Token) -> list[Token]:
    """The doer of a verb: its subject, a subject shared with a preceding coordinated verb, or the
    subject of the verb it completes when it has none of its own ("the virus is reported to have
    killed", "the rebels tried to seize": raising and subject control; with an object, "urged the
    army to withdraw", the controller is the object and no doer is read)."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        subjects += [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subjects:
            return with_conjuncts(subjects)
        if current.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative") for c in current.head.children):
            # The completed verb's subject, active or passive, is the completing verb's doer.
            return with_conjuncts([c for c in current.head.children if c.dep_ in ("nsubj", "nsubjpass")])
        if current.dep_ != "conj":
            return []
        current = current.head
    return []


def named_as(token: Token, kinds: frozenset[str]) -> bool:
    """True when a proper name is named elsewhere in its article after a word of ``kinds``
    ("Mitch killed 10,000 people" in an article that speaks of "Hurricane Mitch")."""
    if token.pos_ != "PROPN":
        return False
    doc = token.doc
    return any(t.text == token.text and t.i > 0 and lemma(doc[t.i - 1]) in kinds for t in doc)
