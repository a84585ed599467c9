"""A non-restrictive "who is" clause describes a person like an apposition ("Nicholas Burns, who
is U.S. Under Secretary of State,"). Sentences written here; the names are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(table):
    return {a.name: a.code for a in table}


def test_a_who_is_clause_gives_the_persons_title_and_country(code_actors):
    table = code_actors("The deal was reached at a meeting between Tom Haley, who is U.S. Under Secretary of "
                        "State, and Japanese Foreign Minister Ken Sato.", ("Tokyo", "JPN"), published="2006-11-06")
    codes = _codes(table)
    assert codes["Tom Haley"] == "USAGOV", codes


def test_also_and_a_possessive_country(code_actors):
    table = code_actors("Maria Lopez, who is also Mexico's foreign minister, criticized the plan on Monday.",
                        published="2006-11-06")
    assert _codes(table)["Maria Lopez"] == "MEXGOV", _codes(table)


@pytest.mark.parametrize("text", [
    "Maria Lopez, who was Mexico's foreign minister in 1990, criticized the plan on Monday.",
    "Maria Lopez, who is not Mexico's foreign minister, criticized the plan on Monday.",
])
def test_a_past_or_denied_office_is_no_title(code_actors, text):
    table = code_actors(text, published="2006-11-06")
    assert _codes(table).get("Maria Lopez") != "MEXGOV", _codes(table)


def test_a_group_from_several_states_takes_no_country_from_where_it_meets(code_actors):
    table = code_actors("The minister held talks with his counterparts from China and Russia in Hanoi. "
                        "Officials from Peru met him in Hanoi.", ("Tokyo", "JPN"), published="2006-11-06")
    codes = _codes(table)
    assert codes["counterparts"] == "GOV", codes
    assert codes["Officials"] == "PERGOV", codes


def test_the_event_target_from_several_states_is_not_of_the_meeting_place(coder):
    coded = coder.code("TOKYO, Nov 6 (Xinhua) - The foreign minister held talks with his counterparts from China "
                       "and Russia in Hanoi on Monday.", published="2006-11-06")
    targets = {e.target.country for e in coded.events if e.target is not None}
    assert targets and "VNM" not in targets, [(e.event_type, e.target) for e in coded.events]


def test_the_prime_minister_is_not_a_party_leader_named_before(code_actors):
    table = code_actors("Labour leader Tom Hale attacked the tax plans on Monday. The prime minister said the plans "
                        "would help families.", ("London", "GBR"), published="1991-03-05")
    hale = next(a for a in table if a.name == "Tom Hale")
    assert all(m.text.lower() != "the prime minister" for m in hale.mentions), [m.text for m in hale.mentions]
    assert any(a.code == "GBRGOV" and a.kind == "person" for a in table), [(a.name, a.code) for a in table]


def test_delegates_are_the_bodys_and_of_many_states_none(code_actors):
    table = code_actors("Union representatives rejected the offer. Delegates from 40 countries met in Nairobi.",
                        ("Nairobi", "KEN"), published="2006-11-06")
    codes = _codes(table)
    assert codes["Union representatives"] == "LAB", codes
    assert codes["Delegates"] == "GOV", codes
