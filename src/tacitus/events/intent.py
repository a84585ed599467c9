"""Statements of intention, coded the CAMEO way: "will visit" is 036, "would halt talks" is 134.

CAMEO gives intentions their own codes: a cooperative act announced for the future is an
"express intent" code (03, PLOVER AGREE), a conflictual one is a threat (13, THREATEN), and a
cooperative act announced as not going to happen ("will not accept", "would not meet") is a
refusal (12, REJECT). The modality stays what ``modality.decide_modality`` decided at the trigger
(``intended``, ``hypothetical``, ``negated``); this module only picks the code, from the cue words
on the trigger's own predicate chain, so a reporting verb ("said it will ...") plays no part.
The tables are data (``data/intent.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Mapping

from spacy.tokens import Token

from .lexicon import LexiconError, load_yaml
from .modality import Modality, governing_chain
from .ontology import Ontology

__all__ = ["IntentCodes"]

_DATA = "tacitus.events.data"


@dataclass(frozen=True)
class IntentCodes:
    """The intention cues and the code tables of data/intent.yaml."""

    aux: frozenset[str]
    governor: frozenset[str]
    threat_governor: frozenset[str]
    attitude_heads: frozenset[str]
    refuse_governor: frozenset[str]
    intend: Mapping[str, str]
    threaten: Mapping[str, str]
    refuse: Mapping[str, str]

    @classmethod
    def load(cls, ontology: Ontology) -> "IntentCodes":
        """Read data/intent.yaml and check every target code against the ontology."""
        data = load_yaml(resources.files(_DATA).joinpath("intent.yaml").read_text(encoding="utf-8")) or {}
        try:
            tables = {key: {str(k): str(v) for k, v in data[key].items()} for key in ("intend", "threaten", "refuse")}
            codes = cls(aux=frozenset(str(w).lower() for w in data["aux"]),
                        governor=frozenset(str(w).lower() for w in data["governor"]),
                        threat_governor=frozenset(str(w).lower() for w in data["threat_governor"]),
                        attitude_heads=frozenset(str(w).lower() for w in data["attitude_heads"]),
                        refuse_governor=frozenset(str(w).lower() for w in data["refuse_governor"]), **tables)
        except (KeyError, AttributeError) as exc:
            raise LexiconError(f"intent.yaml lacks or garbles the key {exc}; restore the file from the package") from exc
        for table in tables.values():
            for code in table.values():
                if ontology.cameo(code) is None:
                    raise LexiconError(f"intent.yaml maps to CAMEO code {code!r}, which is not in cameo.tsv; fix the file")
        return codes

    def cue(self, anchor: Token, negated: bool = False, threat: bool = False) -> str | None:
        """The intention cue on the anchor's predicate chain ("will", "prepared"), or None.

        For a negated act, a refusing governor ("failed to reach") is a cue as well; for a
        conflictual act (``threat``) only the doer's own statement is ("will", "vowed to").
        """
        chain = governing_chain(anchor)
        for token in chain:
            for child in token.children:
                if child.dep_ == "aux" and child.lower_ in self.aux:
                    return child.text
        governors = self.governor | self.refuse_governor if negated else self.governor
        if threat:
            governors = self.threat_governor
        for token in chain[1:]:
            # The lemma, or the word as written ("prepared": a readiness, where "preparing" is a plan).
            if token.lemma_.lower() in governors or token.lower_ in governors:
                return token.text
        return None

    def _expected_by_others(self, anchor: Token) -> bool:
        """True when the act sits in the complement of a fear, suspicion or report ("amid fears that
        extremists may strike"): an expectation of others, not the doer's threat."""
        top = _attitude_top(anchor)
        return top.dep_ in ("ccomp", "acl") and top.head.lemma_.lower() in self.attitude_heads

    def recode(self, code: str, modality: Modality, anchor: Token, has_source: bool = True) -> tuple[str, str] | None:
        """Return (new code, reason) when the act is a statement of intention, else None.

        ``has_source`` is False for an act whose doer the text does not name: it threatens nobody.
        """
        if modality.value not in ("intended", "hypothetical", "negated"):
            return None
        threat = modality.value != "negated" and _longest(self.threaten, code) is not None
        if threat and (not has_source or self._expected_by_others(anchor)):
            return None
        cue = self.cue(anchor, negated=modality.value == "negated", threat=threat)
        if cue is None:
            return None
        if modality.value == "negated":
            table, kind = self.refuse, "refusal"
        elif threat:
            table, kind = self.threaten, "threat"
        else:
            table, kind = self.intend, "intent"
        new = _longest(table, code)
        if new is None or new == code:
            return None
        return new, f"stated {kind} ('{cue}'): {code} -> {new}"


def _attitude_top(anchor: Token) -> Token:
    """The top of the anchor's predicate chain."""
    return governing_chain(anchor)[-1]


def _longest(table: Mapping[str, str], code: str) -> str | None:
    """The value of the longest key of ``table`` that prefixes ``code``."""
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None
