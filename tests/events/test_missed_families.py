"""Missed families of issue 16: attempted attacks that happened, political contests with no named
side. Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The rebels tried to blow up the embassy in Nairobi on Monday.",
    "Gunmen attempted to assassinate Ana Lopes on Monday.",
    "Police foiled a bid to bomb the embassy on Monday.",
])
def test_an_attack_attempted_in_the_past_is_asserted(nlp, event_resources, text):
    found = _assaults(code_text(nlp, event_resources, text))
    assert found and all(e.modality == "asserted" for e in found), [(e.cameo, e.modality, e.why) for e in found]


def test_an_attempt_still_to_come_is_not_asserted(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels will try to blow up the embassy.")
    assert events and all(e.modality != "asserted" for e in events), [(e.cameo, e.modality, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "The opposition party dissipated its energy in in-fighting before the election.",
    "The opposition party went on the offensive over the budget in parliament.",
])
def test_a_sideless_contest_in_a_clause_of_parties_is_no_assault(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert not _assaults(events), [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "The government launched an offensive in the north on Monday.",
    "Heavy fighting broke out near the opposition party headquarters, killing two.",
    "The opposition party said fighting in the north had displaced thousands.",
])
def test_a_sideless_fight_of_war_stays_an_assault(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert _assaults(events), [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Anyone convicted of selling drugs can be jailed for six months.",
    "Ana Lopes said a cessation of attacks could backfire.",
    "Ana Lopes called for an end to the fighting in the north.",
    "For soldiers wounded in combat, the first hour is the most important.",
])
def test_a_statement_of_law_or_kind_is_no_happening(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert not [e for e in events if e.event_type in ("ASSAULT", "COERCE")], [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Soldiers wounded in the attack were flown to Nairobi on Monday.",
    "Police arrested anyone who protested on Monday.",
    "At the end of the fighting in the north, the rebels killed two soldiers.",
])
def test_a_told_happening_stays(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert [e for e in events if e.event_type in ("ASSAULT", "COERCE")], [(e.cameo, e.why) for e in events]


def test_the_generic_statements_section_is_read():
    from tacitus.events.sense import SenseRules

    law = SenseRules.load().law
    assert "anyone" in law.pronouns and "cessation" in law.stop_heads and "be" in law.state_verbs


def test_leaders_who_direct_their_officials_to_talk_agree(nlp, event_resources):
    text = "Ana Lopes and Tomas Varga directed their foreign secretaries to resume the dialogue."
    events = code_text(nlp, event_resources, text)
    assert [e for e in events if e.event_type == "AGREE" and e.modality == "asserted"], [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Chile ordered troops to withdraw from the border with Peru.",
    "Ana Lopes told visiting Tomas Varga that Chile would help.",
])
def test_other_orders_and_tellings_are_no_decision_to_talk(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert not [e for e in events if "decision to talk" in (e.why or "")], [(e.cameo, e.why) for e in events]
