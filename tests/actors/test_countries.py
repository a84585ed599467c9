"""Tests of the country table: the data file and the lookups."""

from __future__ import annotations

import csv
from importlib import resources

import pycountry
import pytest

from tacitus.actors.countries import CountryTable, normalize_name

NON_ISO = {"KOS"}  # PLOVER's code for Kosovo, which has no ISO 3166 code


@pytest.fixture(scope="module")
def table() -> CountryTable:
    """The shipped country table."""
    return CountryTable.load()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    """The raw rows of countries.tsv."""
    text = resources.files("tacitus.actors").joinpath("data", "countries.tsv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_rows_are_well_formed(rows):
    assert rows, "countries.tsv is empty"
    for row in rows:
        assert set(row) == {"iso3", "name", "aliases", "demonyms", "capital"}
        assert row["iso3"] and row["name"], row
        for column in ("aliases", "demonyms", "capital"):
            assert "||" not in row[column] and not row[column].startswith("|"), row


def test_every_code_is_valid_and_unique(rows):
    codes = [row["iso3"] for row in rows]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert code in NON_ISO or pycountry.countries.get(alpha_3=code) is not None, code


def test_every_sovereign_state_is_present(rows):
    # All UN members and observers, checked through a sample spread over the alphabet and regions.
    codes = {row["iso3"] for row in rows}
    assert len(codes) >= 200
    for code in ("AFG", "BRA", "CHN", "COD", "FJI", "GBR", "IND", "KOR", "PRK", "PSE", "RUS",
                 "SSD", "TUV", "USA", "VAT", "ZWE", "KOS", "TWN"):
        assert code in codes, code


def test_no_name_or_demonym_maps_to_two_countries(rows):
    owner: dict[str, str] = {}
    for row in rows:
        forms = [row["name"], *row["aliases"].split("|"), *row["demonyms"].split("|")]
        for form in filter(None, forms):
            key = normalize_name(form)
            assert owner.setdefault(key, row["iso3"]) == row["iso3"], (form, owner[key], row["iso3"])


def test_no_capital_maps_to_two_countries(rows):
    owner: dict[str, str] = {}
    for row in rows:
        for capital in filter(None, row["capital"].split("|")):
            key = normalize_name(capital)
            assert owner.setdefault(key, row["iso3"]) == row["iso3"], capital


def test_sovereign_states_have_demonyms_and_capitals(rows):
    by_code = {row["iso3"]: row for row in rows}
    for code in ("USA", "GBR", "FRA", "DEU", "PRK", "KOR", "ISR", "PSE", "IRN", "IRQ", "SYR",
                 "NGA", "KEN", "MEX", "BRA", "JPN", "CHN", "RUS", "UKR", "TUR", "SAU", "EGY"):
        assert by_code[code]["demonyms"], code
        assert by_code[code]["capital"], code


@pytest.mark.parametrize(
    "text, code",
    [
        ("North Korea", "PRK"), ("North Korean", "PRK"), ("north korean", "PRK"), ("DPRK", "PRK"),
        ("US", "USA"), ("U.S.", "USA"), ("American", "USA"), ("Americans", "USA"),
        ("the United States", "USA"), ("Britain", "GBR"), ("UK", "GBR"), ("British", "GBR"),
        ("South Korea's", "KOR"), ("South Korea\u2019s", "KOR"), ("Israelis", "ISR"),
        ("Palestinians", "PSE"), ("C\u00f4te d'Ivoire", "CIV"), ("Ivory Coast", "CIV"),
        ("Frenchmen", "FRA"), ("Burma", "MMR"), ("Kosovo", "KOS"), ("Chinese", "CHN"),
    ],
)
def test_lookup(table, text, code):
    assert table.lookup(text) == code


@pytest.mark.parametrize("text", ["us", "car", "Bumpy", "", "road", "Washington"])
def test_lookup_rejects_common_words_and_non_countries(table, text):
    assert table.lookup(text) is None


def test_names_and_demonyms_are_separate(table):
    assert table.by_name("North Korea") == "PRK"
    assert table.by_name("North Korean") is None
    assert table.by_demonym("North Korean") == "PRK"
    assert table.by_demonym("North Korea") is None


def test_capitals(table):
    assert table.capital_of("PRK") == "Pyongyang"
    assert table.capital_of("USA") == "Washington"
    assert table.country_of_capital("Pyongyang") == "PRK"
    assert table.country_of_capital("Washington") == "USA"
    assert table.country_of_capital("Seoul") == "KOR"
    assert table.country_of_capital("Kyiv") == table.country_of_capital("Kiev") == "UKR"
    assert table.country_of_capital("Springfield") is None
    assert table.capital_of("XXX") is None


def test_name_of(table):
    assert table.name_of("PRK") == "North Korea"
    assert table.name_of("USA") == "United States"
    assert table.name_of("XXX") is None
    assert "PRK" in table and len(table) > 200


@pytest.mark.parametrize("dateline, country", [
    ("AMMAN, Jan 3 (AFP)", "JOR"), ("NEW DELHI, April 12", "IND"), ("Kenya", "KEN"),
    ("UNITED NATIONS, May 2 (Xinhua)", None), ("ASPEN, Colorado, June 4", None), (None, None), ("", None),
])
def test_dateline_country_is_read_from_a_capital_or_a_country_name(table, dateline, country):
    assert table.of_dateline(dateline) == country
