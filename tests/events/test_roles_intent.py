"""Role fallbacks (phrase countries, complement targets) and CAMEO intention codes, on our sentences."""

from __future__ import annotations

import pytest


from .helpers import code_text

pytestmark = pytest.mark.slow


def _codes(events):
    """(cameo, source name, target name, target country) per event."""
    return [(e.cameo, e.source.name if e.source else None, e.target.name if e.target else None,
             e.target.country if e.target else None) for e in events]


# --- argument phrases coded from their own words ---------------------------------------------------

def test_target_phrase_gets_its_country_from_a_demonym(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya arrested twelve Ugandan opposition activists.")
    assert [(c[:3], s, country) for c, s, _, country in _codes(events)] == [("173", "Kenya", "UGA")]
    assert "from the words of its phrase" in events[0].why


def test_capital_city_as_argument_names_its_country(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels shelled Kampala overnight.")
    assert any(e.cameo.startswith("19") and e.target and e.target.country == "UGA" for e in events)


def test_actor_without_country_takes_the_demonym_of_its_phrase(nlp, event_resources):
    # "Jan Novak" has no country in our test table; "Peruvian" in his phrase names one.
    events = code_text(nlp, event_resources, "Chile expelled the Peruvian reporter Jan Novak.")
    assert any(e.target and e.target.country == "PER" for e in events), [e.why for e in events]


def test_a_place_word_is_not_a_participant(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile criticized the Ugandan economy.")
    assert all(e.target is None for e in events)


# --- targets in complement clauses -----------------------------------------------------------------

def test_demand_that_clause_subject_is_the_target(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile demanded that Peru withdraw its troops.")
    assert any(e.event_type == "REQUEST" and e.source.name == "Chile" and e.target and e.target.name == "Peru"
               for e in events)


def test_threat_takes_the_target_of_its_complement_verb(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya threatened to expel Peruvian diplomats.")
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert threats and threats[0].target is not None and threats[0].target.country == "PER"


def test_passive_participle_noun_is_the_target_not_the_source(nlp, event_resources):
    events = code_text(nlp, event_resources, "There were Kenyan police killed near the border.")
    assert [(e.cameo[:2], e.source.actor_id, e.target.name if e.target else None) for e in events] == [
        ("18", "unidentified", "police")]


# --- intentions coded the CAMEO way -----------------------------------------------------------------

@pytest.mark.parametrize("text, cameo, kind", [
    ("Ana Lopes will visit Peru next month.", "036", "intent"),          # meet -> intent to meet
    ("Kenya said it would send food aid to Peru.", "0333", "intent"),   # aid -> intent to give aid
    ("Chile may cut its aid to Peru.", "1311", "threat"),               # reduce aid -> threaten to
    ("Kenya would impose sanctions on Peru.", "1312", "threat"),        # sanctions -> threaten to
    ("Chile will not meet Tomas Varga.", "125", "refusal"),             # meet, negated -> reject
    ("Chile failed to reach an agreement with Peru.", "120", "refusal"),  # failing to agree -> reject
    ("Kenya will attack the rebels.", "138", "threat"),                 # attack, stated for the future -> threaten
    ("Kenya wants to attack the rebels.", "138", "threat"),             # attack, a stated will -> threaten
])
def test_statements_of_intention_get_cameo_intent_codes(nlp, event_resources, text, cameo, kind):
    events = code_text(nlp, event_resources, text)
    hit = [e for e in events if e.cameo == cameo]
    assert hit, [(e.cameo, e.why) for e in events]
    assert f"stated {kind}" in hit[0].why


def test_intention_keeps_its_modality(nlp, event_resources):
    events = code_text(nlp, event_resources, "Ana Lopes will visit Peru next month.")
    assert [e.modality for e in events] == ["intended"]


def test_reporting_verb_does_not_make_an_intention(nlp, event_resources):
    # The future is on "say", not on the visit: the visit is coded as a visit.
    events = code_text(nlp, event_resources, "Ana Lopes will say that she visited Peru.")
    assert any(e.cameo == "042" for e in events)


def test_past_event_is_not_recoded(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile imposed sanctions on Peru.")
    assert [e.cameo for e in events] == ["163"]


def test_doer_of_a_nominalized_object_is_the_target(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile demanded the withdrawal of Peru from the islands.")
    assert any(e.event_type == "REQUEST" and e.target and e.target.name == "Peru" for e in events)


def test_place_in_a_complement_stands_for_its_country(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya threatened to impose a curfew in Kampala.")
    assert any(e.event_type == "THREATEN" and e.target and e.target.country == "UGA" for e in events)


# --- which events a sentence keeps ---------------------------------------------------------------

def test_background_clause_gives_way_to_the_main_event(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile expelled two Peruvian diplomats after Peru arrested a Chilean reporter.")
    assert [e.cameo[:2] for e in events] == ["16"], [(e.cameo, e.why) for e in events]


@pytest.mark.parametrize("mark", ["as", "while"])
def test_a_clause_of_the_same_moment_is_news_too(nlp, event_resources, mark):
    # "as"/"while" join two happenings of one moment: both are coded, unlike an "after" clause.
    events = code_text(nlp, event_resources,
                       f"Kenyan police fired tear gas at civilians in Nairobi {mark} the rebels protested against Kenya.")
    assert {e.event_type for e in events} >= {"ASSAULT", "PROTEST"}, [(e.cameo, e.why) for e in events]


def test_background_clause_alone_is_still_coded(nlp, event_resources):
    events = code_text(nlp, event_resources, "The border was quiet after Peru arrested a Chilean reporter.")
    assert [e.cameo for e in events] == ["173"]


def test_compound_event_noun_is_not_a_happening(nlp, event_resources):
    events = code_text(nlp, event_resources, "Kenya sent riot police to the capital.")
    assert all(e.event_type != "PROTEST" for e in events)


def test_sourceless_event_is_dropped_when_a_sourced_event_leads(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile condemned the attacks.")
    assert [e.event_type for e in events] == ["ACCUSE"]


# --- lexicon families added for refuge, welcome, suspended links, hearings ----------------------

@pytest.mark.parametrize("text, cameo, source", [
    ("Thousands of Kenyans sought refuge in Peru last year.", "023", "KEN"),
    ("Chile accepted two hundred refugees from Kenya.", "075", "CHL"),
    ("Ana Lopes gave a warm welcome to Tomas Varga on Friday.", "043", "PRT"),
    ("Chile announced a suspension of air links with Peru.", "161", "CHL"),
    ("Chile opened a hearing into the conduct of the Peruvian navy.", "090", "CHL"),
    ("Chile and Peru are seeking to deepen their partnership in mining.", "030", "CHL"),
    ("The Kenyan police withdrew from the border town on Monday.", "0874", "KEN"),
    ("A Kenyan court issued arrest warrants for two Peruvian sailors.", "173", "KEN"),
])
def test_lexicon_families(nlp, event_resources, text, cameo, source):
    events = code_text(nlp, event_resources, text)
    assert any(e.cameo == cameo and e.source and e.source.country == source for e in events), [(e.cameo, e.why) for e in events]


def test_refusing_refugees_in_the_future_is_a_rejection(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile said it will not accept any more refugees.")
    assert [(e.event_type, e.modality) for e in events] == [("REJECT", "negated")]


def test_engaged_in_is_a_state_not_a_passive(nlp, event_resources):
    events = code_text(nlp, event_resources, "The rebels were engaged in fierce fighting with the Kenyan police.")
    assert any(e.event_type == "ASSAULT" and e.source and e.source.name == "rebels" for e in events), [e.why for e in events]


def test_recapturing_ground_is_an_assault(nlp, event_resources):
    events = code_text(nlp, event_resources, "The Kenyan police recaptured the village from the rebels.")
    assert [(e.event_type, e.source.name) for e in events] == [("ASSAULT", "police")]


def test_concession_phrase_is_not_a_target(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile agreed to extend the mandate despite Peru's objections.")
    assert all(e.target is None or e.target.name != "Peru" for e in events)
