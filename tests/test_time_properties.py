"""Property tests: normalization never crashes and never yields an invalid TimeML value."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.temporal import TemporalRules
from tacitus.temporal.anchor import valid_value

RULES = TemporalRules.load()  # compiled once for the module; immutable after construction

_WORDS = st.sampled_from(
    "on in last next this early late the of a two three Friday Sunday June Sept. March May 2017 1990s "
    "'90s year years month week weekend quarter third ago earlier later morning night today yesterday "
    "3 30 10:35 a.m. p.m. , daily now recently summer fiscal 12 31 0 99".split()
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60), reference=st.dates(min_value=dt.date(1, 1, 1)), direction=st.sampled_from([-1, 0, 1]))
def test_any_string_normalizes_safely(text: str, reference: dt.date, direction: int) -> None:
    """Arbitrary text: scanning and normalizing never raise, and every value is well formed."""
    for match in RULES.scan(text):
        normalized = RULES.normalize(match, reference, direction)
        if normalized is not None:
            assert valid_value(normalized.value), (text, normalized)


@settings(max_examples=400, deadline=None)
@given(words=st.lists(_WORDS, min_size=1, max_size=6),
       reference=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)),
       direction=st.sampled_from([-1, 0, 1]))
def test_date_like_strings_normalize_validly(words: list[str], reference: dt.date, direction: int) -> None:
    """Strings built from date words: every produced value is a valid TimeML value of a known type."""
    text = " ".join(words)
    for match in RULES.scan(text):
        normalized = RULES.normalize(match, reference, direction)
        if normalized is not None:
            assert valid_value(normalized.value), (text, normalized)
            assert normalized.type in ("DATE", "TIME", "DURATION", "SET")


@pytest.mark.parametrize("reference", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_calendar_edges_do_not_crash(reference: dt.date) -> None:
    """Relative expressions at the ends of the calendar give None or a valid value, never an error."""
    for phrase in ("yesterday", "tomorrow", "next week", "last month", "next year", "two days ago", "Friday"):
        for direction in (-1, 0, 1):
            normalized = RULES.normalize_phrase(phrase, reference, direction)
            assert normalized is None or valid_value(normalized.value)
