"""Telling the press is an interview, not a consultation, whatever word heads the medium's name
("BBC Radio Scotland" is headed by a place, "BBC Two's Newsnight" by a programme). Sentences
written here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("medium", ["BBC Radio Scotland", "BBC Two's Newsnight", "Sky News", "the Daily Courier"])
def test_telling_a_medium_is_no_consultation(coder, medium):
    coded = coder.code(f"The health minister told {medium} that the sums were right.", published="2005-03-01")
    assert not [e for e in coded.events if e.event_type == "CONSULT"], [(e.event_type, e.evidence) for e in coded.events]


def test_telling_a_minister_stays_a_consultation(coder):
    coded = coder.code("The president told the Kenyan foreign minister that aid would continue.", published="2005-03-01")
    assert [e.event_type for e in coded.events] == ["CONSULT"]
