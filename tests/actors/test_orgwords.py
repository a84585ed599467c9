"""Organizations' sectors from their own names, the article's country for a country's own bodies
and groups (actors/orgwords.py, actors/domestic.py), and names broken at a hyphen."""

from __future__ import annotations

import pytest

from tacitus.actors.orgwords import OrgWordTable
from tacitus.actors.roles import SECTORS


@pytest.fixture(scope="module")
def words() -> OrgWordTable:
    return OrgWordTable.load()


def test_org_word_table_is_well_formed(words):
    assert words.words["head"] and words.words["members"] and words.words["any"]
    for place, table in words.words.items():
        for word, sector in table.items():
            assert sector in SECTORS or (place == "none" and sector == "-"), (place, word, sector)
            assert word == word.lower()


def test_a_place_the_table_does_not_know_is_refused():
    with pytest.raises(ValueError):
        OrgWordTable.from_rows([{"word": "church", "sector": "REL", "place": "middle"}])


@pytest.mark.parametrize("name, sector", [
    ("Nahdlatul Ulama", "REL"),
    ("Council of Ulemas of Freedonia", "REL"),
    ("the Methodist Church", "REL"),
    ("Islamic Defenders' Front", "REL"),
    ("Transport Workers Union", "LAB"),
    ("Commercial Farmers Union", "AGR"),  # the members' word before the union's
    ("National Union of Students", "EDU"),
    ("University of Ruritania", "EDU"),
    ("Borduria Broadcasting Corporation", "JRN"),
    ("Commerce Department", "GOV"),
    ("National Bureau of Statistics", "GOV"),
    ("The Freedonia Times", "JRN"),
    ("Acme Motors Inc", "BUS"),
])
def test_sector_of_a_name(words, name, sector):
    found = words.sector_of(name)
    assert found is not None and found[0] == sector


def test_a_body_of_no_one_state_has_no_state_sector(words):
    assert words.sector_of("International Rugby Board") is None
    assert words.sector_of("European Chemicals Agency") is None


def test_a_head_word_counts_only_as_the_head(words):
    assert words.sector_of("Church Street Holdings") == ("BUS", "Holdings")  # "church" is no head here
    assert words.sector_of("Church Street Market") is None
    assert words.sector_of("General Motors") == ("BUS", "Motors")


def test_a_body_name_by_its_head(words):
    assert words.is_body_name("Nahdlatul Ulama")
    assert words.is_body_name("Union of Sugar Farmers")
    assert not words.is_body_name("New Delhi")
    assert not words.is_body_name("Ulama")  # one word is no name to read
    assert not words.is_body_name("Commerce Department")  # a state's body is an actor where it acts


def _actor(table, text, phrase):
    start = text.index(phrase)
    found = [a for a in table if any(m.start <= start < m.end for m in a.mentions)]
    assert found, [(a.name, a.code) for a in table]
    return found[0]


@pytest.mark.slow
def test_a_religious_body_of_the_dateline_country(code_actors):
    text = ("The Islamic Solidarity Front said on Tuesday it would guard churches. "
            "Youths of the largest Muslim organisation Nahdlatul Ulama will join them.")
    table = code_actors(text, ("Jakarta", "IDN"))
    front = _actor(table, text, "Islamic Solidarity Front")
    assert (front.country, front.sector) == ("IDN", "REL")
    ulama = _actor(table, text, "Nahdlatul Ulama")
    assert (ulama.country, ulama.sector) == ("IDN", "REL")


@pytest.mark.slow
def test_farmers_of_the_dateline_country(code_actors):
    text = "The president handed land leases to 125 commercial farmers on Friday."
    farmers = _actor(code_actors(text, ("Harare", "ZWE")), text, "125 commercial farmers")
    assert (farmers.country, farmers.sector) == ("ZWE", "AGR")


@pytest.mark.slow
def test_no_country_when_the_sentence_names_another(code_actors):
    text = "Hundreds of Kenyan farmers crossed into the country, while local farmers protested."
    table = code_actors(text, ("Kampala", "UGA"))
    assert _actor(table, text, "local farmers").country != "UGA"


