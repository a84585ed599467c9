"""What a reader reads of a person from the words around the name: "from <country>", a title the
parser split from the name by "Dr.", clergy titles. Sentences written here; names are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(table):
    return {a.name: a.code for a in table}


def test_a_person_from_a_country_is_of_it(code_actors):
    table = code_actors("Amara Tesso from Ethiopia said she would go home soon.", published="2006-11-06")
    assert _codes(table)["Amara Tesso"] == "ETH", _codes(table)


def test_an_apposition_noun_from_a_country_gives_it(code_actors):
    table = code_actors('"We are friends," said Joel Banda, a 33-year-old singer from Zimbabwe.', published="2006-11-06")
    assert _codes(table)["Joel Banda"] == "ZWE", _codes(table)


def test_a_trip_from_a_country_is_no_origin(code_actors):
    table = code_actors("Joel Banda arrived from Canada on Monday.", published="2006-11-06")
    assert _codes(table).get("Joel Banda") != "CAN", _codes(table)


def test_a_title_before_dr_is_the_persons(code_actors):
    table = code_actors("Jordanian Christian missionary Dr. Samir Haddad said at the funeral that the past was gone.",
                        published="2006-11-06")
    assert _codes(table)["Samir Haddad"] == "JORREL", _codes(table)


@pytest.mark.parametrize("title", ["Archbishop", "Archbishop Emeritus", "Cardinal", "Rabbi"])
def test_clergy_titles_are_religious(code_actors, title):
    table = code_actors(f"{title} Peter Okafor did not attend the funeral on Sunday.", published="2006-11-06")
    assert any(a.sector == "REL" and "Okafor" in a.name for a in table), _codes(table)


def test_the_speaker_of_a_split_title_is_the_person(coder):
    coded = coder.code("Jordanian Christian missionary Dr. Samir Haddad said at the funeral that the past was gone.",
                       published="2006-11-06")
    assert coded.quotes and coded.quotes[0].speaker is not None and coded.quotes[0].speaker.code == "JORREL", \
        [(q.speaker, q.text) for q in coded.quotes]


@pytest.mark.parametrize("text,name,code", [
    ("UNESCO Director-General Ken Mori met aid agencies in Cairo.", "Ken Mori", "UNOEDU"),
    ("WHO Director General Ana Lee spoke in Cairo on Monday.", "Ana Lee", "UNOMED"),
])
def test_the_head_of_a_un_agency_is_the_uns(code_actors, text, name, code):
    table = code_actors(text, ("Cairo", "EGY"), published="2006-11-06")
    assert _codes(table)[name] == code, _codes(table)


@pytest.mark.parametrize("title", ["Director General", "Inspector General", "Consul General", "Prosecutor General"])
def test_an_x_general_office_is_no_general(code_actors, title):
    table = code_actors(f"{title} Tom Hale said the inquiry would continue.", published="2006-11-06")
    assert all(a.sector != "MIL" for a in table if "Hale" in a.name), _codes(table)


@pytest.mark.parametrize("phrase", ["Four armed men", "An armed gang", "A death squad"])
def test_armed_men_are_unidentified_armed_forces(code_actors, phrase):
    table = code_actors(f"{phrase} attacked a bus near the border on Sunday.", published="2006-11-06")
    assert any(a.sector == "UAF" for a in table), _codes(table)


@pytest.mark.parametrize("phrase", ["The rebel soldiers", "Rebel troops"])
def test_soldiers_of_the_armed_opposition_are_rebels(code_actors, phrase):
    table = code_actors(f"{phrase} began to retreat from the town on Sunday.", published="2006-11-06")
    assert any(a.sector == "REB" for a in table), _codes(table)
