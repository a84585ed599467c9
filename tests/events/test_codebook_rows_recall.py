"""Lexicon rows from the CAMEO verb dictionary (issue 16): condolences offered to a side (018,
EXPRESS/OFFER "- * CONDOLENCES"), and "lashed out at" (LASH "- * OUT [111]")."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _coded(events):
    """(PLOVER type, CAMEO, source name, target name) per event."""
    return [(e.event_type, e.cameo, e.source.name if e.source else None, e.target.name if e.target else None)
            for e in events]


def test_condolences_to_a_side_are_an_empathetic_comment(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes expressed condolences to Peru over the deaths.")
    assert _coded(events) == [("SUPPORT", "018", "Ana Lopes", "Peru")]


def test_condolences_to_no_side_are_no_event(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes expressed her condolences on Monday.")
    assert events == []


def test_lashing_out_at_a_side_is_criticism(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes lashed out at Peru on Monday.")
    assert _coded(events) == [("ACCUSE", "111", "Ana Lopes", "Peru")]
