"""Threats carried by reported speech: "said X would face consequences", "told reporters there
would be consequences if X attacked" are the speaker's threat against X (PLOVER THREATEN, CAMEO 130).

The CAMEO verb dictionary codes a warning of consequences or reprisals as a threat ("WARN - *
CONSEQUENCES [130]", "- * {SEVERE REPRISALS} [130]", "ANNOUNCE - * RETALIATION [130]"); a verb of
saying whose complement states such consequences says the same thing. The one threatened is named
by the complement itself: the subject of "face"/"suffer" ("X would face consequences"), the owner
in "consequences for X", or the subject of the condition that would bring them ("if X attacked").
The addressee of "told" is not taken: one is often told of consequences that threaten a third
party. The nouns and the code are data (``data/speech.yaml``, ``threat``).
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

from spacy.tokens import Token

from ..model import Actor

__all__ = ["threatened"]

# Verbs whose object is what befalls their subject ("would face consequences").
_UNDERGOING = frozenset({"face", "suffer", "bear", "incur", "risk"})
_CONDITIONS = frozenset({"if", "unless", "should"})


def threatened(clause: Token, nouns: frozenset[str],
               actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[tuple[Actor, ...], Token] | None:
    """The actors a reported clause threatens with consequences, and the consequence noun; or None.

    ``clause`` is the complement of a verb of saying; ``nouns`` the consequence nouns of speech.yaml.
    A negated clause ("there would be no consequences") threatens no one.
    """
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in clause.children):
        return None
    noun = _consequence(clause, nouns)
    if noun is None or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    for candidate in _threatened_heads(clause, noun):
        found = tuple(actors_of(candidate))
        if found:
            return found, noun
    return None


def _consequence(clause: Token, nouns: frozenset[str]) -> Token | None:
    """The consequence noun the clause states: "there would be consequences", "X would face reprisals"."""
    lemma = clause.lemma_.lower()
    for child in clause.children:
        if child.lemma_.lower() not in nouns:
            continue
        if lemma == "be" and child.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in clause.children):
            return child
        if lemma in _UNDERGOING and child.dep_ == "dobj":
            return child
    return None


def _threatened_heads(clause: Token, noun: Token) -> Iterable[Token]:
    """Argument heads that may name the one threatened, best first."""
    if clause.lemma_.lower() in _UNDERGOING:
        yield from (c for c in clause.children if c.dep_ == "nsubj")
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            yield from (c for c in prep.children if c.dep_ == "pobj")
    for condition in (c for c in clause.children if c.dep_ == "advcl"):
        if any(m.dep_ in ("mark", "aux") and m.lower_ in _CONDITIONS for m in condition.children):
            yield from (c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON")
