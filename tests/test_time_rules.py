"""Normalization rules of tacitus.temporal on plain strings (no spaCy model needed).

The reference date is Sunday 2018-10-07 unless a test says otherwise; direction -1 is a past-tense
clause, +1 a future one, 0 unknown.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.temporal import TemporalRules
from tacitus.temporal.anchor import valid_value, weekday_date

SUNDAY = dt.date(2018, 10, 7)


@pytest.fixture(scope="module")
def rules() -> TemporalRules:
    """The packaged rules, compiled once for this module."""
    return TemporalRules.load()


def value(rules: TemporalRules, phrase: str, direction: int = 0, reference: dt.date | None = SUNDAY) -> str | None:
    """Normalize a whole phrase and return its TimeML value (None when not resolved)."""
    normalized = rules.normalize_phrase(phrase, reference, direction)
    return normalized.value if normalized else None


@pytest.mark.parametrize(
    "phrase, direction, expected",
    [
        ("Friday", -1, "2018-10-05"),  # past clause: the Friday before
        ("Friday", +1, "2018-10-12"),  # future clause: the next Friday
        ("Sunday", -1, "2018-10-07"),  # same weekday as the article: that day, not a week before
        ("Sunday", +1, "2018-10-07"),
        ("Monday", +1, "2018-10-08"),
        ("Monday", 0, "2018-10-08"),  # unknown tense: the day after publication is that day
        ("Tuesday", 0, "2018-10-02"),  # otherwise unknown tense reads as past, as most news does
        ("last Friday", 0, "2018-10-05"),
        ("next Sunday", 0, "2018-10-14"),
    ],
)
def test_weekdays_follow_tense(rules: TemporalRules, phrase: str, direction: int, expected: str) -> None:
    """Weekdays resolve backwards or forwards from the publication date by tense."""
    assert value(rules, phrase, direction) == expected


@pytest.mark.parametrize(
    "phrase, direction, expected",
    [
        ("June", -1, "2018-06"),
        ("August", -1, "2018-08"),
        ("November", -1, "2018-11"),  # next month is this year's even in a past clause ("was set for")
        ("April", -1, "2018-04"),  # both readings far off: the tense decides
        ("April", +1, "2019-04"),
        ("January", -1, "2018-01"),  # a past clause names this year's January, not the one ahead
        ("January", 0, "2019-01"),  # unknown tense: three months ahead beats nine months back
        ("March", +1, "2019-03"),  # an earlier month in a future clause is next year's
        ("November", 0, "2018-11"),
        ("last November", 0, "2017-11"),
        ("early December 2016", 0, "2016-12"),
        ("March 2017", 0, "2017-03"),
    ],
)
def test_months(rules: TemporalRules, phrase: str, direction: int, expected: str) -> None:
    """Bare months follow the tense unless the other reading is within weeks; explicit years win."""
    assert value(rules, phrase, direction) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("March 3, 2017", "2017-03-03"),
        ("3 March 2017", "2017-03-03"),
        ("Aug. 7, 1998", "1998-08-07"),
        ("Sept. 30", "2018-09-30"),
        ("2016", "2016"),
        ("the 1990s", "199X"),
        ("the '80s", "198X"),
        ("2018-10-05", "2018-10-05"),
    ],
)
def test_absolute_dates(rules: TemporalRules, phrase: str, expected: str) -> None:
    """Absolute dates keep their own calendar values and granularity."""
    assert value(rules, phrase) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("today", "2018-10-07"),
        ("yesterday", "2018-10-06"),
        ("tomorrow", "2018-10-08"),
        ("last month", "2018-09"),
        ("this month", "2018-10"),
        ("next week", "2018-W41"),
        ("this week", "2018-W40"),
        ("this year", "2018"),
        ("last year", "2017"),
        ("earlier this year", "2018"),
        ("two years ago", "2016"),
        ("three days ago", "2018-10-04"),
        ("a month later", "2018-11"),
        ("last night", "2018-10-06TNI"),
        ("Sunday morning", "2018-10-07TMO"),
        ("this summer", "2018-SU"),
        ("the third quarter", "2018-Q3"),
        ("the fourth quarter", "2018-Q4"),
        ("the first quarter of 2013", "2013-Q1"),
        ("last weekend", "2018-W39-WE"),
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the future", "FUTURE_REF"),
    ],
)
def test_relative_expressions(rules: TemporalRules, phrase: str, expected: str) -> None:
    """Relative expressions are anchored on the publication date."""
    assert value(rules, phrase) == expected


@pytest.mark.parametrize(
    "phrase, expected, kind, granularity",
    [
        ("three-day", "P3D", "DURATION", None),
        ("two hours", "PT2H", "DURATION", None),
        ("several years", "PXY", "DURATION", None),
        ("daily", "P1D", "SET", None),
        ("10:35 a.m.", "2018-10-07T10:35", "TIME", "time"),
        ("June", "2018-06", "DATE", "month"),
        ("2016", "2016", "DATE", "year"),
        ("the 1990s", "199X", "DATE", "decade"),
        ("next week", "2018-W41", "DATE", "week"),
        ("the second quarter", "2018-Q2", "DATE", "quarter"),
        ("winter 2015", "2015-WI", "DATE", "season"),
        ("yesterday", "2018-10-06", "DATE", "day"),
    ],
)
def test_types_and_granularity(rules: TemporalRules, phrase: str, expected: str, kind: str,
                               granularity: str | None) -> None:
    """Durations and sets are typed as such (never dates); dates carry their granularity."""
    normalized = rules.normalize_phrase(phrase, SUNDAY, 0)
    assert normalized is not None
    assert (normalized.value, normalized.type, normalized.granularity) == (expected, kind, granularity)


def test_year_after_quarter_is_that_quarter_a_year_before(rules: TemporalRules) -> None:
    """"a year earlier" after a quarter means the same quarter of the previous year."""
    [match] = rules.scan("a year earlier")
    assert rules.normalize(match, SUNDAY, -1, last_quarter="2018-Q3").value == "2017-Q3"
    assert rules.normalize(match, SUNDAY, -1, last_quarter=None).value == "2017"


def test_quarter_not_yet_reached_is_last_years(rules: TemporalRules) -> None:
    """In May, "the fourth quarter" of a past or neutral clause is last year's; in a future one, this year's."""
    may = dt.date(2018, 5, 2)
    assert value(rules, "the fourth quarter", 0, reference=may) == "2017-Q4"
    assert value(rules, "the fourth quarter", +1, reference=may) == "2018-Q4"


def test_relative_expressions_need_a_reference(rules: TemporalRules) -> None:
    """Without a publication date, relative expressions are not guessed; absolute ones are kept."""
    assert value(rules, "Friday", -1, reference=None) is None
    assert value(rules, "last month", reference=None) is None
    assert value(rules, "March 3, 2017", reference=None) == "2017-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "We had a good, productive conversation.",  # dateparser reads "We" as Wednesday
        "Officials may sign the deal.",  # the modal, not the month
        "Protesters will march on the capital.",
        "The company hired 2016 workers.",  # a bare number without a year cue
        "They want to meet as soon as possible.",
        "He was paid $5 a year.",
    ],
)
def test_no_false_dates(rules: TemporalRules, text: str) -> None:
    """Common words and bare numbers are not dates."""
    assert [m for m in rules.scan(text) if m.rule not in ("duration",)] == []


def test_scan_prefers_the_longest_expression(rules: TemporalRules) -> None:
    """Overlapping patterns resolve to the longest span ("Sunday morning", not "Sunday")."""
    text = "They met on Sunday morning and again on March 3, 2017."
    spans = [text[m.start:m.end] for m in rules.scan(text)]
    assert spans == ["Sunday morning", "March 3, 2017"]


def test_weekday_date_same_day_counts_in_both_directions() -> None:
    """The anchor keeps a same-day weekday on the reference itself."""
    assert weekday_date(SUNDAY, 6, -1) == SUNDAY
    assert weekday_date(SUNDAY, 6, +1) == SUNDAY
    assert weekday_date(SUNDAY, 4, -1) == dt.date(2018, 10, 5)


@pytest.mark.parametrize("good", ["2018-10-07", "2018-06", "199X", "2013-Q1", "2013-W12", "2018-W39-WE",
                                  "PRESENT_REF", "P2D", "PT2H", "2018-10-07TMO", "2018-10-07T10:35", "2015-WI"])
def test_valid_values(good: str) -> None:
    """The value checker accepts every shape the rules produce."""
    assert valid_value(good)


@pytest.mark.parametrize("bad", ["", "2018-13", "Friday", "2018-10-07T", "P2", "20180"])
def test_invalid_values(bad: str) -> None:
    """The value checker rejects malformed values."""
    assert not valid_value(bad)


@pytest.mark.parametrize(
    "phrase, direction, reference, expected",
    [
        ("Nov. 6", -1, dt.date(2018, 11, 2), "2018-11-06"),  # four days ahead, though reported in the past
        ("Jan. 14", 0, dt.date(2019, 1, 5), "2019-01-14"),
        ("Dec. 20", 0, dt.date(2019, 1, 5), "2018-12-20"),  # across the new year, backwards
        ("July 1", +1, dt.date(2018, 10, 27), "2019-07-01"),  # a future clause looks ahead
        ("July 1", 0, dt.date(2018, 10, 27), "2018-07-01"),  # unknown tense: months back beats most of a year ahead
        ("Oct. 30", -1, dt.date(2018, 11, 2), "2018-10-30"),
        ("Oct. 30", +1, dt.date(2018, 11, 2), "2018-10-30"),  # three days back, though in a future clause
    ],
)
def test_month_days_take_the_nearest_year(rules: TemporalRules, phrase: str, direction: int,
                                          reference: dt.date, expected: str) -> None:
    """A month and day without a year follows the tense unless the other reading is within weeks;
    without a tense it is the occurrence nearest the reference date."""
    assert value(rules, phrase, direction, reference) == expected


@pytest.mark.parametrize(
    "phrase, direction, expected",
    [
        ("9 a.m. Tuesday", +1, "2018-10-09T09:00"),
        ("10:30 p.m. EDT Friday", -1, "2018-10-05T22:30"),
        ("noon Saturday", -1, "2018-10-06T12:00"),
        ("5 p.m. EST Nov. 9", 0, "2018-11-09T17:00"),
    ],
)
def test_clock_times_on_a_named_day(rules: TemporalRules, phrase: str, direction: int, expected: str) -> None:
    """A clock time followed by a weekday or date is one TIME on that day, not a time today."""
    assert value(rules, phrase, direction) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("the year-ago third quarter", "2017-Q3"),
        ("the 2016 second quarter", "2016-Q2"),
        ("next year's first quarter", "2019-Q1"),
        ("the latest quarter", "2018-Q3"),  # the last completed one
    ],
)
def test_quarters_named_relative_to_a_year(rules: TemporalRules, phrase: str, expected: str) -> None:
    """Quarters qualified by a year, a year-ago shift or "latest" resolve to that quarter."""
    assert value(rules, phrase, -1) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("nineteen ninety-six", "1996"),
        ("nineteen seventy-nine", "1979"),
        ("nineteen oh five", "1905"),
        ("the year two thousand", "2000"),
        ("January nineteen ninety-seven", "1997-01"),
        ("the winter of nineteen ninety-four", "1994-WI"),
    ],
)
def test_spelled_years(rules: TemporalRules, phrase: str, expected: str) -> None:
    """Years spoken in words, as broadcast transcripts write them, normalize like digits."""
    assert value(rules, phrase) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The treaty was signed in nineteen ninety-six in Oslo.", ["nineteen ninety-six"]),
        ("The goal is full employment by the year two thousand.", ["the year two thousand"]),
        ("Some two thousand people marched.", []),
        ("About eighteen hundred soldiers stayed.", []),
    ],
)
def test_spelled_years_need_year_shape_or_cue(rules: TemporalRules, text: str, expected: list[str]) -> None:
    """"nineteen ninety-six" is a year anywhere; "two thousand" and "eighteen hundred" only after a cue."""
    assert [text[m.start:m.end] for m in rules.scan(text) if m.rule == "year"] == expected


@pytest.mark.parametrize(
    "text, reference, direction, expected",
    [
        ("The boy was rescued on Thanksgiving Day.", dt.date(2000, 1, 6), -1, "1999-11-25"),
        ("He was found at sea last Thanksgiving.", dt.date(2000, 2, 10), -1, "1999-11-25"),
        ("The campaign runs from now to Election Day.", dt.date(1998, 10, 26), 0, "1998-11-03"),
        ("Shops close on Christmas.", dt.date(2018, 12, 1), 1, "2018-12-25"),
        ("Pilgrims gathered on Good Friday.", dt.date(2000, 4, 25), -1, "2000-04-21"),
        ("They will meet again next Easter.", dt.date(2000, 4, 23), 1, "2001-04-15"),
    ],
)
def test_holidays(rules: TemporalRules, text: str, reference: dt.date, direction: int, expected: str) -> None:
    """Holidays resolve to their day in the year the tense or relation word points to."""
    [match] = [m for m in rules.scan(text) if m.rule == "holiday"]
    assert rules.normalize(match, reference, direction).value == expected


@pytest.mark.parametrize("text", ["Christmas sales were strong.", "They sailed to Easter Island.", "a new year's resolution"])
def test_holiday_names_that_are_not_days(rules: TemporalRules, text: str) -> None:
    """A holiday name used as a modifier or inside a proper name is not a date."""
    assert [m for m in rules.scan(text) if m.rule == "holiday"] == []


def test_easter_and_floating_holidays() -> None:
    """The computus and the weekday-after rule give the known dates."""
    from tacitus.temporal.anchor import easter, holiday_date

    assert [easter(y).isoformat() for y in (1998, 2000, 2018)] == ["1998-04-12", "2000-04-23", "2018-04-01"]
    assert holiday_date(1999, {"month": 11, "day": 22, "weekday": 3}).isoformat() == "1999-11-25"
    assert holiday_date(1998, {"month": 11, "day": 2, "weekday": 1}).isoformat() == "1998-11-03"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("the week of March 6, 2000", "2000-W10"),
        ("the current fiscal year", "2018"),
        ("the last half of 1989", "1989-H2"),
        ("the first half of 1990", "1990-H1"),
    ],
)
def test_weeks_of_days_fiscal_years_and_halves(rules: TemporalRules, phrase: str, expected: str) -> None:
    """"The week of" a day is its ISO week; "fiscal" between relation and unit changes nothing."""
    assert value(rules, phrase) == expected


def test_year_quarter_follows_the_discourse_quarter(rules: TemporalRules) -> None:
    """"the 1988 quarter" after a third quarter is 1988-Q3; a four-digit count is never a duration."""
    [match] = rules.scan("compared with the 1988 quarter")
    assert match.rule == "the_quarter"
    assert rules.normalize(match, SUNDAY, -1, last_quarter="1989-Q3").value == "1988-Q3"
    assert rules.normalize(match, SUNDAY, -1).value == "1988"


@pytest.mark.parametrize(
    "text, previous, expected",
    [
        ("The firm was founded that year.", "1996-05", "1996"),
        ("They married the following year.", "1995", "1996"),
        ("Earlier that day, the army withdrew.", "1998-10-23", "1998-10-23"),
        ("He flew home the next morning.", "2000-02-22", "2000-02-23"),
        ("Sales rose the following month.", "1989-03", "1989-04"),
        ("He left that day.", "1998", None),  # a year says nothing about which day
        ("He left that day.", None, None),
    ],
)
def test_anaphoric_dates(rules: TemporalRules, text: str, previous: str | None, expected: str | None) -> None:
    """Anaphoric dates resolve against the calendar value mentioned last, at their own unit."""
    [match] = [m for m in rules.scan(text) if m.rule == "anaphor"]
    normalized = rules.normalize(match, SUNDAY, -1, previous=previous)
    assert (normalized.value if normalized else None) == expected


def test_relation_word_before_month_day(rules: TemporalRules) -> None:
    """"last Oct. 23" is one expression, the Oct. 23 before the reference."""
    [match] = rules.scan("He was shot last Oct. 23 at home.")
    assert match.rule == "mdy"
    assert rules.normalize(match, dt.date(1999, 4, 19), -1).value == "1998-10-23"


def test_recent_spans_are_durations_and_counted_pasts_are_not_references(rules: TemporalRules) -> None:
    """"in recent months" is a DURATION of unknown length; "the past three summers" is no PAST_REF."""
    assert rules.normalize_phrase("recent months", SUNDAY).type == "DURATION"
    assert rules.normalize_phrase("recent months", SUNDAY).value == "PXM"
    assert [m.rule for m in rules.scan("Riots broke out for the past three summers.") if m.rule == "reference"] == []
    assert [m.rule for m in rules.scan("He had lived in Rome in the past.")] == ["reference"]


def test_a_year_in_a_name_is_no_time(nlp) -> None:
    from tacitus.nlp import make_doc_text
    from tacitus.temporal import extract_times

    text = "The Asia Culture Forum 2006 opened on Wednesday. Lyon will host Expo 2030. Rebels struck in 2005."
    values = [e.value for e in extract_times(nlp(make_doc_text(text)), "2006-11-08").expressions]
    assert "2005" in values and "2006" not in values and "2030" not in values, values
