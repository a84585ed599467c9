"""Sense families of issue 16, on sentences we wrote: finished meetings are meetings (CONSULT), joint
exercises are military cooperation, expressed attitudes and readiness to use force."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _coded(events):
    """(PLOVER type, CAMEO, source name, target name) per event."""
    return [(e.event_type, e.cameo, e.source.name if e.source else None, e.target.name if e.target else None)
            for e in events]


# --- finished meetings: the meeting noun decides --------------------------------------------------

@pytest.mark.parametrize("text, cameo, target", [
    ("Ana Lopes ended two days of talks with Tomas Varga in Lima on Friday.", "040", "Tomas Varga"),
    ("Ana Lopes wrapped up a three-day visit to Chile on Sunday.", "042", "Chile"),
    ("Tomas Varga completed a tour of Kenya on Tuesday.", "042", "Kenya"),
    ("Chile ended the summit with Peru on Friday.", "040", "Peru"),
    ("Peru concluded consultations with Chile on Friday.", "040", "Chile"),
])
def test_a_finished_meeting_is_a_meeting(nlp, event_resources, text, cameo, target):
    coded = _coded(code_text(nlp, event_resources, text))
    assert any(c[0] == "CONSULT" and c[1] == cameo and c[3] == target for c in coded), coded
    assert not any(c[0] in ("SANCTION", "RETREAT") for c in coded), coded


def test_breaking_off_talks_is_still_a_halt(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Peru broke off talks with Chile on Friday."))
    assert ("SANCTION", "164", "Peru", "Chile") in coded


def test_ending_sanctions_is_still_an_easing(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Chile ended its sanctions against Peru on Friday."))
    assert any(c[0] == "RETREAT" and c[1] == "085" for c in coded), coded


# --- joint exercises: military cooperation with the partner ---------------------------------------

@pytest.mark.parametrize("text", [
    "Chile held joint military exercises with Peru on Friday.",
    "Chile held joint naval drills with Peru in the Pacific.",
    "Chile and Peru held joint exercises on Friday.",
])
def test_joint_exercises_are_military_cooperation(nlp, event_resources, text):
    coded = _coded(code_text(nlp, event_resources, text))
    assert ("COOPERATE", "062", "Chile", "Peru") in coded, coded
    assert not any(c[0] == "MOBILIZE" for c in coded), coded


def test_exercises_held_with_a_partner_are_joint(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Chile held naval exercises with Peru on Friday."))
    assert ("COOPERATE", "062", "Chile", "Peru") in coded, coded


def test_one_armys_own_exercise_stays_a_show_of_force(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Chile held military exercises with live ammunition on Friday."))
    assert [c[:2] for c in coded] == [("MOBILIZE", "150")], coded


# --- expressed attitudes ---------------------------------------------------------------------------

def test_expressed_support_is_an_endorsement(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Ana Lopes expressed support for Tomas Varga on Friday."))
    assert ("SUPPORT", "051", "Ana Lopes", "Tomas Varga") in coded


def test_voiced_solidarity_is_an_endorsement(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Peru voiced solidarity with Kenya on Friday."))
    assert ("SUPPORT", "051", "Peru", "Kenya") in coded


@pytest.mark.parametrize("text, source, target", [
    ("Tomas Varga won the backing of Chile on Friday.", "Chile", "Tomas Varga"),
    ("Chile received the support of Peru for its bid.", "Peru", "Chile"),
])
def test_backing_won_comes_from_the_backer(nlp, event_resources, text, source, target):
    coded = _coded(code_text(nlp, event_resources, text))
    assert ("SUPPORT", "051", source, target) in coded, coded


def test_concern_over_a_named_side_is_disapproval(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Chile expressed concern over Peru on Friday."))
    assert ("ACCUSE", "110", "Chile", "Peru") in coded


@pytest.mark.parametrize("text", [
    "Chile expressed regret over the incident on Friday.",
    "Peru expressed regret over the death of Jan Novak.",
    "Ana Lopes expressed her concern to Tomas Varga over the incident.",
])
def test_concern_over_a_happening_blames_no_one(nlp, event_resources, text):
    coded = _coded(code_text(nlp, event_resources, text))
    assert not any(c[0] == "ACCUSE" for c in coded), coded


# --- readiness: to use force is a threat, to talk an intent to meet -------------------------------

@pytest.mark.parametrize("text, target", [
    ("Chile said it was ready to use force against Peru.", "Peru"),
    ("Peru is prepared to strike the rebels.", "rebels"),
    ("Chile said it was willing to retaliate against Peru.", "Peru"),
])
def test_readiness_to_use_force_is_a_threat(nlp, event_resources, text, target):
    coded = _coded(code_text(nlp, event_resources, text))
    assert any(c[0] == "THREATEN" and c[1] == "138" and c[3] == target for c in coded), coded
    assert not any(c[0] == "ASSAULT" for c in coded), coded


@pytest.mark.parametrize("text", [
    "Chile said it was ready to negotiate with Peru.",
    "Chile is willing to meet Peru.",
])
def test_readiness_to_talk_is_an_intent_to_meet(nlp, event_resources, text):
    coded = _coded(code_text(nlp, event_resources, text))
    assert ("AGREE", "036", "Chile", "Peru") in coded, coded
    assert not any(c[0] == "THREATEN" for c in coded), coded


def test_a_reported_preparation_is_no_threat(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "The rebels were preparing to attack Lima, police said."))
    assert not any(c[0] == "THREATEN" for c in coded), coded


def test_force_used_and_answered_is_an_assault(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Chile retaliated against Peru on Friday."))
    assert ("ASSAULT", "190", "Chile", "Peru") in coded


# --- talks between two sides ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Talks between Chile and Peru resumed in Lima on Monday.",
    "Ana Lopes attended talks between Chile and Peru on Friday.",
])
def test_the_sides_between_whom_talks_are_held_are_their_participants(nlp, event_resources, text):
    coded = _coded(code_text(nlp, event_resources, text))
    assert ("CONSULT", "040", "Chile", "Peru") in coded, coded
    assert not any(c[2] == "Ana Lopes" for c in coded), coded


def test_a_warning_of_ones_own_force_is_one_threat_of_force(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Kenya warned that it would attack the rebels."))
    assert coded == [("THREATEN", "138", "Kenya", "rebels")], coded


def test_a_warning_of_another_partys_attack_still_accuses_it(nlp, event_resources):
    coded = _coded(code_text(nlp, event_resources, "Chile warned that the rebels may attack Lima."))
    assert ("ACCUSE", "112", "Chile", "rebels") in coded, coded
