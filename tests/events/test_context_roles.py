"""Roles taken from context (events/context.py), hopes as appeals (speech.py), legal charges as
accusations, agreements made, and the possessor of a happening that befalls someone, on
sentences we wrote ourselves."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tacitus.actors.table import ActorTable
from tacitus.events import detect_events
from tacitus.model import Actor, Article, Mention, Quote
from tacitus.nlp import make_doc_text

from .helpers import actor_table, code_text

pytestmark = pytest.mark.slow

_COUNTRIES = frozenset({"Chile", "Peru", "Kenya"})


def _table(text: str, extra: dict[str, tuple[str, str, str]] | None = None) -> ActorTable:
    """The helpers' table with countries marked as such, plus ``extra`` actors
    (name -> (country, sector, kind)) found by their name in ``text``."""
    table = actor_table(text)
    actors = [dataclasses.replace(a, kind="country") if a.name in _COUNTRIES else a for a in table.actors]
    for name, (country, sector, kind) in (extra or {}).items():
        mentions = tuple(Mention(name, m.start(), m.end()) for m in re.finditer(re.escape(name), text))
        actors.append(Actor(id=name.lower().replace(" ", "-"), name=name, country=country, sector=sector,
                            code=country + sector, kind=kind, mentions=mentions))
    return ActorTable(actors)


def _code(nlp, resources, text: str, extra=None, quoted: str | None = None, speaker: str | None = None):
    table = _table(text, extra)
    quotes = []
    if quoted is not None:
        actor = next(a for a in table.actors if a.name == speaker)
        start = text.index(quoted)
        quotes.append(Quote(id="q1", article_id="a1", text=quoted, kind="direct", cue="said", speaker=actor.ref(),
                            start=start, end=start + len(quoted)))
    article = Article(id="a1", text=text)
    return detect_events(nlp(make_doc_text(text)), article, table, resources, quotes)


def _coded(events):
    return [(e.event_type, e.cameo, e.source.name if e.source else None, e.target.name if e.target else None)
            for e in events]


_LOPES_OF_CHILE = {"Rosa Diaz": ("CHL", "GOV", "person")}


def test_a_country_in_its_own_speakers_quotation_is_the_speaker(nlp, event_resources):
    text = '"Chile supports the role Peru has played in the region," said Rosa Diaz.'
    events = _code(nlp, event_resources, text, _LOPES_OF_CHILE, quoted="Chile supports the role Peru has played in the region",
                   speaker="Rosa Diaz")
    assert ("SUPPORT", "051", "Rosa Diaz", "Peru") in _coded(events)


def test_a_country_in_a_reported_clause_of_its_own_speaker_is_the_speaker(nlp, event_resources):
    events = _code(nlp, event_resources, "Rosa Diaz said Chile supports Peru.", _LOPES_OF_CHILE)
    assert [(t, s, g) for t, _, s, g in _coded(events)] == [("SUPPORT", "Rosa Diaz", "Peru")]


def test_a_material_act_the_speaker_reports_stays_the_countrys(nlp, event_resources):
    events = _code(nlp, event_resources, "Rosa Diaz said Chile sent troops to Peru.", _LOPES_OF_CHILE)
    assert all(e.source.name == "Chile" for e in events) and events


def test_another_countrys_speaker_does_not_take_the_statement(nlp, event_resources):
    events = _code(nlp, event_resources, "Rosa Diaz said Peru supports Kenya.", _LOPES_OF_CHILE)
    assert ("SUPPORT", "051", "Peru", "Kenya") in _coded(events)


def test_a_denial_of_charges_answers_the_accuser(nlp, event_resources):
    events = _code(nlp, event_resources, "Chile accused Peru of spying. Peru denied the charges.")
    assert any(t == "REJECT" and s == "Peru" and g == "Chile" for t, _, s, g in _coded(events))


def test_a_denial_without_an_earlier_accusation_has_no_target(nlp, event_resources):
    events = _code(nlp, event_resources, "Chile met Kenya. Peru denied the charges.")
    assert any(t == "REJECT" and s == "Peru" and g is None for t, _, s, g in _coded(events))


def test_a_denial_does_not_answer_an_accusation_against_a_third_country(nlp, event_resources):
    events = _code(nlp, event_resources, "Chile accused Kenya of spying. Peru denied the charges.")
    assert any(t == "REJECT" and s == "Peru" and g is None for t, _, s, g in _coded(events))


_OPPOSITION = {"opposition leader": ("CHL", "OPP", "person"), "Rosa Diaz": ("CHL", "GOV", "person")}


def test_a_demand_for_elections_is_made_of_the_government(nlp, event_resources):
    text = "Rosa Diaz won the vote. The opposition leader demanded early elections. Rosa Diaz refused."
    events = _code(nlp, event_resources, text, _OPPOSITION)
    assert any(t == "REQUEST" and c.startswith("104") and s == "opposition leader" and g == "Rosa Diaz"
               for t, c, s, g in _coded(events))


def test_a_demand_for_elections_without_a_government_actor_has_no_target(nlp, event_resources):
    events = _code(nlp, event_resources, "The opposition leader demanded early elections.",
                   {"opposition leader": ("CHL", "OPP", "person")})
    assert any(t == "REQUEST" and g is None for t, _, _, g in _coded(events))


def test_hoping_another_side_acts_is_an_appeal_to_it(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes said she hopes Peru will lift the ban on imports.")
    assert ("REQUEST", "020", "Ana Lopes", "Peru") in _coded(events)


def test_expressed_hope_that_another_side_acts_is_an_appeal(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes expressed hope that Tomas Varga would release the prisoners.")
    assert ("REQUEST", "020", "Ana Lopes", "Tomas Varga") in _coded(events)
    assert all(e.event_type != "RETREAT" for e in events)  # the release hoped for is no record


def test_hoping_to_act_oneself_is_an_intention(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes hopes to visit Chile.")
    assert [(e.event_type, e.modality) for e in events] == [("CONSULT", "intended")]


def test_hoping_for_a_shared_aim_is_no_appeal(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes hopes the two countries will expand their trade.")
    assert all(e.event_type != "REQUEST" for e in events)


def test_a_legal_charge_is_an_accusation(nlp, event_resources):
    events = code_text(nlp, event_resources, "The police charged Tomas Varga with fraud.")
    assert ("ACCUSE", "1121", "police", "Tomas Varga") in _coded(events)


def test_charges_not_pressed_are_a_negated_accusation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Although Tomas Varga was not charged, the police said the case was open.")
    assert [(e.event_type, e.target.name if e.target else None, e.modality) for e in events] == [
        ("ACCUSE", "Tomas Varga", "negated")]


def test_a_sentence_is_still_coercion(nlp, event_resources):
    events = code_text(nlp, event_resources, "The court sentenced Tomas Varga to five years in prison.")
    assert any(e.event_type == "COERCE" and e.target and e.target.name == "Tomas Varga" for e in events)


def test_an_agreement_made_is_asserted_and_one_to_come_is_intended(nlp, event_resources):
    made = code_text(nlp, event_resources, "Chile and Peru had agreed to pass the water bill.")
    coming = code_text(nlp, event_resources, "Chile and Peru will agree to pass the water bill.")
    assert [e.modality for e in made if e.event_type == "AGREE"] == ["asserted"]
    assert [e.modality for e in coming if e.event_type == "AGREE"] == ["intended"]


def test_the_possessor_of_an_arrest_is_not_its_doer(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels condemned Tomas Varga's arrest.")
    assert all(e.source.name != "Tomas Varga" for e in events)
    doer = code_text(nlp, event_resources, "The rebels condemned Chile's arrest of Tomas Varga.")
    assert any(e.event_type == "ACCUSE" and e.target and e.target.name == "Chile" for e in doer)


def test_the_subject_of_an_undergoing_verb_is_the_target(nlp, event_resources):
    events = _code(nlp, event_resources, "Chile faced sanctions from Peru.")
    assert events and all(e.source.name == "Peru" and e.target and e.target.name == "Chile" for e in events)


def test_criticism_and_praise_received_come_from_the_from_phrase(nlp, event_resources):
    criticised = code_text(nlp, event_resources, "Ana Lopes faced criticism from Chile.")
    assert [(e.event_type, e.source.name, e.target.name) for e in criticised] == [("ACCUSE", "Chile", "Ana Lopes")]
    praised = code_text(nlp, event_resources, "Ana Lopes drew praise from Peru.")
    assert [(e.event_type, e.source.name, e.target.name) for e in praised] == [("SUPPORT", "Peru", "Ana Lopes")]


def test_an_attack_suffered_is_not_the_sufferers(nlp, event_resources):
    events = code_text(nlp, event_resources, "The police suffered an attack by the rebels.")
    assert all(e.source.name == "rebels" and e.target and e.target.name == "police" for e in events) and events


def test_a_passive_condition_is_not_done_by_the_main_clauses_subject(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes cancelled her visit to Chile should she be denied a meeting with Tomas Varga.")
    assert not any(e.cameo == "016" and e.source.name == "Ana Lopes" for e in events)
    conceded = code_text(nlp, event_resources, "Although Tomas Varga was not charged, the police said the case was open.")
    assert [e.source.name for e in conceded] == ["police"]  # a concession still shares its subject


def test_a_hope_about_a_thing_is_no_appeal(nlp, event_resources):
    text = "Ana Lopes hoped the Levy would bring in more revenue."
    events = _code(nlp, event_resources, text, {"Levy": ("", "BUS", "organization")})
    assert all(e.event_type != "REQUEST" for e in events)
