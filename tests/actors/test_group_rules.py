"""Rule families for groups: peoples, group nouns, the scene's country, cities as their country."""

from __future__ import annotations

import csv
from importlib import resources

import pycountry
import pytest

from tacitus.actors import ActorResources, ActorTable, extract_actors
from tacitus.model import Actor, Article
from tacitus.nlp import make_doc_text


def test_peoples_file_is_well_formed():
    text = resources.files("tacitus.actors").joinpath("data", "peoples.tsv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names)) and rows
    for row in rows:
        assert row["iso3"] == "XKX" or pycountry.countries.get(alpha_3=row["iso3"]), row
        assert row["note"], row


def test_peoples_are_demonyms_of_their_country():
    countries = ActorResources.load(knowledge=False).countries
    assert countries.by_demonym("Yoruba") == "NGA"
    assert countries.by_demonym("Chechens") == "RUS"
    assert countries.by_demonym("Nigerian") == "NGA"  # the country table still comes first


@pytest.fixture(scope="module")
def run(nlp):
    res = ActorResources.load()

    def _run(text: str) -> ActorTable:
        return extract_actors(nlp(make_doc_text(text)), Article(id="t", text=text, published="2012-05-01"), res)

    return _run


def _covering(table: ActorTable, text: str, phrase: str) -> Actor:
    start = text.index(phrase)
    found = [a for a in table if any(m.start <= start < m.end for m in a.mentions)]
    assert found, f"nothing covers {phrase!r}: {[(a.name, a.code) for a in table]}"
    return found[0]


@pytest.mark.slow
def test_group_nouns_are_actors(run):
    text = "Hackers defaced the websites while extremists and fundamentalists marched with residents."
    table = run(text)
    assert _covering(table, text, "Hackers").sector == "CRM"
    assert _covering(table, text, "extremists").sector == "REB"
    assert _covering(table, text, "fundamentalists").sector == "REL"
    assert _covering(table, text, "residents").sector == "CVL"


@pytest.mark.slow
def test_people_qualified_by_their_state(run):
    text = "Bosnian Serbs demanded a truce, and Yoruba leaders backed the plan."
    table = run(text)
    assert _covering(table, text, "Bosnian Serbs").country == "BIH"
    assert _covering(table, text, "Yoruba leaders").country == "NGA"


@pytest.mark.slow
def test_description_takes_the_single_country_of_its_sentence(run):
    one = "Protesters blocked roads to demand the resignation of Ruritanian Prime Minister Rudolf Rassendyll."
    # Ruritania is fictional: use a real demonym for the test sentence.
    one = one.replace("Ruritanian", "Peruvian")
    assert _covering(run(one), one, "Protesters").country == "PER"
    two = "Protesters gathered as Chilean and Peruvian envoys met."
    assert _covering(run(two), two, "Protesters").country is None  # two countries: no guess


@pytest.mark.slow
def test_city_of_the_knowledge_base_is_a_mention_of_its_country(run):
    text = "Rebels shelled Kandahar on Sunday, and Afghanistan condemned the attack."
    table = run(text)
    assert _covering(table, text, "Kandahar").id == _covering(table, text, "Afghanistan").id


@pytest.mark.slow
def test_country_name_opening_an_entity_is_the_country(run):
    text = "Delegates demanded support from the Freedonia Assembly and the Montenegro Assembly."
    assert _covering(run(text), text, "Montenegro").country == "MNE"


@pytest.mark.slow
def test_coordinated_country_modifiers_give_one_group_each(run):
    text = "U.S. and Russian negotiators return to Geneva this week."
    table = run(text)
    assert _covering(table, text, "Russian").country == "RUS"
    assert _covering(table, text, "U.S.").country == "USA"


@pytest.mark.slow
def test_knowledge_base_never_takes_a_piece_of_an_organization_name(run):
    text = "Leaflets of the Grand Liberation Organization were found near the border."
    table = run(text)
    assert all(a.country != "MEA" for a in table)


@pytest.mark.slow
def test_ethnic_minority_takes_the_state_it_lives_in(run):
    text = "Hundreds of ethnic Hungarians marched in Romania on Sunday, Reuters reported."
    assert _covering(run(text), text, "Hungarians").country == "ROU"
    both = "Ethnic Hungarians fled Romania for Serbia."
    assert _covering(run(both), both, "Hungarians").country == "HUN"  # two other states: no guess


@pytest.mark.slow
def test_people_living_in_a_named_state_takes_that_state(run):
    text = "The Hungarians of northern Serbia demanded autonomy on Monday."
    assert _covering(run(text), text, "Hungarians").country == "SRB"
    plain = "Hungarians demanded autonomy on Monday, and Serbia refused."
    assert _covering(run(plain), plain, "Hungarians").country == "HUN"  # not said to live there


@pytest.mark.slow
def test_minority_ignores_a_broadcaster_named_after_a_capital(run):
    text = "Up to 200 ethnic Hungarians marched on Tuesday in Serbia, Belgrade radio said."
    assert _covering(run(text), text, "Hungarians").country == "SRB"
