"""Parts of the year named without a year: "over the summer", "in the spring", "by year-end".

News leaves the year out when it is the current one (or, by the clause's tense, the one just
before or after). Each pattern is a regular-expression source with named groups that rules.py
compiles and dispatches like its own; the ``normalize_*`` functions return TimeML values.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Mapping

from . import anchor
from .lexicon import TemporalLexicon
from .values import Normalized

__all__ = ["bare_season_pattern", "YEAR_PART", "plausible", "bare_season_plausible", "year_part_plausible",
           "normalize_bare_season", "normalize_year_part"]

# A season is a time only after a preposition that takes a time ("over the summer", "in spring");
# "spring" is also a verb and "the fall" also a drop ("the fall in prices", "the fall of Rome").
_SEASON_CUES = frozenset("in over into during since until till through throughout by for before after of".split())
_YEAR_END_CUES = frozenset("by at around since before after until till through toward towards near to from".split())
# The middle month of each season, to place it before or after the reference month.
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}

# "by the end of the year", "by year-end", "at year's end", "since the start of the year".
YEAR_PART = (r"(?:the\s+(?P<part>end|beginning|start|middle)\s+of\s+the\s+year"
             r"|(?:the\s+)?year(?:'s)?[\s-]+end(?!\w)|year-end)")


def bare_season_pattern(season: str) -> str:
    """Return the pattern of a season without a year; ``season`` is the rules' season group."""
    return rf"(?:the\s+)?(?:(?P<mod>early|late)\s+)?{season}"


def plausible(rule: str, text: str, start: int, end: int) -> bool:
    """Dispatch the context check of this module's rules ("bare_season", "year_part")."""
    return bare_season_plausible(text, start, end) if rule == "bare_season" else year_part_plausible(text, start)


def year_part_plausible(text: str, start: int) -> bool:
    """ "the end of the year" stands alone; "year-end" is a time only after a preposition ("by
    year-end"), as before a noun it is a modifier of any year ("year-end bonuses in 1988")."""
    if text[start:start + 4].lower() == "the ":
        return True
    before = text[max(0, start - 14):start].split()
    return bool(before) and before[-1].lower() in _YEAR_END_CUES


def bare_season_plausible(text: str, start: int, end: int) -> bool:
    """True after a cue preposition and not before "of"/"in" ("the fall of Rome", "fall in sales")."""
    before = text[max(0, start - 14):start].split()
    if not before or before[-1].lower() not in _SEASON_CUES:
        return False
    return not re.match(r"\s+(?:of|in|and|to)\b", text[end:end + 6], re.I)


def normalize_bare_season(g: Mapping[str, str | None], ref: dt.date | None, direction: int,
                          lexicon: TemporalLexicon) -> Normalized | None:
    """Return ``YYYY-SS``: the reference year's season, or by tense the one before or after."""
    if ref is None:
        return None
    code = lexicon.seasons[(g["season"] or "").lower()]
    month = _SEASON_MONTH[code]
    if code == "WI":
        # Winter straddles the new year: in a past clause written before spring it is this one.
        return Normalized(f"{ref.year:04d}-WI", "season", "DATE")
    return Normalized(f"{anchor.month_year(ref, month, direction):04d}-{code}", "season", "DATE")


def normalize_year_part(g: Mapping[str, str | None], ref: dt.date | None) -> Normalized | None:
    """Return the reference year for its end, start or middle (TimeML marks the part as a mod)."""
    if ref is None:
        return None
    return Normalized(f"{ref.year:04d}", "year", "DATE")
