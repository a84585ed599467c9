"""Event families the coder used to miss (issue 16, item 4), on sentences we wrote ourselves.

Each family comes from the CAMEO codebook or the CAMEO verb dictionary: appeals whose object is a
clause ("called for X to resign"), assurances (PROMISE block), withdrawn support (REDUCE
RELATIONS), departures for a place (GO_SOMEWHERE), crowd assaults, joined forces, challenges and
objections (OPPOSE block), dialogues.
"""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _coded(events):
    """(PLOVER type, CAMEO, source name, target name) per event."""
    return [(e.event_type, e.cameo, e.source.name if e.source else None, e.target.name if e.target else None)
            for e in events]


def test_call_for_a_clause_targets_its_subject(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes called on Monday for Tomas Varga to resign.")
    assert ("REQUEST", "100", "Ana Lopes", "Tomas Varga") in _coded(events)
    # The resignation is what was called for, not a happening of its own.
    assert all(e.event_type != "CONCEDE" for e in events)


def test_call_for_a_noun_still_targets_its_arguments(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels called for talks with Ana Lopes.")
    assert ("REQUEST", "100", "rebels", "Ana Lopes") in _coded(events)


def test_assurance_to_a_side_is_a_commitment(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes assured Tomas Varga that Chile would defend its borders.")
    assert ("AGREE", "030", "Ana Lopes", "Tomas Varga") in _coded(events)


def test_assurance_of_support(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga assured Peru of his full support.")
    assert ("AGREE", "032", "Tomas Varga", "Peru") in _coded(events)


def test_assurance_without_a_side_is_not_an_event(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes assured that the figures were correct.")
    assert events == []


def test_withdrawn_support_reduces_relations(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile withdrew its support for Tomas Varga on Friday.")
    assert ("SANCTION", "160", "Chile", "Tomas Varga") in _coded(events)


def test_leaving_for_a_capital_is_a_visit(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes left for Lima on Monday to resume talks.")
    assert ("CONSULT", "042", "Ana Lopes", "Peru") in _coded(events)


def test_leaving_for_no_side_is_not_a_visit(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes left for work early on Monday.")
    assert all(e.cameo != "042" for e in events)


def test_mobbed_by_a_crowd_is_an_assault(nlp, event_resources):
    events = code_text(nlp, event_resources, "Jan Novak was mobbed by the rebels in Lima.")
    assert ("ASSAULT", "182", "rebels", "Jan Novak") in _coded(events)


def test_joined_forces_is_cooperation_with_the_partner(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police joined forces with Chile against the rebels.")
    assert ("COOPERATE", "060", "police", "Chile") in _coded(events)


def test_challenging_a_right_is_disapproval(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels challenged the right of Ana Lopes to pass the budget.")
    assert ("ACCUSE", "110", "rebels", "Ana Lopes") in _coded(events)


def test_protesting_an_attitude_is_a_complaint_not_a_demonstration(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels protested the discriminatory attitude of Kenyan police.")
    assert ("ACCUSE", "114", "rebels", "police") in _coded(events)
    assert all(e.event_type != "PROTEST" for e in events)


def test_dialogue_with_a_side_is_a_consultation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes held a dialogue with Tomas Varga in Lima.")
    assert [(t, s, o) for t, _, s, o in _coded(events)] == [("CONSULT", "Ana Lopes", "Tomas Varga")]


def _code_dated(nlp, resources, text: str, dateline: str):
    """Code ``text`` as the body of an article with a dateline."""
    from tacitus.events import detect_events
    from tacitus.model import Article
    from tacitus.nlp import make_doc_text

    from .helpers import actor_table

    return detect_events(nlp(make_doc_text(text)), Article(id="r1", text=text, dateline=dateline),
                         actor_table(text), resources)


def _sides(events):
    """(PLOVER type, source name, source country, source sector, target country) per event."""
    return [(e.event_type, e.source.name, e.source.country, e.source.sector, e.target.country if e.target else None)
            for e in events]


def test_arriving_here_is_a_visit_to_the_dateline_country(nlp, event_resources):
    events = _code_dated(nlp, event_resources, "Ana Lopes arrived here on Monday for talks.", "LIMA, May 3 (AFP)")
    assert ("CONSULT", "Ana Lopes", "PRT", "GOV", "PER") in _sides(events)


def test_here_without_a_dateline_is_no_side(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes arrived here on Monday for talks.")
    assert all(e.cameo != "042" for e in events)


def test_the_listed_members_of_a_delegation_each_arrive(nlp, event_resources):
    events = _code_dated(nlp, event_resources, "Other delegations, including Chile and Kenya, arrived here on Tuesday.",
                         "LIMA, May 3 (AFP)")
    sides = {(t, country, sector, target) for t, _, country, sector, target in _sides(events)}
    assert sides == {("CONSULT", "CHL", "GOV", "PER"), ("CONSULT", "KEN", "GOV", "PER")}


def test_arrival_of_a_side_in_a_capital(nlp, event_resources):
    events = code_text(nlp, event_resources, "With the arrival of Ana Lopes in Lima, the talks began on Tuesday.")
    assert ("CONSULT", "042", "Ana Lopes", "Peru") in _coded(events)


def test_due_in_a_country_for_a_visit(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes is due in Kenya on Friday for a two-day visit.")
    found = [(e.event_type, e.source.name, e.target.name if e.target else None, e.modality) for e in events]
    assert ("CONSULT", "Ana Lopes", "Kenya", "planned") in found


def test_joining_a_side_for_a_purpose_is_cooperation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police will join Chile to patrol the border.")
    assert [(t, s, o) for t, _, s, o in _coded(events)][:1] == [("AGREE", "police", "Chile")]


def test_joining_without_a_purpose_is_not_cooperation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga joined Chile on Monday.")
    assert events == []


def test_guarding_a_side_is_protection(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police guarded Ana Lopes in Lima.")
    assert ("AID", "074", "police", "Ana Lopes") in _coded(events)


def test_the_attack_a_verb_condemns_is_coded_too(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes condemned the attack on Kenyan police in Lima.")
    found = [(e.event_type, e.source.name, e.target.name if e.target else None) for e in events]
    assert any(t == "ACCUSE" and s == "Ana Lopes" for t, s, _ in found)
    assert ("ASSAULT", "unidentified", "police") in found


def test_a_named_doer_of_a_condemned_attack_is_its_source(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile denounced the attack by the rebels on Kenyan police.")
    assert ("ASSAULT", "rebels", "police") in [(e.event_type, e.source.name, e.target.name if e.target else None)
                                               for e in events]


def test_a_generic_condemned_kind_of_happening_is_not_coded(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile condemned attacks on civilians.")
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_talks_a_meeting_verb_governs_stay_one_happening(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes met Tomas Varga for the talks in Lima.")
    assert [e.event_type for e in events] == ["CONSULT"]


def test_collective_agent_of_a_passive_is_its_members(nlp, event_resources):
    events = code_text(nlp, event_resources, "Jan Novak was mobbed by supporters of the rebels in Lima.")
    assert ("ASSAULT", "rebels", "Jan Novak") in [(e.event_type, e.source.name, e.target.name) for e in events]


def test_the_doer_of_a_relative_clause_on_a_supported_role(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile supports the role Peru has played in the region.")
    assert ("SUPPORT", "051", "Chile", "Peru") in _coded(events)


def test_the_owner_of_a_supported_stance_in_the_passive(nlp, event_resources):
    events = code_text(nlp, event_resources, "The stance of Peru is supported by Chile and Kenya.")
    assert {(e.source.name, e.target.name) for e in events if e.event_type == "SUPPORT"} == {
        ("Chile", "Peru"), ("Kenya", "Peru")}


def test_a_verb_acting_on_the_happening_keeps_it_one_event(nlp, event_resources):
    # Postponing a visit is not a judgement of it: the visit is not coded as a happening of its own.
    events = code_text(nlp, event_resources, "Ana Lopes postponed her visit to Peru.")
    assert all(e.cameo != "042" for e in events)


@pytest.mark.parametrize("text, target", [
    ("Chile voted down the plan of Ana Lopes.", "Ana Lopes"),
    ("The rebels voted out the government of Tomas Varga.", "Tomas Varga"),
    ("Chile voted against Peru in the council.", "Peru"),
])
def test_a_vote_that_rejects(nlp, event_resources, text, target):
    events = code_text(nlp, event_resources, text)
    assert [(e.event_type, e.cameo, e.target.name if e.target else None) for e in events] == [("REJECT", "120", target)]


def test_a_vote_for_is_no_rejection(nlp, event_resources):
    assert code_text(nlp, event_resources, "Chile voted for the resolution on Monday.") == []


def test_a_passive_relative_clause_names_the_patient_not_the_doer(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels, who were blamed by Chile for the attack, fled to the hills.")
    assert ("ACCUSE", "Chile", "rebels") in [(e.event_type, e.source.name, e.target.name if e.target else None)
                                             for e in events]
    assert all(not (e.event_type == "ACCUSE" and e.source.name == "rebels") for e in events)


def test_talks_a_side_hosted_are_its_consultation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile hosted talks with Peru on Monday.")
    assert [(e.event_type, e.source.name) for e in events] == [("CONSULT", "Chile")]


def test_forged_ties_are_diplomatic_cooperation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile forged diplomatic ties with Kenya in 1972.")
    assert [(e.event_type, e.cameo, e.source.name, e.target.name) for e in events] == [("SUPPORT", "050", "Chile", "Kenya")]


def test_initiated_cooperation_is_material_cooperation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile initiated cooperation with Peru in agriculture.")
    assert [(e.event_type, e.cameo, e.source.name, e.target.name) for e in events] == [("COOPERATE", "060", "Chile", "Peru")]


def test_wishing_to_deepen_cooperation_is_no_act_of_cooperation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile wants deeper cooperation with Peru.")
    assert all(e.event_type != "COOPERATE" for e in events)
