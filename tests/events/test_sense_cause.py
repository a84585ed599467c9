"""Sense checks on what frames a happening (events/sense_cause.py and the genericity checks of
events/sense_generic.py): calamities, circumstances, purchases, own goals, money, prices, searches,
things that rally, forecasts of a state, habitual and summarised happenings. Sentences we wrote."""

from __future__ import annotations

import pytest

from tacitus.events.sense import SenseRules

from .helpers import code_text

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize("text, plover", [
    # calamities: a natural or accidental cause kills no one in an ASSAULT
    ("More than 900 people were killed in the earthquake that struck Peru on Monday.", "ASSAULT"),
    ("The floods which killed 40 villagers in Kenya also destroyed crops.", "ASSAULT"),
    ("Dozens of passengers were injured in a train crash near Lima.", "ASSAULT"),
    ("Patients who say they were injured by the drug are suing the maker.", "ASSAULT"),
    ("A gas explosion in a coal mine near Lima killed 30 miners on Monday.", "ASSAULT"),
    ("Twelve workers were killed in Kenya when the fuel tank they were cleaning exploded.", "ASSAULT"),
    ("The cargo plane crashed near Nairobi on Monday, killing 20 people.", "ASSAULT"),
    ("Nine people were killed and 20 others were injured in a bus accident in Peru.", "ASSAULT"),
    ("The blast brought the number of miners killed this year in Peru to 40.", "ASSAULT"),
    ("A train struck a lorry near Nairobi on Monday, killing five people.", "ASSAULT"),
    ("The minibus was hit by a truck outside Lima on Monday.", "ASSAULT"),
    # games and votes
    ("The striker scored the winning goal after the coach sent him on, beating the Peruvian goalkeeper.", "ASSAULT"),
    ("Varga, who beat his rival in the general election, took office on Monday.", "ASSAULT"),
    # rankings, routes, hearings, spans of time, price levels, falls in number
    ("Ana Lopes came fifth in the Olympic Games in Lima.", "CONSULT"),
    ("The lorry driver lost control while negotiating a bend near Nairobi.", "CONSULT"),
    ("The Kenyan driver told the police that his brakes had failed.", "CONSULT"),
    ("The fiscal year ends on March 31 in Kenya.", "CONCEDE"),
    ("Kenya has already reduced its tariffs on imported wheat.", "SANCTION"),
    ("Logging has caused the number of elephants in Kenya to decline sharply.", "REJECT"),
    ("Chile returned the disputed islands to Peru on Monday.", "CONSULT"),
    ("Ana Lopes headed the Portuguese delegation to Lima on Monday.", "CONSULT"),
    ("More than 10,000 Kenyan students came to Peru last year.", "CONSULT"),
    ("The passengers were returning to Lima on Monday.", "CONSULT"),
    # circumstances: a passive of forcing with no one forcing
    ("Many Peruvian farmers have been forced to sell their land.", "COERCE"),
    ("The airline was forced into bankruptcy last year.", "COERCE"),
    # control of a firm or a thing is bought or managed
    ("The tycoon hopes to take control of the football club next year.", "COERCE"),
    ("The bank is trying to regain control of its insurance business.", "ASSAULT"),
    # the doer's own goal or rank
    ("The brewer said it would hit its targets for 2006.", "ASSAULT"),
    ("The carmaker is trying to regain its position as the biggest exporter.", "ASSAULT"),
    # a thing as the doer reaches a place without a blow
    ("The new phone hits the streets in Lima next month.", "ASSAULT"),
    # money before the trigger: a loss
    ("The insurer took a $40m hit from the storm.", "ASSAULT"),
    ("The carmaker took a 90m euro hit in the second quarter.", "ASSAULT"),
    # searching for something, seizing a moment, a description capturing a mood
    ("Kenya is searching for new sources of cheap energy.", "COERCE"),
    ("Investors should seize the opportunity, the banker said.", "COERCE"),
    ("The official description does not capture the mood in Lima.", "COERCE"),
    # a word of force in scare quotes; a crackdown on practices or firms is regulation
    ('The brand came under "attack" from cheaper rivals in Kenya.', "ASSAULT"),
    ("The government is cracking down on unfair trade practices.", "ASSAULT"),
    # a thing rallies
    ("The peso fell early on, but it rallied strongly on Friday.", "PROTEST"),
    # speaking to a rally, a campaign rally
    ("Ruling party leaders are due to address rallies in Nairobi on Sunday.", "PROTEST"),
    ("The ruling party held a campaign rally in Nairobi.", "PROTEST"),
    # habitual and summarised happenings, examples under a collection, any member of a kind
    ("The governor has faced frequent rallies during his tours of the province.", "PROTEST"),
    ("Chile warned Peru that any attack would be a grave mistake.", "ASSAULT"),
    ("The governor has faced frequent rallies during his visits to the provinces.", "CONSULT"),
    # forecasts of a state or of what a happening may bring, a parenthetical warning, a profit warning
    ("The central bank governor warned that letting the deficit grow could have grave consequences.", "THREATEN"),
    ("This, the Kenyan banker warns, is dangerous for the economy.", "THREATEN"),
    ("The Peruvian miner warned that its profits may fall this year.", "THREATEN"),
    ("The football club warned it will go bankrupt if the talks fail.", "THREATEN"),
    ("Shares fell after the retailer issued a profit warning.", "THREATEN"),
])
def test_a_framed_trigger_names_no_such_happening(nlp, event_resources, text, plover):
    events = code_text(nlp, event_resources, text)
    assert plover not in _types(events), [(e.event_type, e.why) for e in events]


