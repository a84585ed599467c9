"""Zoned clock times, numeric dates, apostrophe years and "of last/next year" (plain strings, no model).

The reference date is Wednesday 2015-03-11 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.temporal import TemporalRules
from tacitus.temporal.anchor import valid_value

WEDNESDAY = dt.date(2015, 3, 11)


@pytest.fixture(scope="module")
def rules() -> TemporalRules:
    """The packaged rules, compiled once for this module."""
    return TemporalRules.load()


def found(rules: TemporalRules, text: str, reference: dt.date = WEDNESDAY) -> list[tuple[str, str | None]]:
    """Scan a sentence and return (expression text, value) for every candidate."""
    out = []
    for match in rules.scan(text):
        normalized = rules.normalize(match, reference, -1)
        out.append((text[match.start:match.end], normalized.value if normalized else None))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote closed at 18:30 UTC.", ("18:30 UTC", "2015-03-11T18:30Z")),
        ("Trading halted at 0915 GMT.", ("0915 GMT", "2015-03-11T09:15Z")),
        ("The ferry left at 07:05 UTC Monday.", ("07:05 UTC Monday", "2015-03-09T07:05Z")),
        ("The talks ended at 22:00 UTC yesterday.", ("22:00 UTC yesterday", "2015-03-10T22:00Z")),
        ("The report came out at 11:45 UTC, February 2nd, in Oslo.", ("11:45 UTC, February 2nd", "2015-02-02T11:45Z")),
    ],
)
def test_zoned_clock_times(rules: TemporalRules, text: str, expected: tuple[str, str]) -> None:
    """A 24-hour UTC/GMT time is a TIME on the day named after it, or on the reference day, with Z."""
    assert expected in found(rules, text)
    assert valid_value(expected[1])


def test_zoned_clock_rejects_impossible_hours(rules: TemporalRules) -> None:
    """25:00 is no time of day: no value is emitted."""
    assert found(rules, "The clock read 25:00 UTC.") == [("25:00 UTC", None)]


def test_parenthesized_zone_time_restates_the_time_before(rules: TemporalRules) -> None:
    """ "9:15 a.m. (1415 GMT)": the conversion in parentheses is not a second expression."""
    assert [text for text, _ in found(rules, "It opened at 9:15 a.m. (1415 GMT) in Chicago.")] == ["9:15 a.m."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The memo was dated 4/9/98 in the file.", ("4/9/98", "1998-04-09")),
        ("The deadline is 12/31/2016 for all.", ("12/31/2016", "2016-12-31")),
        ("Ship it by 1/2/15 please.", ("1/2/15", "2015-01-02")),
    ],
)
def test_numeric_month_day_year(rules: TemporalRules, text: str, expected: tuple[str, str]) -> None:
    """US newswire writes month/day/year; a two-digit year below 30 is in the 2000s."""
    assert expected in found(rules, text)


@pytest.mark.parametrize("text", ["A 2/3 majority passed it.", "The score was 6/4 at the break.", "Version 1.2/3/4 shipped."])
def test_fractions_and_scores_are_not_dates(rules: TemporalRules, text: str) -> None:
    """Without a year part, slashed numbers are fractions or scores."""
    assert found(rules, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rates are the highest since '91 now.", ("'91", "1991")),
        ("She was in the class of '09 there.", ("'09", "2009")),
    ],
)
def test_apostrophe_years(rules: TemporalRules, text: str, expected: tuple[str, str]) -> None:
    """A two-digit year after an apostrophe and a cue word is the latest such year up to the reference."""
    assert expected in found(rules, text)


def test_apostrophe_number_without_cue_is_not_a_year(rules: TemporalRules) -> None:
    """A quoted number with no cue word before it is not read as a year; decades stay decades."""
    assert found(rules, "He wrote '47 ways' on the wall.") == []
    assert found(rules, "Music of the '70s returned.") == [("the '70s", "197X")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Leases end after June of next year.", ("June of next year", "2016-06")),
        ("Sales fell in May of last year.", ("May of last year", "2014-05")),
        ("Profit rose in the second quarter of last year.", ("the second quarter of last year", "2014-Q2")),
        ("Work starts in the third quarter of next year.", ("the third quarter of next year", "2016-Q3")),
        ("Costs peaked in the final quarter of 2013.", ("the final quarter of 2013", "2013-Q4")),
    ],
)
def test_month_or_quarter_of_a_relative_year(rules: TemporalRules, text: str, expected: tuple[str, str]) -> None:
    """"<month or quarter> of last/next year" is one expression in the year named relative to the reference."""
    assert expected in found(rules, text)


def test_final_quarter_without_a_year_is_not_a_date(rules: TemporalRules) -> None:
    """ "the final quarter" of a game has no calendar year: not a date."""
    assert found(rules, "They scored twice in the final quarter.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose in April last year.", ("April last year", "2014-04")),
        ("The plant opens in September next year.", ("September next year", "2016-09")),
        ("Margins held in the fourth quarter this year.", ("the fourth quarter this year", "2015-Q4")),
    ],
)
def test_month_or_quarter_then_relative_year_without_of(rules: TemporalRules, text: str, expected: tuple[str, str]) -> None:
    """"July last year" reads like "July of last year": one expression, one month."""
    assert expected in found(rules, text)
