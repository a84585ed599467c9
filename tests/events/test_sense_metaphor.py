"""Sense checks for the metaphors of business and sports news (events/sense.py): a verb of contact
or combat needs a physical participant, a score makes a game, a strike in an industry is a labour
strike, a warning about things is a forecast. Sentences we wrote."""

from __future__ import annotations

import pytest

from importlib.resources import files as resources_files

from tacitus.events.lexicon import LexiconError, load_yaml
from tacitus.events.sense import SenseRules

from .helpers import code_text

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


# --- contact and combat need a physical participant ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya Airways was hit last year by rising fuel costs and a slump in bookings.",
    "The end of the housing boom hit the builder hard.",
    "Coastal towns were the worst hit.",
    "The brewer said it expected to hit its sales goals in March.",
    "The carmaker is battling stiff competition from cheaper imports.",
    "Trade unions in Lima have been fighting change for years.",
    "The new drug combats infections in older patients.",
    "A weaker currency will hit exporters in Peru.",
])
def test_a_thing_doing_or_suffering_a_blow_is_a_metaphor(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text, cameo", [
    ("The rebels attacked the police near the border.", "190"),
    ("A rocket hit a school in Nairobi on Monday.", "190"),
    ("Gunmen hit a police convoy outside Lima.", "190"),
    ("Chile said it hit rebel positions in the north.", "190"),
    ("Troops fought the rebels for three days.", "190"),
])
def test_a_physical_doer_or_target_keeps_the_assault(nlp, event_resources, text, cameo):
    events = code_text(nlp, event_resources, text)
    assert cameo in [e.cameo for e in events], [(e.cameo, e.why) for e in events]


def test_a_game_with_a_score_is_not_a_beating(nlp, event_resources):
    events = code_text(nlp, event_resources, "Peru were beaten 3-1 by Chile in Santiago on Sunday.")
    assert "ASSAULT" not in _types(events)


def test_a_beating_without_a_score_is_still_an_assault(nlp, event_resources):
    events = code_text(nlp, event_resources, "The police beat the protesters in Nairobi on Sunday.")
    assert "ASSAULT" in _types(events)


