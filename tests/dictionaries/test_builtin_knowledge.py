"""Tests of the built-in knowledge base (converted Phoenix dictionaries) and its lookups."""

from __future__ import annotations

from importlib import resources

import pytest

from tacitus.actors.dictionary import ActorDictionary
from tacitus.dictionaries import DatedCode, DictEntry, parse_actors
from tacitus.dictionaries.builtin import convert, load_builtin, parse_compact


def test_compact_format_round_trips():
    entries = parse_actors("FREEDONIA [FRD]\n+FREEDONIAN\nRUFUS_FIREFLY\n\t[FRDGOV >19330101]\n\t[FRDELI]\n")
    assert [(e.phrases, e.default, e.dated, e.person) for e in parse_compact(convert(entries))] == [
        (e.phrases, e.default, e.dated, e.person) for e in entries
    ]


def test_licence_notice_ships_with_the_data():
    notice = resources.files("tacitus.dictionaries").joinpath("data", "LICENSE-phoenix.txt").read_text("utf-8")
    assert "MIT License" in notice and "Open Event Data Alliance" in notice
    assert "LICENSE-phoenix.txt" in convert([])


@pytest.fixture(scope="module")
def knowledge() -> ActorDictionary:
    return ActorDictionary.build(load_builtin())


def test_builtin_knows_heads_of_state(knowledge):
    # Load time is measured by `tacitus bench --startup`, not asserted here: a timed unit test
    # fails on a busy machine and says nothing about the code.
    museveni = knowledge.lookup("Yoweri Museveni")
    assert museveni is not None and museveni.person
    assert knowledge.code(museveni, "2010-06-01").code == "UGAGOV"
    assert knowledge.lookup("Kim Jong-un") is None  # too recent: inference must handle him


def test_surname_rule_needs_one_country(knowledge):
    assert knowledge.by_surname("Museveni", "2010-06-01").country == "UGA"
    assert knowledge.by_surname("Kim", "2010-06-01") is None  # Koreans of both states


def test_surname_rule_on_written_entries():
    people = [
        DictEntry("Ann Alpha", ("ANN ALPHA",), "AAAGOV", person=True),
        DictEntry("Bob Alpha", ("BOB ALPHA",), None, (DatedCode("AAAGOV", "2000-01-01", None),), person=True),
        DictEntry("Cy Beta", ("CY BETA",), "AAAGOV", person=True),
        DictEntry("Di Beta", ("DI BETA",), "BBBGOV", person=True),
    ]
    table = ActorDictionary.build(people)
    assert table.by_surname("Alpha", "2010-01-01").code == "AAAGOV"
    assert table.by_surname("Beta", "2010-01-01") is None
    assert table.by_surname("Beta", "2010-01-01", first="Di").country == "BBB"
    assert table.by_surname("Alpha", "1990-01-01").entry.name == "Ann Alpha"  # Bob not yet in office
