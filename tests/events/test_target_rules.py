"""The right target or none (issue 15, item 4): money and measures, place nouns, trips without a
host, forces a side moves, relations, and targets filled from other mentions; on sentences we
wrote ourselves."""

from __future__ import annotations

import re

import pytest

from tacitus.actors.table import ActorTable
from tacitus.errors import TacitusError
from tacitus.events import detect_events
from tacitus.events.arguments import ArgumentWords
from tacitus.events.merge import merge_mentions
from tacitus.model import Actor, ActorRef, Article, Event, Mention, Place
from tacitus.nlp import make_doc_text

# name -> (country, sector, kind, aliases)
_ACTORS = {
    "Chile": ("CHL", None, "country", ("Chile", "Santiago")),
    "Peru": ("PER", None, "country", ("Peru", "Lima")),
    "United States": ("USA", None, "country", ("US", "U.S.")),
    "Hungary": ("HUN", None, "country", ("Hungary", "Budapest", "Hungarian")),
    "Tomas Varga": ("HUN", "GOV", "person", ("Tomas Varga", "Varga")),
    "Ana Lopes": ("PRT", "GOV", "person", ("Ana Lopes", "Lopes")),
    "Jan Novak": (None, "JRN", "person", ("Jan Novak", "Novak")),
    "Doug Smith": (None, None, "person", ("Doug Smith", "Smith")),
}


def _table(text: str) -> ActorTable:
    """The actors whose aliases occur in ``text`` (longest alias first, no overlaps)."""
    taken = [False] * len(text)
    found: dict[str, list[Mention]] = {name: [] for name in _ACTORS}
    aliases = sorted(((a, n) for n, (*_, names) in _ACTORS.items() for a in names), key=lambda x: -len(x[0]))
    for alias, name in aliases:
        for match in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            if not any(taken[match.start():match.end()]):
                taken[match.start():match.end()] = [True] * (match.end() - match.start())
                found[name].append(Mention(alias, match.start(), match.end()))
    return ActorTable([Actor(id=name.lower().replace(" ", "-"), name=name, country=country, sector=sector,
                             code=(country or "") + (sector or ""), kind=kind,
                             mentions=tuple(sorted(found[name], key=lambda m: m.start)))
                       for name, (country, sector, kind, _) in _ACTORS.items() if found[name]])


def _events(nlp, resources, text: str) -> list[Event]:
    return detect_events(nlp(make_doc_text(text)), Article(id="t1", text=text), _table(text), resources)


def _targets(events: list[Event], event_type: str) -> list[tuple[str, str | None] | None]:
    return [(e.target.name, e.target.country) if e.target else None for e in events if e.event_type == event_type]


# --- money and measures are never sides -------------------------------------------------------------

@pytest.mark.slow
def test_money_is_not_the_one_aid_goes_to(nlp, event_resources):
    events = _events(nlp, event_resources, "Chile will give 3 billion US dollars in loans next year.")
    assert events and all(e.target is None or e.target.country != "USA" for e in events)


@pytest.mark.slow
def test_the_country_of_a_currency_is_not_a_side_of_the_agreement(nlp, event_resources):
    events = _events(nlp, event_resources, "Chile signed a 5.3 million-US dollar financing agreement on Monday.")
    assert all(e.target is None or e.target.country != "USA" for e in events)
    events = _events(nlp, event_resources, "Chile signed a 5.3 million-US dollar financing agreement with Peru.")
    assert ("Peru", "PER") in _targets(events, "SUPPORT") + _targets(events, "AGREE") + _targets(events, "COOPERATE")


def test_measure_words_are_read_from_the_data_file():
    words = ArgumentWords.load()
    assert {"dollar", "yuan", "tonne", "percent"} <= words.measures
    assert "dollar" not in words.artifacts  # a measure, not a thing with an owner


# --- a place noun is a place, not a participant -------------------------------------------------------

@pytest.mark.slow
def test_a_country_s_borders_are_not_a_participant(nlp, event_resources):
    events = _events(nlp, event_resources, "Chile pledged to reduce pollution beyond Peru's borders.")
    assert events and all(e.target is None for e in events)


# --- trips: the host of a visit, or no target ------------------------------------------------------------

@pytest.mark.slow
def test_an_official_visit_has_its_host_as_target(nlp, event_resources):
    events = _events(nlp, event_resources, "Tomas Varga arrived in Lima on Monday.")
    assert _targets(events, "CONSULT") == [("Peru", "PER")]


@pytest.mark.slow
def test_going_home_is_no_visit(nlp, event_resources):
    events = _events(nlp, event_resources, "Tomas Varga went home to Lima last week to have his ankle examined.")
    assert _targets(events, "CONSULT") in ([], [None])


@pytest.mark.slow
def test_a_return_to_the_traveller_s_own_country_is_no_visit(nlp, event_resources):
    events = _events(nlp, event_resources, "Tomas Varga returned to Budapest on Thursday.")
    assert _targets(events, "CONSULT") in ([], [None])


@pytest.mark.slow
def test_a_private_traveller_has_no_host(nlp, event_resources):
    for text in ("Jan Novak arrived in Lima on Monday.", "Doug Smith came to Lima last week."):
        assert _targets(_events(nlp, event_resources, text), "CONSULT") in ([], [None]), text


