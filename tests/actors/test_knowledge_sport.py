"""The knowledge base in a sports report: clubs and players named like politicians or coded as
their city's country stay the trade's own (events/genre.py ``own_names``; actors/knowledge.py,
actors/dictmentions.py). Articles written for these tests."""

from __future__ import annotations

import pytest

from tacitus.model import Actor

pytestmark = pytest.mark.slow

# A football report: most of its lower-case words are words of the game, and its names are a
# club named like a US envoy ("Bolton"), one named like a Canadian minister ("Blackburn") and a
# city the knowledge base files under its country ("Liverpool").
MATCH = (
    "Bolton beat Blackburn 2-1 in the league on Saturday. The striker scored twice in the first half "
    "and the keeper made a fine save from a free kick before half-time. Liverpool have rejected a bid "
    "from Bolton for their captain. The manager said the squad deserved the win after the defeat in the cup final, "
    "and the fans cheered the victory at the stadium. The title race is open with ten games of the "
    "season left, and the coach hopes the team can keep its place in the table."
)


def _actor(actors: list[Actor], text: str, phrase: str) -> Actor | None:
    start = text.index(phrase)
    return next((a for a in actors if any(m.start <= start < m.end for m in a.mentions)), None)


@pytest.mark.parametrize("published", ["2005-03-01", None])
def test_clubs_named_like_politicians_take_no_office(code_actors, published):
    actors = list(code_actors(MATCH, published=published))
    for club in ("Bolton", "Blackburn"):
        found = _actor(actors, MATCH, club)
        assert found is None or (found.country, found.sector) == (None, None), found


def test_a_city_in_a_sports_report_is_no_country(code_actors):
    found = _actor(list(code_actors(MATCH)), MATCH, "Liverpool")
    assert found is None or found.country is None, found


def test_the_same_names_in_news_keep_the_knowledge_base(code_actors):
    text = "US envoy Bolton told the UN Security Council in New York that sanctions would follow."
    found = _actor(list(code_actors(text)), text, "Bolton")
    assert found is not None and found.country == "USA"


def test_a_minister_in_a_sports_report_keeps_the_office(code_actors):
    text = MATCH + " Sports Minister Richard Caborn said the government would back the bid for the cup."
    found = _actor(list(code_actors(text)), text, "Richard Caborn")
    assert found is not None and (found.country, found.sector) == ("GBR", "GOV")


def test_no_political_event_from_a_transfer_report(coder):
    # Undated, like the BBC corpus: the knowledge base would give "Bolton" the envoy's office.
    coded = coder.code(MATCH, published=None)
    assert not [e for e in coded.events if e.event_type in ("REJECT", "CONSULT")], coded.events


def test_an_initialism_in_a_sports_report_keeps_the_knowledge_base(code_actors):
    # A club or a league is named in words ("Tigers", "La Liga"); an armed group by its initials.
    text = MATCH + " The stadium was targeted by ETA in 2002, when a car bomb exploded outside it."
    found = _actor(list(code_actors(text)), text, "ETA")
    assert found is not None and (found.country, found.sector) == ("ESP", "REB")


def test_a_bare_surname_needs_its_namesakes_country_in_its_sentence(code_actors):
    # No title and no country of a namesake in the sentence: a brewer's name, not a Fijian's.
    text = "The winemaker said Foster had made a generous offer for the vineyards and the brand."
    found = _actor(list(code_actors(text)), text, "Foster")
    assert found is None or found.country is None, found
    # The sentence names the namesake's country: the knowledge base applies.
    text = "In a sign of better US-Germany relations, Zoellick starts his visit to Berlin on Monday."
    found = _actor(list(code_actors(text, published="2005-11-30")), text, "Zoellick")
    assert found is not None and found.country == "USA", found


def test_a_body_named_by_a_city_is_not_the_country(code_actors):
    # Not a sports report by its words, but "Liverpool" is a body here (a club, a firm): the
    # knowledge base's entry for the city is its country's, a place, not this body.
    text = "Liverpool have refused to sell the naming rights to their new ground, chief executive Rick Parry said."
    found = _actor(list(code_actors(text)), text, "Liverpool")
    assert found is None or found.country is None, found
