"""Tests of the TABARI/PETRARCH readers on small dictionary texts written for these tests."""

from __future__ import annotations

import pytest

from tacitus.dictionaries import DatedCode, parse_actors, parse_agents, split_code
from tacitus.dictionaries.tabari import dictionary_lines, parse_date
from tacitus.errors import InputError

ACTORS = """\
<!-- A TEST DICTIONARY -->
<!--
# a comment block over
# several lines
-->
# a comment line
FREEDONIA_ [FRD]  # the country
+FREEDONIAN
+FREEDONIA_CITY

RUFUS_T._FIREFLY  # a leader
+FIREFLY_
\t[FRDELI <19330101]
\t[FRDGOV 19330101-19331231]
\t[FRDOPP >19340101]

SYLVANIA [SYL]
\t[OLD <700101]

GRAND_FENWICK_(GF) [GFK]
"""


def test_actors_phrases_synonyms_and_codes():
    entries = {e.name: e for e in parse_actors(ACTORS, "test.actors.txt")}
    assert set(entries) == {"Freedonia", "Rufus T. Firefly", "Sylvania", "Grand Fenwick"}
    freedonia = entries["Freedonia"]
    assert freedonia.phrases == ("FREEDONIA", "FREEDONIAN", "FREEDONIA CITY")
    assert freedonia.default == "FRD" and not freedonia.dated and not freedonia.person
    # Parenthesised abbreviations are dropped from the phrase.
    assert entries["Grand Fenwick"].phrases == ("GRAND FENWICK",)


def test_date_ranges_apply_against_the_date():
    firefly = next(e for e in parse_actors(ACTORS) if e.name == "Rufus T. Firefly")
    assert firefly.person  # every code is a dated role code: a person's terms of office
    assert firefly.dated == (
        DatedCode("FRDELI", None, "1932-12-31"),
        DatedCode("FRDGOV", "1933-01-01", "1933-12-31"),
        DatedCode("FRDOPP", "1934-01-01", None),
    )
    assert firefly.code_at("1932-06-01") == "FRDELI"
    assert firefly.code_at("1933-01-01") == "FRDGOV"  # ranges include both ends
    assert firefly.code_at("1933-12-31") == "FRDGOV"
    assert firefly.code_at("2001-05-05") == "FRDOPP"
    # Without a date: no default, so the open-ended (present) restriction.
    assert firefly.code_at(None) == "FRDOPP"


def test_default_code_when_no_restriction_fits():
    sylvania = next(e for e in parse_actors(ACTORS) if e.name == "Sylvania")
    assert sylvania.code_at("1965-03-01") == "OLD"  # six-digit YYMMDD, 70 -> 1970
    assert sylvania.code_at("1999-03-01") == "SYL"
    assert sylvania.code_at(None) == "SYL"


def test_first_fitting_restriction_wins():
    text = "ZED\n\t[ZZZ]\n\t[AAA 20100101-20100131]\n\t[BBB 20090101-20121231]\n"
    zed = parse_actors(text)[0]
    assert zed.code_at("2010-01-15") == "AAA"
    assert zed.code_at("2011-01-15") == "BBB"
    assert zed.code_at("2015-01-15") == "ZZZ"


def test_unreadable_restriction_is_skipped_like_petrarch():
    entry = parse_actors("ZED [ZZZ]\n\t[AAA 9008223-911221]\n\t[BBB >20000101]\n")[0]
    assert [d.code for d in entry.dated] == ["BBB"]


def test_restriction_before_any_actor_is_an_error():
    with pytest.raises(InputError, match="before any actor"):
        parse_actors("\t[AAA >20000101]\n")


def test_parse_date_two_digit_years():
    assert parse_date("300101") == "2030-01-01"
    assert parse_date("310101") == "1931-01-01"
    assert parse_date("20121109") == "2012-11-09"
    with pytest.raises(ValueError):
        parse_date("20100931")


def test_comments_are_removed():
    lines = [line for _, line, _ in dictionary_lines(ACTORS)]
    assert not any("comment" in line or line.lstrip().startswith("#") for line in lines)
    assert lines[0] == "FREEDONIA_ [FRD]"


AGENTS = """\
!PERSON! = MAN, WOMAN
POLICE {} [~COP]
GOOSE {GEESE} [~GGS]
PARTY [~PTY]
BOSS [~BUS]
AID!PERSON! [~NGO]
HUMAN_RIGHTS_GROUP [NGO~]
NO_CODE_HERE
"""


def test_agents_plurals_substitutions_and_codes():
    agents = {a.phrase: a for a in parse_agents(AGENTS)}
    assert agents["police"].plurals == () and agents["police"].code == "~COP"
    assert agents["goose"].plurals == ("geese",)
    assert agents["party"].plurals == ("parties",)
    assert agents["boss"].plurals == ("bosses",)
    assert "aidman" in agents and "aidwoman" in agents
    assert agents["human rights group"].code == "NGO~"
    assert "no code here" not in agents  # PETRARCH skips agents without a code


@pytest.mark.parametrize(
    "code, parts",
    [("DAGGOV", ("DAG", "GOV")), ("ARN", ("ARN", None)), ("IGOUNO", ("IGO", "UNO")), ("~GOV", (None, "GOV")),
     ("NGO~", ("NGO", None)), ("---", (None, None)), ("", (None, None)), ("MED", (None, "MED"))],
)
def test_split_code(code, parts):
    assert split_code(code) == parts
