"""The outlet table: national outlets have a home country, wires and international broadcasters
none."""

from __future__ import annotations

from tacitus.actors.datafiles import read_table
from tacitus.actors.outlets import OutletTable

outlet_home = OutletTable.load().home


def test_a_national_outlet_has_a_home_by_name_or_alias():
    assert outlet_home("BBC") == outlet_home("BBC News") == "GBR"
    assert outlet_home("The Times of India") == "IND"
    assert outlet_home("New York Times") == "USA"


def test_wires_and_unknown_outlets_have_none():
    assert outlet_home("Xinhua") is None and outlet_home("AFP") is None and outlet_home("Reuters") is None
    assert outlet_home("Gazette of Nowhere") is None and outlet_home(None) is None and outlet_home("") is None


def test_every_row_has_a_three_letter_country_and_a_known_scope():
    rows = list(read_table("outlets.tsv", "news outlet table"))
    assert len(rows) >= 30
    for row in rows:
        assert len(row["country"]) == 3 and row["country"].isupper(), row
        assert row["scope"] in ("national", "international"), row


import pytest  # noqa: E402


@pytest.fixture(scope="module")
def run(code_actors):
    return lambda text, source: code_actors(text, source=source)


@pytest.mark.slow
def test_an_undatelined_story_of_a_national_outlet_is_of_its_home(run):
    domestic = "Ministers have promised to publish the report. Police arrested two men in the town on Monday."
    assert run(domestic, "BBC").home.country == "GBR"
    assert run(domestic, "Xinhua").home.country is None  # a wire is no clue
    # Iraq named twice in a BBC story weighs no more than the outlet's home: no clear country,
    # where the words alone made it an Iraqi story.
    topic = ("Ministers have promised to publish the report. The war in Iraq was not discussed, "
             "and the opposition said Iraq had been left off the agenda.")
    assert run(topic, "BBC").home.country is None
    assert run(topic, "Xinhua").home.country == "IRQ"


@pytest.mark.slow
def test_a_story_that_names_another_country_more_is_of_no_clear_country(run):
    text = ("Rwanda marked the anniversary. Rwanda's leader spoke in Kigali. Rwanda asked for help, "
            "and Britain promised aid.")
    assert run(text, "BBC").home.country != "GBR"

