"""Background clauses: predicates that describe rather than report a happening of their own.

A relative clause, or a temporal or causal adverbial clause, is background ("after X shot down a
jet", "who had attacked Y"): news sentences lead with their happening, and detect.py codes such a
clause only when its sentence has no main event. A relative clause set at its own time or place is
a happening of its own ("the United Front, which was voted out Friday").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_background"]

_BACKGROUND_MARKS = frozenset({"after", "since", "before", "when", "because", "following", "until", "amid"})


def is_background(anchor: Token) -> bool:
    """True when the predicate sits in a relative clause or a temporal/causal adverbial clause."""
    token = anchor
    for _ in range(8):
        if token.dep_ in ("relcl", "acl"):
            return not _situated(token)
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in token.children):
            return True
        if token.dep_ == "pcomp" and token.head.lower_ in _BACKGROUND_MARKS:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _situated(clause: Token) -> bool:
    """True for a relative clause set at its own time or place ("the United Front, which was voted
    out Friday", "Musharraf and Singh, who met in Havana"): a happening of its own, not a
    description of its noun."""
    if clause.dep_ != "relcl":
        return False
    for child in clause.children:
        if child.dep_ in ("prep", "npadvmod") and any(t.ent_type_ in ("DATE", "GPE", "LOC") for t in child.subtree):
            return True
    return False
