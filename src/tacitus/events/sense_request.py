"""Asking that requests nothing, for the sense rules (``sense.py``): a verb of asking is a REQUEST
only when it asks someone to do something or for something.

- **Anonymity formulas**: "asked not to be named" asks about how the speaker is reported.
- **Questions**: "asked what message she would send", "asked whether the talks would resume",
  "asked about the river", "asked questions", and a direct question the verb closes ('"How can
  you ...?" asked a student') inquire; they ask no one to act.
- **Pleas**: "pleaded guilty", "pleads not guilty" answer a charge in court.

The words are grammar (question words, the plea adjectives), not lists of the news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import sense_tree as tree

if TYPE_CHECKING:
    from .sense import SenseRules

__all__ = ["no_request"]

# Words that open an embedded question: "asked what", "asked whether", "asked if".
_QUESTION_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "whom", "whose", "which", "whether", "if"})
# Verbs of asking that can inquire; "request", "beg" or "urge" never do.
_INQUIRING = frozenset({"ask"})
# What a plea in court answers with.
_PLEAS = frozenset({"guilty", "innocent"})


def no_request(rules: "SenseRules", token: Token) -> str | None:
    """The reason a verb of asking requests nothing (see the module docstring), else None."""
    lemma = tree.lemma(token)
    if lemma not in rules.request_verbs:
        return None
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and tree.lemma(child) in rules.anonymity_verbs:
            return f"anonymity formula ('{token.text} ... {child.text}')"
        if child.lower_ in _PLEAS and child.dep_ in ("acomp", "oprd", "advmod", "dobj", "attr"):
            return f"a plea in court ('{token.text} {child.text}')"
    return _question(token) if lemma in _INQUIRING else None


def _question(token: Token) -> str | None:
    """"asked what ...", "asked about ...", "asked questions", '"...?" asked X': an inquiry."""
    for child in token.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj") and child.i > token.i:
            # The question follows the verb ("When they arrived, they asked ..." is a time clause).
            first = min(child.subtree, key=lambda t: t.i)
            if first.i > token.i and first.lower_ in _QUESTION_WORDS:
                return f"a question ('{token.text} {first.text} ...')"
        if child.dep_ == "dobj" and tree.lemma(child) == "question":
            return f"a question ('{token.text} {child.text}')"
        if child.dep_ == "prep" and child.lower_ == "about":
            return f"a question ('{token.text} about ...')"
    # '"How can you ...?" asked a student': the verb closes a direct question (often split off by
    # the sentence splitter, so the look back crosses the sentence start).
    before = token.doc[max(0, token.i - 3):token.i]
    if any(t.text == "?" for t in before):
        return f"a direct question closed by '{token.text}'"
    return None
