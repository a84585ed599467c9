"""A country that is a side of a political act is its government (events/context.states_acting,
decided by actors/coding.government_ref); not in acts of force. Sentences written here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coded, event_type):
    return [(e.source.code, e.target.code if e.target else None) for e in coded.events if e.event_type == event_type]


def test_india_and_pakistan(coder):
    coded = coder.code("India suspended talks with Pakistan in July. Pakistan denied the charges.", published="2006-11-13")
    assert ("INDGOV", "PAKGOV") in _sides(coded, "SANCTION"), [(e.event_type, e.source, e.target) for e in coded.events]


def test_a_country_attacked_stays_the_country(coder):
    coded = coder.code("Israeli troops attacked Lebanon on Sunday.", published="2006-11-13")
    targets = [t for _, t in _sides(coded, "ASSAULT")]
    assert targets and "LBNGOV" not in targets, targets


def test_the_actor_table_keeps_the_country(coder):
    coded = coder.code("India suspended talks with Pakistan in July.", published="2006-11-13")
    india = next(a for a in coded.actors if a.name == "India")
    assert india.code == "IND" and india.sector is None


def test_a_country_attacking_is_its_armed_forces(coder):
    coded = coder.code("Peru attacked Chile in 1879.", published="2006-11-13")
    sides = _sides(coded, "ASSAULT")
    assert ("PERMIL", "CHL") in sides, sides
