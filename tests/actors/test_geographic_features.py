"""A river, sea or region named after a country ("the Niger Delta", "the Gulf of Mexico") is no
mention of the country. Sentences written here."""

from __future__ import annotations

import pytest

from tacitus.actors.datafiles import read_table

pytestmark = pytest.mark.slow


def test_a_feature_named_after_a_country_is_no_country(code_actors):
    table = code_actors("Militants in the Niger Delta kidnapped two oil workers. A storm crossed the Gulf of Mexico.",
                        ("Lagos", "NGA"), published="2006-11-26")
    assert not [a for a in table if a.country in ("NER", "MEX")], [(a.name, a.code) for a in table]


def test_the_country_itself_is_still_one(code_actors):
    table = code_actors("Niger closed its border with Mexico's embassy staff inside.", published="2006-11-26")
    assert {"NER"} <= {a.country for a in table}


def test_the_feature_table_is_lower_case_words():
    words = [row["word"] for row in read_table("geographic_features.tsv", "geographic feature table")]
    assert words == sorted(words) and all(w == w.lower() and " " not in w for w in words)
    assert {"delta", "gulf", "river", "sea"} <= set(words)


@pytest.mark.parametrize("text,code", [
    ("Ministers endorsed the Hanoi Action Plan on Thursday.", "VNM"),
    ("Delegates welcomed the Nairobi Framework on Monday.", "KEN"),
    ("The talks revived the Busan Roadmap.", "KOR"),
])
def test_a_document_named_after_a_place_is_no_country(code_actors, text, code):
    table = code_actors(text, published="2006-11-26")
    assert code not in {a.country for a in table}, [(a.name, a.code) for a in table]


def test_a_country_beside_a_lowercase_agreement_stays(code_actors):
    table = code_actors("Officials praised the Iran agreement on Monday.", published="2006-11-26")
    assert "IRN" in {a.country for a in table}, [(a.name, a.code) for a in table]
