"""Sense checks on what a violent trigger's arguments are (events/sense_argument.py, the disease,
idea and social-problem classes of data/sense.yaml, the calamity checks of sense_cause.py).
Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize("text", [
    "Kenya launched a new federation of trade unions at the meeting.",
    "The coach is launching him into the national squad.",
    "Chile hurled insults at Peru on Monday.",
])
def test_launching_or_hurling_what_is_no_weapon_is_no_attack(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text", [
    "The rebels fired rockets at a police post in Kenya.",
    "The rebels hurled stones at the police in Nairobi.",
    "A drone fired one missile at a group of rebels near Nairobi.",
])
def test_firing_a_weapon_stays_an_attack(nlp, event_resources, text):
    assert "ASSAULT" in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text", [
    "Kenya is making a great effort to fight HIV/AIDS in the region.",
    "Cholera has killed more than 300 people in Kenya since March.",
    "The Acquired Immune Deficiency Syndrome has killed millions of people.",
])
def test_a_disease_is_neither_a_target_nor_a_killer(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


def test_a_crackdown_on_a_social_ill_is_policy(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes promised a crackdown on alcohol fuelled violence.")
    assert "ASSAULT" not in _types(events)


def test_a_crackdown_on_people_stays(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police launched a crackdown on the rebels in Nairobi.")
    assert "ASSAULT" in _types(events) or "COERCE" in _types(events)


def test_a_clash_of_ideas_is_no_fight(nlp, event_resources):
    text = "Chile warned of a possible clash among civilizations."
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


def test_a_war_named_as_a_time_is_background(nlp, event_resources):
    text = "Kenya is still recovering from a long civil war."
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


def test_a_war_with_its_sides_stays(nlp, event_resources):
    text = "Chile and Peru fought a war in 1879."
    assert "ASSAULT" in _types(code_text(nlp, event_resources, text))


def test_hitting_out_at_a_decision_is_criticism(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes hit out at the decision of the court.")
    assert [e.cameo for e in events] == ["111"], [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Nineteen people were killed and several others injured in a bus collision in Kenya.",
    "A small plane crashed in Kenya on Monday, killing the pilot and injuring two passengers.",
])
def test_deaths_in_an_accident_are_no_assault(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


def test_a_return_to_a_state_is_no_visit(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chilean rail services returned to normal on Thursday.")
    assert "CONSULT" not in _types(events)


def test_fighting_fires_is_no_attack(nlp, event_resources):
    events = code_text(nlp, event_resources, "Two aircraft from Chile arrived to help Kenya fight the fires in the west.")
    assert "ASSAULT" not in _types(events)


def test_opening_fire_stays_an_attack(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police opened fire on the protesters in Nairobi.")
    assert "ASSAULT" in _types(events)


def test_a_calamity_named_as_a_proper_name_is_no_attacker(nlp, event_resources):
    events = code_text(nlp, event_resources, "Forty Kenyans died in the Tsunami which struck south Asia in December.")
    assert "ASSAULT" not in _types(events)


def test_a_machine_coerces_no_one(nlp, event_resources):
    text = "The fire triggered the automatic protection system, which immediately shut down the units."
    assert "COERCE" not in _types(code_text(nlp, event_resources, text))


def test_seizing_time_is_no_seizure(nlp, event_resources):
    text = "Kenya is seizing time to expand its trade with Chile."
    assert "COERCE" not in _types(code_text(nlp, event_resources, text))


def test_a_commitment_demonstrated_is_no_demonstration(nlp, event_resources):
    text = "Ana Lopes praised the commitment demonstrated by the cities of Chile."
    assert "PROTEST" not in _types(code_text(nlp, event_resources, text))


def test_an_attack_on_a_price_or_a_plan_is_criticism(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes launched an attack on the cost of the asylum system.")
    assert "111" in [e.cameo for e in events] and "ASSAULT" not in _types(events), [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "A small plane hit a tree near Nairobi on Monday.",
    "The truck crushed the shelter in Nairobi.",
])
def test_a_vehicle_hitting_a_tree_or_a_shelter_is_an_accident(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text", [
    "Wild boar have multiplied, and invasions by the animals of villagers' homes were reported in Kenya.",
    "The Democrats seized control of the House of Representatives in the midterm elections in Chile.",
    "The opposition in Chile captured 15 seats from the ruling party.",
    "The dispute in Kenya is partly driven by Ana Lopes's hostility to the oil firm.",
    "Chile and Peru agreed to stop attacking each other through media reports.",
    "Kenya put the mine up for sale after hitting the company with a bill for back taxes.",
    "The Kenyan airline is in bankruptcy protection and battling to cut costs.",
    "Hurricane Mitch hit Honduras in 1998. Mitch killed about 10,000 people in Honduras.",
    "URGENT: 9,007 people killed in 53,173 accidents in Chile this October.",
    "The firm said the original scope of work could not be executed in a cost-effective manner.",
])
def test_animals_wins_attitudes_words_penalties_efforts_and_storms_are_no_attacks(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert not {"ASSAULT", "COERCE"} & set(_types(events)), [(e.event_type, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Rebels are fighting to overthrow the government of Kenya.",
    "The rebels executed three hostages in Nairobi.",
    "Kenyan police arrested 20 people during the elections in Nairobi.",
])
def test_forces_fighting_executing_and_arresting_stay(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert {"ASSAULT", "COERCE"} & set(_types(events)), [(e.event_type, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Ana Lopes stormed to victory in the 800 metres in Lima.",
    "The Kenyan runner battled to second in Nairobi.",
    "Ana Lopes said she took the drug to combat narcolepsy.",
    "The statement from Chile will do little to quell claims of a falling-out.",
])
def test_races_conditions_and_claims_are_no_attacks(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert "ASSAULT" not in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Kenyan troops killed a number of rebels near Nairobi.",
    "Kenyan police beat dozens of protesters in Nairobi.",
    "Kenyan troops stormed the town of Nairobi.",
])
def test_a_count_of_people_is_still_people(nlp, event_resources, text):
    assert "ASSAULT" in _types(code_text(nlp, event_resources, text))
