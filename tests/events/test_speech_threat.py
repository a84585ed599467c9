"""Threats in reported speech (events/speech_threat.py): "said X would face consequences" is the
speaker's threat against X (CAMEO 130, the verb dictionary's "WARN - * CONSEQUENCES")."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _coded(events):
    """(PLOVER type, CAMEO, source name, target name, modality) per event."""
    return [(e.event_type, e.cameo, e.source.name if e.source else None, e.target.name if e.target else None,
             e.modality) for e in events]


def test_facing_consequences_is_a_threat_against_the_subject(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes said Peru would face serious consequences.")
    assert _coded(events) == [("THREATEN", "130", "Ana Lopes", "Peru", "asserted")]


def test_consequences_for_a_side(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes said there would be grave consequences for Peru.")
    assert ("THREATEN", "130", "Ana Lopes", "Peru", "asserted") in _coded(events)


def test_the_condition_names_the_one_threatened_and_is_no_event(nlp, event_resources):
    events = code_text(nlp, event_resources,
                       "Ana Lopes told reporters that there would be consequences if Peru attacked.")
    assert _coded(events) == [("THREATEN", "130", "Ana Lopes", "Peru", "asserted")]


def test_no_consequences_is_no_threat(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes said there would be no consequences for Peru.")
    assert all(e.event_type != "THREATEN" for e in events)


def test_consequences_of_a_thing_threaten_no_one(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes said the decision would have consequences.")
    assert all(e.event_type != "THREATEN" for e in events)
