"""Reports of a kind the news is not: technology reports (events/genre.py, genre.yaml), accident
reports (events/sense_accident.py), goods released to market and acts told as a rate
(events/sense.py, sense.yaml). Texts we wrote."""

from __future__ import annotations

import pytest
import spacy

from tacitus.events.genre import GenreReader
from tacitus.events.lexicon import LexiconError
from tacitus.events.sense_accident import AccidentReader

from .helpers import code_text

# A technology report: most of its lower-case words are words of computing, the net and games.
TECH = (
    "The new console lets gamers download games and music from the internet, and its software can "
    "update itself online. Users who play on a mobile phone or a laptop will find the graphics on the "
    "screen sharper, and the web browser faster. Security experts said a virus spread by e-mail had "
    "hit thousands of computers and that spam and spyware still plague the network of every user."
)
# An accident report: words of a crash and its toll, and no word of violence anywhere.
CRASH = (
    "A passenger bus overturned on a mountain road in the south of Peru on Monday, and rescuers "
    "pulled survivors from the wreckage. The driver lost control of the vehicle on a wet highway in "
    "heavy rain, and the injured were taken to hospital. The accident was the worst crash on the "
    "road this year, and the toll could rise as some passengers are still missing."
)
# The same vocabulary of the dead and the injured, in a report of a bombing.
BOMBING = (
    "A bomb exploded on a passenger bus on a mountain road in the south of Peru on Monday, and "
    "rescuers pulled survivors from the wreckage. Rebels said they had planted the bomb, and the "
    "injured were taken to hospital. The toll could rise as some passengers are still missing."
)


def _types(events) -> list[str]:
    return [e.event_type for e in events]


# --- the readings ------------------------------------------------------------------------------

def test_a_technology_report_reads_as_technology():
    assert [g.name for g in GenreReader.load().read(spacy.blank("en")(TECH))] == ["technology"]


def test_an_accident_report_reads_as_one_and_a_bombing_does_not():
    reader = AccidentReader.load()
    assert reader.is_report(spacy.blank("en")(CRASH))
    # One word of violence anywhere and the article is news, each trigger judged on its own.
    assert not reader.is_report(spacy.blank("en")(BOMBING))


def test_a_short_text_of_a_few_accident_words_is_no_accident_report():
    assert not AccidentReader.load().is_report(spacy.blank("en")("The minister visited the hospital by bus."))


def test_a_garbled_accident_section_is_a_clear_error():
    with pytest.raises(LexiconError):
        AccidentReader.from_mapping({"words": ["crash"]})


def test_no_accident_section_never_reads():
    assert not AccidentReader.from_mapping(None).is_report(spacy.blank("en")(CRASH))


# --- through the event detector ----------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Hackers attacked the website of the Peruvian government for five hours.",
    "In the game players battle aliens and zombies to seize the planet.",
    "Users can search through the pages they have browsed.",
])
def test_attacks_on_sites_and_battles_of_games_in_a_technology_report_are_no_events(nlp, event_resources, sentence):
    events = code_text(nlp, event_resources, f"{TECH} {sentence}")
    assert not {"ASSAULT", "COERCE"} & set(_types(events)), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
def test_an_arrest_in_a_technology_report_stays(nlp, event_resources):
    events = code_text(nlp, event_resources, f"{TECH} Kenyan police arrested a hacker in Nairobi on Monday.")
    assert "COERCE" in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
def test_the_dead_of_an_accident_are_no_assault(nlp, event_resources):
    events = code_text(nlp, event_resources, f"{CRASH} Six people on the bus were killed on the spot.")
    assert "ASSAULT" not in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
