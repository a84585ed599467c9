"""A person described by a title takes no country from a sentence that names another person's
country: "The president received the Chinese foreign minister" says where the minister is from.
Groups still take the sentence's only country. Sentences written here."""

from __future__ import annotations

import pytest

from tacitus.model import Place

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(code_actors):
    return lambda text, dateline=None: code_actors(text, dateline, published="2005-03-04")


def _code(table, name: str) -> str | None:
    found = [a for a in table if a.name == name]
    assert found, [a.name for a in table]
    return found[0].code


def test_a_host_is_not_of_the_guest_s_country(run):
    table = run("The president received the Chinese foreign minister on Thursday.",
                Place(name="Nairobi", country="KEN"))
    assert _code(table, "Chinese foreign minister") == "CHNGOV"
    assert _code(table, "president") == "KENGOV"  # the dateline's, not China's


def test_a_group_still_takes_the_only_country_of_its_sentence(run):
    table = run("Protesters demanded the resignation of the Bolivian president on Thursday.")
    assert _code(table, "Protesters") is not None and _code(table, "Protesters").startswith("BOL")


def test_a_titled_name_takes_the_only_country_of_its_sentence_when_the_article_has_none(run):
    table = run("Judge Marta Quiroga opened an inquiry into 12 Peruvian police officers on Friday.")
    assert _code(table, "Marta Quiroga") == "PERJUD"


def test_a_titled_name_in_a_datelined_story_keeps_the_article_s_country(run):
    table = run("The spokesman of the authority Omar Daher accused Israel on Tuesday of raising tension.",
                Place(name="Ramallah", country="PSE"))
    assert _code(table, "Omar Daher") != "ISRGOV"


def test_a_bare_name_stays_unknown(run):
    table = run("Marta Quiroga met 12 Peruvian police officers on Friday.")
    assert _code(table, "Marta Quiroga") is None


def test_farmers_beside_an_international_body_are_not_the_body_s(run):
    table = run("Farmers in the region lost their crops, the FAO said on Friday.")
    farmers = [a for a in table if a.name.lower().startswith("farmers")]
    assert farmers and farmers[0].country != "UNO", [(a.name, a.code) for a in table]
