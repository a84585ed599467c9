"""Directing someone to take up talks: "the two leaders directed their foreign secretaries to resume
the dialogue", "the president instructed his envoy to reopen negotiations".

Leaders who direct their officials to meet or negotiate have decided to do so: the event is their
decision, an expression of intent to meet or negotiate (CAMEO 03x, PLOVER AGREE, by the intent
table of ``data/intent.yaml``), done when the directing verb is in the past ("directed", "has
instructed"), with the director as the source. Only acts of dialogue (``directive.codes`` of
``data/modality.yaml``) are recoded this way: "ordered troops to withdraw" is the troops' act and
"ordered an attack" an order (REQUEST).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from spacy.tokens import Token

from .modality import Modality, governing_chain

__all__ = ["DirectiveRules"]


@dataclass(frozen=True)
class DirectiveRules:
    """The ``directive:`` section of data/modality.yaml."""

    verbs: frozenset[str] = frozenset()
    codes: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping | None) -> "DirectiveRules":
        """Build the rules from the ``directive:`` mapping (empty rules when it is absent)."""
        if not data:
            return cls()
        return cls(frozenset(str(w).lower() for w in data.get("verbs") or ()),
                   tuple(str(c) for c in data.get("codes") or ()))

    def recode(self, code: str, modality: Modality, anchor: Token, intend: Mapping[str, str]) -> tuple[str, str] | None:
        """``(new code, reason)`` when the act of dialogue was directed by a decision made in the
        past, else None. ``intend`` is the intent table of data/intent.yaml."""
        if modality.value != "asserted" or not any(code.startswith(c) for c in self.codes):
            return None
        chain = governing_chain(anchor)
        step = next((i for i, t in enumerate(chain[1:], 1) if t.lemma_.lower() in self.verbs), None)
        if step is None or not _past(chain[step]):
            return None
        director, below = chain[step], chain[step - 1]
        # "directed their envoys to resume": the act is the verb complement of the directing verb,
        # told to someone (an object), not a participle near it ("told visiting leaders").
        if below.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            return None
        key = max((k for k in intend if code.startswith(k)), key=len, default=None)
        if key is None or intend[key] == code:
            return None
        return intend[key], f"a decision to talk ('{director.text}' officials to): {code} -> {intend[key]}"


def _past(verb: Token) -> bool:
    """True for a verb in the simple past or the perfect."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))
