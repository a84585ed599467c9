"""The word lists of the situating step (data/words.yaml), loaded once by the coder."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable

import yaml

from ..errors import TacitusError

__all__ = ["SituateResources", "SituateDataError"]

_DATA_FILE = "data/words.yaml"
_LISTS = ("locative_prepositions", "place_object_words", "of_place_nouns", "departure_words", "aim_verbs", "on_place_nouns", "public_place_nouns", "past_adverbs",
          "anchor_markers", "simultaneous_markers", "seated_bodies",
          "consequence_verbs", "presence_words", "stationed_titles")


class SituateDataError(TacitusError):
    """The situating word lists are missing or malformed."""


@dataclass(frozen=True)
class SituateResources:
    """What the situating step reads: its word lists, and the reporting-verb test of the quotes
    stage (one list of reporting verbs for the whole coder)."""

    locative_prepositions: frozenset[str]
    place_object_words: frozenset[str]
    of_place_nouns: frozenset[str]
    departure_words: frozenset[str]
    aim_verbs: frozenset[str]
    on_place_nouns: frozenset[str]
    public_place_nouns: frozenset[str]
    past_adverbs: frozenset[str]
    anchor_markers: frozenset[str]
    simultaneous_markers: frozenset[str]
    seated_bodies: frozenset[str]
    consequence_verbs: frozenset[str]
    presence_words: frozenset[str]
    stationed_titles: frozenset[str]
    is_reporting_verb: Callable[[str], bool]

    @classmethod
    def load(cls, is_reporting_verb: Callable[[str], bool] | None = None) -> "SituateResources":
        """Read data/words.yaml. ``is_reporting_verb`` tells whether a lemma introduces speech
        (the coder passes ``QuoteResources.is_cue_verb``); without it the quotes cue list is loaded."""
        if is_reporting_verb is None:
            from ..quotes import QuoteResources

            is_reporting_verb = QuoteResources.load().is_cue_verb
        try:
            text = resources.files("tacitus.situate").joinpath(_DATA_FILE).read_text("utf-8")
        except OSError as exc:
            raise SituateDataError(f"cannot read the situating word lists ({exc}); reinstall tacitus") from exc
        return cls.from_mapping(yaml.safe_load(text), is_reporting_verb)

    @classmethod
    def from_mapping(cls, data: Any, is_reporting_verb: Callable[[str], bool]) -> "SituateResources":
        """Build the resources from a mapping shaped like data/words.yaml."""
        if not isinstance(data, dict):
            raise SituateDataError(f"{_DATA_FILE}: expected a mapping of word lists")
        lists: dict[str, frozenset[str]] = {}
        for name in _LISTS:
            words = data.get(name)
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise SituateDataError(f"{_DATA_FILE}: '{name}' must be a list of words")
            lists[name] = frozenset(w.lower() for w in words)
        return cls(is_reporting_verb=is_reporting_verb, **lists)
