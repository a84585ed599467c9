"""QuoteResources: the reporting cues, loaded once from the package's data file.

For headline speakers described rather than named ("Kenyan president", "UN chief") the resources
also hold the actors stage's country, organization and role tables (read-only, loaded once).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources as importlib_resources

import yaml

from ..actors.countries import CountryTable
from ..actors.organizations import OrganizationTable
from ..actors.roles import RoleTable
from ..errors import TacitusError

__all__ = ["QuoteResources", "QuoteDataError", "read_cues"]

_DATA_FILE = "cues.yaml"


class QuoteDataError(TacitusError):
    """The quote cue data file is missing or malformed (a broken installation)."""


@dataclass(frozen=True)
class QuoteResources:
    """Reporting cues: verb lemmas ("say", "tell") and statement nouns ("statement", "tweet").

    ``claims`` are verbs of finding and belief ("show", "find", "believe"): they report only the
    clause they take as complement, and never make a speaker of a direct quotation.
    ``intents`` ("vow", "want", "urge") report their "to" complement ("vowed to appeal").
    ``topics`` ("cite", "question") report their object, ``namings`` ("call") object and predicate.
    ``phrasal`` ("call for", "talk about") report the object of their preposition.
    ``claim_nouns`` ("claim", "report") carry a reported "that" clause ("her claim that ...").
    ``quoting`` ("quote", "cite") are verbs whose object, or passive subject, is the speaker of
    their "as saying" complement ("he was quoted as saying", "the agency quoted him as saying").
    ``cue_phrases`` ("put it") are a verb and its object that together report speech ("as the
    senator put it, ..."), though the verb alone does not.
    ``heads`` are headline words for the head of a country or organization ("chief", "boss");
    ``countries``, ``organizations`` and ``roles`` (None when built from a bare mapping) let a
    headline description ("Kenyan president") name an actor.
    """

    verbs: frozenset[str]
    nouns: frozenset[str]
    heads: frozenset[str] = frozenset()
    countries: CountryTable | None = field(default=None, compare=False, repr=False)
    organizations: OrganizationTable | None = field(default=None, compare=False, repr=False)
    roles: RoleTable | None = field(default=None, compare=False, repr=False)
    claims: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    intents: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    namings: frozenset[str] = frozenset()
    phrasal: frozenset[str] = frozenset()
    anonymity: frozenset[str] = frozenset()
    sourcing: frozenset[str] = frozenset()
    quoting: frozenset[str] = frozenset()
    cue_phrases: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> "QuoteResources":
        """Read the cue lists from ``tacitus/quotes/data/cues.yaml``.

        Raises QuoteDataError when the file is missing or not two lists of strings.
        """
        cues = read_cues()
        return cls(cues.verbs, cues.nouns, cues.heads, CountryTable.load(), OrganizationTable.load(), RoleTable.load(),
                   claims=cues.claims, claim_nouns=cues.claim_nouns,
                   intents=cues.intents, topics=cues.topics, namings=cues.namings,
                   phrasal=cues.phrasal, anonymity=cues.anonymity, sourcing=cues.sourcing, quoting=cues.quoting,
                   cue_phrases=cues.cue_phrases)

    @classmethod
    def from_mapping(cls, data: object, origin: str = "<mapping>") -> "QuoteResources":
        """Build resources from ``{"verbs": [...], "nouns": [...], "heads": [...], "claims": [...],
        "claim_nouns": [...], "intents": [...], "topics": [...],
        "namings": [...], "phrasal": ["call for", ...]}`` (all but verbs and nouns optional), checking the shape. The description tables stay None."""
        if not isinstance(data, dict):
            raise QuoteDataError(f"{origin}: expected a mapping with 'verbs' and 'nouns'; fix the file")
        lists: dict[str, frozenset[str]] = {}
        for key in ("verbs", "nouns", "heads", "claims", "claim_nouns", "intents", "topics", "namings", "phrasal",
                    "anonymity", "sourcing", "quoting", "cue_phrases"):
            items = data.get(key, None if key in ("verbs", "nouns") else [])
            if not isinstance(items, list) or not all(isinstance(item, str) and item for item in items):
                raise QuoteDataError(f"{origin}: '{key}' must be a list of non-empty strings; fix the file")
            lists[key] = frozenset(item.strip().lower() for item in items)
        return cls(verbs=lists["verbs"], nouns=lists["nouns"], heads=lists["heads"], claims=lists["claims"],
                   claim_nouns=lists["claim_nouns"], intents=lists["intents"],
                   topics=lists["topics"], namings=lists["namings"],
                   phrasal=lists["phrasal"], anonymity=lists["anonymity"], sourcing=lists["sourcing"],
                   quoting=lists["quoting"], cue_phrases=lists["cue_phrases"])

    def is_cue_verb(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a reporting verb."""
        return lemma.lower() in self.verbs

    def is_claim_verb(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a verb of finding or belief that reports its clause."""
        return lemma.lower() in self.claims

    def is_intent_verb(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a verb whose "to" complement is a reported intention."""
        return lemma.lower() in self.intents

    def is_topic_verb(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a verb of speech whose object is what was said."""
        return lemma.lower() in self.topics

    def is_naming_verb(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a verb that labels its object ("call")."""
        return lemma.lower() in self.namings

    def is_phrasal_cue(self, lemma: str, preposition: str) -> bool:
        """Whether a verb lemma with this preposition reports its object ("call for")."""
        return f"{lemma.lower()} {preposition.lower()}" in self.phrasal

    def is_claim_noun(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a noun that carries a reported "that" clause."""
        return lemma.lower() in self.claim_nouns

    def is_cue_phrase(self, lemma: str, objects: list[str]) -> bool:
        """Whether a verb lemma with one of these (lowercased) objects reports speech ("put it")."""
        return any(f"{lemma.lower()} {word}" in self.cue_phrases for word in objects)

    def is_quoting_verb(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a verb that quotes someone "as saying" ("quote")."""
        return lemma.lower() in self.quoting

    def is_cue_noun(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a statement noun."""
        return lemma.lower() in self.nouns


def read_cues() -> QuoteResources:
    """The cue lists of ``tacitus/quotes/data/cues.yaml`` without the description tables (the one
    reader of that file: the actors stage's coreference map reads its reporting verbs too).

    Raises QuoteDataError when the file is missing or malformed.
    """
    try:
        text = importlib_resources.files("tacitus.quotes").joinpath("data", _DATA_FILE).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise QuoteDataError(
            f"cannot read tacitus/quotes/data/{_DATA_FILE} ({exc}); reinstall tacitus "
            "(pip install -e .) so that its package data is present"
        ) from exc
    return QuoteResources.from_mapping(yaml.safe_load(text), origin=_DATA_FILE)