def test_the_dead_of_a_bombing_stay_an_assault(nlp, event_resources):
    events = code_text(nlp, event_resources, f"{BOMBING} Six people on the bus were killed on the spot.")
    assert "ASSAULT" in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, kept", [
    ("Chile released a new console and three security updates on Monday.", False),
    ("Chile released three Peruvian prisoners on Monday.", True),
])
def test_releasing_goods_is_no_retreat(nlp, event_resources, sentence, kept):
    events = code_text(nlp, event_resources, sentence)
    assert ("RETREAT" in _types(events)) is kept, [(e.event_type, e.why) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, kept", [
    ("Kenyan inspectors make around 300 visits a year to Peru.", False),
    ("Ana Lopes visited Peru on Monday.", True),
])
def test_acts_told_as_a_rate_are_no_happening(nlp, event_resources, sentence, kept):
    events = code_text(nlp, event_resources, sentence)
    assert ("CONSULT" in _types(events)) is kept, [(e.event_type, e.why) for e in events]


# --- kinds, goods offered, crowds that leave ----------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("sentence, kept", [
    ("Attacks on Kenyan police in the north are now part of daily life.", False),
    ("Suicide bombings have become common in Kenya.", False),
    ("Chile trained its troops to respond to attacks that involve chemical weapons.", False),
    ("Kenya vowed to punish such attacks.", False),
    ("Rebels attacked a Kenyan police post on Monday.", True),
    ("Attacks on Kenyan police were reported on Monday.", True),
])
def test_a_statement_about_a_kind_of_attack_is_no_attack(nlp, event_resources, sentence, kept):
    events = code_text(nlp, event_resources, sentence)
    assert ("ASSAULT" in _types(events)) is kept, [(e.event_type, e.why) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, kept", [
    ("Chile is offering new handsets and services to customers in Peru.", False),
    ("Chile offered to mediate between Peru and Kenya.", True),
])
def test_goods_offered_for_sale_are_no_agreement(nlp, event_resources, sentence, kept):
    events = code_text(nlp, event_resources, sentence)
    assert ("AGREE" in _types(events)) is kept, [(e.event_type, e.why) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, kept", [
    ("Most of the protesters dispersed peacefully on Monday.", False),
    ("Kenyan police dispersed the protesters with tear gas on Monday.", True),
])
def test_a_crowd_that_disperses_is_no_repression(nlp, event_resources, sentence, kept):
    events = code_text(nlp, event_resources, sentence)
    assert ("ASSAULT" in _types(events)) is kept, [(e.event_type, e.why) for e in events]


# --- words and moves of a sports report -----------------------------------------------------------

# A sports report (as in test_sense_genre.py): most of its lower-case words are words of the game.
MATCH = (
    "Chile beat Peru in the league derby on Sunday. The striker scored twice in the first half and the "
    "keeper made a fine save from a free kick before half-time. The coach said the squad deserved the win "
    "after the defeat in the cup final, and the fans cheered the victory at the stadium. The title race "
    "is open with ten games of the season left, and the captain hopes to keep his place in the team."
)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, plover", [
    ("The coach praised Jan Novak for his two goals.", "SUPPORT"),
    ("The coach criticised Jan Novak after the defeat.", "ACCUSE"),
    ("Chile rejected a third bid from Peru for the captain.", "REJECT"),
])
def test_words_and_moves_of_a_sports_report_are_the_trades_own(nlp, event_resources, sentence, plover):
    events = code_text(nlp, event_resources, f"{MATCH} {sentence}")
    assert plover not in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, plover", [
    ("The sports minister criticised Jan Novak after the defeat.", "ACCUSE"),
    ("Ana Lopes criticised Jan Novak after the defeat.", "ACCUSE"),
])
def test_politics_in_a_sports_report_stays(nlp, event_resources, sentence, plover):
    # A word of government, or an actor of a government sector (Lopes: PRTGOV), shows the politics.
    events = code_text(nlp, event_resources, f"{MATCH} {sentence}")
    assert plover in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.slow
def test_the_same_words_in_the_news_stay(nlp, event_resources):
    events = code_text(nlp, event_resources, "Tomas Varga criticised Jan Novak after the vote.")
    assert "ACCUSE" in _types(events), [(e.event_type, e.why) for e in events]