def test_attacking_a_law_criticizes_it(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes attacked the legislation in parliament.")
    assert [(e.event_type, e.cameo) for e in events] == [("ACCUSE", "111")]
    assert "criticism" in events[0].why


# --- employment, rising, gathering ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The board fired its chief executive on Monday.",
    "Hiring and firing workers remains costly in Kenya.",
    "Shares in the bank shot up 9% in early trading.",
])
def test_firing_staff_and_shooting_up_are_not_shootings(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


def test_firing_on_people_is_still_an_assault(nlp, event_resources):
    events = code_text(nlp, event_resources, "The police fired on the rebels on Monday.")
    assert [(e.event_type, e.source.name, e.target.name) for e in events] == [("ASSAULT", "police", "rebels")]


@pytest.mark.parametrize("text", [
    "The audit will demonstrate the legality of the sale.",
    "The figures demonstrated that the scheme had failed.",
    "The peso rallied against the dollar on Friday.",
    "The euro's rally faded on Tuesday.",
    "The rally in copper prices continued on Monday.",
    "Fuel prices continued their upward march in March.",
])
def test_showing_and_market_rallies_are_not_protests(nlp, event_resources, text):
    assert "PROTEST" not in _types(code_text(nlp, event_resources, text))


def test_a_demonstration_without_an_object_is_still_a_protest(nlp, event_resources):
    events = code_text(nlp, event_resources, "Thousands of students demonstrated in Nairobi on Monday.")
    assert "PROTEST" in _types(events)


def test_rallying_behind_someone_is_support(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels rallied behind Tomas Varga after the vote.")
    assert [(e.event_type, e.source.name, e.target.name) for e in events] == [("SUPPORT", "rebels", "Tomas Varga")]


def test_drumming_up_support_for_nobody_is_campaigning(nlp, event_resources):
    assert _types(code_text(nlp, event_resources, "The three parties were drumming up support on separate islands.")) == []


def test_rallying_support_for_someone_is_support(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile rallied support for Ana Lopes at the summit.")
    assert "053" in [e.cameo for e in events], [(e.cameo, e.why) for e in events]


# --- nouns: domains of a war, labour strikes -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Analysts expect a bidding war for the airline.",
    "The minister began a charm offensive in Brussels.",
    "The courtroom battle over the merger ended on Friday.",
    "The court room battle is seen as a test of the law.",
])
def test_an_event_noun_of_another_domain_is_not_an_assault(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


@pytest.mark.parametrize("text", [
    "Strikes in several industries have hurt output in Kenya.",
    "A strike by bus drivers paralysed Lima on Monday.",
])
def test_a_strike_in_an_industry_is_a_labour_strike(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert "ASSAULT" not in _types(events)
    assert all(e.cameo.startswith("14") for e in events if e.trigger.lower().startswith("strike")), \
        [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Falling car sales forced the carmakers to cut output.",
    "The public outcry will force Kenya's parliament to act.",
    "Rising costs have forced many factories to close.",
])
def test_a_thing_or_happening_forcing_is_no_coercion(nlp, event_resources, text):
    assert "COERCE" not in _types(code_text(nlp, event_resources, text))


def test_an_actor_forcing_another_is_still_coercion(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya forced Tomas Varga to leave the country.")
    assert ("COERCE", "Kenya", "Tomas Varga") in [(e.event_type, e.source.name, e.target.name if e.target else None)
                                                   for e in events], [(e.cameo, e.why) for e in events]


def test_a_protest_in_a_city_is_still_a_protest(nlp, event_resources):
    events = code_text(nlp, event_resources, "A rally in Nairobi drew thousands of students on Sunday.")
    assert "PROTEST" in _types(events)


# --- warnings about things are forecasts ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya warned that efforts to cut the deficit could cause difficulties.",
    "Ana Lopes warned there would be no easy solution to the crisis.",
    "The bank warned of lower margins this year.",
])
def test_a_warning_about_things_is_a_forecast(nlp, event_resources, text):
    assert "THREATEN" not in _types(code_text(nlp, event_resources, text))


def test_a_warning_of_a_hidden_doers_act_stays_a_threat(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile warned Peru that sanctions would be imposed.")
    assert "THREATEN" in _types(events)


# --- habit and the clause of an event noun -------------------------------------------------------

def test_in_the_past_marks_a_series_named_by_a_noun_as_habitual(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels have in the past made a number of attacks on police stations.")
    assert "ASSAULT" not in _types(events)


@pytest.mark.parametrize("text", [
    "Kenya is recovering from a 14-year civil war that ended in 2003.",
    "Peru emerged from a decade-long war with the rebels.",
])
def test_a_war_told_by_its_years_is_background(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


def test_a_battle_of_days_is_a_happening(nlp, event_resources):
    assert "ASSAULT" in _types(code_text(nlp, event_resources, "The rebels began a three-day battle for the town."))


def test_engaging_in_talks_is_no_fight_but_engaging_in_fighting_is(nlp, event_resources):
    assert _types(code_text(nlp, event_resources, "Chile and Peru have been engaging in talks on trade.")).count("ASSAULT") == 0
    events = code_text(nlp, event_resources, "The police engaged in fierce fighting with the rebels.")
    assert [(e.event_type, e.trigger) for e in events] == [("ASSAULT", "fighting")]


# --- the rules file ------------------------------------------------------------------------------

def test_physical_rules_refuse_unknown_classes():
    data = load_yaml(resources_files("tacitus.events.data").joinpath("sense.yaml").read_text(encoding="utf-8"))
    data["physical"]["fighters"] = ["nonesuch"]
    with pytest.raises(LexiconError, match="physical.fighters"):
        SenseRules.from_mapping(data)


def test_every_fighter_is_physical():
    rules = SenseRules.load()
    assert rules.fighter_words <= rules.physical_words
    assert {"gunman", "missile", "troop"} <= rules.fighter_words