@pytest.mark.slow
def test_a_trip_for_talks_is_official_whoever_makes_it(nlp, event_resources):
    events = _events(nlp, event_resources, "Doug Smith arrived in Lima on Monday for a two-day goodwill visit.")
    assert ("Peru", "PER") in _targets(events, "CONSULT")


# --- forces a side moves are its own -----------------------------------------------------------------------

@pytest.mark.slow
def test_troops_a_side_withdraws_are_not_its_target(nlp, event_resources):
    events = _events(nlp, event_resources, "Chile will pull about 7,000 troops out of Peru next year.")
    assert events and all(e.target is None or e.target.country == "PER" for e in events)
    assert any(e.target is not None and e.target.country == "PER" for e in events)


@pytest.mark.slow
def test_troops_a_side_sends_are_not_its_target(nlp, event_resources):
    events = _events(nlp, event_resources, "Chile has sent thousands of troops across the border.")
    assert events and all(e.target is None for e in events)


# --- a relation is someone other than its possessor -----------------------------------------------------------

@pytest.mark.slow
def test_a_relation_is_not_its_possessor(nlp, event_resources):
    events = _events(nlp, event_resources, "Ana Lopes told Varga's friends about the plan.")
    assert all(e.target is None or e.target.name != "Tomas Varga" for e in events)


def test_bad_private_sector_is_refused():
    with pytest.raises(TacitusError):
        ArgumentWords.from_dict({"private_sectors": ["XYZ"]})


# --- a target filled from another mention --------------------------------------------------------------------

_TURKEY = ActorRef(actor_id="turkey", name="Turkey", country="TUR", code="TUR")
_SOLDIERS = ActorRef(actor_id="soldiers", name="200 Turkish soldiers", country="TUR", sector="MIL", code="TURMIL")
_REBELS = ActorRef(actor_id="rebels", name="rebels", country="TUR", sector="REB", code="TURREB")
_NOBODY = ActorRef(actor_id="unidentified", name="unidentified")
_HAKKARI = Place(name="Hakkari", country="TUR", lat=37.6, lon=43.7, geonameid=318137, feature="city")


def _mention(sentence: int, source: ActorRef, target: ActorRef | None) -> Event:
    return Event(id=f"m{sentence}", article_id="a", sentence=sentence, evidence=f"s{sentence}", event_type="ASSAULT",
                 cameo="190", quad_class=4, goldstein=-10.0, source=source, target=target, date="2024-05-05",
                 date_text="this year", location=_HAKKARI, modality="asserted", confidence=0.5, why="trigger",
                 trigger="fighting", trigger_start=sentence * 100, trigger_end=sentence * 100 + 8)


def test_a_state_s_own_casualties_are_not_its_target():
    merged = merge_mentions([_mention(0, _TURKEY, None), _mention(1, _NOBODY, _SOLDIERS)])
    assert len(merged) == 1 and merged[0].source.actor_id == "turkey" and merged[0].target is None


def test_a_rebel_group_s_victims_of_its_country_stay_its_target():
    merged = merge_mentions([_mention(0, _REBELS, None), _mention(1, _NOBODY, _SOLDIERS)])
    assert len(merged) == 1 and merged[0].source.actor_id == "rebels" and merged[0].target.actor_id == "soldiers"


# --- a place stands for no one when the happening is done to goods --------------------------------------------

@pytest.mark.slow
def test_goods_seized_in_a_place_have_no_side_there(nlp, event_resources):
    events = _events(nlp, event_resources, "Chile's police impounded 80 kg of heroin in an operation in Peru on Friday.")
    assert all(e.target is None for e in events if e.event_type == "COERCE")


# --- the host of a gathering ----------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_summit_attended_abroad_has_its_host_as_target(nlp, event_resources):
    events = _events(nlp, event_resources, "Tomas Varga will attend the regional summit slated for May in Lima, Peru.")
    assert ("Peru", "PER") in [(e.target.name, e.target.country) for e in events if e.target]


@pytest.mark.slow
def test_a_host_does_not_host_itself(nlp, event_resources):
    events = _events(nlp, event_resources, "Tomas Varga will attend the regional summit slated for May in Budapest.")
    assert all(e.target is None for e in events)


# --- a complaint is against the one complained of, not the one complained to -----------------------------------

@pytest.mark.slow
def test_a_complaint_targets_the_one_complained_of(nlp, event_resources):
    events = _events(nlp, event_resources, "Chile complained to Peru on Tuesday over two Hungarian air raids last Friday.")
    assert _targets(events, "ACCUSE") == [("Hungary", "HUN")]
    events = _events(nlp, event_resources, "Chile complained to Peru on Tuesday about the weather.")
    assert _targets(events, "ACCUSE") == [("Peru", "PER")]


# --- a preposition the parser left without its object ------------------------------------------------------------

@pytest.mark.slow
def test_the_object_of_a_stranded_preposition_is_the_subject_after_it(nlp, event_resources):
    events = _events(nlp, event_resources,
                     "Chile has granted diplomatic asylum to five Peruvian army officers holed up in a diplomatic residence.")
    assert [t and t[1] for t in _targets(events, "AID")] == ["PER"]
