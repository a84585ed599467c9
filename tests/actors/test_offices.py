"""Titles of one role family that name different offices never merge two people ("the president"
and "the prime minister"); synonyms of one office do ("the premier" is Prime Minister X).
Sentences written here; the names are invented."""

from __future__ import annotations

import pytest

from tacitus.actors.offices import OfficeTable


OFFICES = OfficeTable.load()
office_of, same_office = OFFICES.office_of, OFFICES.same


def test_office_of_reads_the_title_whole_then_by_its_last_words():
    assert office_of("Premier") == office_of("prime minister") == "head of government"
    assert office_of("Interim President") == "president"
    assert office_of("Deputy Prime Minister") == "deputy head of government"
    assert office_of("leader") is None and office_of(None) is None


def test_only_two_named_offices_that_differ_are_incompatible():
    assert not same_office("President", "Prime Minister")
    assert not same_office("King", "Crown Prince")
    assert same_office("Premier", "Prime Minister") and same_office("leader", "President")


@pytest.fixture(scope="module")
def run(code_actors):
    return code_actors


@pytest.mark.slow
def test_the_president_and_the_prime_minister_are_two_people(run):
    table = run("The prime minister told reporters that he would stay in office. "
                "The president told the visiting envoy that aid would continue.")
    titled = {a.name for a in table if a.kind == "person"}
    assert {"prime minister", "president"} <= titled, titled


@pytest.mark.slow
def test_the_premier_is_the_prime_minister_named_before(run):
    table = run("Prime Minister Arvo Teller met union leaders on Monday. The premier said the talks had gone well.")
    teller = [a for a in table if a.name == "Arvo Teller"]
    assert teller and any(m.text.lower() == "the premier" for m in teller[0].mentions), [
        (a.name, [m.text for m in a.mentions]) for a in table]

