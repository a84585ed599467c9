"""The knowledge base in the actors stage: dated office holders, surnames with clues, parties,
and the user's dictionary still winning. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorResources, ActorTable, extract_actors
from tacitus.model import Actor, Article
from tacitus.nlp import make_doc_text

pytestmark = pytest.mark.slow


def _run(nlp, resources: ActorResources, text: str, published: str, dateline: str | None = None) -> ActorTable:
    article = Article(id="test", text=text, published=published, dateline=dateline)
    return extract_actors(nlp(make_doc_text(text)), article, resources)


def _actor(table: ActorTable, text: str, phrase: str) -> Actor:
    start = text.index(phrase)
    return next(a for a in table if any(m.start <= start < m.end for m in a.mentions))


def test_untitled_full_name_takes_the_office_held_that_day(nlp, actor_resources):
    text = "Robin Cook arrived in Delhi on Monday for talks on trade and security."
    cook = _actor(_run(nlp, actor_resources, text, "1997-08-01"), text, "Robin Cook")
    assert (cook.country, cook.sector) == ("GBR", "GOV")  # Foreign Secretary from May 1997
    cook = _actor(_run(nlp, actor_resources, text, "1996-08-01"), text, "Robin Cook")
    assert (cook.country, cook.sector) == ("GBR", "LEG")  # an opposition MP the year before


def test_surname_with_a_head_title_on_the_date(nlp, actor_resources):
    text = "Prime Minister Blair told reporters that the talks would resume next week."
    blair = _actor(_run(nlp, actor_resources, text, "1999-05-10"), text, "Blair")
    assert (blair.country, blair.sector) == ("GBR", "GOV")


def test_common_surname_without_a_clue_stays_open(nlp, actor_resources):
    # No title, no country in the sentence: UK ministers and US legislators called Williams and
    # Brown are namesakes, not these people.
    resources = actor_resources
    text = "Williams said the plant would close in March, and Brown agreed."
    table = _run(nlp, resources, text, "2008-05-10")
    assert _actor(table, text, "Williams").country is None
    assert _actor(table, text, "Brown").country is None


def test_party_by_the_dateline_country(nlp, actor_resources):
    text = "The Labour Party accused the government of neglecting the health service."
    table = _run(nlp, actor_resources, text, "1998-05-10", dateline="LONDON, May 10 (AFP)")
    assert (_actor(table, text, "Labour Party").country, _actor(table, text, "Labour Party").sector) == ("GBR", "PTY")
    table = _run(nlp, actor_resources, text, "1998-05-10", dateline="WELLINGTON, May 10 (AFP)")
    assert _actor(table, text, "Labour Party").country == "NZL"


def test_user_dictionary_still_wins(nlp, tmp_path):
    (tmp_path / "Mine.actors.txt").write_text("ROBIN_COOK [FRDGOV]\n", encoding="utf-8")
    resources = ActorResources.load((tmp_path,))
    text = "Robin Cook arrived in Delhi on Monday for talks on trade and security."
    cook = _actor(_run(nlp, resources, text, "1997-08-01"), text, "Robin Cook")
    assert cook.country == "FRD"


def test_a_party_title_makes_its_holder_the_partys(nlp, actor_resources):
    text = "LDP secretary general Taro Sato said the coalition would hold. Sato met reporters on Monday."
    sato = _actor(_run(nlp, actor_resources, text, "1997-05-10", dateline="TOKYO, May 10 (AFP)"), text, "Taro Sato")
    assert (sato.country, sato.sector) == ("JPN", "PTY")  # the party's, not a general (MIL)
    assert "title of the party 'LDP'" in sato.why


def test_an_unknown_name_before_a_title_is_no_party(nlp, actor_resources):
    text = "Zorbex chairman Taro Sato said the company would hold its prices."
    sato = _actor(_run(nlp, actor_resources, text, "1997-05-10", dateline="TOKYO, May 10 (AFP)"), text, "Taro Sato")
    assert sato.sector != "PTY"
