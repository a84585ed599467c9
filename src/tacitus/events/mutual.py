"""Acts done together by a group named as one subject: the group is on both sides.

"Major political parties had agreed to set aside their differences", "rival leaders resumed
talks": an act of agreeing, meeting or consulting (``mutual_codes`` of ``data/arguments.yaml``,
by a word that takes two sides: ``mutual_lemmas``) whose one subject is a plural common noun and
which names no partner (no object, no "with", "between" or "among" phrase) was done by the members
of the group with one another: the record takes the group as its target too. A pledge, a promise or
a vow of a group ("the unions have pledged to follow") is one side's act and stays one-sided.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence, TypeVar

from spacy.tokens import Token

if TYPE_CHECKING:
    from .argument_words import ArgumentWords

__all__ = ["group_pairing"]

_A = TypeVar("_A")


def group_pairing(pairings: Sequence[tuple[_A | None, _A | None, str]], token: Token, anchor: Token, source_how: str,
                  code: str, lemma: str, words: "ArgumentWords") -> list[tuple[_A | None, _A | None, str]]:
    """The actor pairings of a trigger, with the group as its own partner when the act is one a
    group does together and no partner is named (how: "group"); else the pairings unchanged."""
    if (code not in words.mutual_codes or lemma not in words.mutual_lemmas or len(pairings) != 1
            or pairings[0][1] is not None or pairings[0][0] is None or not source_how.startswith("nsubj")):
        return list(pairings)
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("with", "between", "among"))
           for c in token.children):
        return list(pairings)  # a partner is named, even one that is no actor ("met 200 representatives")
    if not group_subject(anchor):
        return list(pairings)
    return [(pairings[0][0], pairings[0][0], "group")]


def group_subject(anchor: Token) -> bool:
    """True when the predicate's one subject is a plural common noun ("the parties", "both
    sides"), not a name or a compound of names: a group that can act together."""
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    current = anchor
    while not subjects and current.dep_ in ("xcomp", "conj") and current.head.i != current.i:
        current = current.head
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    return subjects[0].tag_ == "NNS"
