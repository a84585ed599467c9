"""The genre of an article (events/genre.py) and the evidence a violent trigger needs in a sports or
market report (events/sense_genre.py). Texts we wrote."""

from __future__ import annotations

import pytest
import spacy

from tacitus.events.genre import GenreReader
from tacitus.events.lexicon import LexiconError
from tacitus.events.sense_genre import GenreSense

from .helpers import code_text

# A sports report: most of its lower-case words are words of the game.
MATCH = (
    "Chile beat Peru in the league derby on Sunday. The striker scored twice in the first half and the "
    "keeper made a fine save from a free kick before half-time. The coach said the squad deserved the win "
    "after the defeat in the cup final, and the fans cheered the victory at the stadium. The title race "
    "is open with ten games of the season left, and the captain hopes to keep his place in the team."
)
# A market report.
MARKET = (
    "Shares in the carmaker fell on Monday after profits dropped in the third quarter. Investors sold "
    "stocks as sales slowed and analysts cut their forecast for earnings. The company said demand from "
    "customers had weakened, prices had fallen and costs had risen, and its chief executive warned of a "
    "slowdown in the market. The dollar rose against the euro and bond yields edged higher."
)
# News of politics and war: no trade read.
NEWS = (
    "Rebels attacked a police post near the border on Monday, killing three officers. The government "
    "sent troops to the region and the president called for calm. The minister said talks with the "
    "rebels would resume next week in the capital, and the opposition urged the army to protect villages."
)


def _types(events) -> list[str]:
    return [e.event_type for e in events]


# --- the reading -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reader() -> GenreReader:
    return GenreReader.load()


@pytest.mark.parametrize("text, genre", [(MATCH, "sport"), (MARKET, "business")])
def test_a_report_of_a_trade_reads_as_its_genre(reader, text, genre):
    doc = spacy.blank("en")(text)
    assert [g.name for g in reader.read(doc)] == [genre]


def test_the_names_of_a_sports_report_are_its_own(reader):
    # own_names: a sports report's names are its clubs and players; a market report's and the
    # news's names are the knowledge base's to code.
    assert reader.own_names(spacy.blank("en")(MATCH))
    assert not reader.own_names(spacy.blank("en")(MARKET))
    assert not reader.own_names(spacy.blank("en")(NEWS))


def test_own_names_has_its_own_bar():
    # A bar looser than the genre's: a report of a few game words passes it, not the genre's.
    spec = {"words": ["match", "goal", "striker"], "density": 0.5, "distinct": 3, "guarded": [],
            "own_names": {"density": 0.2, "distinct": 2}}
    reader = GenreReader.from_mapping({"sport": spec})
    doc = spacy.blank("en")("the match ended when the striker scored a late goal today")
    assert reader.read(doc) == () and reader.own_names(doc)
    assert not GenreReader.from_mapping({"sport": {**spec, "own_names": None}}).own_names(doc)


def test_news_reads_as_no_genre(reader):
    assert reader.read(spacy.blank("en")(NEWS)) == ()


def test_one_sentence_with_a_few_game_words_is_no_sports_report(reader):
    # Not enough distinct words of the trade: a sentence of the news stays news.
    doc = spacy.blank("en")("Police fought fans after the match at the stadium in Lima.")
    assert reader.read(doc) == ()


def test_the_reading_is_kept_on_the_doc(reader):
    doc = spacy.blank("en")(MATCH)
    first = reader.read(doc)
    assert reader.read(doc) is first


def test_a_garbled_genre_file_is_a_clear_error():
    with pytest.raises(LexiconError):
        GenreSense.from_mapping({"genres": {"sport": {"words": ["goal"]}}})


# --- the evidence, through the event detector ------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Peru beat Chile in Lima.",
    "The striker forced the keeper to save.",
    "Peru struck a fine shot past the keeper.",
    "Chile hit Peru on the counter attack.",
])
def test_game_moves_in_a_sports_report_are_no_events(nlp, event_resources, sentence):
    events = code_text(nlp, event_resources, f"{MATCH} {sentence}")
    assert not {"ASSAULT", "COERCE"} & set(_types(events)), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Police fought with Peruvian fans outside the stadium.",
    "A car bomb exploded outside the stadium in Lima.",
    "A Chilean fan attacked a Peruvian supporter in the stand.",
])
def test_real_violence_in_a_sports_report_stays(nlp, event_resources, sentence):
    events = code_text(nlp, event_resources, f"{MATCH} {sentence}")
    assert "ASSAULT" in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
def test_a_move_of_firms_in_a_market_report_is_no_coercion(nlp, event_resources):
    events = code_text(nlp, event_resources, f"{MARKET} Chile forced Peru to cut its prices.")
    assert "COERCE" not in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
def test_the_same_move_in_the_news_stays(nlp, event_resources):
    events = code_text(nlp, event_resources, f"{NEWS} Chile forced Peru to cut its prices.")
    assert "COERCE" in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
def test_a_player_who_rallies_in_a_sports_report_does_not_protest(nlp, event_resources):
    events = code_text(nlp, event_resources, f"{MATCH} Peru rallied to beat Chile in the second set.")
    assert "PROTEST" not in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
def test_fans_who_protest_in_a_sports_report_protest(nlp, event_resources):
    events = code_text(nlp, event_resources, f"{MATCH} About 300 Peruvian fans protested outside the stadium in Lima.")
    assert "PROTEST" in _types(events), [(e.event_type, e.why) for e in events]
