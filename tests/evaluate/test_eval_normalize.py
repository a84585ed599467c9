"""The normalization data files: well-formed, complete, no duplicates, and their lookups."""

from __future__ import annotations

import pycountry
import pytest

from tacitus.evaluate.normalize import Normalizer, read_table
from tacitus.model import EVENT_TYPES

CASE_SUBTYPES = {
    "ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK", "ATTACK",
    "ATTRIB", "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DIPLO", "DISR_WEAP", "FORCE_AGAINST_PROTEST",
    "GOV_REGAINS_TERIT", "GRENADE", "HQ_ESTABLISHED", "MAN_MADE_DISASTER", "MOB_VIOL", "NATURAL_DISASTER",
    "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER", "ORG_CRIME", "OTHER", "PEACE_PROTEST",
    "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER", "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB", "VIOL_DEMONSTR",
}


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer.load()


@pytest.mark.parametrize("name,key", [("cameo_countries.tsv", "cameo"), ("plover_types.tsv", "old"), ("case2021_plover.tsv", "subtype")])
def test_tables_have_no_duplicate_keys_and_a_note(name, key):
    rows = read_table(name)
    keys = [row[key] for row in rows]
    assert len(keys) == len(set(keys)), f"duplicate keys in {name}"
    assert all(row["note"] for row in rows)


def test_country_targets_are_iso_or_known_non_state():
    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX", "IGO"}
    for row in read_table("cameo_countries.tsv"):
        assert row["iso3"] in iso, row
        assert row["cameo"] not in {c.alpha_3 for c in pycountry.countries}, f"{row['cameo']} is already ISO"


def test_type_table_maps_to_current_plover_types():
    for row in read_table("plover_types.tsv"):
        assert row["new"] in EVENT_TYPES
        assert row["old"] not in EVENT_TYPES


def test_case_map_is_complete_and_valid():
    rows = read_table("case2021_plover.tsv")
    assert {row["subtype"] for row in rows} == CASE_SUBTYPES
    assert all(row["plover"] == "-" or row["plover"] in EVENT_TYPES for row in rows)


def test_country_normalization(norm):
    assert norm.country("JAP") == "JPN"
    assert norm.country("ITLGOV") == "ITA"
    assert norm.country("VTN") == "VNM"
    assert norm.country("USAGOV") == "USA"
    assert norm.country("UNO") == "IGO"
    assert norm.country("---GOV") is None
    assert norm.country("") is None


def test_type_normalization(norm):
    assert norm.event_type("DEMAND") == "REQUEST"
    assert norm.event_type("DISAPPROVE") == "ACCUSE"
    assert norm.event_type("INVESTIGATE") == "ACCUSE"
    assert norm.event_type("FIGHT") == "ASSAULT"
    assert norm.event_type("consult") == "CONSULT"


def test_case_types(norm):
    assert norm.case_type("ARREST") == "COERCE"
    assert norm.case_type("NATURAL_DISASTER") is None
    with pytest.raises(KeyError):
        norm.case_type("NEW_LABEL")
