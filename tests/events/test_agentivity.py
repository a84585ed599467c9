"""Agentivity and argument kinds (events/sense.py ``not_agent``/``not_patient``, sense_tree.agents,
the epidemic words of genre.yaml's accident reports): a thing, a disease or an animal is no party to
a political happening, while the same verbs with actors stay events. Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize("text, plover", [
    # the doer of a raised or controlled verb is the subject of the verb it completes
    ("The cholera virus is reported to have killed 40 people in Kenya this year.", "ASSAULT"),
    ("The new flu strain is believed to have killed dozens of villagers near Lima.", "ASSAULT"),
    # a thing said or felt comes; it does not travel
    ("Lopes's accusation came in response to remarks by Varga.", "CONSULT"),
    ("Lopes's report came in response to a request from Chile.", "CONSULT"),
    # help given by a thing, not by a party
    ("Ana Lopes said Varga's experience will assist in finding a deal for Kenya.", "AGREE"),
    # animals are caught, not arrested
    ("Officials tested 80 migratory birds captured near Lima on Monday.", "COERCE"),
])
def test_a_thing_disease_or_animal_is_no_party(nlp, event_resources, text, plover):
    assert plover not in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text, plover", [
    ("The rebels are reported to have killed 40 people in Kenya this year.", "ASSAULT"),
    ("The rebels tried to kill Varga on Monday.", "ASSAULT"),
    ("Ana Lopes came to Kenya on Monday for talks.", "CONSULT"),
    ("Kenyan police captured 12 rebels near Nairobi on Monday.", "COERCE"),
])
def test_the_same_verbs_with_actors_stay_events(nlp, event_resources, text, plover):
    assert plover in _types(code_text(nlp, event_resources, text))


def test_an_object_controller_is_not_read_as_the_doer(nlp, event_resources):
    # "urged the rebels to attack": the rebels would attack, not Chile; the appeal is coded.
    events = code_text(nlp, event_resources, "Chile urged the rebels to stop attacking Peru.")
    assert "REQUEST" in _types(events)


def test_an_epidemic_report_tells_a_toll_not_an_assault(nlp, event_resources):
    text = ("Bird flu has spread to poultry farms across Kenya. The H5N1 virus was found in birds "
            "culled near Nairobi, and vaccine stocks are low. Health officials said the outbreak "
            "was the worst in years and the infection could spread. "
            "Fear has grown since more than 20 people have been killed in the region.")
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))
