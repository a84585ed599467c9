"""Spelling keys (actors/spellings.py) and the CAMEO region rule for armed groups (actors/coding.py)."""

from __future__ import annotations

from tacitus.actors.coding import Evidence, Rank, decide
from tacitus.actors.spellings import spelling_index, spelling_key


def test_transliterations_share_a_key():
    assert spelling_key("Harakat-e-Mujahideen") == spelling_key("HARAKAT UL MUJAHIDIN")
    assert spelling_key("Jamaat al-Tawheed") == spelling_key("Jama'at al-Tawhid")


def test_different_names_and_short_names_do_not():
    assert spelling_key("Islamic Guard") != spelling_key("Islamic Group")
    assert spelling_key("Hamas") is None  # one word: too little to go on
    assert spelling_key("Al Fa") is None  # too few consonants
    assert spelling_key("US House of Representatives") != spelling_key("House of Representatives")


def test_the_first_entry_wins_a_key():
    index = spelling_index([("Harakat ul Mujahidin", "first"), ("Harakat-e-Mujahideen", "second")])
    assert index[spelling_key("Harkat-ul-Mujahideen")] == "first"


def test_an_armed_group_of_a_region_is_international():
    coding = decide([Evidence(Rank.KNOWLEDGE, "knowledge", country="SAS", sector="REB")])
    assert coding.code == "IMGREB"
    assert decide([Evidence(Rank.KNOWLEDGE, "knowledge", country="PAK", sector="REB")]).code == "PAKREB"
    assert decide([Evidence(Rank.KNOWLEDGE, "knowledge", country="SAS", sector="GOV")]).code == "SASGOV"
