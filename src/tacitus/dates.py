"""Date values as spans of days: the one reading of an ISO/TimeML date value and of a date option.

An event's ``date`` is as precise as its text: "2018-10-07", "2018-06", "2018-W13", "2018-Q2",
"2018-SU", "2018", "199X". Everything that compares, exports or plots dates needs the span of
days such a value names, so this module owns that reading, in Python (:func:`period`) and in SQL
over a column (:func:`start_sql`, :func:`end_sql`, :func:`precision_sql`: the same rules,
checked against each other by the tests). It also owns the dates a user types
(:func:`parse_date_option`): ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` only, for the CLI and
the HTTP API alike.

Spans (first day .. last day, precision):
- ``YYYY-MM-DD`` (a time after it is ignored): that day, ``day``.
- ``YYYY-Www``: the ISO week Monday..Sunday, ``week``; ``YYYY-Www-WE``: its Saturday..Sunday.
- ``YYYY-MM``: the month, ``month``. ``YYYY-Qn``: the quarter, ``quarter``.
- ``YYYY-SP|SU|FA|WI``: March-May, June-August, September-November, and December of the year
  before to February (TimeML's winter of a year is centred on its January), ``season``.
- ``YYYY-H1|H2``: January-June, July-December, ``half``.
- ``YYYY``: the year; ``YYYX``: the decade; ``YYXX``: the century.
- anything else (PRESENT_REF, durations, empty): no span.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .errors import UsageError

__all__ = ["Period", "period", "start_sql", "end_sql", "precision_sql", "parse_date_option", "DateOptionError",
           "PRECISIONS", "HISTORICAL_DAYS", "is_historical", "historical_sql"]

# From the most to the least precise: what a "precision" column holds.
PRECISIONS = ("day", "week", "month", "quarter", "season", "half", "year", "decade", "century")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|T)")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")

# Season -> (first month, year offset of the first month); every season spans three months.
_SEASONS = {"SP": (3, 0), "SU": (6, 0), "FA": (9, 0), "WI": (12, -1)}


class Period(tuple):
    """(start, end, precision): the first and last day a date value names, and how precise it is."""

    __slots__ = ()

    def __new__(cls, start: dt.date, end: dt.date, precision: str) -> "Period":
        return super().__new__(cls, (start, end, precision))

    @property
    def start(self) -> dt.date:
        """First day of the span."""
        return self[0]

    @property
    def end(self) -> dt.date:
        """Last day of the span (inclusive)."""
        return self[1]

    @property
    def precision(self) -> str:
        """One of PRECISIONS."""
        return self[2]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, count: int, precision: str) -> Period:
    """The span of ``count`` months from ``first`` (which may run into the next year)."""
    last_index = year * 12 + first - 1 + count - 1
    return Period(dt.date(year, first, 1), _month_end(last_index // 12, last_index % 12 + 1), precision)


def period(value: str | None) -> Period | None:
    """The span of days an ISO/TimeML date value names (see the module notes), or None."""
    if not value:
        return None
    try:
        return _period(value.strip())
    except ValueError:  # 2018-02-30, week 53 of a 52-week year, year 0
        return None


def _period(value: str) -> Period | None:
    match = _DAY.match(value)
    if match:
        day = dt.date(*(int(part) for part in match.groups()))
        return Period(day, day, "day")
    match = _WEEK.match(value)
    if match:
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return Period(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week")
        return Period(monday, monday + dt.timedelta(days=6), "week")
    match = _MONTH.match(value)
    if match:
        return _months(int(match[1]), int(match[2]), 1, "month")
    match = _QUARTER.match(value)
    if match:
        return _months(int(match[1]), int(match[2]) * 3 - 2, 3, "quarter")
    match = _SEASON.match(value)
    if match:
        first, offset = _SEASONS[match[2]]
        return _months(int(match[1]) + offset, first, 3, "season")
    match = _HALF.match(value)
    if match:
        return _months(int(match[1]), 1 if match[2] == "1" else 7, 6, "half")
    match = _YEAR.match(value)
    if match:
        return Period(dt.date(int(value), 1, 1), dt.date(int(value), 12, 31), "year")
    match = _DECADE.match(value)
    if match:
        first = int(match[1]) * 10
        return Period(dt.date(max(first, 1), 1, 1), dt.date(first + 9, 12, 31), "decade")
    match = _CENTURY.match(value)
    if match:
        first = int(match[1]) * 100
        return Period(dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "century")
    return None


# ---- the same rules in SQL (DuckDB), for filters and exports that never leave the database ----

def _int(column: str, start: int, length: int) -> str:
    return f"CAST(substr({column}, {start}, {length}) AS INTEGER)"


def _week_monday(column: str) -> str:
    """Monday of ISO week ``ww`` of year ``yyyy``: the Monday of the week holding 4 January, plus weeks."""
    year, week = _int(column, 1, 4), _int(column, 7, 2)
    jan4 = f"make_date({year}, 1, 4)"
    monday = f"({jan4} - CAST(isodow({jan4}) - 1 AS INTEGER) + CAST(({week} - 1) * 7 AS INTEGER))"
    # Week 0 and week 53 of a 52-week year name no span (period() gives None): 28 December is
    # always in the year's last ISO week.
    return f"(CASE WHEN {week} BETWEEN 1 AND week(make_date({year}, 12, 28)) THEN {monday} ELSE NULL END)"


def _shapes(column: str) -> list[tuple[str, str, str, str]]:
    """(regex, start expression, end expression, precision) for each value shape, in match order."""
    y = _int(column, 1, 4)
    m = _int(column, 6, 2)
    monday = _week_monday(column)
    season_first = (f"CASE substr({column}, 6, 2) WHEN 'SP' THEN make_date({y}, 3, 1) WHEN 'SU' THEN make_date({y}, 6, 1) "
                    f"WHEN 'FA' THEN make_date({y}, 9, 1) ELSE make_date({y} - 1, 12, 1) END")
    quarter_first = f"make_date({y}, {_int(column, 7, 1)} * 3 - 2, 1)"
    half_first = f"make_date({y}, CASE substr({column}, 7, 1) WHEN '1' THEN 1 ELSE 7 END, 1)"
    return [
        (r"^\d{4}-\d{2}-\d{2}(T.*)?$", f"make_date({y}, {m}, {_int(column, 9, 2)})",
         f"make_date({y}, {m}, {_int(column, 9, 2)})", "day"),
        (r"^\d{4}-W\d{2}-WE$", f"CAST({monday} + 5 AS DATE)", f"CAST({monday} + 6 AS DATE)", "week"),
        (r"^\d{4}-W\d{2}$", f"CAST({monday} AS DATE)", f"CAST({monday} + 6 AS DATE)", "week"),
        (r"^\d{4}-\d{2}$", f"make_date({y}, {m}, 1)", f"last_day(make_date({y}, {m}, 1))", "month"),
        (r"^\d{4}-Q[1-4]$", quarter_first, f"last_day(CAST({quarter_first} + INTERVAL 2 MONTH AS DATE))", "quarter"),
        (r"^\d{4}-(SP|SU|FA|WI)$", season_first, f"last_day(CAST({season_first} + INTERVAL 2 MONTH AS DATE))",
         "season"),
        (r"^\d{4}-H[12]$", half_first, f"last_day(CAST({half_first} + INTERVAL 5 MONTH AS DATE))", "half"),
        (r"^\d{4}$", f"make_date({y}, 1, 1)", f"make_date({y}, 12, 31)", "year"),
        (r"^\d{3}X$", f"make_date(greatest({_int(column, 1, 3)} * 10, 1), 1, 1)",
         f"make_date({_int(column, 1, 3)} * 10 + 9, 12, 31)", "decade"),
        (r"^\d{2}XX$", f"make_date(greatest({_int(column, 1, 2)} * 100, 1), 1, 1)",
         f"make_date({_int(column, 1, 2)} * 100 + 99, 12, 31)", "century"),
    ]


def _case(column: str, index: int) -> str:
    # try(...) turns an impossible value (2018-02-30, month 13) into NULL, as period() returns None.
    branches = " ".join(
        f"WHEN regexp_full_match({column}, '{shape[0]}') THEN "
        + (f"'{shape[index]}'" if index == 3 else shape[index])
        for shape in _shapes(column))
    return f"CASE {branches} ELSE NULL END"


def start_sql(column: str) -> str:
    """SQL (DuckDB) for the first day (DATE) of the span of the date value in ``column`` (NULL when none).

    ``column`` is one of our column names, never user input."""
    return f"try({_case(column, 1)})"


def end_sql(column: str) -> str:
    """SQL (DuckDB) for the last day (DATE) of the span of the date value in ``column`` (NULL when none)."""
    return f"try({_case(column, 2)})"


def precision_sql(column: str) -> str:
    """SQL (DuckDB) for the precision of the date value in ``column`` (one of PRECISIONS, NULL when
    the value names no span)."""
    return f"CASE WHEN {start_sql(column)} IS NULL THEN NULL ELSE {_case(column, 3)} END"


# ---- dates a user types ------------------------------------------------------------------------

_OPTION = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateOptionError(UsageError):
    """A date option that is not ISO YYYY, YYYY-MM or YYYY-MM-DD (the CLI exits with code 2)."""


def parse_date_option(value: str | None, option: str = "date") -> Period | None:
    """Read a date a user typed (``--from``, ``--to``, ``--published``, API ``from``/``to``).

    Only ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (zero-padded) are accepted, because anything
    else is ambiguous (07/10/2018 is July in the US and October elsewhere; "April 1997" needs a
    language). Returns the span the value names (2018-06 -> June 2018), None for None, and raises
    DateOptionError naming ``option`` with an example otherwise.
    """
    if value is None:
        return None
    text = value.strip()
    match = _OPTION.match(text)
    found = period(text) if match else None
    if found is None:
        raise DateOptionError(
            f"{option} {value!r} is not a date: use ISO YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2018, 2018-06 or "
            "2018-06-12)")
    return found


# ---- PLOVER's "historical" auxiliary mode ----------------------------------------------------

# An event is historical (background, not the news) when the span its date names ends more than
# this many days before the article's publication: "Trump met Kim in Singapore in June" in an
# article of 7 October is background; "last week's talks" are the news. A month covers the
# ordinary "last month" lag of a news report.
HISTORICAL_DAYS = 30


def is_historical(date: str | None, published: str | None) -> bool:
    """True when the event date's span ends more than HISTORICAL_DAYS before the publication day
    (False when either is unknown: an undated event is not known to be history)."""
    span, day = period(date), period(published)
    if span is None or day is None:
        return False
    return (day.start - span.end).days > HISTORICAL_DAYS


def historical_sql(date_column: str, published_column: str) -> str:
    """SQL (DuckDB) BOOLEAN for :func:`is_historical` over two columns (never NULL)."""
    return (f"coalesce(date_diff('day', {end_sql(date_column)}, {start_sql(published_column)}) > "
            f"{HISTORICAL_DAYS}, false)")
