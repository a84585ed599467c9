"""Event detection on sentences we wrote: one test per pattern family, roles, modality, fields."""

from __future__ import annotations

import pytest


from .helpers import code_text, summary

pytestmark = pytest.mark.slow


def _has(events, cameo_prefix, source, target=None, modality=None):
    """True when one event matches the CAMEO prefix, source/target names and modality."""
    for cameo, src, tgt, mod in summary(events):
        if cameo.startswith(cameo_prefix) and src == source and (target is None or tgt == target) and (modality is None or mod == modality):
            return True
    return False


FAMILIES = [
    # (sentence, cameo prefix, source, target)
    ("Ana Lopes met Tomas Varga in Lisbon on Tuesday.", "040", "Ana Lopes", "Tomas Varga"),
    ("Ana Lopes visited Peru last week.", "042", "Ana Lopes", "Peru"),
    ("Kenya hosted Ana Lopes for two days of talks.", "043", "Kenya", "Ana Lopes"),
    ("Chile held talks with Peru on the border dispute.", "040", "Chile", "Peru"),
    ("Chile negotiated with Peru over fishing rights.", "046", "Chile", "Peru"),
    ("Ana Lopes praised Tomas Varga for his leadership.", "051", "Ana Lopes", "Tomas Varga"),
    ("Chile signed a trade agreement with Peru.", "057", "Chile", "Peru"),
    ("Chile accused Peru of espionage.", "1125", "Chile", "Peru"),
    ("Peru accused Chile of stoking unrest.", "112", "Peru", "Chile"),
    ("Tomas Varga condemned Ana Lopes over the remarks.", "111", "Tomas Varga", "Ana Lopes"),
    ("The rebels attacked the police near the border.", "19", "rebels", "police"),
    ("The rebels killed two police officers.", "18", "rebels", "police"),
    ("Chile imposed sanctions on Peru.", "163", "Chile", "Peru"),
    ("Chile threatened Peru with military action.", "138", "Chile", "Peru"),
    ("Kenya called for talks with the rebels.", "10", "Kenya", None),
    ("Peru rejected the proposal from Chile.", "12", "Peru", None),
    ("The police arrested Jan Novak on Friday.", "173", "police", "Jan Novak"),
    ("Chile provided humanitarian aid to Peru.", "073", "Chile", "Peru"),
    ("Chile deployed troops to the border with Peru.", "154", "Chile", None),
    ("The rebels protested against the police in Nairobi.", "141", "rebels", "police"),
    ("Kenya urged the rebels to release the hostages.", "1053", "Kenya", "rebels"),
    ("Chile pledged aid to Peru after the floods.", "033", "Chile", "Peru"),
    ("Ana Lopes invited Tomas Varga to visit Portugal.", "036", "Ana Lopes", "Tomas Varga"),
    ("Kenya invited inspectors to visit the prison.", "0355", "Kenya", None),
    ("Peru expelled Chilean diplomats.", "166", "Peru", "Chile"),
    ("Chile investigated Peru for fraud.", "09", "Chile", "Peru"),
]


@pytest.mark.parametrize("text, prefix, source, target", FAMILIES, ids=[f[1] + ":" + f[0][:25] for f in FAMILIES])
def test_pattern_families(nlp, event_resources, text, prefix, source, target):
    events = code_text(nlp, event_resources, text)
    assert _has(events, prefix, source, target), summary(events)


def test_agree_to_hold_a_summit_is_one_agree_event_with_the_target(nlp, event_resources):
    # The agreement has been made (asserted); what was agreed to is its content (CAMEO 036).
    events = code_text(nlp, event_resources, "Tomas Varga has agreed to hold a summit with Ana Lopes, Chile said.")
    assert summary(events) == [("036", "Tomas Varga", "Ana Lopes", "asserted")]
    assert events[0].event_type == "AGREE" and events[0].quad_class == 1


