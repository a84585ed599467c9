"""Statements in reported speech coded as the speaker's act (events/speech.py): appeals made by
saying another actor should or must act, appeals whose complement names the one asked, complaints
in words, and naming with a preposition; on sentences we wrote."""

from __future__ import annotations

import pytest

from tacitus.events import detect_events
from tacitus.actors.table import ActorTable
from tacitus.model import Actor, ActorRef, Article, Mention, Quote
from tacitus.nlp import make_doc_text

from .helpers import actor_table, code_text, summary

pytestmark = pytest.mark.slow


# --- obligations: "X said Y should/must act" is X's appeal to Y ------------------------------------

@pytest.mark.parametrize("text", [
    "Ana Lopes said Tomas Varga should resign.",
    "Ana Lopes said on Monday that Tomas Varga must resign at once.",
])
def test_saying_another_actor_should_act_is_the_speakers_appeal(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert summary(events) == [("020", "Ana Lopes", "Tomas Varga", "asserted")]
    assert "the speaker's appeal" in events[0].why


def test_the_act_asked_for_is_not_also_the_addressees_event(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes said Chile must release the prisoners.")
    assert [(e.event_type, e.source.name, e.target.name if e.target else None) for e in events] == [
        ("REQUEST", "Ana Lopes", "Chile")]


@pytest.mark.parametrize("text", [
    "Ana Lopes said Tomas Varga must have known about the plan.",  # an inference, not an obligation
    "Ana Lopes said Tomas Varga should be punished.",  # passive: no one named is asked to act
    "Ana Lopes said she should resign.",  # the speaker's own duty
    "Ana Lopes said both sides should keep in contact.",  # a shared resolve
])
def test_inferences_passives_and_the_speakers_own_duty_are_no_appeal(nlp, event_resources, text):
    assert [e for e in code_text(nlp, event_resources, text) if e.event_type == "REQUEST"] == []


def test_an_obligation_of_the_speakers_own_country_is_its_resolve(nlp, event_resources):
    text = "Ana Lopes said Portugal must make more efforts."
    table = actor_table(text)
    start = text.index("Portugal")
    portugal = Actor(id="portugal", name="Portugal", country="PRT", kind="country",
                     mentions=(Mention("Portugal", start, start + len("Portugal")),))
    events = detect_events(nlp(make_doc_text(text)), Article(id="a1", text=text),
                           ActorTable([*table, portugal]), event_resources)
    assert [e for e in events if e.event_type == "REQUEST"] == []


def _code_with_quote(nlp, resources, text: str, quoted: str, speaker: str | None):
    """Code ``text`` with one direct quotation ``quoted`` (a substring) said by ``speaker``."""
    article = Article(id="a1", text=text)
    table = actor_table(text)
    start = text.index(quoted)
    ref = None
    if speaker is not None:
        actor = next(a for a in table if a.name == speaker)
        ref = ActorRef(actor_id=actor.id, name=actor.name)
    quote = Quote(id="q1", article_id="a1", text=quoted, kind="direct", cue="said", speaker=ref,
                  start=start, end=start + len(quoted))
    return detect_events(nlp(make_doc_text(text)), article, table, resources, [quote])


def test_an_obligation_in_a_direct_quotation_is_its_speakers_appeal(nlp, event_resources):
    text = 'Ana Lopes spoke at length on Monday.\n\n"Tomas Varga should ask Chile to free the prisoners.'
    events = _code_with_quote(nlp, event_resources, text, "Tomas Varga should ask Chile to free the prisoners.", "Ana Lopes")
    assert summary(events) == [("020", "Ana Lopes", "Tomas Varga", "asserted")]


def test_without_a_known_speaker_the_quoted_act_stays_hypothetical(nlp, event_resources):
    text = 'Ana Lopes spoke at length on Monday.\n\n"Tomas Varga should ask Chile to free the prisoners.'
    events = _code_with_quote(nlp, event_resources, text, "Tomas Varga should ask Chile to free the prisoners.", None)
    assert all(e.source.name != "Ana Lopes" for e in events)
    assert all(e.modality == "hypothetical" for e in events)


# --- appeals whose complement clause names the one asked ------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Ana Lopes called on Monday for Tomas Varga to resign.", "100"),
    ("Ana Lopes demanded that Tomas Varga step down.", "100"),
    ("Ana Lopes urged that Tomas Varga should reopen the border.", "100"),
])
def test_an_appeal_for_another_to_act_targets_the_one_asked(nlp, event_resources, text, code):
    events = code_text(nlp, event_resources, text)
    assert summary(events) == [(code, "Ana Lopes", "Tomas Varga", "asserted")]


def test_a_demanded_release_is_the_demand_and_no_release(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya demanded that the rebels release the hostages.")
    assert summary(events) == [("100", "Kenya", "rebels", "asserted")]


def test_a_negated_appeal_is_not_the_frame(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes did not call for Tomas Varga to resign.")
    assert all("appeal to its subject" not in e.why for e in events)


# --- complaints in words are ACCUSE, crowds protesting are PROTEST ---------------------------------

def test_a_named_actor_protesting_a_thing_complains(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga protested the attitude of Chile in a statement.")
    assert summary(events) == [("114", "Tomas Varga", "Chile", "asserted")]


def test_protesting_the_fact_that_someone_acted_targets_that_actor(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga protested the fact that Chile did not invite him.")
    assert [(e.cameo, e.source.name, e.target.name if e.target else None) for e in events][:1] == [
        ("114", "Tomas Varga", "Chile")]


def test_a_crowd_protesting_is_still_a_demonstration(nlp, event_resources):
    events = code_text(nlp, event_resources, "Hundreds of civilians protested the closure of the border in Nairobi.")
    assert [e.event_type for e in events] == ["PROTEST"]


# --- naming with a preposition -----------------------------------------------------------------

def test_referring_to_an_actor_as_a_partner_is_praise(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes referred to Chile as an important partner and a sincere friend.")
    assert summary(events) == [("051", "Ana Lopes", "Chile", "asserted")]


def test_the_act_a_request_asks_for_is_no_record_of_its_own(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes asked Tomas Varga to extend an invitation to Chile.")
    assert [(e.event_type, e.source.name, e.target.name if e.target else None) for e in events] == [
        ("REQUEST", "Ana Lopes", "Tomas Varga")]
