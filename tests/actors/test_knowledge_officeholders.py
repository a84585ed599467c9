"""The office-holder knowledge base: dated spells, full names, surnames only with a clue.

Real public office holders from the shipped lists (IfG ministers, congress-legislators, the
Phoenix dictionaries) are the test data; no article text.
"""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from tacitus.actors.knowledgebase import KnowledgeBase, Spell, name_key
from tacitus.actors.officeholders import Clue, person_code
from tacitus.actors.resources import ActorResources

HEAD = Clue(sector="GOV", families=frozenset({"head"}))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return ActorResources.load().officeholders


def test_name_key_ignores_accents_dots_suffixes_and_possessives():
    assert name_key("José  María Aznar") == "jose maria aznar"
    assert name_key("George W. Bush Jr.") == "george w bush"
    assert name_key("Blair's") == "blair"
    assert name_key("Mark Malloch-Brown") == "mark malloch-brown"  # a double-barrelled name stays one word


def test_minister_in_office_is_gov_of_the_country(kb):
    known = person_code(kb, ["Tony Blair", "Blair"], "1999-03-01")
    assert (known.country, known.sector) == ("GBR", "GOV")
    assert "IfG ministers" in known.why and "Prime Minister" in known.why and "GBR GOV" in known.why


def test_a_seat_before_the_office_is_leg_and_an_office_outranks_a_seat(kb):
    assert (person_code(kb, ["Tony Blair"], "1995-06-01").sector) == "LEG"  # an MP, not yet a minister
    assert (person_code(kb, ["Robin Cook"], "1998-06-01").sector) == "GOV"  # Foreign Secretary and an MP


def test_former_office_holder_keeps_the_country_not_the_office(kb):
    known = person_code(kb, ["Tony Blair"], "2012-01-01")
    # Phoenix's default code for him after office is GBRELI; the office is gone either way.
    assert known.country == "GBR" and known.sector != "GOV"


def test_us_president_and_senator_by_full_name(kb):
    assert (person_code(kb, ["Bill Clinton"], "1997-03-01").country,
            person_code(kb, ["Bill Clinton"], "1997-03-01").sector) == ("USA", "GOV")
    grassley = person_code(kb, ["Chuck Grassley"], "1997-03-01")
    assert (grassley.country, grassley.sector) == ("USA", "LEG")
    assert "US Congress" in grassley.why


def test_surname_alone_needs_a_clue(kb):
    assert person_code(kb, ["Blair"], "1999-03-01") is None
    known = person_code(kb, ["Blair"], "1999-03-01", HEAD)
    assert (known.country, known.sector) == ("GBR", "GOV") and "by surname with the title" in known.why


def test_a_title_must_match_the_office_held_on_the_date(kb):
    assert person_code(kb, ["Blair"], "1995-03-01", HEAD) is None  # not yet Prime Minister
    senator = Clue(sector="LEG", families=frozenset({"legislator"}), home=frozenset({"USA"}))
    assert person_code(kb, ["Clinton"], "1997-03-01", senator) is None  # the president is no senator
    known = person_code(kb, ["Grassley"], "1997-03-01", senator)
    assert (known.country, known.sector) == ("USA", "LEG")
    # Without the United States in the sentence or the dateline, "Senator Grassley" stays open.
    assert person_code(kb, ["Grassley"], "1997-03-01", Clue(sector="LEG", families=frozenset({"legislator"}))) is None


def test_common_surname_with_several_office_holders_gives_no_office(kb):
    # Two Browns were UK ministers in 1998 (Gordon and Nick): no clue tells them apart.
    assert person_code(kb, ["Brown"], "1998-06-01") is None
    assert person_code(kb, ["Brown"], "1998-06-01", HEAD) is None  # neither was Prime Minister
    known = person_code(kb, ["Brown"], "1998-06-01", Clue(countries=frozenset({"GBR"})))
    assert known is None or known.sector is None  # the country perhaps, never one Brown's office


