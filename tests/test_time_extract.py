"""extract_times over parsed articles we wrote: tense direction, attachment to triggers."""

from __future__ import annotations

import pytest

from tacitus.errors import InputError
from tacitus.nlp import make_doc_text
from tacitus.temporal import extract_times, parse_reference

pytestmark = pytest.mark.slow

SUNDAY = "2018-10-07"

ARTICLE = (
    "The foreign minister of Norland met her counterpart in Vestmark on Sunday for three hours of talks.\n"
    "The two had last met in June, when they signed a fisheries accord.\n"
    "She visited the port city on Friday and is due to fly home before attending a summit on Monday.\n"
    "A planned visit earlier in August was called off because of a storm.\n"
    "The ministers will meet again on Friday, officials said.\n"
)


@pytest.fixture(scope="module")
def table(nlp, time_resources):
    """The time table of the test article, published on Sunday 2018-10-07."""
    doc = nlp(make_doc_text(ARTICLE))
    return doc, extract_times(doc, SUNDAY, time_resources)


def _token(doc, word: str, occurrence: int = 0):
    return [t for t in doc if t.text == word][occurrence]


def test_values_in_text_order(table) -> None:
    """Each expression is normalized relative to the publication date with its clause's tense."""
    _, times = table
    found = [(e.text, e.value) for e in times.expressions if e.type == "DATE"]
    assert found == [
        ("Sunday", "2018-10-07"),  # same weekday as publication: that day
        ("June", "2018-06"),
        ("Friday", "2018-10-05"),  # past clause: the Friday before
        ("Monday", "2018-10-08"),  # "due to ... before attending": the coming Monday
        ("August", "2018-08"),
        ("Friday", "2018-10-12"),  # "will meet": the next Friday
    ]
    assert all(e.start < e.end and ARTICLE[e.start:e.end] == e.text for e in times.expressions)
    assert times.reference == SUNDAY


def test_durations_are_not_dates(table) -> None:
    """"three hours" is a DURATION and is never returned as an event date."""
    doc, times = table
    [duration] = [e for e in times.expressions if e.type == "DURATION"]
    assert (duration.text, duration.value) == ("three hours", "PT3H")
    assert times.for_trigger(_token(doc, "met")).text == "Sunday"


def test_for_trigger_takes_the_clause_expression(table) -> None:
    """Each trigger gets the expression attached to its own clause."""
    doc, times = table
    assert times.for_trigger(_token(doc, "met")).value == "2018-10-07"
    assert times.for_trigger(_token(doc, "visited")).value == "2018-10-05"
    assert times.for_trigger(_token(doc, "attending")).value == "2018-10-08"
    assert times.for_trigger(_token(doc, "meet")).value == "2018-10-12"


def test_for_trigger_does_not_cross_coordination(table) -> None:
    """"visited ... on Friday and is due to fly": Friday does not date the second conjunct."""
    doc, times = table
    found = times.for_trigger(_token(doc, "fly"))
    assert found is None or found.text != "Friday"


def test_for_trigger_none_without_expression(nlp, time_resources) -> None:
    """A sentence with no date gives None (the coder then uses the publication date)."""
    doc = nlp(make_doc_text("The minister praised the agreement.\n"))
    assert extract_times(doc, SUNDAY, time_resources).for_trigger(doc[2]) is None


def test_date_text_keeps_the_preposition(table) -> None:
    """date_text gives the words an event record keeps ("on Sunday")."""
    _, times = table
    assert times.date_text(times.expressions[0]) == "on Sunday"


def test_iso_date_strips_part_of_day(nlp, time_resources) -> None:
    """"Sunday morning" is a TIME value with a part-of-day code; iso_date is the calendar day."""
    doc = nlp(make_doc_text("The envoy arrived on Sunday morning.\n"))
    [expression] = extract_times(doc, SUNDAY, time_resources).expressions
    assert (expression.value, expression.type, expression.iso_date) == ("2018-10-07TMO", "TIME", "2018-10-07")


def test_reference_none_keeps_only_absolute_dates(nlp, time_resources) -> None:
    """Without a publication date, "on Friday" is dropped and "March 3, 2017" is kept."""
    doc = nlp(make_doc_text("They met on Friday, after the accord of March 3, 2017.\n"))
    assert [e.value for e in extract_times(doc, None, time_resources).expressions] == ["2017-03-03"]


def test_bad_reference_says_what_to_do() -> None:
    """A publication date that is not ISO raises InputError naming the expected format."""
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_reference("last Sunday")
    assert parse_reference("2018-10-07T09:30:00Z").isoformat() == SUNDAY


def test_anaphoric_date_takes_the_last_mentioned_date(nlp, time_resources) -> None:
    """"later that year" in an article resolves against the year mentioned before it."""
    doc = nlp(make_doc_text("The accord was signed in March 1996.\nLater that year, the border reopened.\n"))
    values = [(e.text, e.value) for e in extract_times(doc, SUNDAY, time_resources).expressions]
    assert values == [("March 1996", "1996-03"), ("Later that year", "1996")]
