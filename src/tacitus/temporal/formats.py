"""Absolute forms the word patterns miss: zoned 24-hour clock times and numeric dates.

Wire services and Wikinews give times as "16:00 UTC" (optionally followed by the day: "12:00 UTC
Monday", "16:15 UTC, June 1st") and US-style numeric dates "7/8/07". Each pattern here is a
regular-expression source with named groups; each ``normalize_*`` function turns the groups into
a TimeML value. Kept apart from rules.py so both modules stay small; rules.py compiles and
dispatches them like its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Mapping

from . import anchor
from .lexicon import TemporalLexicon
from .values import Normalized

__all__ = ["zoned_clock_pattern", "NUMERIC_DATE", "APOSTROPHE_YEAR", "normalize_zoned_clock",
           "normalize_numeric_date", "normalize_apostrophe_year", "apostrophe_year_plausible", "zoned_clock_plausible"]

# Zones that are UTC itself: TimeML writes such a time with a trailing "Z".
_UTC_ZONES = r"UTC|GMT"

# "7/8/07", "12/25/2009": month first, as US newswire writes; the year is required so that
# fractions and scores ("3/4", "6/3") are not read as dates.
NUMERIC_DATE = r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"

# "since '82", "the class of '98": a two-digit year after an apostrophe (decades "'80s" are the
# decade rule's). Needs a cue word before it, as bare quoted numbers are mostly not years.
APOSTROPHE_YEAR = r"['\u2019](?P<yy>\d{2})(?!['\u2019]?s\b)(?![\d%])"
_APOSTROPHE_CUES = frozenset("in since of by until till from to before after class summer spring fall winter".split())


def zoned_clock_pattern(weekday: str, month_d: str) -> str:
    """Return the pattern of a 24-hour time in UTC ("18:00 UTC", "0800 GMT") and its optional day.

    ``weekday`` and ``month_d`` are the rules' own weekday and month sub-patterns (with their
    named groups), so the day after the time is read the same way as anywhere else.
    """
    day = (rf"(?:{weekday}|(?P<deictic>today|yesterday|tomorrow)"
           rf"|{month_d}\s+(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<yy>\d{{4}}))?(?!\d))")
    return (rf"(?P<h>\d{{1,2}}):?(?P<min>\d{{2}})\s+(?P<zone>{_UTC_ZONES})"
            rf"(?:,?\s+(?:on\s+)?{day})?")


def normalize_zoned_clock(g: Mapping[str, str | None], ref: dt.date | None, direction: int,
                          lexicon: TemporalLexicon) -> Normalized | None:
    """Return ``YYYY-MM-DDTHH:MMZ`` for a UTC time, on the day named after it or the reference day."""
    hour, minute = int(g["h"] or 0), int(g["min"] or 0)
    if hour > 23 or minute > 59:
        return None
    if g.get("dd"):
        month = lexicon.month_number(g["month"] or "")
        if month is None:
            return None
        year = int(g["yy"]) if g.get("yy") else (anchor.nearest_year(ref, month, int(g["dd"] or 0), direction)
                                                  if ref is not None else None)
        if year is None:
            return None
        day = dt.date(year, month, int(g["dd"] or 0))
    elif ref is None:
        return None
    elif g.get("weekday"):
        day = anchor.weekday_date(ref, lexicon.weekdays[(g["weekday"] or "").lower()], direction)
    else:
        day = ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get((g.get("deictic") or "").lower(), 0))
    return Normalized(f"{day.isoformat()}T{hour:02d}:{minute:02d}Z", "time", "TIME")


def zoned_clock_plausible(text: str, start: int) -> bool:
    """False for a UTC time in parentheses: "10:35 a.m. (0735 GMT)" restates the time just given."""
    return text[max(0, start - 1):start] != "("


def normalize_numeric_date(g: Mapping[str, str | None]) -> Normalized | None:
    """Return the day of a month/day/year date; a two-digit year is 19xx from 30 up, else 20xx."""
    year = int(g["y"] or 0)
    if len(g["y"] or "") == 2:
        year += 1900 if year >= 30 else 2000
    return Normalized(dt.date(year, int(g["m"] or 0), int(g["d"] or 0)).isoformat(), "day", "DATE")


def apostrophe_year_plausible(text: str, start: int) -> bool:
    """True when a cue word ("since", "in", "of") comes right before the apostrophe year."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in _APOSTROPHE_CUES


def normalize_apostrophe_year(g: Mapping[str, str | None], ref: dt.date | None) -> Normalized:
    """Return the year of "'82": the latest year with those two digits not after the reference."""
    short = int(g["yy"] or 0)
    pivot = ref.year if ref is not None else 2029
    year = (pivot // 100) * 100 + short
    if year > pivot:
        year -= 100
    return Normalized(f"{year:04d}", "year", "DATE")
