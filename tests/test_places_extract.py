"""extract_places over parsed articles we wrote, with the real offline gazetteer."""

from __future__ import annotations

import pytest

from tacitus.geo import PlaceResources, extract_places
from tacitus.nlp import make_doc_text

pytestmark = pytest.mark.slow

ARTICLE = (
    "The Japanese prime minister met the Chinese president in Beijing on Monday.\n"
    "Later he held talks in the Turkish capital with officials from Egypt.\n"
    "He visited Tokyo before flying to Seoul, the South Korean capital, for a dinner.\n"
    "Washington said the meeting was useful.\n"
    "Egypt's foreign minister is currently in Moscow for talks with Russian officials.\n"
)


@pytest.fixture(scope="module")
def parsed(nlp, place_resources):
    """The test article and its place table."""
    doc = nlp(make_doc_text(ARTICLE))
    return doc, extract_places(doc, place_resources)


def _token(doc, word: str, occurrence: int = 0):
    return [t for t in doc if t.text == word][occurrence]


def test_mentions_resolve_with_offsets(parsed) -> None:
    """Cities and countries resolve to GeoNames entries; offsets point into the article text."""
    _, places = parsed
    by_text = {m.text: m.place for m in places.mentions}
    assert by_text["Beijing"].country == "CHN" and by_text["Beijing"].feature == "city"
    assert by_text["Tokyo"].geonameid == 1850147
    assert by_text["Moscow"].country == "RUS"
    assert all(ARTICLE[m.start:m.end] == m.text for m in places.mentions)


def test_countries_are_countries_not_capitals(parsed) -> None:
    """"Egypt" is the country (feature country, Egypt's own geonameid), not Cairo."""
    _, places = parsed
    egypt = next(m.place for m in places.mentions if m.text == "Egypt")
    assert (egypt.feature, egypt.country, egypt.geonameid) == ("country", "EGY", 357994)


def test_capital_descriptions(parsed) -> None:
    """"the Turkish capital" is Ankara and "the South Korean capital" is Seoul."""
    _, places = parsed
    by_text = {m.text: m.place.name for m in places.mentions}
    assert by_text["the Turkish capital"] == "Ankara"
    assert by_text["the South Korean capital"] == "Seoul"


def test_event_locations(parsed) -> None:
    """The place attached to each trigger's clause is its location."""
    doc, places = parsed
    assert places.for_trigger(_token(doc, "met")).name == "Beijing"
    assert places.for_trigger(_token(doc, "held")).name == "Ankara"
    assert places.for_trigger(_token(doc, "visited")).name == "Tokyo"
    assert places.for_trigger(_token(doc, "flying")).name == "Seoul"
    assert places.for_trigger(_token(doc, "is")).name == "Moscow"


def test_demonyms_name_countries_but_never_locate_events(parsed) -> None:
    """"Russian officials" adds a mention of Russia, but it is never an event location."""
    doc, places = parsed
    assert any(m.text == "Russian" and m.place.country == "RUS" for m in places.mentions)
    sentence_five = _token(doc, "talks", 1)
    assert places.for_trigger(sentence_five).name == "Moscow"


def test_namesakes_follow_the_article_state(nlp, place_resources) -> None:
    """"Alexandria" in a story naming Louisiana is the Louisiana town; alone it is Egypt's city."""
    local = nlp(make_doc_text("Firefighters in Alexandria, Louisiana, put out a fire on Main Street.\n"))
    world = nlp(make_doc_text("The ship docked in Alexandria after crossing the sea.\n"))
    local_place = next(m.place for m in extract_places(local, place_resources).mentions if m.text == "Alexandria")
    world_place = next(m.place for m in extract_places(world, place_resources).mentions if m.text == "Alexandria")
    assert (local_place.country, local_place.geonameid) == ("USA", 4314550)
    assert world_place.country == "EGY"


def test_locate_says_whether_the_place_is_attached_or_only_in_the_sentence(nlp):
    doc = nlp("The ministers met in Nairobi on Tuesday.")
    table = extract_places(doc, PlaceResources.load())
    trigger = next(t for t in doc if t.lemma_ == "meet")
    place, origin = table.locate(trigger)
    assert place.name == "Nairobi" and origin == "clause"
    assert table.for_trigger(trigger) == place
