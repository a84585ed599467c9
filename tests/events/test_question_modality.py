"""An act in a yes-no question is asked about, not told (events/modality.py ``_asked``); a
wh-question presupposes its act. Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, modality", [
    ("Did Chile attack Peru first? Nobody knows.", "hypothetical"),
    ('"Will Chile release the prisoners?" Varga asked Ana Lopes.', "hypothetical"),
    ("Why did Chile attack Peru? Nobody knows.", "asserted"),
    ("Chile attacked Peru on Monday. Why?", "asserted"),
])
def test_yes_no_questions_ask_about_an_act(nlp, event_resources, text, modality):
    events = [e for e in code_text(nlp, event_resources, text) if e.event_type in ("ASSAULT", "CONCEDE")]
    assert events and events[0].modality == modality


@pytest.mark.parametrize("text, modality", [
    ("Varga asked why Chile attacked Peru on Monday.", "asserted"),
    ("Varga asked whether Chile attacked Peru on Monday.", "hypothetical"),
])
def test_an_embedded_wh_question_presupposes_its_act(nlp, event_resources, text, modality):
    events = [e for e in code_text(nlp, event_resources, text) if e.event_type == "ASSAULT"]
    assert [e.modality for e in events] == [modality]
