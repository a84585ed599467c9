"""Party short names and nicknames, party-owned titles, devolved governments, role words inside
body names, and capitals before role nouns (issue 15)."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorResources, extract_actors
from tacitus.actors.datafiles import read_table
from tacitus.actors.knowledgebase import KnowledgeBase
from tacitus.actors.parties import PartyClue, is_party_alias, is_party_name, party_code
from tacitus.model import Article
from tacitus.nlp import make_doc_text

BRITAIN = PartyClue(article=frozenset({"GBR"}))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_aliases_name_the_party_of_their_country(kb):
    for alias in ("Lib Dems", "Lib Dem", "Tories", "Tory", "Conservative"):
        known = party_code(kb, [alias], "2005-03-01", BRITAIN)
        assert known is not None and (known.country, known.sector) == ("GBR", "PTY"), alias
    # An alias is only its own country's party: a Norwegian article's Conservatives are not British.
    assert party_code(kb, ["Tories"], "2005-03-01", PartyClue(article=frozenset({"NOR"}))) is None


def test_party_names_and_aliases_are_known(kb):
    assert is_party_name(kb, "Labour", "2005-03-01") and is_party_name(kb, "Lib Dems", "2005-03-01")
    assert not is_party_name(kb, "Tom Harlow", "2005-03-01")
    assert not is_party_name(kb, "labour", "2005-03-01")  # lowercase: the word, not the party
    # Only the alias table's names are never people: the knowledge base's include first names.
    assert is_party_alias("Lib Dems") and is_party_alias("Tories") and not is_party_alias("Tom Harlow")


def test_every_alias_row_names_a_known_party_of_its_country(kb):
    for row in read_table("party_aliases.tsv", "party alias table"):
        parties = [p for p in kb.lookup_party(row["party"], "2005-03-01") if p.country == row["country"]]
        assert parties, row


@pytest.fixture(scope="module")
def run(nlp):
    resources = ActorResources.load()

    def _run(text: str, source: str | None = "BBC") -> dict[str, str | None]:
        article = Article(id="t", text=text, published="2005-03-01", source=source)
        table = extract_actors(nlp(make_doc_text(text)), article, resources, None)
        return {actor.name: actor.code for actor in table}

    return _run


@pytest.mark.slow
def test_nicknames_tagged_as_people_are_the_party(run):
    codes = run("The Lib Dems said the plan would fail.")
    assert codes.get("Lib Dems") == "GBRPTY"


@pytest.mark.slow
def test_a_party_word_before_a_title_makes_the_title_the_party_s(run):
    assert run("Tory leader Adam Finch spoke in London on Monday.").get("Adam Finch") == "GBRPTY"
    assert run("Lib Dem spokesman Ed Dray attacked the plan.").get("Ed Dray") == "GBRPTY"
    assert run("Labour MP Tom Harlow disagreed with the plan.").get("Tom Harlow") == "GBRPTY"
    assert run("The Conservative chairman said the plan was ready.").get("Conservative chairman") == "GBRPTY"


@pytest.mark.slow
def test_a_party_title_leaves_a_sitting_minister_in_government(run):
    # Tony Blair was prime minister in March 2005 (the knowledge base's office holders).
    assert run("Labour leader Tony Blair spoke in London on Monday.").get("Tony Blair") == "GBRGOV"


@pytest.mark.slow
def test_a_former_party_title_makes_no_party_member(run):
    assert run("Former Tory leader Adam Finch spoke in London on Monday.").get("Adam Finch") == "GBRELI"


@pytest.mark.slow
def test_devolved_governments_are_the_state_s(run):
    assert run("The Scottish Executive said it would review the scheme.").get("Scottish Executive") == "GBRGOV"
    assert run("Stormont was suspended again on Monday.").get("Stormont") == "GBRGOV"


@pytest.mark.slow
def test_a_title_word_inside_a_body_s_name_is_no_title(run):
    codes = run("General Motors said it would cut jobs at the plant.", source=None)
    assert codes.get("General Motors") is None or not codes["General Motors"].endswith("MIL")
    codes = run("Daily Mail & General Trust bought the newspaper.", source=None)
    assert not (codes.get("Daily Mail & General Trust") or "").endswith("MIL")


@pytest.mark.slow
def test_a_capital_before_a_role_noun_gives_its_country(run):
    codes = run("Beijing ministers rejected the demand, and Moscow officials said they would wait.", source=None)
    assert codes.get("Beijing ministers") == "CHNGOV"
    assert codes.get("Moscow officials") == "RUSGOV"
