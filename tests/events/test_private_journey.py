"""Journeys that are no visit (events/sense_cause.py ``_private_journey``, ``_private_purpose``):
a journey for a private end, and a verb of motion that tells an amount ("went up 0.5 percent",
"went to 240 million dollars"). Official journeys and fact-finding stay visits. Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize("text", [
    "Varga went to Lima for medical treatment on Saturday.",
    "Ana Lopes flew to Chile for a holiday with her family.",
    "Jan Novak, who came to Lima to cover the summit, said the city was calm.",
    "Chilean investment in Peru went to over 240 million dollars last year.",
    "Kenya went up 0.5 percent in the bond index on Monday.",
])
def test_private_ends_and_amounts_are_no_visit(nlp, event_resources, text):
    assert "CONSULT" not in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text", [
    "Varga went to Lima for talks with Ana Lopes.",
    "Ana Lopes came to Kenya to study the refugee situation.",
    "Varga traveled to Chile on Monday to attend the summit.",
])
def test_official_journeys_stay_visits(nlp, event_resources, text):
    assert "CONSULT" in _types(code_text(nlp, event_resources, text))
