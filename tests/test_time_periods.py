"""Seasons and parts of the year named without a year (plain strings, no model).

The reference date is Thursday 2016-10-20; clauses are past (-1) unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.temporal import TemporalRules

OCTOBER = dt.date(2016, 10, 20)
FEBRUARY = dt.date(2017, 2, 14)


@pytest.fixture(scope="module")
def rules() -> TemporalRules:
    """The packaged rules, compiled once for this module."""
    return TemporalRules.load()


def found(rules: TemporalRules, text: str, reference: dt.date = OCTOBER, direction: int = -1) -> list[tuple[str, str | None]]:
    """Scan a sentence and return (expression text, value) for every candidate."""
    out = []
    for match in rules.scan(text):
        normalized = rules.normalize(match, reference, direction)
        out.append((text[match.start:match.end], normalized.value if normalized else None))
    return out


@pytest.mark.parametrize(
    "text, reference, direction, expected",
    [
        ("Traffic slowed over the summer.", OCTOBER, -1, ("the summer", "2016-SU")),
        ("Traffic slowed over the summer.", FEBRUARY, -1, ("the summer", "2016-SU")),  # past: the last one
        ("The bridge reopens in the spring.", OCTOBER, 1, ("the spring", "2017-SP")),  # future: the next one
        ("Ferries stopped during early spring.", OCTOBER, -1, ("early spring", "2016-SP")),
        ("Crops failed in the autumn.", OCTOBER, 0, ("the autumn", "2016-FA")),
    ],
)
def test_bare_season_after_a_preposition(rules: TemporalRules, text: str, reference: dt.date, direction: int,
                                         expected: tuple[str, str]) -> None:
    """A season after "in/over/during" is the reference year's, or by tense the last or next one."""
    assert expected in found(rules, text, reference, direction)


@pytest.mark.parametrize(
    "text",
    ["Buds spring up everywhere.", "The fall of the old regime came fast.", "It was a fall in output.",
     "Summer camps closed.", "Spring and summer fashions sold."],
)
def test_season_words_that_are_not_times(rules: TemporalRules, text: str) -> None:
    """A verb "spring", "the fall of/in", or a season as a modifier without a preposition is no date."""
    assert found(rules, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The deal should close by the end of the year.", ("the end of the year", "2016")),
        ("Hiring froze at the start of the year.", ("the start of the year", "2016")),
        ("The branch closes by year-end.", ("year-end", "2016")),
        ("New rules apply by year's end.", ("year's end", "2016")),
    ],
)
def test_parts_of_the_current_year(rules: TemporalRules, text: str, expected: tuple[str, str]) -> None:
    """The end, start or middle of "the year" is in the reference year."""
    assert expected in found(rules, text)


def test_year_end_as_a_modifier_is_not_a_date(rules: TemporalRules) -> None:
    """ "year-end bonuses" qualifies a noun of any year; only "by/at/around year-end" is a time."""
    assert found(rules, "Staff got year-end bonuses.") == []
    assert found(rules, "Talks end around year-end.") == [("year-end", "2016")]
