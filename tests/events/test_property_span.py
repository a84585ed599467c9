"""Genericity of the clause (events/sense_generic.py ``_property``, ``_open_span``): a relative
clause in the simple present tells a property of its noun, and acts told "over the years" or "for
decades" are no one happening; the same acts told in the past, or over a counted span, stay.
Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize("text, plover", [
    ("The Kenyan police, which coordinates security policy for many districts, revised its figures.", "COOPERATE"),
    ("Chile said violence that kills civilians in Peru must end.", "ASSAULT"),
    ("Ana Lopes met Varga, who visits Chile each spring and praises its wines.", "SUPPORT"),
    ("Chile has over the years offered vigorous support to Peru.", "AGREE"),
    ("Chile has over the years offered vigorous support to Peru.", "SUPPORT"),
    ("The rebels have for decades attacked police posts in Kenya.", "ASSAULT"),
])
def test_properties_and_open_spans_are_no_happening(nlp, event_resources, text, plover):
    assert plover not in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text, plover", [
    ("The rebels, who attacked a police post in Kenya on Monday, fled.", "ASSAULT"),
    ("Ana Lopes met Varga, who praised Chile on Monday.", "SUPPORT"),
    ("The rebels have over the past two years attacked police posts in Kenya.", "ASSAULT"),
    ("The rebels attacked police posts in Kenya for three days.", "ASSAULT"),
])
def test_past_relatives_and_counted_spans_stay(nlp, event_resources, text, plover):
    assert plover in _types(code_text(nlp, event_resources, text))
