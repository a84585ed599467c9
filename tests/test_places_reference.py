"""The reference article (../shared/seeds): event triggers get the locations a human coder gives."""

from __future__ import annotations

import pytest

from tacitus.geo import PlaceResources, extract_places
from conftest import token_after

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def reference(reference_doc):
    """The parsed reference article and its place table."""
    doc = reference_doc
    return doc, extract_places(doc, PlaceResources.load())


@pytest.mark.parametrize(
    "word, after, expected",
    [
        ("met", "US Secretary of State Mike Pompeo", "Pyongyang"),
        ("talks", "held", "Pyongyang"),
        ("met", "Trump met Kim in Singapore in June for the first-ever summit between the countries", "Singapore"),
        ("visited", "Pompeo visited Tokyo", "Tokyo"),
        ("travel", "due to travel", "Beijing"),
        ("talks", "currently in Moscow", "Moscow"),
        ("flying", "before flying", "Seoul"),
    ],
)
def test_reference_event_locations(reference, word: str, after: str, expected: str) -> None:
    """Pyongyang (also as "the North Korean capital"), Singapore, Tokyo, Beijing, Moscow, Seoul."""
    doc, places = reference
    place = places.for_trigger(token_after(doc, word, after))
    assert place is not None and place.name == expected


def test_washington_as_subject_is_not_a_location(reference) -> None:
    """"Washington and Pyongyang have sparred": actors, not the place of the sparring."""
    doc, places = reference
    place = places.for_trigger(token_after(doc, "sparred", "Washington and Pyongyang"))
    assert place is None or place.name not in ("Washington", "Pyongyang")
