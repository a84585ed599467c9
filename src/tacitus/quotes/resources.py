"""QuoteResources: the reporting cues, loaded once from the package's data file."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources as importlib_resources

import yaml

from ..errors import TacitusError

__all__ = ["QuoteResources", "QuoteDataError"]

_DATA_FILE = "cues.yaml"


class QuoteDataError(TacitusError):
    """The quote cue data file is missing or malformed (a broken installation)."""


@dataclass(frozen=True)
class QuoteResources:
    """Reporting cues: verb lemmas ("say", "tell") and statement nouns ("statement", "tweet")."""

    verbs: frozenset[str]
    nouns: frozenset[str]

    @classmethod
    def load(cls) -> "QuoteResources":
        """Read the cue lists from ``tacitus/quotes/data/cues.yaml``.

        Raises QuoteDataError when the file is missing or not two lists of strings.
        """
        try:
            text = importlib_resources.files("tacitus.quotes").joinpath("data", _DATA_FILE).read_text("utf-8")
        except (FileNotFoundError, OSError) as exc:
            raise QuoteDataError(
                f"cannot read tacitus/quotes/data/{_DATA_FILE} ({exc}); reinstall tacitus "
                "(pip install -e .) so that its package data is present"
            ) from exc
        return cls.from_mapping(yaml.safe_load(text), origin=_DATA_FILE)

    @classmethod
    def from_mapping(cls, data: object, origin: str = "<mapping>") -> "QuoteResources":
        """Build resources from ``{"verbs": [...], "nouns": [...]}``, checking the shape."""
        if not isinstance(data, dict):
            raise QuoteDataError(f"{origin}: expected a mapping with 'verbs' and 'nouns'; fix the file")
        lists: dict[str, frozenset[str]] = {}
        for key in ("verbs", "nouns"):
            items = data.get(key)
            if not isinstance(items, list) or not all(isinstance(item, str) and item for item in items):
                raise QuoteDataError(f"{origin}: '{key}' must be a list of non-empty strings; fix the file")
            lists[key] = frozenset(item.strip().lower() for item in items)
        return cls(verbs=lists["verbs"], nouns=lists["nouns"])

    def is_cue_verb(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a reporting verb."""
        return lemma.lower() in self.verbs

    def is_cue_noun(self, lemma: str) -> bool:
        """Whether a (lowercased) lemma is a statement noun."""
        return lemma.lower() in self.nouns
