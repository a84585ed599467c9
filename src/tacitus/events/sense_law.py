"""Statements of law, policy and kind that name acts no one did: "Anyone convicted of selling
drugs can be jailed for six months", "For soldiers wounded in combat, the first hour matters most",
"a cessation of attacks could backfire".

- An act whose subject is a pronoun of anyone (``pronouns``: "anyone", "whoever") under a modal
  ("can", "will", "may") states what the law or a policy allows or promises, no happening.
- A participle describing a bare plural ("soldiers wounded in combat", "people convicted of
  fraud") in a sentence whose main clause is a present state ("is", "remains") names a kind of
  people, no happening.
- An event noun under a noun of stopping ("a cessation of attacks", "an end to the fighting",
  ``stop_heads``) names what is to stop, not a happening of its own.
The words are the ``generic_statements:`` section of data/sense.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from spacy.tokens import Token

from . import sense_tree as tree

__all__ = ["LawRules"]

@dataclass(frozen=True)
class LawRules:
    """The ``generic_statements:`` section of data/sense.yaml."""

    pronouns: frozenset[str] = frozenset()
    stop_heads: frozenset[str] = frozenset()
    stop_to_heads: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping | None, state_verbs: Iterable[str] = (),
                     modals: Iterable[str] = ()) -> "LawRules":
        """Build the rules from the section (empty rules when it is absent); ``state_verbs`` are
        the copulas of sense.yaml's ``state_verbs``, ``modals`` modality.yaml's modal auxiliaries."""
        if not data:
            return cls()
        return cls(frozenset(str(w).lower() for w in data.get("pronouns") or ()),
                   frozenset(str(w).lower() for w in data.get("stop_heads") or ()),
                   frozenset(str(w).lower() for w in data.get("stop_to_heads") or ()),
                   frozenset(str(w).lower() for w in state_verbs), frozenset(modals))

    def judge(self, token: Token, is_noun: bool, anchor: Token) -> str | None:
        """The reason the trigger names no happening (see the module docstring), else None."""
        if is_noun:
            return self._stopped(token)
        return self._anyone(token, anchor) or self._kind_participle(token)

    def _anyone(self, token: Token, anchor: Token) -> str | None:
        """"Anyone convicted of selling drugs can be jailed": a rule for anyone, under a modal."""
        for verb in {token.i: token, anchor.i: anchor}.values():
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lower_ in self.pronouns for s in subjects) and any(
                    c.dep_ == "aux" and c.lower_ in self.modals for c in verb.children):
                return f"generic: a rule for '{subjects[0].text}' ('{verb.text}' under a modal), no happening"
        return None

    def _kind_participle(self, token: Token) -> str | None:
        """"For soldiers wounded in combat, the first hour is vital": a kind of people."""
        noun = token.head
        if token.dep_ != "acl" or token.tag_ != "VBN" or noun.tag_ != "NNS" or any(
                c.dep_ in ("det", "poss", "nummod", "amod") for c in noun.children):
            return None
        root = token.sent.root
        if tree.lemma(root) not in self.state_verbs or root.tag_ not in ("VBZ", "VBP") or any(
                c.dep_ == "aux" for c in root.children):
            return None
        if not any(c.dep_ in ("attr", "acomp") for c in root.children):
            return None
        return f"generic: '{noun.text} {token.text}' names a kind of people in a present statement"

    def _stopped(self, token: Token) -> str | None:
        """"A cessation of attacks", "an end to the fighting": what is to stop."""
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "to") and token.head.head.i != token.head.i:
            head = token.head.head
            # "an end to the fighting" stops it, "the end of his trip" is when the trip ended.
            heads = self.stop_heads | (self.stop_to_heads if token.head.lower_ == "to" else frozenset())
            if head.pos_ == "NOUN" and tree.lemma(head) in heads:
                return f"generic: '{token.text}' is what '{head.text}' stops, no happening of its own"
        return None
