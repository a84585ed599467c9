"""A region's adjective ("African leaders", "Western diplomats", "Arab foreign ministers") codes a
group by the CAMEO region, never by the dateline's or the sentence's country. Sentences written here."""

from __future__ import annotations

import pytest

from tacitus.actors.coding import is_region_code, is_state_code
from tacitus.actors.datafiles import read_table

pytestmark = pytest.mark.slow


def _codes(table):
    return {a.name: a.code for a in table}


def test_region_adjectives_give_the_region_code(code_actors):
    table = code_actors("Chinese Vice Premier Zeng Peiyan met some African ministers on Sunday. "
                        "Western diplomats praised the plan and Arab foreign ministers condemned the attack.",
                        ("Beijing", "CHN"), published="2006-11-05")
    codes = _codes(table)
    assert codes["some African ministers"] == "AFRGOV", codes
    assert codes["Western diplomats"] == "WSTGOV", codes
    assert codes["Arab foreign ministers"] == "ARBGOV", codes
    assert codes["Zeng Peiyan"] == "CHNGOV", codes


def test_two_regions_groups_are_two_actors(code_actors):
    table = code_actors("Asian leaders signed a pact with European ministers. The Asian leaders left Hanoi on Monday.",
                        published="2006-11-18")
    codes = _codes(table)
    assert codes.get("Asian leaders") == "ASAGOV" and codes.get("European ministers") == "EURGOV", codes


def test_a_longer_name_wins_over_its_region_word(code_actors):
    table = code_actors("The Western Cape premier met South African police chiefs in Pretoria.",
                        published="2006-11-18")
    assert {a.country for a in table} <= {"ZAF", None}, _codes(table)


def test_regions_are_no_state():
    assert is_region_code("AFR") and not is_state_code("AFR") and not is_state_code("WST")
    assert is_state_code("CHN") and not is_state_code("IGO") and not is_state_code(None)


def test_every_region_adjective_has_a_region_code():
    regions = {row["code"] for row in read_table("cameo_regions.tsv", "CAMEO region table")}
    rows = read_table("region_adjectives.tsv", "region adjective table")
    assert rows and all(row["code"] in regions | {"EUR"} for row in rows), rows
    assert all(row["word"][:1].isupper() and row["states_only"] in ("yes", "no") for row in rows)


def test_a_region_word_inside_a_name_is_no_region(code_actors):
    table = code_actors("The African National Congress won the vote in Johannesburg.", published="2006-11-18")
    assert "AFR" not in {a.country for a in table}, _codes(table)


def test_a_region_before_one_persons_occupation_is_its_field(code_actors):
    table = code_actors('"Markets will recover," said the bank\'s chief Asian strategist Eddie Wong.', published="2005-01-05")
    assert "ASA" not in {a.country for a in table}, _codes(table)


def test_arab_is_a_region_only_for_state_agents(code_actors):
    table = code_actors("Sunni Arab politicians walked out of parliament in Baghdad on Monday. "
                        "Arab foreign ministers met in Cairo.", ("Baghdad", "IRQ"), published="2006-11-06")
    codes = _codes(table)
    assert codes.get("Sunni Arab politicians", "").startswith("IRQ"), codes
    assert codes.get("Arab foreign ministers") == "ARBGOV", codes


def test_a_compass_region_is_not_its_demonyms_country(code_actors):
    table = code_actors("Delegates of 12 South American countries arrived. North American officials met in Ottawa.",
                        published="2006-11-06")
    codes = _codes(table)
    assert "USA" not in {a.country for a in table}, codes
    assert codes.get("North American officials") == "NMRGOV", codes
