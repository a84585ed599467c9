"""Sense and genericity checks (events/sense.py), reported-speech evaluations (events/speech.py),
plans that are not threats, and the families added with them, on sentences we wrote."""

from __future__ import annotations

import pytest

from importlib.resources import files as resources_files

from tacitus.events.lexicon import LexiconError, load_yaml
from tacitus.events.sense import SenseRules

from .helpers import code_text, summary

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


# --- argument types: what was released, hit, fought ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile released a statement on Tuesday condemning the vote.",
    "Kenya released the report on Monday.",
    "Peru released its trade figures for March.",
])
def test_releasing_a_text_is_not_a_retreat(nlp, event_resources, text):
    assert "RETREAT" not in _types(code_text(nlp, event_resources, text))


def test_releasing_people_is_still_a_retreat(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels released Ana Lopes after a week.")
    assert [(e.event_type, e.source.name, e.target.name) for e in events] == [("RETREAT", "rebels", "Ana Lopes")]


@pytest.mark.parametrize("text", [
    "Concerns about the budget deficit hit the greenback on Friday.",
    "Rising oil prices hit consumers and exporters.",
    "The two supermarkets are locked in a price war.",
    "The firms are fighting a battle for market share.",
    "The scandal hit the party's popularity.",
    "Kenya has stepped up its war on poverty.",
])
def test_economic_and_abstract_metaphors_are_not_assaults(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


def test_a_real_attack_keeps_its_type(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels attacked the police near the border.")
    assert summary(events) == [("190", "rebels", "police", "asserted")]


def test_an_air_strike_as_doer_is_not_an_abstract_cause(nlp, event_resources):
    # "strike" names a labour dispute too; as the doer of "killed" it is the attack.
    events = code_text(nlp, event_resources, "An air strike by the rebels killed twelve civilians.")
    assert "ASSAULT" in _types(events)


def test_misparsed_second_subject_does_not_veto_an_act(nlp, event_resources):
    events = code_text(nlp, event_resources, "Serious injuries among students as the police suppressed their protests.")
    assert any(e.cameo.startswith("175") for e in events), [(e.cameo, e.why) for e in events]


def test_a_contest_fought_in_court_is_a_lawsuit(nlp, event_resources):
    events = code_text(nlp, event_resources, "Peru has fought the dam project in court for a decade.")
    assert [(e.event_type, e.cameo) for e in events] == [("ACCUSE", "115")]
    assert "legal contest" in events[0].why


def test_a_legal_battle_is_a_lawsuit(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile began a legal battle against Peru over the border.")
    assert "ASSAULT" not in _types(events)


# --- addressees and formulas ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ana Lopes told the court that she had been threatened.",
    "Tomas Varga told The Wall Street Journal that Chile would not sign.",
    "Tomas Varga told reporters in Lima that the talks were over.",
])
def test_telling_a_court_or_the_press_is_not_a_consultation(nlp, event_resources, text):
    assert "CONSULT" not in _types(code_text(nlp, event_resources, text))


def test_telling_a_counterpart_is_still_a_consultation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga told Ana Lopes that Chile would not sign.")
    assert ("040", "Tomas Varga", "Ana Lopes", "asserted") in summary(events)


def test_asking_not_to_be_named_is_not_a_request(nlp, event_resources):
    events = code_text(nlp, event_resources, "A police officer, who asked not to be named, said the rebels had fled.")
    assert "REQUEST" not in _types(events)


def test_an_indicative_insistence_is_an_assertion_not_a_demand(nlp, event_resources):
    assert "REQUEST" not in _types(code_text(nlp, event_resources, "But Tomas Varga insisted a new vote was the only solution."))
    events = code_text(nlp, event_resources, "Tomas Varga insisted that Ana Lopes resign.")
    assert ("REQUEST", "Ana Lopes") in [(e.event_type, e.target.name if e.target else None) for e in events]


def test_a_warning_about_another_party_accuses_it(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya warned that the rebels may be planning attacks over the holiday.")
    assert [(e.event_type, e.cameo, e.source.name, e.target.name) for e in events] == [("ACCUSE", "112", "Kenya", "rebels")]


def test_a_warning_about_things_is_a_forecast(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya warned that yields would fall this year.")
    assert events == []


def test_a_warning_of_ones_own_act_stays_a_threat(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya warned that it would retaliate against the rebels.")
    assert _types(events) == ["THREATEN"]


def test_an_act_others_fear_is_no_threat_by_its_doer(nlp, event_resources):
    events = code_text(nlp, event_resources, "The churches stayed open amid fears that the rebels may strike.")
    assert "THREATEN" not in _types(events)
    assert ("ASSAULT", "hypothetical") in [(e.event_type, e.modality) for e in events]


@pytest.mark.parametrize("text", [
    "Chile announced a summit with Peru to be held in Lima next month.",
    "Chile announced talks with Peru scheduled for next week.",
])
def test_an_event_noun_put_in_the_future_by_its_modifier_is_planned(nlp, event_resources, text):
    events = [e for e in code_text(nlp, event_resources, text) if e.trigger in ("summit", "talks")]
    assert events and all(e.modality == "planned" for e in events), [(e.trigger, e.modality, e.why) for e in events]


# --- genericity ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials are worried about the prevalence of knife attacks in the capital.",
    "The city has seen a series of attacks on shops.",
    "The rebels usually attack convoys at night.",
    "The rebels have in the past attacked police stations.",
    "Tomas Varga died a week after suffering a heart attack.",
])
def test_generic_and_habitual_statements_are_not_events(nlp, event_resources, text):
    assert "ASSAULT" not in _types(code_text(nlp, event_resources, text))


def test_a_collection_carried_out_by_someone_is_an_event(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels carried out a string of attacks on police posts.")
    assert "ASSAULT" in _types(events)


def test_predicate_nominal_is_not_a_second_happening(nlp, event_resources):
    events = code_text(nlp, event_resources, "The bombing was the worst attack in a decade.")
    assert [e.trigger for e in events] == ["bombing"]


def test_temporal_phrase_does_not_satisfy_a_preposition_condition(nlp, event_resources):
    # "fire on"/"launch on" need a target: "on Wednesday" says when.
    events = code_text(nlp, event_resources, "Tomas Varga launched his election campaign on Wednesday.")
    assert "ASSAULT" not in _types(events)


# --- plans, threats and attempts -----------------------------------------------------------------

def test_a_plan_to_murder_is_an_intended_assault_not_a_threat(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels planned to murder Tomas Varga.")
    assert [(e.event_type, e.modality, e.target.name) for e in events] == [("ASSAULT", "intended", "Tomas Varga")]


def test_an_attempt_made_is_an_assault(nlp, event_resources):
    # PLOVER counts attempted attacks ("successful and attempted" assassinations) as ASSAULT:
    # an attack tried in the past happened (events/attempt.py).
    events = code_text(nlp, event_resources, "The rebels tried to blow up a bridge.")
    assert [(e.event_type, e.cameo, e.modality) for e in events] == [("ASSAULT", "183", "asserted")]


def test_an_attempt_verb_is_not_a_trial(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya will try to sign up more customers next year.")
    assert "COERCE" not in _types(events) and "THREATEN" not in _types(events)


def test_a_month_name_is_not_a_march(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile said the deal would be signed in March or early April.")
    assert "PROTEST" not in _types(events)


def test_a_stated_future_attack_is_a_threat(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels will attack the police tomorrow.")
    assert [(e.event_type, e.target.name) for e in events] == [("THREATEN", "police")]


def test_an_announced_deployment_is_mobilize_intended(nlp, event_resources):
    events = code_text(nlp, event_resources, "The police will deploy 18,000 officers over the holiday.")
    assert [(e.event_type, e.modality) for e in events] == [("MOBILIZE", "intended")]


def test_a_future_act_with_no_named_doer_threatens_nobody(nlp, event_resources):
    events = code_text(nlp, event_resources, "The house will be seized next month.")
    assert "THREATEN" not in _types(events)


# --- reported speech, denials, verdicts ----------------------------------------------------------

def test_a_reported_condemnation_is_the_speakers_accusation(nlp, event_resources):
    events = code_text(nlp, event_resources, 'Tomas Varga was a "brutal dictator", Ana Lopes has said.')
    assert [(e.event_type, e.source.name, e.target.name) for e in events] == [("ACCUSE", "Ana Lopes", "Tomas Varga")]
    assert "reported speech" in events[0].why


def test_reported_praise_is_support(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes said Tomas Varga is a true friend of Chile.")
    assert ("SUPPORT", "Ana Lopes", "Tomas Varga") in [(e.event_type, e.source.name, e.target.name) for e in events]


@pytest.mark.parametrize("text", [
    "Ana Lopes called Tomas Varga a dictator on Monday.",
    "Ana Lopes described Tomas Varga as corrupt.",
])
def test_naming_an_actor_with_a_condemnation_is_an_accusation(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert [(e.event_type, e.source.name, e.target.name) for e in events] == [("ACCUSE", "Ana Lopes", "Tomas Varga")]


def test_a_negated_evaluation_is_not_coded(nlp, event_resources):
    assert code_text(nlp, event_resources, "Ana Lopes said Tomas Varga was not a dictator.") == []


def test_a_denial_is_a_rejection_and_negates_the_denied_act(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes denied that Chile had sent troops to the border.")
    by_type = {e.event_type: e for e in events}
    assert by_type["REJECT"].source.name == "Ana Lopes"
    assert by_type["MOBILIZE"].modality == "negated"


def test_dismissing_a_report_is_a_rejection(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes dismissed the report as nonsense.")
    assert [(e.event_type, e.source.name) for e in events] == [("REJECT", "Ana Lopes")]


def test_thanking_is_praise(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes thanked Kenya for its help.")
    assert summary(events) == [("051", "Ana Lopes", "Kenya", "asserted")]


def test_found_guilty_is_a_verdict(nlp, event_resources):
    events = code_text(nlp, event_resources, "A Kenyan court found Tomas Varga guilty of fraud.")
    assert any(e.cameo == "116" and e.target is not None and e.target.name == "Tomas Varga" for e in events), \
        [(e.cameo, e.why) for e in events]


# --- the rules file ------------------------------------------------------------------------------

def test_sense_rules_refuse_unknown_classes():
    data = load_yaml(resources_files("tacitus.events.data").joinpath("sense.yaml").read_text(encoding="utf-8"))
    data["not_patient"]["ASSAULT"] = ["nonesuch"]
    with pytest.raises(LexiconError, match="unknown classes"):
        SenseRules.from_mapping(data)
    del data["legal_contest"]
    with pytest.raises(LexiconError, match="legal_contest"):
        SenseRules.from_mapping(data)


def test_instrument_names_are_recognised():
    rules = SenseRules.load()
    assert rules.is_instrument("the Expropriation Act") and not rules.is_instrument("Acton")