@pytest.mark.parametrize("text, plover", [
    ("Gunmen killed three soldiers in Lima on Monday.", "ASSAULT"),
    ("Two policemen were killed in clashes with protesters in Nairobi.", "ASSAULT"),
    ("Ten people were killed when a car bomb exploded in a market in Lima.", "ASSAULT"),
    ("A bomb explosion killed five soldiers in Nairobi on Monday.", "ASSAULT"),
    ("The rebels fired rockets at the town, killing 12 civilians.", "ASSAULT"),
    ("A car bomb hit a police station in Lima on Monday.", "ASSAULT"),
    ("The police forced the protesters to leave the square in Nairobi.", "COERCE"),
    ("The rebels took control of the town on Monday.", "COERCE"),
    ("The rebels regained their positions near the border.", "ASSAULT"),
    ("The protesters rallied in Lima against the government on Monday.", "PROTEST"),
    ("Chile warned Peru that it would impose sanctions.", "THREATEN"),
    ("Chile warned that its troops would cross the border.", "THREATEN"),
    ("Chile declined the offer of talks from Peru.", "REJECT"),
    ("Ana Lopes came to Lima for talks with Tomas Varga on Monday.", "CONSULT"),
    ("Tomas Varga returned to Lima on Monday.", "CONSULT"),
    ("The Chilean delegation arrived in Nairobi on Monday.", "CONSULT"),
])
def test_the_same_triggers_with_real_participants_keep_their_sense(nlp, event_resources, text, plover):
    events = code_text(nlp, event_resources, text)
    assert plover in _types(events), [(e.event_type, e.why) for e in events]


def test_a_legal_charge_is_an_accusation(nlp, event_resources):
    events = code_text(nlp, event_resources, "Chile charged Ana Lopes with fraud on Monday.")
    assert [(e.event_type, e.cameo) for e in events] == [("ACCUSE", "1121")], [e.why for e in events]


def test_the_circumstance_section_is_read():
    rules = SenseRules.load().cause
    assert "earthquake" in rules.calamity_words and "force" in rules.forced_lemmas
    assert "club" not in rules.control_kept and "town" in rules.control_kept


def test_a_protest_in_words_has_one_owner_and_a_crowd_protesting_demonstrates(nlp, event_resources):
    named = code_text(nlp, event_resources, "Chile protested the decision of the Peruvian court on Monday.")
    assert [(e.event_type, e.cameo) for e in named] == [("ACCUSE", "114")], [e.why for e in named]
    assert "speech" in named[0].why
    crowd = code_text(nlp, event_resources, "Students protested the arrest of their leader in Nairobi on Monday.")
    assert [e.event_type for e in crowd] == ["PROTEST"], [e.why for e in crowd]


@pytest.mark.parametrize("text", [
    "The union said it did not rule out a strike.",
    "Airlines say the rules cover bad weather, security alerts and strikes.",
])
def test_a_bare_strike_is_a_stoppage_of_work(nlp, event_resources, text):
    events = code_text(nlp, event_resources, text)
    assert "ASSAULT" not in _types(events) and "PROTEST" in _types(events), [(e.event_type, e.why) for e in events]


def test_a_bare_strike_that_kills_is_an_attack(nlp, event_resources):
    events = code_text(nlp, event_resources, "The strike killed five rebels near the border on Monday.")
    assert _types(events) == ["ASSAULT"], [(e.event_type, e.why) for e in events]
