"""TimeML values built from calendar arithmetic: shifted references, parts of the day, anaphors.

Split from rules.py so that the pattern table and the value arithmetic each stay small; these are
pure functions of dates and strings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Mapping

from . import anchor
from .lexicon import TemporalLexicon

__all__ = ["Normalized", "anaphor", "with_part_of_day", "year_before", "shifted"]


@dataclass(frozen=True)
class Normalized:
    """A TimeML value with its granularity and TIMEX3 type (DATE, TIME, DURATION, SET)."""

    value: str
    granularity: str | None
    type: str



def anaphor(g: Mapping[str, str | None], previous: str | None, last_quarter: str | None) -> Normalized | None:
    """Resolve "that year", "that same day", "the following month", "the next morning" against the
    calendar value mentioned last ("1998-10-23", "1998-10", "1998"); None when it is too coarse."""
    unit = (g.get("unit") or g.get("sunit") or "").lower()
    if unit == "quarter":
        return Normalized(last_quarter, "quarter", "DATE") if last_quarter else None
    if previous is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", previous):
        return None
    step = {"following": 1, "next": 1, "previous": -1}.get((g.get("step") or "").lower(), 0)
    if unit == "year":
        return Normalized(f"{int(previous[:4]) + step:04d}", "year", "DATE")
    if unit == "month" and len(previous) >= 7:
        first = anchor.shift_months(dt.date.fromisoformat(previous[:7] + "-01"), step)
        return Normalized(f"{first.year:04d}-{first.month:02d}", "month", "DATE")
    if unit in ("day", "morning") and len(previous) == 10:
        return Normalized(anchor.shift_days(dt.date.fromisoformat(previous), step).isoformat(), "day", "DATE")
    return None


def with_part_of_day(day: dt.date, part: str | None, lexicon: TemporalLexicon) -> Normalized:
    """Return a day value, or a TIME value with the TimeML part-of-day code when one is given."""
    if part:
        return Normalized(f"{day.isoformat()}T{lexicon.parts_of_day[part.lower()]}", "time", "TIME")
    return Normalized(day.isoformat(), "day", "DATE")


def year_before(quarter: str) -> Normalized:
    """Return the same quarter one year earlier ("1989-Q3" -> "1988-Q3")."""
    return Normalized(f"{int(quarter[:4]) - 1:04d}{quarter[4:]}", "quarter", "DATE")


def shifted(ref: dt.date, n: int, unit: str) -> Normalized | None:
    """Return the reference moved by ``n`` units, at that unit's granularity."""
    if unit == "day":
        return Normalized(anchor.shift_days(ref, n).isoformat(), "day", "DATE")
    if unit == "week":
        return Normalized(anchor.iso_week(anchor.shift_days(ref, 7 * n)), "week", "DATE")
    if unit == "month":
        first = anchor.shift_months(ref, n)
        return Normalized(f"{first.year:04d}-{first.month:02d}", "month", "DATE")
    if unit == "quarter":
        first = anchor.shift_months(ref, 3 * n)
        return Normalized(f"{first.year:04d}-Q{anchor.quarter_of(first)}", "quarter", "DATE")
    if unit == "year":
        return Normalized(f"{ref.year + n:04d}", "year", "DATE")
    if unit == "decade":
        return Normalized(f"{ref.year + 10 * n:04d}", "year", "DATE")
    return None
