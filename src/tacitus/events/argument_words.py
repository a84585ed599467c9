"""The word lists that tell participants, artifacts and argument prepositions apart (``data/arguments.yaml``).

Loaded once per pipeline and checked against the PLOVER sector codes; ``arguments.py`` reads
phrases with them and ``roles.py``/``targets.py`` walk argument paths with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Mapping

from spacy.tokens import Token

from ..errors import TacitusError
from .lexicon import load_yaml

__all__ = ["ArgumentWords"]

_DATA = "tacitus.events"
# PLOVER sector codes (PLOVER manual, "Sector Codes"): the data file is checked against them.
_SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)


@dataclass(frozen=True)
class ArgumentWords:
    """The word lists of ``data/arguments.yaml``: participant nouns, artifacts, argument prepositions."""

    participants: Mapping[str, str]
    generic: frozenset[str]
    modifier_sectors: Mapping[str, str]
    artifacts: frozenset[str]
    not_participants: frozenset[str]
    place_nouns: frozenset[str]
    locative_types: frozenset[str]
    locative_preps: frozenset[str]
    skipped_preps: frozenset[str]
    noun_argument_preps: frozenset[str]
    addressing_verbs: frozenset[str]
    topic_preps: frozenset[str]
    documents: frozenset[str]
    maker_preps: frozenset[str]
    evaluative_types: frozenset[str]
    doer_preps: frozenset[str]
    judged_nouns: frozenset[str]
    deictic_places: frozenset[str] = frozenset()
    member_preps: frozenset[str] = frozenset()
    undergone_nouns: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    measures: frozenset[str] = frozenset()
    travel_verbs: frozenset[str] = frozenset()
    private_sectors: frozenset[str] = frozenset()
    moving_verbs: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    visit_nouns: frozenset[str] = frozenset()
    gathering_nouns: frozenset[str] = frozenset()
    # CAMEO codes of acts done together: a plural subject with no partner is on both sides.
    mutual_codes: frozenset[str] = frozenset()
    mutual_lemmas: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> "ArgumentWords":
        """Read the table shipped with the package; a malformed file raises TacitusError."""
        path = resources.files(_DATA).joinpath("data", "arguments.yaml")
        try:
            data = load_yaml(path.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise TacitusError(f"cannot read {path}: {exc}. Reinstall tacitus (pip install -e .)") from exc
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Mapping, where: str = "arguments.yaml") -> "ArgumentWords":
        """Build the lists from the parsed YAML, checking every sector code."""
        participants: dict[str, str] = {}
        for sector, nouns in (data.get("participants") or {}).items():
            if sector not in _SECTORS:
                raise TacitusError(f"{where}: '{sector}' is not a PLOVER sector code")
            for noun in nouns or ():
                participants.setdefault(str(noun).lower(), sector)
        modifier_sectors = {str(k).lower(): str(v) for k, v in (data.get("modifier_sectors") or {}).items()}
        bad = sorted(v for v in [*modifier_sectors.values(), *(str(s).upper() for s in data.get("private_sectors") or ())]
                     if v not in _SECTORS)
        if bad:
            raise TacitusError(f"{where}: modifier_sectors or private_sectors use unknown sector codes {bad}")

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data.get(key) or ())

        return cls(participants=participants, generic=words("generic"), modifier_sectors=modifier_sectors,
                   artifacts=words("artifacts"), not_participants=words("not_participants"),
                   place_nouns=words("place_nouns"), locative_types=frozenset(str(t).upper() for t in data.get("locative_types") or ()),
                   locative_preps=words("locative_preps"), skipped_preps=words("skipped_preps"),
                   noun_argument_preps=words("noun_argument_preps"), addressing_verbs=words("addressing_verbs"),
                   topic_preps=words("topic_preps"),
                   documents=words("documents"), maker_preps=words("maker_preps"),
                   evaluative_types=frozenset(str(t).upper() for t in data.get("evaluative_types") or ()),
                   doer_preps=words("doer_preps"), judged_nouns=words("judged_nouns"),
                   deictic_places=words("deictic_places"), member_preps=words("member_preps"),
                   undergone_nouns=words("undergone_nouns"), undergoing_verbs=words("undergoing_verbs"),
                   measures=words("measures"), travel_verbs=words("travel_verbs"),
                   moving_verbs=words("moving_verbs"), force_nouns=words("force_nouns"),
                   relation_nouns=words("relation_nouns"), visit_nouns=words("visit_nouns"),
                   gathering_nouns=words("gathering_nouns"),
                   mutual_codes=frozenset(str(c) for c in data.get("mutual_codes") or ()),
                   mutual_lemmas=words("mutual_lemmas"),
                   private_sectors=frozenset(str(s).upper() for s in data.get("private_sectors") or ()))

    def sector_of(self, token: Token) -> str | None:
        """The sector a participant noun names, or None when the noun names no participant."""
        return self.participants.get(token.lemma_.lower()) or self.participants.get(token.lower_)

    def is_document(self, token: Token) -> bool:
        """True when the noun names a text ("the treaty", "a resolution"): its maker may be a side."""
        return token.lemma_.lower() in self.documents or token.lower_ in self.documents

    def possessor_undergoes(self, noun: Token) -> bool:
        """True when the noun's possessor is the one the happening befell ("Hariri's assassination"):
        an undergone noun with no "of" phrase of its own."""
        if noun.lemma_.lower() not in self.undergone_nouns and noun.lower_ not in self.undergone_nouns:
            return False
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)

    def undergoes(self, noun: Token) -> bool:
        """True when ``noun`` is the object of an undergoing verb ("Chile faced sanctions")."""
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.undergoing_verbs

    def is_artifact(self, token: Token) -> bool:
        """True when the noun names a thing ("cocktails", "missiles") or a measure, never a side."""
        return token.lemma_.lower() in self.artifacts or token.lower_ in self.artifacts or self.is_measure(token)

    def is_measure(self, token: Token) -> bool:
        """True when the noun names money or a unit ("dollars", "yuan", "tonnes"): never a side, and
        a country word in its name names a kind of money, not an owner ("US dollars")."""
        return token.lemma_.lower() in self.measures or token.lower_ in self.measures

    def in_measure_name(self, token: Token) -> bool:
        """True when ``token`` is a word of a currency's or a unit's name ("US" in "625,000 US dollars"
        or in "a 5.3 million-US dollar agreement", where the parser may hang it on the next noun)."""
        if token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN") and self.is_measure(token.head):
            return True
        doc = token.doc
        following = token.i + 1
        while following < len(doc) and (doc[following].dep_ == "compound" and doc[following].pos_ == "PROPN"):
            following += 1  # "Hong Kong dollars", "New Taiwan dollars"
        return (following < len(doc) and token.i < following and doc[following].pos_ in ("NOUN", "PROPN")
                and self.is_measure(doc[following]) and doc[following].i != token.i)
