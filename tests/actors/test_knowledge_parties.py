"""Parties from Party Facts and ParlGov: a name of one country decides, shared names need a clue."""

from __future__ import annotations

import pytest

from tacitus.actors.knowledgebase import KnowledgeBase
from tacitus.actors.parties import PartyClue, party_code


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _country(kb, names, clue=PartyClue(), date="1998-05-01"):
    known = party_code(kb, names, date, clue)
    return None if known is None else (known.country, known.sector)


def test_a_name_only_one_country_bears_gives_it(kb):
    assert _country(kb, ["Bharatiya Janata Party"]) == ("IND", "PTY")
    known = party_code(kb, ["Bharatiya Janata Party"], "1998-05-01")
    assert "Party Facts" in known.why and "IND PTY" in known.why


def test_a_unique_name_is_refused_when_the_article_names_other_countries_only(kb):
    assert _country(kb, ["Bharatiya Janata Party"], PartyClue(named=frozenset({"NPL"}))) is None
    assert _country(kb, ["Bharatiya Janata Party"], PartyClue(named=frozenset({"NPL", "IND"}))) == ("IND", "PTY")


def test_a_shared_name_needs_the_article_country(kb):
    assert _country(kb, ["Labour Party"]) is None
    assert _country(kb, ["Labour Party"], PartyClue(article=frozenset({"GBR"}))) == ("GBR", "PTY")
    assert _country(kb, ["Labour Party"], PartyClue(article=frozenset({"NZL"}))) == ("NZL", "PTY")
    # The sentence's country is tried before the dateline's.
    assert _country(kb, ["Labour Party"], PartyClue(sentence=frozenset({"IRL"}), article=frozenset({"GBR"}))) == ("IRL", "PTY")


def test_abbreviations_need_capitals_and_a_clue(kb):
    assert _country(kb, ["BJP"]) is None
    assert _country(kb, ["BJP"], PartyClue(article=frozenset({"IND"}))) == ("IND", "PTY")
    assert _country(kb, ["Bjp"], PartyClue(article=frozenset({"IND"}))) is None
    assert _country(kb, ["SPD"], PartyClue(sentence=frozenset({"DEU"}))) == ("DEU", "PTY")


def test_a_party_founded_after_the_article_is_not_it(kb):
    # The Brexit Party was founded in 2018.
    assert _country(kb, ["Brexit Party"], date="2019-06-01") == ("GBR", "PTY")
    assert _country(kb, ["Brexit Party"], date="2005-06-01") is None


def test_lookup_party_returns_the_parties_of_every_country(kb):
    countries = {p.country for p in kb.lookup_party("Labour Party", "1998-01-01")}
    assert {"GBR", "IRL", "NZL"} <= countries


def test_a_trailing_party_is_read_either_way(kb):
    # Party Facts lists "Likud"; articles write "the Likud party".
    israel = PartyClue(article=frozenset({"ISR"}))
    assert _country(kb, ["Likud party"], israel) == ("ISR", "PTY")
    assert _country(kb, ["Likud"], israel) == ("ISR", "PTY")


def test_short_names_that_are_words_are_names(kb):
    # "Masyumi" is the Party Facts short name of an Indonesian party (1945-1960).
    assert _country(kb, ["Masyumi"], PartyClue(article=frozenset({"IDN"})), date="1955-06-01") == ("IDN", "PTY")
