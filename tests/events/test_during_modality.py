"""An event noun in a "during" phrase happens when its clause does (events/modality.py)."""

from __future__ import annotations

import pytest

from tacitus.events import EventResources

from .helpers import code_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resources() -> EventResources:
    return EventResources.load()


def _visit(events):
    return [e for e in events if e.evidence and e.cameo.startswith("04") and e.source and e.source.name == "Ana Lopes"]


def test_a_visit_during_which_talks_will_be_held_is_not_yet_done(nlp, resources):
    events = code_text(nlp, resources, "During Ana Lopes's visit to Peru, Chile will hold talks with Kenya.")
    visits = _visit(events)
    assert visits and all(e.modality == "intended" for e in visits), [(e.cameo, e.modality, e.why) for e in events]


def test_a_visit_during_which_talks_were_held_happened(nlp, resources):
    events = code_text(nlp, resources, "During Ana Lopes's visit to Peru, Chile held talks with Kenya.")
    visits = _visit(events)
    assert visits and all(e.modality == "asserted" for e in visits), [(e.cameo, e.modality, e.why) for e in events]