def test_a_title_many_countries_share_needs_the_country_in_the_article(kb):
    minister = Clue(sector="GOV", families=frozenset({"minister"}))
    assert person_code(kb, ["Brown"], "1998-06-01", minister) is None  # Jamaica has ministers too
    known = person_code(kb, ["Brown"], "1998-06-01", Clue(sector="GOV", families=frozenset({"minister"}),
                                                          home=frozenset({"GBR"})))
    assert (known.country, known.sector) == ("GBR", "GOV")  # both Browns were UK ministers then
    # A head-of-government title is refused when the sentence names other countries only.
    assert person_code(kb, ["Blair"], "1999-03-01", Clue(sector="GOV", families=frozenset({"head"}),
                                                         countries=frozenset({"FRA"}))) is None


def test_unknown_full_name_is_not_a_namesake(kb):
    assert person_code(kb, ["Harriet Blair"], "1999-03-01", HEAD) is None


def test_lookup_person_lists_spells_covering_the_date_first(kb):
    spells = kb.lookup_person("Tony Blair", "1999-03-01")
    assert spells and isinstance(spells[0], Spell) and spells[0].covers("1999-03-01")
    assert {s.source for s in spells} >= {"IfG ministers", "Phoenix"}
    assert kb.lookup_person("Nobody Inparticular") == []


def test_an_empty_knowledge_base_knows_nobody():
    assert person_code(KnowledgeBase.empty(), ["Tony Blair"], "1999-03-01") is None


def test_shipped_people_file_has_every_column_and_source():
    path = resources.files("tacitus.actors").joinpath("data", "knowledge", "people.tsv.gz")
    lines = [l for l in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines() if not l.startswith("#")]
    assert lines[0].split("\t") == ["person", "names", "country", "sector", "start", "end", "office", "source"]
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(r) == 8 for r in rows)
    assert {r[7] for r in rows} == {"IfG ministers", "US Congress", "US executive"}
    assert {r[3] for r in rows} == {"GOV", "LEG"}
    folder = resources.files("tacitus.actors").joinpath("data", "knowledge")
    for name in ("SOURCES.md", "LICENSE-ifg-ministers.txt", "LICENSE-congress-legislators.txt", "LICENSE-partyfacts.txt"):
        assert folder.joinpath(name).read_text(encoding="utf-8").strip()


def test_a_country_clue_gives_the_country_not_a_namesakes_office(kb):
    # One Robin Cook held a UK office in 1998; "Cook" next to "Britain" is British, but the
    # office might be another Cook's: the sector is left to the article.
    known = person_code(kb, ["Cook"], "1998-06-01", Clue(countries=frozenset({"GBR"})))
    assert known is not None and (known.country, known.sector) == ("GBR", None)
    assert "the country only" in known.why


def test_an_undated_article_gets_phoenix_present_code_else_the_country(kb):
    # Without a date no IfG spell applies; Phoenix's entry for him has a default code, GBRELI.
    known = person_code(kb, ["Tony Blair"], None)
    assert (known.country, known.sector) == ("GBR", "ELI") and "Phoenix" in known.why
    # Someone only the IfG lists know keeps the country alone.
    only_ifg = person_code(kb, ["Margaret Moran"], None)
    assert (only_ifg.country, only_ifg.sector) == ("GBR", None)


def test_a_hyphenated_given_name_finds_the_name_listed_in_words(kb):
    # Phoenix lists "LEE TENG HUI"; newswire writes "Lee Teng-hui".
    known = person_code(kb, ["Lee Teng-hui"], "1997-01-10")
    assert known is not None and known.country == "TWN"
    assert kb.people_named("Lee Teng-hui") == kb.people_named("Lee Teng Hui")


def test_a_split_hyphenated_name_is_no_first_and_last_name_match(kb):
    # "Kim Gye-gwan" read as "Kim Gye Gwan" must not become another "Kim ... Gwan".
    assert kb.people_named("Kim Gye-gwan") == ()
