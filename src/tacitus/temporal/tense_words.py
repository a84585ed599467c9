"""Tense words of the clause-direction reader, from data/tense.yaml: future modals and the
adjectives and participles of a timetable ("due", "scheduled", "set to")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import TacitusError

__all__ = ["TenseWords", "tense_words"]


@dataclass(frozen=True)
class TenseWords:
    """Lower-case word sets that give a clause its direction in time."""

    future_modals: frozenset[str]
    scheduling: frozenset[str]


@lru_cache(maxsize=1)
def tense_words() -> TenseWords:
    """Read the packaged tense.yaml once; raise TacitusError when it is missing or malformed."""
    try:
        raw = resources.files("tacitus.temporal").joinpath("data/tense.yaml").read_text("utf-8")
        data = yaml.safe_load(raw)
        return TenseWords(
            future_modals=frozenset(str(w).lower() for w in data["future_modals"]),
            scheduling=frozenset(str(w).lower() for w in data["scheduling"]),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise TacitusError(f"cannot read the temporal tense words ({exc}); reinstall tacitus") from exc
