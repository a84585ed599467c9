"""A country word inside an amount ("25,300 U.S. dollars") names a currency, not the country:
no actor, and no country for the sentence's other actors. Sentences written here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_currency_is_no_mention_of_its_country(code_actors):
    text = "Regional police offered a reward of 200,000 yuan (25,300 U.S. dollars) for information on the robbers."
    table = code_actors(text, published="2006-11-28")
    assert not [a for a in table if a.country == "USA"], [(a.name, a.code) for a in table]


def test_the_country_itself_is_still_a_mention(code_actors):
    text = "The U.S. offered a reward of 25,300 dollars for information on the robbers."
    table = code_actors(text, published="2006-11-28")
    assert [a for a in table if a.country == "USA"], [(a.name, a.code) for a in table]
