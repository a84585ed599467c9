"""Calendar arithmetic anchored on a reference date, with a direction from tense.

``direction`` is -1 (the clause is in the past: look backwards from the reference), +1 (future:
look forwards) or 0 (unknown). A weekday or month equal to the reference's own counts as the
reference itself in both directions: "on Sunday" in a Sunday article is that Sunday.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Mapping

__all__ = [
    "weekday_date", "month_year", "quarter_of", "shift_months", "iso_week", "weekend_week", "valid_value",
    "shift_days", "nearest_year", "nearest_occurrence", "easter", "holiday_date",
]


def weekday_date(reference: dt.date, weekday: int, direction: int) -> dt.date:
    """Return the date of ``weekday`` (0 = Monday) nearest the reference in the given direction.

    Unknown direction (0) counts as past: news mostly reports what already happened, and this is
    what trips dateparser, which resolves a same-day weekday to the week before. The one exception
    is the day after the reference: a story filed the evening before publication names the next
    day's plans by weekday ("talks resume Monday" in a Sunday paper), and six days back is rarer.
    """
    delta = weekday - reference.weekday()
    if direction > 0 or (direction == 0 and delta % 7 == 1):
        return reference + dt.timedelta(days=delta % 7)
    return reference - dt.timedelta(days=(-delta) % 7)


def month_year(reference: dt.date, month: int, direction: int) -> int:
    """Return the year of a bare month name: this year, or the one before/after by tense."""
    if direction < 0 and month > reference.month:
        return reference.year - 1
    if direction > 0 and month < reference.month:
        return reference.year + 1
    return reference.year


# A month and day this close to the reference in the direction opposite the tense is still meant:
# "the vote was set for Nov. 6" in a story of Nov. 2 is four days ahead, not last year's.
_NEAR_DAYS = 45


def nearest_year(reference: dt.date, month: int, day: int, direction: int) -> int:
    """Return the year of a month (and day) without a year, relative to the reference.

    The clause's tense decides ("In January, a bombing killed ..." in an October story is this
    year's January; "will be named in December" in March is this December), unless the other
    reading lies within a few weeks while the tense's lies months away: "the vote was set for
    Nov. 6" in a story of Nov. 2 is four days ahead. Without a tense the nearer reading wins.
    """
    return nearest_occurrence(
        reference, lambda year: dt.date(year, month, min(day, 28) if month == 2 and day > 28 else day), direction
    ).year


def nearest_occurrence(reference: dt.date, date_in: Callable[[int], dt.date], direction: int) -> dt.date:
    """Return the occurrence of a yearly date (``date_in(year)``) the reference most likely means,
    by the rule of :func:`nearest_year`."""
    candidates: list[tuple[dt.date, int]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            day = date_in(year)
        except (ValueError, OverflowError):
            continue
        candidates.append((day, (day - reference).days))
    before = max((c for c in candidates if c[1] <= 0), key=lambda c: c[1], default=None)
    after = min((c for c in candidates if c[1] >= 0), key=lambda c: c[1], default=None)
    if before is None or after is None:
        found = before or after
        if found is None:
            raise ValueError("no occurrence near the reference")
        return found[0]
    if before[1] == 0:
        return before[0]
    if direction != 0:
        chosen, other = (before, after) if direction < 0 else (after, before)
        return other[0] if abs(other[1]) <= _NEAR_DAYS < abs(chosen[1]) else chosen[0]
    return before[0] if abs(before[1]) <= after[1] else after[0]


def easter(year: int) -> dt.date:
    """Return Western Easter Sunday of a year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(year: int, spec: Mapping[str, int]) -> dt.date:
    """Return a holiday's date in a year from its lexicon entry: a fixed ``month``/``day``, the
    first ``weekday`` on or after ``month``/``day`` (Thanksgiving: the Thursday from Nov. 22), or
    ``easter`` days from Easter Sunday (Good Friday: -2)."""
    if "easter" in spec:
        return easter(year) + dt.timedelta(days=spec["easter"])
    day = dt.date(year, spec["month"], spec["day"])
    if "weekday" in spec:
        day += dt.timedelta(days=(spec["weekday"] - day.weekday()) % 7)
    return day


def quarter_of(day: dt.date) -> int:
    """Return the calendar quarter (1-4) of a date."""
    return (day.month - 1) // 3 + 1


def shift_months(day: dt.date, months: int) -> dt.date:
    """Return the first day of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def shift_days(day: dt.date, days: int) -> dt.date:
    """Return ``day`` moved by ``days``, clamped to the representable range."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return day


def iso_week(day: dt.date) -> str:
    """Return the TimeML/ISO week value of a date, e.g. "2018-W40"."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_week(reference: dt.date, direction: int) -> str:
    """Return the ISO week whose weekend is meant: the past one (the week before, unless the
    reference is itself a Saturday or Sunday and the direction is unknown), or the coming one."""
    weekend = reference.weekday() >= 5
    if direction > 0:
        return iso_week(reference + dt.timedelta(days=7) if weekend else reference)
    if direction < 0 or not weekend:
        return iso_week(reference - dt.timedelta(days=7))
    return iso_week(reference)


def valid_value(value: str) -> bool:
    """Return True when ``value`` is a well-formed TimeML value this package can produce."""
    return bool(_VALUE.fullmatch(value))


_VALUE_PATTERN = (
    r"(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{2}XX|\d{3}X"
    r"|\d{4}(-((0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T(([01]\d|2[0-3])(:[0-5]\d)?Z?|MO|AF|EV|NI|MI))?)?"
    r"|Q[1-4]|H[12]|W(0[1-9]|[1-4]\d|5[0-3])(-WE)?|SP|SU|FA|WI))?"
    r"|P(\d+|X)(Y|M|W|D|Q|DE|CE)|PT(\d+|X)(H|M|S))"
)

_VALUE = re.compile(_VALUE_PATTERN)
