"""Publication dates to ISO "YYYY-MM-DD": common machine forms fast, anything else via dateparser.

A publication date is metadata, so an unparseable value becomes None and never stops a run.
Only complete dates (day, month and year) are accepted: "Oct 7" or "Tuesday" alone would be
guessed relative to today, which is wrong for archives.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

__all__ = ["normalize_date"]

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s_]?\d{0,6}\s*$)")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\b")
# Longest text we hand to dateparser: longer values are not dates.
_MAX_LENGTH = 64


def _valid(year: int, month: int, day: int) -> str | None:
    """Return the ISO date when it exists (and the year is plausible for news), else None."""
    if not 1800 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_date(value: Any) -> str | None:
    """Return ``value`` as an ISO date "YYYY-MM-DD", or None when it is not a complete date.

    Accepts date and datetime objects, Unix timestamps (seconds), "2018-10-07", "20080804",
    "2018-10-07T08:00Z", "2018/10/07", "Oct 7, 2018", "7 October 2018", "Sunday, 7 Oct 2018" and
    other forms dateparser reads in English.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        # inf and nan have no int(); a 5,000-digit int has no str(): neither is a date.
        if isinstance(value, float) and not math.isfinite(value) or abs(value) >= 10**12:
            return None
        if 1e8 < value < 1e10:  # seconds since 1970, between 1973 and 2286
            return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc).date().isoformat()
        value = str(int(value))
    text = str(value).strip()
    if not text or len(text) > _MAX_LENGTH:
        return None
    for pattern in (_ISO, _COMPACT, _SLASHED):
        match = pattern.match(text)
        if match:
            return _valid(int(match[1]), int(match[2]), int(match[3]))
    if not re.search(r"\d{4}", text):
        return None  # no year: refuse rather than guess one
    return _parse_with_dateparser(text)


def _parse_with_dateparser(text: str) -> str | None:
    """Parse free-form English dates; None on failure (dateparser is imported only when needed)."""
    import dateparser

    # Archives write "April 1 , 1997": a space before the comma confuses the parser.
    text = re.sub(r"\s+,", ",", text)
    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"},
        )
    except Exception:  # dateparser raises assorted errors on odd input; a bad date is just absent
        return None
    if parsed is None:
        return None
    return _valid(parsed.year, parsed.month, parsed.day)
