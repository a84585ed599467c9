"""A group that agrees or meets with no partner named is on both sides (events/detect.py,
``mutual_codes``/``mutual_lemmas`` of data/arguments.yaml). Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def test_a_plural_subject_agreeing_with_no_partner_is_on_both_sides(nlp, event_resources):
    events = [e for e in code_text(nlp, event_resources, "The rebels agreed to set aside their differences on Monday.")
              if e.event_type == "AGREE"]
    assert events and events[0].target is not None, [(e.cameo, e.why) for e in events]
    assert events[0].target.name == events[0].source.name
    assert "on both sides" in events[0].why


@pytest.mark.parametrize("text", [
    "The rebels vowed to fight on until the end of the year.",
    "The rebels agreed to talks with Chile on Monday.",
    "Ana Lopes agreed to set aside her differences on Monday.",
    "The rebels met some 200 villagers in the town hall on Monday.",
])
def test_a_pledge_a_partner_or_one_person_is_no_group_act(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert all(e.target is None or e.target.name != e.source.name for e in events), [(e.cameo, e.why) for e in events]
