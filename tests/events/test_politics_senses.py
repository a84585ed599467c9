"""Political contests told as war (events/sense_politics.py): when every side is a politician, a
party, an institution or an issue and no weapon, force or harm is named, a battle or fight is no
event and an attack is a verbal attack (CAMEO 111). Sentences we wrote."""

from __future__ import annotations

import pytest

from tacitus.events.sense import SenseRules

from .helpers import code_text

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize("text", [
    "Ana Lopes faces a tough battle in the upper house of parliament over the budget.",
    "The two party leaders clashed in parliament on Tuesday.",
    "Ana Lopes and Tomas Varga have declared war on each other over the budget.",
    "The opposition leaders are fighting each other instead of the government.",
    "The minister said there were two agendas battling against each other in the cabinet.",
    "All this fighting within the opposition parties will help the government.",
])
def test_a_contest_of_politicians_is_no_fighting(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert "ASSAULT" not in _types(events), [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Ana Lopes attacked the opposition party in a speech on Monday.",
    "Ana Lopes hit back at the opposition's proposals on Monday.",
])
def test_an_attack_on_a_party_or_its_plans_is_criticism(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert "ASSAULT" not in _types(events), [(e.cameo, e.why) for e in events]
    assert "111" in [e.cameo for e in events], [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "The rebels attacked the police near the border.",
    "Troops fought the rebels in Lima for three days.",
    "Gunmen attacked the minister's convoy, killing two guards.",
    "Chile attacked Peru's border posts with artillery on Monday.",
    "Ana Lopes ordered an attack in the morning.",
])
def test_a_force_a_country_or_harm_keeps_the_assault(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert "ASSAULT" in _types(events), [(e.cameo, e.why) for e in events]


def test_the_section_is_read():
    rules = SenseRules.load().politics
    assert "ASSAULT" in rules.types and "party" in rules.political and "battle" not in rules.evidence
    assert "police" in rules.evidence and "bomb" in rules.evidence


def test_a_war_between_the_government_and_an_unparsed_side_is_kept():
    from tacitus.nlp import load_nlp
    rules = SenseRules.load().politics
    doc = load_nlp()("Talks to avert a war between the government and powerful Islamists collapsed.")
    war = next(t for t in doc if t.text == "war")
    kinds = [rules._kind(s, None) for s in rules._sides(war, True, war.head)]
    assert "other" in kinds


@pytest.mark.parametrize("text", [
    "A communist partner in the coalition challenged the right of Ana Lopes to pass the budget.",
    "A socialist ally challenged the legitimacy of the vote in Lima.",
])
def test_a_party_named_by_its_creed_or_coalition_is_a_source(nlp, event_resources, text):
    events = [e for e in code_text(nlp, event_resources, text) if e.event_type == "ACCUSE"]
    assert events and events[0].source.sector == "PTY", [(e.cameo, e.why) for e in code_text(nlp, event_resources, text)]


@pytest.mark.parametrize("text", [
    "The two ministers were fired up by the speech of Ana Lopes on Saturday.",
    "Tomas Varga whips up to the palace and asks the president to dissolve parliament.",
])
def test_a_verb_of_blows_with_an_idiomatic_particle_is_no_blow(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert "ASSAULT" not in _types(events), [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "The bill gives Ana Lopes the right to detain without trial.",
    "The new law would give the police the power to arrest protesters in Lima.",
])
def test_what_a_right_or_power_allows_is_no_happening(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert "COERCE" not in _types(events), [(e.cameo, e.why) for e in events]


def test_a_detention_told_as_done_is_kept(nlp, event_resources):
    events = code_text(nlp, event_resources, "The police detained six protesters in Lima on Monday.")
    assert "COERCE" in _types(events)


def test_a_word_of_a_name_is_no_act_of_force():
    rules = SenseRules.load()
    assert "ORG" in rules.name_labels and "ASSAULT" in rules.name_types and "CONSULT" not in rules.name_types
    from tacitus.nlp import load_nlp
    doc = load_nlp()("Ana Lopes said she would not let her child watch the Texas Chainsaw Massacre.")
    token = next(t for t in doc if t.text == "Massacre")
    if token.ent_type_ in rules.name_labels:  # the check reads the parser's entity
        verdict = rules.judge(token, "202", "ASSAULT", True, token, lambda t: False)
        assert verdict is not None and verdict.skip
    from tacitus.events.sense_generic import name_word
    assert name_word(rules, token, "CONSULT") is None
