"""The reference article (../shared/seeds): event triggers get the dates a human coder gives."""

from __future__ import annotations

import pytest

from conftest import token_after
from tacitus.temporal import TimeResources, extract_times

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def reference(reference_doc):
    """The parsed reference article and its time table (published Sunday 2018-10-07)."""
    doc = reference_doc
    return doc, extract_times(doc, "2018-10-07", TimeResources.load())


@pytest.mark.parametrize(
    "word, after, expected",
    [
        ("met", "US Secretary of State Mike Pompeo", "2018-10-07"),
        ("met", "Trump met Kim in Singapore in June for the first-ever summit between the countries", "2018-06"),
        ("meet", "Pompeo was scheduled", "2018-08"),
        ("visited", "Pompeo visited Tokyo", "2018-10-05"),
        ("returning", "before returning", "2018-10-08"),
    ],
)
def test_reference_event_dates(reference, word: str, after: str, expected: str) -> None:
    """Pompeo-Kim on Sunday, Singapore in June, the called-off August trip, Tokyo on Friday, home on Monday."""
    doc, times = reference
    expression = times.for_trigger(token_after(doc, word, after))
    assert expression is not None and expression.iso_date == expected
