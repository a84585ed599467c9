"""The reference article (../shared/seeds): event triggers get the dates a human coder gives."""

from __future__ import annotations

import pytest

from tacitus.nlp import make_doc_text
from tacitus.temporal import TimeResources, extract_times

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def reference(nlp, shared_dir):
    """The parsed reference article and its time table (published Sunday 2018-10-07)."""
    text = (shared_dir / "seeds" / "000_4ffbeff3ed2e1bd7.txt").read_text(encoding="utf-8")
    doc = nlp(make_doc_text(text))
    return doc, extract_times(doc, "2018-10-07", TimeResources.load())


def _trigger(doc, word: str, after: str):
    """The first token ``word`` after the first occurrence of the text ``after``."""
    offset = doc.text.index(after)
    return next(t for t in doc if t.text == word and t.idx >= offset)


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
    expression = times.for_trigger(_trigger(doc, word, after))
    assert expression is not None and expression.iso_date == expected
