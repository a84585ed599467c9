"""Asking that requests nothing (events/sense_request.py): questions, pleas in court and anonymity
formulas are no REQUEST; asking someone to act or for something stays one. Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _requests(events) -> list[str]:
    return [e.cameo for e in events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    '"Will Chile release the prisoners?" Varga asked Ana Lopes.',
    "Varga asked Ana Lopes whether the talks would resume.",
    "Varga asked Ana Lopes about the talks with Peru.",
    "Varga pleaded guilty to bribery charges on Monday.",
    "Ana Lopes asked Kenyan police not to name her.",
])
def test_asking_that_requests_nothing(nlp, event_resources, text):
    assert _requests(code_text(nlp, event_resources, text)) == []


@pytest.mark.parametrize("text", [
    "Varga asked Chile to release the prisoners.",
    "Varga asked Ana Lopes for help.",
    "When the talks ended, Varga asked Chile to release the prisoners.",
])
def test_asking_someone_to_act_stays_a_request(nlp, event_resources, text):
    assert _requests(code_text(nlp, event_resources, text))
