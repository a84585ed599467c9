"""Reader clues for actor country and sector (issue 15, "actors right on any news"): offices
named "X-general" that are no generals, business titles, a chairman of a body, China's State
Council, UN agencies and news agencies; the body an official is "of"; outsiders (foreign,
visiting, an envoy to a country) whom the dateline does not place; the article's country read
into one-holder offices only. Sentences written here; names are invented or generic."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorTable
from tacitus.model import Actor

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(code_actors):
    return lambda text, dateline=None: code_actors(text, dateline, published="2005-11-23")


def _with(table: ActorTable, word: str) -> Actor:
    found = [a for a in table if word in a.name]
    assert found, [a.name for a in table]
    return found[0]


# ---- family 1: table rows ------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The attorney-general said the case was closed.", "attorney"),
    ("Solicitor-General Ramon Dela Paz filed the appeal.", "Ramon"),
    ("The governor-general swore in the new cabinet.", "governor"),
    ("The auditor-general criticised the ministry's accounts.", "auditor"),
])
def test_an_x_general_office_is_no_general(run, text, word):
    assert _with(run(text, ("Manila", "PHL")), word).code == "PHLGOV"


def test_a_defence_force_is_the_military(run):
    assert _with(run("The Fiji defence force said it was on alert.", ("Suva", "FJI")), "defence").sector == "MIL"


@pytest.mark.parametrize("text, word", [
    ("The company's CEO met the workers.", "CEO"),
    ("The chief financial officer of the firm resigned.", "financial"),
])
def test_business_titles_are_business(run, text, word):
    assert _with(run(text), word).sector == "BUS"


@pytest.mark.parametrize("text, word, sector", [
    ("The party chairman attacked the government.", "party", "PTY"),
    ("The bank chairman met the minister.", "bank", "BUS"),
])
def test_a_chairman_takes_the_sector_of_the_body_before_the_title(run, text, word, sector):
    assert _with(run(text, ("Tokyo", "JPN")), word).sector == sector


def test_a_chairman_alone_stays_a_head_of_government(run):
    assert _with(run("The chairman signed the decree.", ("Tokyo", "JPN")), "chairman").code == "JPNGOV"


def test_chinas_state_council_is_the_chinese_government(run):
    assert _with(run("The State Council approved the plan on Monday."), "State Council").code == "CHNGOV"


@pytest.mark.parametrize("name", ["UNDP", "UNESCO", "Food and Agriculture Organization", "UNRWA"])
def test_un_agencies_are_the_uns(run, name):
    assert _with(run(f"The {name} warned that the crisis would worsen."), name).country == "UNO"


@pytest.mark.parametrize("name, country", [("MENA", "EGY"), ("Anadolu news agency", "TUR"), ("Kyodo", "JPN"),
                                           ("Xinhua", "CHN")])
def test_news_agencies_are_journalists_of_their_home(run, name, country):
    actor = _with(run(f"{name} reported the talks on Sunday."), name.split()[0])
    assert (actor.country, actor.sector) == (country, "JRN")


# ---- family 2: the body a title serves ---------------------------------------------------------

@pytest.mark.parametrize("text, word, code", [
    ("A spokesman for Hamas said the group would keep fighting.", "spokesman", "PSEREB"),
    ("Li Wen, a spokesman for the State Council, denied the report.", "Li Wen", "CHNGOV"),
    ("Officials from Kenya met the minister on Monday.", "Officials", "KENGOV"),
])
def test_who_speaks_or_works_for_a_body_is_the_bodys(run, text, word, code):
    assert _with(run(text, ("Cairo", "EGY")), word).code == code


def test_officials_of_an_international_body_are_not_the_datelines(run):
    actor = _with(run("Officials from the World Bank arrived in the capital.", ("Cairo", "EGY")), "Officials")
    assert actor.country == "IGO"


def test_a_country_name_with_its_own_of_ends_the_chain(run):
    table = run("The delegation of the Republic of Korea (ROK) arrived here on Monday.", ("Beijing", "CHN"))
    assert _with(table, "delegation").country == "KOR"


def test_several_countries_are_no_one_body(run):
    table = run("Officials from Kenya and Uganda met on Monday.")
    assert _with(table, "Officials").country not in ("KEN", "UGA")


# ---- family 3: outsiders -------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Foreign troops were attacked near the border.", "troops"),
    ("The visiting minister met the president on Monday.", "visiting"),
    ("The ambassador to Egypt said the talks went well.", "ambassador"),
    ("Visiting Foreign Minister Ali Demir met the president.", "Demir"),
])
def test_an_outsider_takes_no_country_from_the_dateline(run, text, word):
    assert _with(run(text, ("Cairo", "EGY")), word).country != "EGY"


def test_an_outsider_keeps_an_explicit_nationality(run):
    table = run("A visiting French minister met the president.", ("Cairo", "EGY"))
    assert _with(table, "minister").code == "FRAGOV"


def test_a_foreign_minister_is_no_outsider(run):
    assert _with(run("The foreign minister said the talks went well.", ("Cairo", "EGY")), "minister").country == "EGY"


def test_coding_ignores_place_scene_and_article_for_an_outsider():
    from tacitus.actors.coding import Evidence, Rank, decide
    clues = [Evidence(Rank.WORDS, "outsider 'foreign'", outsider=True), Evidence(Rank.WORDS, "noun", sector="CVL"),
             Evidence(Rank.PLACE, "in Luxor", country="EGY"), Evidence(Rank.ARTICLE, "dateline", country="EGY"),
             Evidence(Rank.SCENE, "only country", country="EGY")]
    assert decide(clues).code == "CVL"
    assert decide([*clues, Evidence(Rank.WORDS, "'French'", country="FRA")]).code == "FRACVL"


def test_the_event_stage_stamps_no_dateline_on_foreign_participants(coder):
    def target(words: str):
        coded = coder.code(f"CAIRO, Nov. 8 (Xinhua) -- Gunmen kidnapped {words} on Tuesday, police said.",
                           published="2005-11-08")
        return next(e.target for e in coded.events if e.target is not None)

    assert target("two workers").country == "EGY"
    foreign = target("two foreign workers")
    assert (foreign.country, foreign.sector) == (None, "LAB")


# ---- family 4: the article's country and one-holder offices --------------------------------------

@pytest.mark.parametrize("text", [
    "Egyptian soldier Ali Hassan was wounded on Monday. Soldier Omar Farouk said the attackers fled.",
    "Egyptian official Ali Hassan spoke on Monday. Another official, Omar Farouk, said the talks failed.",
])
def test_a_plural_role_shared_with_a_national_still_takes_the_datelines_country(run, text):
    assert _with(run(text, ("Cairo", "EGY")), "Omar").country == "EGY"


def test_a_one_holder_office_shared_with_a_national_is_another_countrys(run):
    table = run("Egyptian President Ali Hassan met President Omar Farouk on Monday.", ("Cairo", "EGY"))
    assert _with(table, "Omar").country != "EGY"


def test_an_ambassador_to_a_country_before_the_name_is_not_that_countrys(run):
    table = run("Ambassador to Japan Tom Hale said the talks went well.", ("Tokyo", "JPN"))
    assert _with(table, "Hale").country != "JPN"
    table = run("US Ambassador to Japan Tom Hale said the talks went well.", ("Tokyo", "JPN"))
    assert _with(table, "Hale").country == "USA"


def test_a_known_organizations_whole_name_is_no_person(run):
    text = ("The Anatolia news agency said the court ruled on Friday. The suspect spoke to his lawyer, "
            "Anatolia said.")
    actor = _with(run(text, ("Istanbul", "TUR")), "news agency")
    assert actor.code == "TURJRN"


def test_a_verb_after_to_is_no_role(run):
    table = run("Senator Tom Hale, in line to chair the committee, said the vote would pass.")
    assert not [a for a in table if a.name == "chair"]


def test_a_central_bank_official_is_the_states(run):
    assert _with(run("A central bank official said rates would rise.", ("Tokyo", "JPN")), "official").code == "JPNGOV"


def test_the_head_of_a_known_body_whose_name_the_parse_cuts(run):
    text = "Jan Egeland, head of the UN Office for the Coordination of Humanitarian Affairs, said aid was late."
    assert _with(run(text, ("London", "GBR")), "Egeland").country == "UNO"


def test_a_news_agency_named_before_its_noun_is_of_its_home(run):
    table = run("The officer told the Kyodo news agency the contract was cancelled.", ("Baghdad", "IRQ"))
    assert {a.country for a in table if a.sector == "JRN"} == {"JPN"}


def test_a_world_wire_has_no_home_to_spread(run):
    # Reuters and AP keep no country: their home would count as a country the article names.
    table = run("The officer told the Reuters news agency the contract was cancelled.", ("Baghdad", "IRQ"))
    assert {a.country for a in table if a.sector == "JRN"} <= {None}


# ---- joined countries ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, codes", [
    ("Israeli-Palestinian negotiators met on Monday.", {"ISRGOV", "PSEGOV"}),
    ("Sino-Japanese officials met on Monday.", {"CHNGOV", "JPNGOV"}),
])
def test_joined_country_words_name_one_side_each(run, text, codes):
    assert {a.code for a in run(text, ("Geneva", "CHE")) if a.kind == "group"} == codes
