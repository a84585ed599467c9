"""Tests of the role and organization data files and their lookups."""

from __future__ import annotations

import csv
from importlib import resources

import pycountry
import pytest

from tacitus.actors.organizations import NON_STATE_CODES, OrganizationTable
from tacitus.actors.phrases import PhraseIndex, phrase_words
from tacitus.actors.roles import KINDS, SECTORS, RoleTable


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("tacitus.actors").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_roles_file_is_well_formed():
    rows = _rows("roles.tsv")
    phrases = [row["phrase"] for row in rows]
    assert len(phrases) == len(set(phrases)), "duplicate role phrase"
    for row in rows:
        assert row["phrase"] == row["phrase"].strip().lower() and row["phrase"], row
        assert row["sector"] in SECTORS, row
        assert row["kind"] in KINDS, row
        assert row["family"], row
        assert row["generic"] in ("yes", "no"), row


@pytest.mark.parametrize(
    "phrase, sector",
    [
        ("president", "GOV"), ("prime minister", "GOV"), ("foreign minister", "GOV"),
        ("secretary of state", "GOV"), ("spokesperson", "GOV"), ("press secretary", "GOV"),
        ("ambassador", "GOV"), ("officials", "GOV"), ("parliament", "LEG"), ("lawmaker", "LEG"),
        ("troops", "MIL"), ("soldiers", "MIL"), ("general", "MIL"), ("rebels", "REB"),
        ("insurgents", "REB"), ("militants", "REB"), ("police", "COP"), ("police officer", "COP"),
        ("protesters", "CVL"), ("activists", "CVL"), ("reporter", "JRN"), ("correspondent", "JRN"),
        ("judge", "JUD"), ("court", "JUD"), ("opposition", "OPP"), ("company", "BUS"),
    ],
)
def test_role_sectors(phrase, sector):
    role = RoleTable.load().get(phrase)
    assert role is not None and role.sector == sector


def test_organizations_file_is_well_formed():
    rows = _rows("organizations.tsv")
    owner: dict[tuple[str, ...], str] = {}
    for row in rows:
        code = row["country"]
        assert not code or code in NON_STATE_CODES or pycountry.countries.get(alpha_3=code), row
        assert not row["sector"] or row["sector"] in SECTORS, row
        assert row["kind"] in KINDS, row
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = phrase_words(form)
            assert owner.setdefault(key, row["name"]) == row["name"], f"{form} names two organizations"


@pytest.mark.parametrize(
    "name, country, sector",
    [
        ("United Nations", "UNO", None), ("UN", "UNO", None), ("EU", "EUR", None),
        ("NATO", "IGO", "MIL"), ("African Union", "IGO", None), ("ASEAN", "IGO", None),
        ("Red Cross", "NGO", None), ("Amnesty International", "NGO", None),
        ("Human Rights Watch", "NGO", None), ("State Department", "USA", "GOV"),
        ("Department of State", "USA", "GOV"), ("White House", "USA", "GOV"),
        ("Pentagon", "USA", "MIL"), ("Kremlin", "RUS", "GOV"),
    ],
)
def test_known_organizations(name, country, sector):
    org = OrganizationTable.load().get(name)
    assert org is not None and (org.country, org.sector) == (country, sector)


def test_short_capital_aliases_need_capitals():
    table = OrganizationTable.load()
    assert table.get("UN") is not None
    assert table.get("un") is None and table.get("who") is None


def test_phrase_words_split_like_spacy():
    assert phrase_words("Kim Jong-un") == ("kim", "jong", "-", "un")
    assert phrase_words("South Korea's") == ("south", "korea", "'s")
    assert phrase_words("U.S. Senate") == ("u.s.", "senate")


def test_phrase_index_prefers_the_longest_phrase():
    index = PhraseIndex.build([("foreign minister", "F"), ("minister", "M"), ("deputy foreign minister", "D")])
    words = ["the", "deputy", "foreign", "minister", "said"]
    assert index.longest_at(words, 1) == (3, "D")
    assert index.longest_at(words, 2) == (2, "F")
    assert index.longest_at(words, 0) is None
    assert "foreign minister" in index and "prime minister" not in index


def test_phrase_index_accepts_lemma_of_last_word():
    index = PhraseIndex.build([("police officer", "COP")])
    words = ["police", "officers"]
    assert index.longest_at(words, 0) is None
    assert index.longest_at(words, 0, lambda i: ("officer",) if i == 1 else ()) == (2, "COP")
