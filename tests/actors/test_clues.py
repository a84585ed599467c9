"""Clues a reader uses to code an actor, one family per test, on sentences written here."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorResources, ActorTable, extract_actors
from tacitus.model import Actor, Article, Place
from tacitus.nlp import make_doc_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resources() -> ActorResources:
    return ActorResources.load()


@pytest.fixture(scope="module")
def run(nlp, resources):
    def _run(text: str, dateline: tuple[str, str] | None = None) -> ActorTable:
        place = Place(name=dateline[0], country=dateline[1]) if dateline else None
        return extract_actors(nlp(make_doc_text(text)), Article(id="t", text=text), resources, place)

    return _run


def _named(table: ActorTable, name: str) -> Actor:
    found = [a for a in table if a.name == name]
    assert found, [a.name for a in table]
    return found[0]


@pytest.mark.parametrize("text, code", [
    ("Turkish President Ali Demir met the press in Ankara.", "TURGOV"),        # nationality adjective
    ("Canada's finance minister Tom Hale resigned on Monday.", "CANGOV"),      # possessive in a title
    ("Tom Hale, the Turkish foreign minister, arrived in Paris.", "TURGOV"),   # apposition
])
def test_titles_with_a_nationality(run, text, code):
    table = run(text)
    assert _named(table, "Ali Demir" if "Demir" in text else "Tom Hale").code == code


def test_a_title_before_a_hyphenated_name_is_its_title(run):
    # The parser hangs "Song Min-soon" on "negotiator" through a word of the name, not its root.
    song = _named(run("ROK chief negotiator Song Min-soon said in Geneva that the talks would resume soon."), "Song Min-soon")
    assert song.code == "KORGOV" and "'negotiator' + 'ROK'" in song.why
    assert any(m.text == "ROK chief negotiator" for m in song.mentions)


def test_his_russian_counterpart(run):
    table = run("Foreign Minister Ana Lopes met her Russian counterpart Sergei Lavrov in Geneva.")
    assert _named(table, "Sergei Lavrov").code == "RUSGOV"


@pytest.mark.parametrize("text, name, code, why", [
    ("Prime Minister Tom Hale said the bill would pass.", "Tom Hale", "CANGOV", "dateline Ottawa"),
    ("The finance minister said the budget was balanced.", "finance minister", "CANGOV", "dateline Ottawa"),
])
def test_domestic_titles_take_the_dateline_country(run, text, name, code, why):
    actor = _named(run(text, ("Ottawa", "CAN")), name)
    assert actor.code == code
    assert why in actor.why and "-> CAN" in actor.why


def test_police_and_courts_take_the_dateline_country(run):
    assert _named(run("Police arrested two men on Sunday.", ("Ipswich", "GBR")), "Police").code == "GBRCOP"
    assert _named(run("The court sentenced the man to ten years.", ("Brisbane", "AUS")), "court").code == "AUSJUD"


def test_without_a_dateline_a_domestic_title_stays_unplaced(run):
    assert _named(run("Prime Minister Tom Hale said the bill would pass."), "Tom Hale").country is None


def test_the_table_carries_the_article_country_decided_once(run):
    assert run("Police arrested two men on Sunday.", ("Ipswich", "GBR")).home.country == "GBR"
    named = run("Peru closed its border on Monday. Peru said the move was temporary. The court met.")
    assert named.home.country == "PER" and "names most" in named.home.why
    assert _named(named, "court").code == "PERJUD"
    even = run("Peru closed its border with Chile on Monday. Chile said Peru had not warned it.")
    assert even.home.country is None


def test_a_reporter_does_not_take_the_dateline_country(run):
    table = run("Reporter Jan Novak wrote that the talks had failed.", ("Ottawa", "CAN"))
    assert all(a.country is None for a in table if a.sector == "JRN")


@pytest.mark.parametrize("text, name, code", [
    ("British Columbia Finance Minister Tom Hale presented the budget.", "Tom Hale", "CANGOV"),
    ("Queensland Premier Tom Hale called an election.", "Tom Hale", "AUSGOV"),
    ("Texas Governor Tom Hale signed the bill.", "Tom Hale", "USAGOV"),
    ("Ontario police arrested a man on Friday.", "Ontario police", "CANCOP"),
])
def test_a_division_names_its_country(run, text, name, code):
    assert _named(run(text), name).code == code


def test_a_city_qualified_by_another_countrys_division_is_not_its_namesake(run):
    table = run("Police arrested a man in London, Ontario, on Friday.")
    assert not any(a.country == "GBR" for a in table)


def test_a_body_named_in_parentheses_is_that_body(run):
    table = run("Police arrested 19 members of the outlawed Kurdistan Workers' Party (PKK) on Thursday. "
                "The PKK denied the charges.")
    pkk = [a for a in table if any(m.text == "PKK" for m in a.mentions)]
    assert len(pkk) == 1 and pkk[0].code == "TURREB"
    assert any("Workers' Party" in m.text for m in pkk[0].mentions)


def test_a_country_is_named_by_its_name_not_a_city(run):
    table = run("Two men were arrested in Istanbul on Friday. Turkey said the men were spies.")
    assert [a.name for a in table if a.country == "TUR" and a.kind == "country" and not a.sector] == ["Turkey"]
