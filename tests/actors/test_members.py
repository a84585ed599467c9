"""A person described as a body's member takes the body's country and sector (actors/members.py)."""

from __future__ import annotations

import pytest

from tacitus.actors.members import _words


def _actor(table, text, phrase):
    start = text.index(phrase)
    found = [a for a in table if any(m.start <= start < m.end for m in a.mentions)]
    assert found, [(a.name, a.code) for a in table]
    return found[0]


def test_member_word_table_is_well_formed():
    words = _words()
    assert {"member", "leader", "spokesman", "chairman"} <= set(words["member"])
    assert {"group", "party", "movement", "organisation"} <= set(words["body"])
    assert words["body"]["party"] == "PTY"  # "the party" stands for a party only


@pytest.mark.slow
def test_its_leader_and_a_member_of_the_group_take_the_body(code_actors):
    text = ("The Borduria Liberation Front attacked an army post near Kandahar on Monday. "
            "Ivo Kern, its leader, said the fighters would return. "
            "Lena Moss, a senior member of the group, was arrested.")
    table = code_actors(text, ("Kabul", "AFG"))
    front = _actor(table, text, "Borduria Liberation Front")
    assert front.sector == "REB"
    for person in ("Ivo Kern", "Lena Moss"):
        member = _actor(table, text, person)
        assert (member.country, member.sector) == (front.country, front.sector), member.why
        assert "member of" in (member.why or "")


@pytest.mark.slow
def test_the_party_chairman_takes_the_party(code_actors):
    text = ("The Green Dawn Party of Ruritania won ten seats in Sunday's vote. "
            "Tom Varga, chairman of the party, thanked the voters. The party chairman said it would join the cabinet.")
    table = code_actors(text, ("Ankara", "TUR"))
    varga = _actor(table, text, "Tom Varga")
    assert varga.sector == "PTY", varga.why
    assert "member of" in (varga.why or "")


@pytest.mark.slow
def test_their_spokesman_takes_the_body_named_in_the_sentence_before(code_actors):
    text = ("The Borduria Liberation Front freed two hostages on Friday. "
            "Their spokesman, Omar Lind, said more would follow.")
    table = code_actors(text, ("Kabul", "AFG"))
    front = _actor(table, text, "Borduria Liberation Front")
    lind = _actor(table, text, "Omar Lind")
    assert (lind.country, lind.sector) == (front.country, front.sector), lind.why


@pytest.mark.slow
def test_a_country_named_last_is_no_body_of_members(code_actors):
    text = ("The Borduria Liberation Front met in Kandahar. Pakistan rejected the talks, and "
            "its president, Omar Lind, flew to Beijing.")
    lind = _actor(code_actors(text, ("Kabul", "AFG")), text, "Omar Lind")
    assert "member of" not in (lind.why or "")


@pytest.mark.slow
def test_the_subject_of_the_clause_is_its_body_before_the_body_named_last(code_actors):
    text = ("The Borduria Liberation Front met in Kandahar. "
            "Zolix Mining Corp. confirmed its chairman, Omar Lind, was in custody.")
    lind = _actor(code_actors(text, ("Kabul", "AFG")), text, "Omar Lind")
    assert "Zolix" in (lind.why or "") and lind.sector == "BUS", lind.why


@pytest.mark.slow
def test_union_in_a_name_yields_to_the_names_other_words(code_actors):
    text = "The Islamic Courts Union seized the port of Kismayo. The Transport Workers Union called a strike in Nairobi."
    table = code_actors(text)
    assert _actor(table, text, "Islamic Courts Union").sector == "REL"
    assert _actor(table, text, "Transport Workers Union").sector == "LAB"
