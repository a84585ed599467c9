"""One record per happening within an article (events/merge.py), on records we build by hand,
and through the real coder on an article we wrote."""

from __future__ import annotations

import dataclasses

import pytest

from tacitus.events.merge import merge_mentions
from tacitus.model import ActorRef, Event, Place
from tacitus.store import Store

CAIRO = Place(name="Cairo", country="EGY", lat=30.0, lon=31.2, geonameid=360630, feature="city")
ALEX = Place(name="Alexandria", country="EGY", lat=31.2, lon=29.9, geonameid=361058, feature="city")
REBELS = ActorRef(actor_id="rebels", name="rebels", country="EGY", sector="REB", code="EGYREB")
CHURCH = ActorRef(actor_id="church", name="the church", country="EGY", sector="REL", code="EGYREL")
POLICE = ActorRef(actor_id="police", name="police", country="EGY", sector="COP", code="EGYCOP")
NOBODY = ActorRef(actor_id="unidentified", name="unidentified")


def _event(sentence: int, *, type_: str = "ASSAULT", source: ActorRef = NOBODY, target: ActorRef | None = None,
           date: str | None = "2024-05-05", date_text: str | None = None, place: Place | None = None,
           modality: str = "asserted", why: str = "trigger", confidence: float = 0.5) -> Event:
    return Event(id=f"e{sentence}{type_}{source.actor_id}{target.actor_id if target else ''}", article_id="a",
                 sentence=sentence, evidence=f"sentence {sentence}", event_type=type_, cameo="183", quad_class=4,
                 goldstein=-10.0, source=source, target=target, date=date, date_text=date_text, location=place,
                 modality=modality, confidence=confidence, why=why, trigger="bombing",
                 trigger_start=sentence * 100, trigger_end=sentence * 100 + 7)


def test_repeat_mentions_merge_into_the_best_argued_record():
    events = [
        _event(0, target=CHURCH, place=CAIRO, date_text="on Sunday", confidence=0.7),
        _event(2, target=CHURCH),
        _event(4, source=REBELS, place=CAIRO),
        _event(5, place=CAIRO),
    ]
    merged = merge_mentions(events)
    assert len(merged) == 1
    record = merged[0]
    assert record.mentions == 4
    assert record.source.actor_id == "rebels" and record.target.actor_id == "church"
    assert record.location == CAIRO and record.date_text == "on Sunday"
    assert record.mention_evidence == tuple(e.evidence for e in events if e.evidence != record.evidence)
    assert "one happening: merged 3 other mention(s)" in record.why


def test_different_places_or_sides_stay_apart():
    events = [_event(0, target=CHURCH, place=CAIRO), _event(1, target=CHURCH, place=ALEX),
              _event(2, source=REBELS, target=CHURCH), _event(3, source=POLICE, target=CHURCH)]
    merged = merge_mentions(events)
    # 0 and 2 can be one bombing; 1 is elsewhere; 3 has another doer than 2, so it can only be 1's.
    assert [(e.mentions, e.source.actor_id) for e in merged] == [(2, "rebels"), (2, "police")]


def test_nothing_known_in_common_is_not_one_happening():
    merged = merge_mentions([_event(0), _event(3)])
    assert [e.mentions for e in merged] == [1, 1]


def test_other_types_modalities_dates_and_same_sentence_stay_apart():
    events = [
        _event(0, target=CHURCH, date_text="on Sunday"),
        _event(0, source=REBELS, target=CHURCH, date_text="on Sunday"),  # same sentence: another pairing
        _event(1, target=CHURCH, type_="PROTEST"),
        _event(2, target=CHURCH, modality="intended"),
        _event(3, target=CHURCH, date="2023-01-02", date_text="in January 2023"),
    ]
    assert len(merge_mentions(events)) == 5


def test_symmetric_happenings_merge_with_sides_swapped():
    first = _event(0, type_="CONSULT", source=REBELS, target=POLICE, why="trigger; symmetric")
    second = _event(3, type_="CONSULT", source=POLICE, target=REBELS, why="trigger; symmetric")
    assert [e.mentions for e in merge_mentions([first, second])] == [2]


def test_dates_of_different_precision_agree():
    merged = merge_mentions([_event(0, target=CHURCH, date="2024-05", date_text="in May"),
                             _event(2, target=CHURCH, date="2024-05-05", date_text="on Sunday")])
    assert len(merged) == 1 and merged[0].date == "2024-05-05"


def test_a_publication_date_default_agrees_with_a_stated_date():
    merged = merge_mentions([_event(0, target=CHURCH, date="2024-05-05", date_text="on Sunday"),
                             _event(2, target=CHURCH, date="2024-05-06")])
    assert len(merged) == 1 and merged[0].date == "2024-05-05"


def test_a_consequence_clause_of_the_same_doer_is_the_same_happening():
    bombed = _event(0, source=REBELS, target=CHURCH)
    killing = dataclasses.replace(_event(0, source=REBELS), trigger_start=40, id="k", cameo="1823")
    other_pairing = _event(0, source=POLICE, target=CHURCH)
    other_act = dataclasses.replace(_event(0, source=REBELS), trigger_start=60, id="s", cameo="172")
    assert [e.mentions for e in merge_mentions([bombed, killing, other_pairing, other_act])] == [2, 1, 1]


def test_the_store_keeps_the_mentions(tmp_path):
    from tacitus.model import Article, Coded

    merged = merge_mentions([_event(0, target=CHURCH, place=CAIRO), _event(2, target=CHURCH)])[0]
    article = Article(id="a", text="x " * 400, published="2024-05-06")
    coded = Coded(article=article, actors=(), events=(dataclasses.replace(merged, source=NOBODY),), quotes=())
    with Store(tmp_path / "m.duckdb") as store:
        store.write([coded])
        back = store.coded("a")
    assert back is not None and back.events[0].mentions == 2
    assert back.events[0].mention_evidence == ("sentence 2",)


@pytest.mark.slow
def test_the_coder_gives_one_record_for_a_bombing_told_three_times(coder):
    text = ("CAIRO - Rebels bombed a church in Cairo on Sunday, killing nine worshippers, police said.\n\n"
            "The rebels bombed the church during the morning service, witnesses said.\n\n"
            "It was the second bombing of a church this year.")
    coded = coder.code(text, published="2024-05-06")
    bombings = [e for e in coded.events if e.trigger == "bombed" or e.trigger == "bombing"]
    assert len(bombings) == 1, [(e.sentence, e.why) for e in bombings]
    assert bombings[0].mentions >= 2 and bombings[0].mention_evidence


def test_a_dateline_place_is_not_shared_evidence():
    # Two unattributed attacks each placed at the dateline are not thereby one happening; the
    # lead's scene, given from the text, still is.
    dateline = "trigger; place Cairo from the dateline"
    assert [e.mentions for e in merge_mentions([_event(0, place=CAIRO, why=dateline),
                                                _event(3, place=CAIRO, why=dateline)])] == [1, 1]
    scene = "trigger; place Cairo the lead's scene 'Cairo'"
    assert [e.mentions for e in merge_mentions([_event(0, place=CAIRO, why=scene),
                                                _event(3, place=CAIRO, why=scene)])] == [2]


def test_an_anchored_earlier_happening_stays_apart():
    lead = _event(0, target=CHURCH, place=CAIRO, date="2024-05-05", date_text="on Sunday")
    earlier = _event(1, target=CHURCH, place=CAIRO, date="2024-05-02", date_text="three days after")
    assert [e.mentions for e in merge_mentions([lead, earlier])] == [1, 1]
