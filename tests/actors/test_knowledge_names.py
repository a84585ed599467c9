"""Knowledge-base fallbacks for people: misspelt surnames and countries that outlive an office."""

from __future__ import annotations

from tacitus.actors.dictionary import ActorDictionary, _one_edit
from tacitus.dictionaries import DatedCode, DictEntry


def _kb() -> ActorDictionary:
    """A small knowledge base of invented people."""
    return ActorDictionary.build([
        DictEntry(name="Aurelio Castellanos", phrases=("AURELIO CASTELLANOS",), default=None,
                  dated=(DatedCode(code="PERGOV", start="1980-01-01", end="1990-01-01"),), person=True),
        DictEntry(name="Mirela Vondracek", phrases=("MIRELA VONDRACEK",), default="CZEGOV", dated=(), person=True),
        DictEntry(name="Pavel Vondracek", phrases=("PAVEL VONDRACEK",), default="SVKGOV", dated=(), person=True),
    ])


def test_one_edit_distance():
    assert _one_edit("castellanos", "castelanos")
    assert _one_edit("castellanos", "castellanoz")
    assert not _one_edit("castellanos", "castellanos")
    assert not _one_edit("castellanos", "kastelanos")


def test_misspelt_surname_finds_the_one_near_spelling():
    kb = _kb()
    assert kb.near_surname("Castelanos") == "castellanos"
    assert kb.near_surname("Castellanos") is None  # spelt right: the exact rule answers
    assert kb.near_surname("Casta") is None  # too short to guess


def test_country_outlives_the_office():
    kb = _kb()
    code = kb.by_surname("castellanos", "2000-01-01")
    assert code is not None and code.country == "PER" and code.sector is None


def test_namesakes_of_two_countries_give_nothing():
    assert _kb().by_surname("vondracek", "2000-01-01") is None
