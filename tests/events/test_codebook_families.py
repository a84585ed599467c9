"""Verb families grown from the CAMEO verb dictionary (CAMEO.2.0.txt blocks), on sentences we wrote.

RETREAT (an armed body withdrawing or pulling out, ground ceded), PUT * UNDER ARREST/INVESTIGATION,
orders that are coercion (a medium closed, a person ordered or forced out of a country), PATROL,
REPULSE, SUBDUE, and verbs added to existing families (APPRECIATE, DENIGRATE, EVICT, REIMPOSE,
CONTRIBUTE, war games).
"""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _coded(events):
    """(PLOVER type, CAMEO, source name, target name) per event."""
    return [(e.event_type, e.cameo, e.source.name if e.source else None, e.target.name if e.target else None)
            for e in events]


def _types(events):
    """(PLOVER type, CAMEO, source name) per event."""
    return [(e.event_type, e.cameo, e.source.name if e.source else None) for e in events]


def test_armed_body_withdrawing_is_a_military_retreat(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels withdrew from the hills above Lima on Friday.")
    assert ("RETREAT", "0874", "rebels") in _types(events)


def test_pulling_out_of_a_town_is_a_military_retreat(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels pulled out of Lima after a week.")
    assert ("RETREAT", "0874", "rebels") in _types(events)


def test_leaving_a_race_is_no_retreat(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels withdrew from the election on Friday.")
    assert all(e.event_type != "RETREAT" for e in events)


def test_a_country_leaving_talks_is_not_a_retreat(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile withdrew from the talks with Peru.")
    assert all(e.event_type != "RETREAT" for e in events)


def test_ceding_ground_is_a_retreat_towards_the_receiver(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile handed control of the border post to Peru.")
    assert ("RETREAT", "0874", "Chile", "Peru") in _coded(events)


def test_handing_over_a_suspect_stays_an_extradition(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile handed over the suspect to Peru.")
    assert ("COOPERATE", "063", "Chile") in _types(events)
    assert all(e.event_type != "RETREAT" for e in events)


def test_put_under_house_arrest(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile placed Ana Lopes under house arrest.")
    assert ("COERCE", "173", "Chile", "Ana Lopes") in _coded(events)


def test_taken_into_custody(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police took Jan Novak into custody.")
    assert ("COERCE", "173", "police", "Jan Novak") in _coded(events)


def test_put_under_investigation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Peru put Tomas Varga under investigation.")
    assert ("ACCUSE", "090", "Peru", "Tomas Varga") in _coded(events)


def test_appreciating_assistance_is_praise(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes appreciated the assistance of Chile.")
    assert ("SUPPORT", "051", "Ana Lopes") in _types(events)


def test_belittling_is_criticism(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga belittled Ana Lopes on Monday.")
    assert ("ACCUSE", "111", "Tomas Varga", "Ana Lopes") in _coded(events)


def test_eviction_is_an_expulsion(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police evicted the rebels from the camp.")
    assert ("COERCE", "174", "police", "rebels") in _coded(events)


def test_reimposed_sanctions(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile reimposed sanctions on Peru.")
    assert ("COERCE", "163", "Chile", "Peru") in _coded(events)


def test_contributed_money_is_economic_aid(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile contributed ten million dollars to Peru.")
    assert ("AID", "071", "Chile", "Peru") in _coded(events)


def test_police_patrol_is_a_police_posture(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police patrolled the border with Chile.")
    assert ("MOBILIZE", "153", "police") in _types(events)


def test_repelling_an_attack_is_fighting(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels repelled an attack by Kenyan police.")
    assert ("ASSAULT", "190", "rebels") in _types(events)


def test_repelled_by_an_idea_is_no_fighting(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga was repelled by the idea.")
    assert events == []


def test_subduing_rioters_is_repression(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police subdued the rioters in Nairobi.")
    assert ("ASSAULT", "175", "police") in _types(events)


def test_subduing_a_team_is_no_repression(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile subdued the visitors in the second half.")
    assert events == []


def test_ordering_a_newspaper_closed_is_censorship(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya ordered the newspaper to suspend publication.")
    assert ("COERCE", "1721", "Kenya") in _types(events)
    assert all(e.event_type != "REQUEST" for e in events)


def test_ordering_someone_out_of_the_country_is_an_expulsion(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile ordered Jan Novak to leave the country.")
    assert ("COERCE", "174", "Chile", "Jan Novak") in _coded(events)


def test_throwing_out_diplomats_reduces_relations(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile threw out two Peruvian diplomats.")
    assert ("SANCTION", "166", "Chile") in _types(events)


def test_forcing_a_reform_is_not_an_expulsion(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile forced Peru to carry out reforms.")
    assert all(e.cameo != "174" for e in events)


def test_joint_war_games_are_military_cooperation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile and Peru began joint war games on Monday.")
    assert ("COOPERATE", "062", "Chile") in _types(events)


# --- PLOVER types the manual sets apart from the crosswalk (cameo.tsv rows marked "manual") ---------


def test_lifting_a_curfew_is_a_verbal_concession(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile lifted the curfew in Lima on Sunday.")
    assert ("CONCEDE", "0813", "Chile") in _types(events)


def test_a_resignation_is_a_retreat(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes resigned on Monday.")
    assert ("RETREAT", "0831", "Ana Lopes") in _types(events)


def test_a_promised_release_is_a_concession_not_an_agreement(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile agreed to release the rebels.")
    assert [e.event_type for e in events if e.source and e.source.name == "Chile"] == ["CONCEDE"]


def test_an_announced_withdrawal_is_a_concession(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile announced that it would withdraw its troops from Peru.")
    assert "CONCEDE" in [e.event_type for e in events]
    assert "RETREAT" not in [e.event_type for e in events]


def test_agreeing_to_a_ceasefire_is_an_agreement(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile and Peru agreed to a ceasefire on Friday.")
    assert ("AGREE", "030", "Chile") in _types(events)
