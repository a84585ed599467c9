"""The cue data file and QuoteResources (no model needed)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from tacitus.errors import TacitusError
from tacitus.quotes import QuoteDataError, QuoteResources


def _raw() -> dict:
    return yaml.safe_load(resources.files("tacitus.quotes").joinpath("data", "cues.yaml").read_text("utf-8"))


@pytest.mark.parametrize("key", ["verbs", "nouns", "heads", "claims", "claim_nouns", "intents"])
def test_cue_lists_are_sorted_unique_lowercase_lemmas(key: str) -> None:
    items = _raw()[key]
    assert items, f"{key} is empty"
    assert items == sorted(items), f"{key} is not sorted"
    assert len(items) == len(set(items)), f"{key} has duplicates"
    assert all(item == item.strip().lower() and " " not in item for item in items)


def test_core_cues_are_present() -> None:
    loaded = QuoteResources.load()
    for verb in ("say", "tell", "add", "report", "tweet", "write"):
        assert loaded.is_cue_verb(verb)
    assert loaded.is_cue_noun("statement")
    assert not loaded.is_cue_verb("meet")


def test_malformed_data_raises_a_tacitus_error() -> None:
    with pytest.raises(QuoteDataError, match="verbs"):
        QuoteResources.from_mapping({"verbs": "say", "nouns": []})
    with pytest.raises(TacitusError):
        QuoteResources.from_mapping(["say"])


def test_heads_are_optional_and_description_tables_load() -> None:
    assert QuoteResources.from_mapping({"verbs": ["say"], "nouns": []}).heads == frozenset()
    loaded = QuoteResources.load()
    assert "chief" in loaded.heads
    assert loaded.countries is not None and loaded.countries.lookup("Kenyan") == "KEN"
    assert loaded.roles is not None and loaded.roles.get("president") is not None


def test_claim_verbs_are_kept_apart_from_reporting_verbs() -> None:
    loaded = QuoteResources.load()
    assert loaded.is_claim_verb("believe") and loaded.is_claim_verb("find")
    assert not loaded.is_cue_verb("believe")  # a belief never attributes a direct quotation
    assert not loaded.is_claim_verb("say")
    assert loaded.is_claim_noun("allegation") and loaded.is_intent_verb("vow")
    bare = QuoteResources.from_mapping({"verbs": ["say"], "nouns": []})
    assert bare.claims == bare.claim_nouns == bare.intents == frozenset()


def test_phrasal_cues_are_sorted_verb_and_preposition_pairs() -> None:
    items = _raw()["phrasal"]
    assert items == sorted(set(items))
    assert all(len(item.split()) == 2 and item == item.lower() for item in items)
    loaded = QuoteResources.load()
    assert loaded.is_phrasal_cue("call", "for") and not loaded.is_phrasal_cue("call", "from")
