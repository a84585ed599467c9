"""Frames of subordinate clauses (events/roles.py ``_bare_participle``, events/matching.py's
``xcomp`` condition): a bare passive participle ("when asked") hangs its patient, not its doer, on
the main clause's subject; an adverbial clause is the act a verb of ordering orders only as an
infinitive. Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "When asked about the border, Ana Lopes said Chile wanted peace.",
    "Asked about the vote, Varga said Kenya was calm.",
    "If asked by reporters, Ana Lopes will say nothing about Peru.",
])
def test_the_one_asked_is_no_requester(nlp, event_resources, text):
    assert not [e for e in code_text(nlp, event_resources, text) if e.event_type == "REQUEST"]


def test_an_active_request_keeps_its_requester(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes asked Varga to visit Chile, when she met him in Lima.")
    assert any(e.event_type == "REQUEST" and e.source.name == "Ana Lopes" for e in events)


def test_a_when_clause_is_not_the_order(nlp, event_resources):
    events = code_text(nlp, event_resources, "Varga told reporters in Lima when leaving the embassy on Monday.")
    assert not [e for e in events if e.event_type == "COERCE"]


def test_an_infinitive_order_to_leave_stays(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police told the rebels to leave the town on Monday.")
    assert [e.cameo for e in events if e.event_type == "COERCE"] == ["174"]