@pytest.mark.slow
def test_no_country_without_a_clear_home(code_actors):
    text = "The Transport Workers Union called a strike on Monday."
    union = _actor(code_actors(text), text, "Transport Workers Union")
    assert (union.country, union.sector) == (None, "LAB")


@pytest.mark.slow
def test_the_press_takes_no_country_from_the_dateline(code_actors):
    text = "The Borduria Broadcasting Corporation said the talks had failed."
    station = _actor(code_actors(text, ("Harare", "ZWE")), text, "Borduria Broadcasting Corporation")
    assert station.country is None and station.sector == "JRN"


@pytest.mark.slow
def test_a_name_broken_at_a_hyphen_is_joined(code_actors):
    text = "Police blamed the militant group Harkat-ul- Jihad for the attack."
    names = {a.name for a in code_actors(text, ("Dhaka", "BGD"))}
    assert "Harkat-ul-Jihad" in names, names


@pytest.mark.slow
def test_a_union_of_states_is_no_trade_union(code_actors):
    text = "The European Union welcomed the agreement on Thursday."
    union = _actor(code_actors(text, ("Brussels", "BEL")), text, "European Union")
    assert union.code == "EUR"


@pytest.mark.slow
def test_a_group_of_the_world_takes_no_country(code_actors):
    text = "The bloc accounts for more than a third of the world's population, officials said."
    group = _actor(code_actors(text, ("Busan", "KOR")), text, "population")
    assert group.country is None


@pytest.mark.slow
def test_a_body_of_the_one_state_its_sentence_names(code_actors):
    text = "The study was led by Ann Hale, a professor at the University of Edinburgh, Britain."
    university = _actor(code_actors(text, ("Los Angeles", "USA")), text, "University of Edinburgh")
    assert (university.country, university.sector) == ("GBR", "EDU")


@pytest.mark.slow
def test_a_known_agency_is_named_by_its_name(code_actors):
    text = "The mayor spoke to the state Antara news agency on Monday."
    agency = _actor(code_actors(text, ("Jakarta", "IDN")), text, "Antara")
    assert (agency.name, agency.code) == ("Antara", "IDNJRN")


@pytest.mark.slow
def test_an_armed_group_in_another_spelling_is_no_person(code_actors):
    text = "Police said Lashkar-e-Toiba carried out the attack on Monday."
    table = code_actors(text, ("New Delhi", "IND"))
    group = _actor(table, text, "Lashkar-e-Toiba")
    assert (group.kind, group.code) == ("organization", "IMGREB")
    assert _actor(table, text, "Police").code == "INDCOP"  # no scene of an armed group


@pytest.mark.slow
def test_a_first_word_the_ner_model_left_out_of_an_armed_group(code_actors):
    text = "The bombing was blamed on the al-Qaeda-linked Jemaah Islamiyah regional network."
    group = _actor(code_actors(text, ("Jakarta", "IDN")), text, "Islamiyah")
    assert (group.name, group.code) == ("Jemaah Islamiyah", "IMGREB")


@pytest.mark.slow
def test_the_chair_of_a_parliamentary_committee_is_a_legislator_of_the_country(code_actors):
    text = ("President Ali Demir signed the law. Sara Malik, chairperson of the parliamentary portfolio "
            "committee on justice, praised it.")
    malik = _actor(code_actors(text, ("Harare", "ZWE")), text, "Sara Malik")
    assert (malik.country, malik.sector) == ("ZWE", "LEG")


@pytest.mark.slow
def test_a_government_department_of_the_dateline_country(code_actors):
    text = "The Statistics Department said on Monday that exports rose."
    department = _actor(code_actors(text, ("Wellington", "NZL")), text, "Statistics Department")
    assert department.code == "NZLGOV"


@pytest.mark.slow
def test_people_around_the_world_are_of_no_one_state(code_actors):
    text = "The agency said that nearly one billion people around the world cannot read."
    people = _actor(code_actors(text, ("Beijing", "CHN")), text, "one billion people")
    assert people.country is None


def test_a_religious_union_is_the_religions(words):
    assert words.sector_of("Islamic Courts Union") == ("REL", "Islamic")
