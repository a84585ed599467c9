"""A relative clause set at its own time or place is a happening of its own, not background
(events/detect.py _situated); sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def test_a_relative_clause_with_its_own_place_is_coded_beside_the_main_event(nlp, event_resources):
    text = "Ana Lopes, who met Tomas Varga in Budapest, criticized Chile."
    triggers = {e.trigger for e in code_text(nlp, event_resources, text)}
    assert {"met", "criticized"} <= triggers


def test_a_relative_clause_with_its_own_day_is_coded_beside_the_main_event(nlp, event_resources):
    text = "Ana Lopes, who met Tomas Varga on Monday, criticized Chile."
    triggers = {e.trigger for e in code_text(nlp, event_resources, text)}
    assert {"met", "criticized"} <= triggers


def test_a_relative_clause_without_time_or_place_stays_background(nlp, event_resources):
    text = "The rebels, who attacked civilians, accused Kenya."
    triggers = {e.trigger for e in code_text(nlp, event_resources, text)}
    assert "accused" in triggers and "attacked" not in triggers
    placed = "The rebels, who attacked civilians in Mombasa last week, accused Kenya."
    assert {"attacked", "accused"} <= {e.trigger for e in code_text(nlp, event_resources, placed)}
