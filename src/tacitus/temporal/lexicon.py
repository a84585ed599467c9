"""The temporal lexicon: month, weekday, season, number and unit words read from data/lexicon.yaml.

The lexicon is loaded once (``TemporalLexicon.load()``) and held by the caller; the rules module
builds its regular expressions from it so that adding a word never means editing code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Mapping

import yaml

from ..errors import TacitusError

__all__ = ["TemporalLexicon", "Unit", "alternation"]

_SECTIONS = (
    "months", "weekdays", "seasons", "parts_of_day", "numbers", "ordinals", "units", "references", "sets",
    "holidays",
)


@dataclass(frozen=True)
class Unit:
    """A calendar or clock unit: its TimeML duration letter and whether it needs the ``T`` marker."""

    name: str
    code: str
    time: bool
    granularity: str


@dataclass(frozen=True)
class TemporalLexicon:
    """Word tables for temporal expressions (all keys lower case)."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    numbers: Mapping[str, str]
    ordinals: Mapping[str, int]
    units: Mapping[str, Unit]
    references: Mapping[str, str]
    sets: Mapping[str, str]
    holidays: Mapping[str, Mapping[str, int]]

    @classmethod
    def load(cls) -> "TemporalLexicon":
        """Read the packaged lexicon.yaml; raise TacitusError when it is missing or malformed."""
        try:
            raw = resources.files("tacitus.temporal").joinpath("data/lexicon.yaml").read_text("utf-8")
            data: dict[str, Any] = yaml.safe_load(raw)
        except (OSError, yaml.YAMLError) as exc:
            raise TacitusError(f"cannot read the temporal lexicon ({exc}); reinstall tacitus") from exc
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> "TemporalLexicon":
        """Build the lexicon from the parsed YAML mapping, checking that every section is present."""
        missing = [name for name in _SECTIONS if not isinstance(data.get(name), dict)]
        if missing:
            raise TacitusError(f"temporal lexicon lacks sections {missing}; reinstall tacitus")
        units = {
            str(name).lower(): Unit(str(name).lower(), str(spec["code"]), bool(spec["time"]), str(spec["granularity"]))
            for name, spec in data["units"].items()
        }
        return cls(
            months={str(k).lower(): int(v) for k, v in data["months"].items()},
            weekdays={str(k).lower(): int(v) for k, v in data["weekdays"].items()},
            seasons={str(k).lower(): str(v) for k, v in data["seasons"].items()},
            parts_of_day={str(k).lower(): str(v) for k, v in data["parts_of_day"].items()},
            numbers={str(k).lower(): str(v) for k, v in data["numbers"].items()},
            ordinals={str(k).lower(): int(v) for k, v in data["ordinals"].items()},
            units=units,
            references={str(k).lower(): str(v) for k, v in data["references"].items()},
            sets={str(k).lower(): str(v) for k, v in data["sets"].items()},
            holidays={str(k).lower(): {str(f): int(n) for f, n in v.items()} for k, v in data["holidays"].items()},
        )

    def month_number(self, word: str) -> int | None:
        """Return the month number of a month name or abbreviation ("Sept." -> 9), else None."""
        return self.months.get(word.lower().rstrip("."))

    def spelled_year_pattern(self) -> str:
        """Return a regex for years spoken in words, as broadcast transcripts write them:
        "nineteen ninety-six", "nineteen oh five", "eighteen hundred", "two thousand (and) three"."""
        units = alternation(w for w, n in self.numbers.items() if n.isdigit() and 1 <= int(n) <= 9 and " " not in w
                            and w not in ("a", "an"))
        teens = alternation(w for w, n in self.numbers.items() if n.isdigit() and 10 <= int(n) <= 19)
        tens = alternation(w for w, n in self.numbers.items() if n.isdigit() and int(n) in range(20, 100, 10))
        rest = rf"(?:(?:{tens})(?:[\s-](?:{units}))?|{teens}|oh[\s-](?:{units})|hundred)"
        return rf"(?:(?:eighteen|nineteen)[\s-]{rest}|two\s+thousand(?:\s+(?:and\s+)?(?:{units}|{teens}))?)"

    def year_number(self, text: str) -> int:
        """Return the year of four digits or of a spelled year ("nineteen ninety-six" -> 1996);
        raise ValueError when the words are not a year."""
        text = text.strip().lower()
        if text.isdigit():
            return int(text)
        words = [w for w in re.split(r"[\s-]+", text) if w not in ("and", "oh")]
        if words[:2] == ["two", "thousand"]:
            return 2000 + sum(int(self.numbers[w]) for w in words[2:])
        century = int(self.numbers[words[0]])
        if words[1:] == ["hundred"]:
            return century * 100
        rest = sum(int(self.numbers[w]) for w in words[1:])
        if not 10 <= century <= 19 or rest > 99:
            raise ValueError(f"not a spelled year: {text!r}")
        return century * 100 + rest

    def number(self, word: str) -> str | None:
        """Return a count as a string ("two" -> "2", "12" -> "12", "several" -> "X"), else None."""
        word = word.lower().strip()
        if word.isdigit():
            return str(int(word))
        return self.numbers.get(word)


def alternation(words: object) -> str:
    """Return a regex alternation of the words, longest first so that "sept" wins over "sep"."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
