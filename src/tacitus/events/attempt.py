"""Attempted attacks: "tried to blow up the embassy", "a failed attempt to kill the president".

The PLOVER manual counts attempted assassinations as ASSAULT (targeted killings, "successful and
attempted"), and CAMEO gives attempts their own code (185, attempt to assassinate): an attack that
was tried has happened as an event even when it failed. An act of a type in ``attempt.types`` of
``data/modality.yaml`` whose predicate chain is governed by a verb of attempt (``attempt.verbs``)
in the past ("tried", "has attempted"), or that completes a noun of attempt ("an attempt to kill",
"a bid to assassinate") governed by a verb in the past, is therefore asserted, not intended. A
future or stated attempt ("will try to attack", "vowed to attempt") keeps its modality.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from spacy.tokens import Token

from .modality import Modality, governing_chain

__all__ = ["AttemptRules"]


@dataclass(frozen=True)
class AttemptRules:
    """The ``attempt:`` section of data/modality.yaml."""

    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()  # modality.yaml's modal and future auxiliaries

    @classmethod
    def from_mapping(cls, data: Mapping | None, modals: frozenset[str] = frozenset()) -> "AttemptRules":
        """Build the rules from the ``attempt:`` mapping (empty rules when it is absent);
        ``modals`` are the auxiliaries that make an attempt one not made ("will try")."""
        if not data:
            return cls()
        return cls(frozenset(str(w).lower() for w in data.get("verbs") or ()),
                   frozenset(str(w).lower() for w in data.get("nouns") or ()),
                   frozenset(str(t).upper() for t in data.get("types") or ()), modals)

    def _future(self, chain: list[Token]) -> bool:
        """True when a future or modal auxiliary sits on the chain ("will have tried")."""
        return any(c.dep_ == "aux" and c.lower_ in self.modals for t in chain for c in t.children)

    def adjust(self, modality: Modality, trigger: Token, anchor: Token, plover: str) -> Modality:
        """``modality``, made asserted when the act is an attack that was attempted in the past."""
        if modality.value != "intended" or plover.upper() not in self.types:
            return modality
        chain = governing_chain(anchor)
        for token in chain[1:]:
            if token.lemma_.lower() in self.verbs:
                if _past(token) and not self._future(chain):
                    return Modality("asserted", f"an attempt made ('{token.text}')")
                return modality
        # "made a failed attempt to kill": the act completes a noun of attempt.
        top = chain[-1]
        if top.dep_ == "acl" and top.head.lemma_.lower() in self.nouns:
            noun = top.head
            if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and _past(noun.head) or any(
                    c.dep_ == "amod" and c.lower_ in ("failed", "foiled", "unsuccessful", "botched") for c in noun.children):
                return Modality("asserted", f"an attempt made ('{noun.text}')")
        return modality


def _past(verb: Token) -> bool:
    """True for a verb in the simple past or the perfect, or a past passive ("was foiled")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "be")
                                      for c in verb.children)