def test_agree_to_form_a_group_is_030(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile and Peru agreed to form a joint commission on water.")
    assert _has(events, "030", "Chile", "Peru", "asserted")
    assert "compound" in events[0].why


def test_reporting_verb_codes_the_reported_event_not_a_statement(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya said Ana Lopes had met Tomas Varga.")
    assert summary(events) == [("040", "Ana Lopes", "Tomas Varga", "asserted")]


def test_passive_voice_swaps_roles(nlp, event_resources):
    events = code_text(nlp, event_resources, "The police were attacked by the rebels on Monday.")
    assert _has(events, "19", "rebels", "police")


def test_passive_without_agent_is_a_sourceless_assault(nlp, event_resources):
    # Material conflict is news whoever did it: no source, the passive subject as target.
    events = code_text(nlp, event_resources, "The police were attacked on Monday.")
    assert [(e.cameo[:2], e.source.actor_id, e.source.country, e.target.name if e.target else None) for e in events] == [
        ("19", "unidentified", None, "police")]
    assert "sourceless" in events[0].why


def test_verbal_act_without_source_is_not_an_event(nlp, event_resources):
    # Statements, appeals and the like need someone who made them.
    assert code_text(nlp, event_resources, "The talks were praised on Monday.") == []


def test_possessive_event_noun(nlp, event_resources):
    events = code_text(nlp, event_resources, "Observers welcomed Ana Lopes's meeting with Tomas Varga.")
    assert _has(events, "040", "Ana Lopes", "Tomas Varga")


def test_relative_clause_subject(nlp, event_resources):
    events = code_text(nlp, event_resources, "It was a blow to Ana Lopes, who criticized Tomas Varga sharply.")
    assert _has(events, "111", "Ana Lopes", "Tomas Varga")


def test_coordinated_targets_give_one_event_each(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes met Tomas Varga and Jan Novak.")
    assert _has(events, "040", "Ana Lopes", "Tomas Varga") and _has(events, "040", "Ana Lopes", "Jan Novak")


def test_symmetric_events_are_one_record_marked_symmetric(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes met Tomas Varga.")
    assert len(events) == 1 and "symmetric" in events[0].why


def test_object_control_chain(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile asked Peru to call off the exercise.")
    assert _has(events, "02", "Chile", "Peru")


@pytest.mark.parametrize("text, modality", [
    ("Ana Lopes will visit Peru next month.", "intended"),
    ("Ana Lopes plans to visit Peru.", "intended"),
    ("Ana Lopes is due to travel to Peru on Monday.", "planned"),
    ("Ana Lopes is scheduled to meet Tomas Varga in May.", "planned"),
    ("Ana Lopes was scheduled to meet Tomas Varga in May, but Chile asked her to call off the trip.", "cancelled"),
    ("Ana Lopes did not meet Tomas Varga.", "negated"),
    ("Ana Lopes never visited Peru.", "negated"),
    ("Chile could impose sanctions on Peru.", "hypothetical"),
    ("If the talks fail, Chile would attack Peru.", "hypothetical"),
    ("Ana Lopes met Tomas Varga on Monday.", "asserted"),
])
def test_modality(nlp, event_resources, text, modality):
    events = [e for e in code_text(nlp, event_resources, text) if e.source.name in ("Ana Lopes", "Chile")]
    assert events, text
    assert events[0].modality == modality, events[0].why


def test_refusing_to_meet_is_a_rejection(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga refused to meet Ana Lopes.")
    assert _has(events, "125", "Tomas Varga")
    assert not any(e.event_type == "CONSULT" for e in events)


def test_event_fields_offsets_and_trace(nlp, event_resources):
    text = "Chile recalled its envoy.\nAna Lopes met Tomas Varga in Lima on Sunday."
    events = code_text(nlp, event_resources, text)
    meet = next(e for e in events if e.cameo == "040")
    assert text[meet.trigger_start:meet.trigger_end] == meet.trigger == "met"
    assert meet.sentence == 1 and meet.evidence == "Ana Lopes met Tomas Varga in Lima on Sunday."
    assert meet.article_id == "a1" and meet.date is None and meet.location is None
    assert meet.event_type == "CONSULT" and meet.goldstein == 1.0 and meet.source.country == "PRT"
    assert "trigger 'met'" in meet.why and "consult.meet" in meet.why and "nsubj" in meet.why
    assert 0.0 < meet.confidence <= 1.0
    again = code_text(nlp, event_resources, text)
    assert [e.id for e in again] == [e.id for e in events]


def test_no_actors_no_events(nlp, event_resources):
    assert code_text(nlp, event_resources, "The weather was mild and the markets were calm.") == []


def test_telling_a_journalist_is_not_a_consultation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes told Jan Novak that the talks went well.")
    assert not any(e.cameo == "040" and e.target and e.target.name == "Jan Novak" for e in events)


def test_a_pronoun_the_coreference_map_links_is_the_source(nlp, event_resources):
    # The actor stage's coreference map makes "it" a mention of Chile (tests/actors/test_coreference.py).
    events = code_text(nlp, event_resources, "Chile said on Monday it had expelled Peruvian diplomats.")
    assert _has(events, "166", "Chile", "Peru")


def test_members_of_a_group_are_the_source(nlp, event_resources):
    events = code_text(nlp, event_resources, "A group of Kenyan police attacked the rebels.")
    assert _has(events, "19", "police", "rebels")


def test_non_actor_subject_gives_no_event(nlp, event_resources):
    assert code_text(nlp, event_resources, "The two sides met Ana Lopes on Monday.") == []


def test_calling_off_a_strike_is_a_concession_not_a_rejection(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels called off their strike.")
    assert [e.event_type for e in events] == ["CONCEDE"]


@pytest.mark.parametrize("text, modality", [
    ("Chile said it will release no prisoners.", "negated"),
])
def test_modality_of_objects_and_demanded_clauses(nlp, event_resources, text, modality):
    # "will release no prisoners" is also recoded as a refusal (1243); the modality stays negated.
    events = [e for e in code_text(nlp, event_resources, text) if e.cameo.startswith(("084", "1243"))]
    assert events and events[0].modality == modality, [e.why for e in code_text(nlp, event_resources, text)]


def test_committing_abuses_is_not_a_commitment(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile continues to commit abuses against Peruvian workers.")
    assert not any(e.event_type == "AGREE" for e in events)


@pytest.mark.parametrize("text", [
    "The rebels took part in talks on the border area.",
    "The rebels took a step toward peace in the region.",
    "The rebels took the decision to leave the town.",
])
def test_taking_part_a_step_or_a_decision_is_no_occupation(nlp, event_resources, text):
    # "take" occupies (192) only when what is taken is territory, not when territory is mentioned.
    events = code_text(nlp, event_resources, text)
    assert not any(e.cameo == "192" for e in events), [e.why for e in events]


def test_taking_a_town_is_an_occupation(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels took the town of Kisumu on Sunday.")
    assert any(e.cameo == "192" for e in events), [e.why for e in events]


def test_a_plain_bombing_is_183_and_an_aerial_one_195(nlp, event_resources):
    # CAMEO: 194 is artillery and tanks; a bombing with no aircraft named is 183, from the air 195.
    plain = code_text(nlp, event_resources, "The rebels bombed a police station near the border.")
    aerial = code_text(nlp, event_resources, "Kenyan jets bombed the rebels near the border.")
    assert any(e.cameo == "183" for e in plain) and not any(e.cameo == "194" for e in plain), [e.why for e in plain]
    assert any(e.cameo == "195" for e in aerial), [e.why for e in aerial]
