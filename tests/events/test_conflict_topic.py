"""A long conflict talked about (events/sense_argument.py ``_conflict_topic``) and an event noun
that may come (modality.yaml ``hypothetical_modifiers``). Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize("text", [
    "Ana Lopes has long been a critic of the war in Peru.",
    "Voters in Chile expressed their frustration with the war in Peru.",
    "Talks aimed at averting an all-out war between Kenya and the rebels collapsed.",
])
def test_a_conflict_talked_about_is_no_assault(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text", [
    "Chile declared war on Peru on Monday.",
    "Chile waged a war against Peru in 1879.",
    "The war in Kenya killed 3,000 people last year.",
])
def test_a_conflict_waged_or_dated_stays(nlp, event_resources, text):
    assert "ASSAULT" in _types(code_text(nlp, event_resources, text))


def test_a_possible_attack_is_hypothetical(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police prepared for a possible attack by the rebels.")
    assert [e.modality for e in events if e.event_type == "ASSAULT"] == ["hypothetical"]


def test_a_fresh_attack_is_asserted(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels launched a fresh attack on Kenyan police on Monday.")
    assert [e.modality for e in events if e.event_type == "ASSAULT"] == ["asserted"]
