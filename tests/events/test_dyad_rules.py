"""Target and source rules that decide the dyad (issue 5), on sentences we wrote ourselves."""

from __future__ import annotations

import pytest


from .helpers import code_text

pytestmark = pytest.mark.slow


def _dyads(events):
    """(PLOVER type, source name, target country) per event."""
    return [(e.event_type, e.source.name if e.source else None, e.target.country if e.target else None)
            for e in events]


def test_civilians_take_the_country_of_the_place_of_their_clause(nlp, event_resources):
    # "civilians" names no country; the place of the clause they are the object of does.
    events = code_text(nlp, event_resources, "The rebels killed ten civilians in Lima on Sunday.")
    assert ("ASSAULT", "rebels", "PER") in _dyads(events)
    event = next(e for e in events if e.event_type == "ASSAULT")
    assert event.target.name == "civilians" and event.target.sector == "CVL"
    assert "place of its clause 'Lima'" in event.why


def test_named_person_without_country_stays_the_target(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenyan police detained Jan Novak in Lima on Sunday.")
    assert [e.target.name for e in events if e.event_type == "COERCE"] == ["Jan Novak"]


def test_named_side_four_steps_below_the_trigger(nlp, event_resources):
    # threatened -> impose -> curfew -> in -> Nairobi
    events = code_text(nlp, event_resources, "Tomas Varga threatened to impose a curfew in Nairobi.")
    assert ("THREATEN", "Tomas Varga", "KEN") in _dyads(events)


def test_condition_is_not_a_better_target(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile says it will not accept more refugees if war breaks out in Peru.")
    assert all(country != "PER" for _, _, country in _dyads(events))


def test_purpose_clause_is_controlled_by_the_subject(nlp, event_resources):
    # The object "work" does not control "to protest": the subject does.
    events = code_text(nlp, event_resources, "Kenyan police refused work on Monday to protest against Ana Lopes.")
    assert ("PROTEST", "police", "PRT") in _dyads(events)


def test_purpose_clause_is_not_a_second_event(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels blocked roads in Nairobi to demand the resignation of Ana Lopes.")
    types = [e.event_type for e in events]
    assert "PROTEST" in types and "REQUEST" not in types


def test_protest_target_from_the_purpose_clause(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels continued their hunger strike to demand the resignation of Ana Lopes.")
    assert ("PROTEST", "rebels", "PRT") in _dyads(events)
    assert "purpose clause" in events[0].why


def test_misread_light_verb_still_gives_the_source(nlp, event_resources):
    # The lemmatizer reads "staged" as "stag"; the regular de-inflection finds "stage".
    events = code_text(nlp, event_resources, "Jan Novak, a reporter, staged a hunger strike in Lima on Sunday.")
    assert any(e.event_type == "PROTEST" and e.source.name == "Jan Novak" for e in events)
