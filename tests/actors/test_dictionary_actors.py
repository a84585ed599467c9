"""The actors stage with dictionaries: user entries win, date ranges, agents, the knowledge base.

Dictionaries are tiny files written in tmp_path; sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tacitus.actors import ActorResources, ActorTable, extract_actors
from tacitus.model import Actor, Article
from tacitus.nlp import make_doc_text

pytestmark = pytest.mark.slow

ACTORS = """\
FREEDONIA [FRD]
+FREEDONIA_CITY
SYLVANIA [SYL]
RUFUS_FIREFLY
\t[FRDELI <20000101]
\t[FRDGOV >20000101]
FRANCE [XXX]
THE_MARX_BROTHERS [FRD/SYL]
"""
AGENTS = "WATCHMEN {} [~COP]\nPRESIDENT [~GOV]\n"


@pytest.fixture(scope="module")
def with_dictionaries(tmp_path_factory) -> ActorResources:
    folder = tmp_path_factory.mktemp("dicts")
    (folder / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "Test.agents.txt").write_text(AGENTS, encoding="utf-8")
    (folder / "Test.verbs.txt").write_text("not for the actors stage\n", encoding="utf-8")
    return ActorResources.load((folder,), knowledge=False)


def _run(nlp, resources: ActorResources, text: str, published: str | None = None) -> ActorTable:
    article = Article(id="test", text=text, published=published)
    return extract_actors(nlp(make_doc_text(text)), article, resources)


def _covering(table: ActorTable, text: str, phrase: str) -> list[Actor]:
    start = text.index(phrase)
    return [a for a in table if any(m.start <= start < m.end for m in a.mentions)]


def test_dictionary_countries_and_synonyms_are_one_actor(nlp, with_dictionaries):
    text = "Freedonia accused Sylvania of massing troops. Officials in Freedonia City said talks had failed."
    table = _run(nlp, with_dictionaries, text)
    freedonia = _covering(table, text, "Freedonia accused")[0]
    assert freedonia.country == "FRD"
    assert _covering(table, text, "Freedonia City")[0].id == freedonia.id
    assert _covering(table, text, "Sylvania")[0].country == "SYL"


def test_dictionary_wins_over_inference(nlp, with_dictionaries):
    text = "France rejected the proposal on Monday."
    assert _covering(_run(nlp, with_dictionaries, text), text, "France")[0].country == "XXX"


def test_dictionary_date_ranges_follow_publication_date(nlp, with_dictionaries):
    text = "Rufus Firefly met reporters. Firefly said he would stay."
    before = _covering(_run(nlp, with_dictionaries, text, "1995-05-01"), text, "Rufus Firefly")[0]
    after = _covering(_run(nlp, with_dictionaries, text, "2005-05-01"), text, "Rufus Firefly")[0]
    assert before.code == "FRDELI" and after.code == "FRDGOV"
    # The surname joins the dictionary's person.
    assert any(m.text == "Firefly" for m in after.mentions)


def test_dictionary_names_code_role_descriptions(nlp, with_dictionaries):
    text = "Sylvania's president warned the Freedonia watchmen."
    table = _run(nlp, with_dictionaries, text)
    assert _covering(table, text, "president")[0].code == "SYLGOV"
    watchmen = _covering(table, text, "watchmen")[0]
    assert (watchmen.country, watchmen.sector) == ("FRD", "COP")  # agent from the .agents file


def test_compound_code_gives_one_actor_per_member(nlp, with_dictionaries):
    text = "The Marx Brothers welcomed the agreement."
    countries = {a.country for a in _covering(_run(nlp, with_dictionaries, text), text, "Marx")}
    assert countries == {"FRD", "SYL"}


def test_knowledge_base_codes_a_head_of_state_by_surname(nlp, actor_resources):
    text = "President Museveni threatened to ban opposition candidates."
    museveni = _covering(_run(nlp, actor_resources, text, "2010-03-01"), text, "Museveni")[0]
    assert museveni.country == "UGA" and museveni.sector == "GOV"


def test_inference_still_codes_people_the_knowledge_base_lacks(nlp, actor_resources):
    text = "North Korean leader Kim Jong-un received the delegation. Kim said the talks went well."
    kim = _covering(_run(nlp, actor_resources, text, "2018-10-07"), text, "Kim Jong-un")[0]
    assert kim.code == "PRKGOV" and len(kim.mentions) >= 2


def test_knowledge_base_does_not_guess_from_a_common_surname(nlp, actor_resources):
    text = "Reporter Dana Malik said the market had reopened."
    malik = _covering(_run(nlp, actor_resources, text, "2010-03-01"), text, "Dana Malik")[0]
    assert malik.country is None
