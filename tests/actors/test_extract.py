"""Tests of extract_actors on short articles written for these tests (one rule family each)."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorTable, extract_actors
from tacitus.errors import InputError
from tacitus.model import Actor, Article
from tacitus.nlp import make_doc_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp, actor_resources):
    """Run the actors stage on a text and check the mention invariant on the way."""

    def _run(text: str) -> ActorTable:
        article = Article(id="test", text=text)
        table = extract_actors(nlp(make_doc_text(text)), article, actor_resources)
        for actor in table:
            for mention in actor.mentions:
                assert text[mention.start:mention.end] == mention.text
        return table

    return _run


def _by_name(table: ActorTable, name: str) -> Actor:
    found = [a for a in table if a.name == name]
    assert found, f"no actor named {name!r} in {[a.name for a in table]}"
    return found[0]


def _texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


def test_title_demonym_surname_and_pronoun(run):
    table = run(
        "Nigerian President Bola Tinubu met governors in Abuja on Monday.\n"
        "Tinubu said he would visit the northern states next week."
    )
    tinubu = _by_name(table, "Bola Tinubu")
    assert (tinubu.country, tinubu.sector, tinubu.code, tinubu.kind) == ("NGA", "GOV", "NGAGOV", "person")
    assert tinubu.title == "President"
    assert "Tinubu" in _texts(tinubu) and "he" in _texts(tinubu)


def test_country_from_organization_in_title(run):
    table = run("US State Department spokesperson Anna Keller said the talks would resume on Friday.")
    keller = _by_name(table, "Anna Keller")
    assert (keller.country, keller.sector, keller.title) == ("USA", "GOV", "Spokesperson")


def test_apposition_gives_role_and_country(run):
    table = run("Maria Lopez, the Mexican foreign minister, rejected the proposal on Tuesday.")
    lopez = _by_name(table, "Maria Lopez")
    assert (lopez.country, lopez.sector) == ("MEX", "GOV")
    assert any("foreign minister" in text for text in _texts(lopez))


def test_role_description_joins_the_named_person(run):
    table = run(
        "Japanese Prime Minister Hiroshi Tanaka arrived in Manila on Sunday.\n"
        "Officials said the Japanese leader would meet business groups before flying home."
    )
    tanaka = _by_name(table, "Hiroshi Tanaka")
    assert tanaka.country == "JPN"
    assert "the Japanese leader" in _texts(tanaka)


def test_possessive_capital_codes_a_description(run):
    table = run("Paris's top diplomat held talks with Egyptian officials in Cairo on Wednesday.")
    diplomat = table.for_span(0, len("Paris's top diplomat"))
    assert diplomat is not None and (diplomat.country, diplomat.sector) == ("FRA", "GOV")
    officials = [a for a in table if a.country == "EGY" and a.sector == "GOV"]
    assert officials and officials[0].kind == "group"


def test_capitals_act_for_their_governments(run):
    table = run("Moscow accused Kyiv on Thursday of shelling a border village.")
    codes = {a.code for a in table}
    assert {"RUSGOV", "UKRGOV"} <= codes


def test_sectors_from_role_nouns(run):
    table = run(
        "Israeli troops fired tear gas at protesters near the border on Friday, and a senior Guyanese "
        "police officer said rebels had crossed the river."
    )
    codes = {a.code for a in table}
    assert "ISRMIL" in codes
    assert "GUYCOP" in codes
    assert any(a.sector == "CVL" for a in table)
    assert any(a.sector == "REB" for a in table)


def test_organizations(run):
    table = run(
        "The United Nations and NATO urged restraint, while the Pentagon said the State Department "
        "would lead the talks."
    )
    codes = {a.code for a in table}
    assert {"UNO", "IGOMIL", "USAMIL", "USAGOV"} <= codes


def test_coordinated_demonyms_give_one_group_per_country(run):
    table = run("The deputy minister is in Geneva for talks with Chinese and Russian officials.")
    codes = {a.code for a in table}
    assert {"CHNGOV", "RUSGOV"} <= codes


def test_country_names_are_one_actor(run):
    table = run("The US said on Monday that the United States would not attend. America has no envoy there.")
    usa = [a for a in table if a.kind == "country" and a.country == "USA"]
    assert len(usa) == 1
    assert usa[0].sector is None and usa[0].code == "USA"
    assert usa[0].name == "United States"


def test_journalist_of_a_news_organisation(run):
    table = run("Al Jazeera's Sara Malik, reporting from Beirut, said the talks had stalled.")
    malik = _by_name(table, "Sara Malik")
    assert malik.sector == "JRN" and malik.country is None


def test_hyphenated_names_and_surname(run):
    table = run("Lee Jae-myung said on Monday that talks would continue.\nLee said the talks were useful.")
    lee = _by_name(table, "Lee Jae-myung")
    assert _texts(lee).count("Lee") == 1 and "Lee Jae-myung" in _texts(lee)


def test_no_junk_actors(run):
    table = run("Bumpy road\n\nThe 2019 agreement was signed on 12 March by 300 delegates.")
    names = {a.name for a in table}
    assert "Bumpy" not in names and not any(name.isdigit() for name in names)


def test_ids_are_stable_and_unique(run):
    text = "Kenyan President William Ruto met Ugandan officials in Nairobi."
    first, second = run(text), run(text)
    assert [a.id for a in first] == [a.id for a in second]
    assert len({a.id for a in first}) == len(first)


def test_doc_must_match_article_text(nlp, actor_resources):
    article = Article(id="x", text="Kenya said no.")
    with pytest.raises(InputError, match="make_doc_text"):
        extract_actors(nlp("Something else entirely."), article, actor_resources)
