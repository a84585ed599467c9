"""An honorific inside a person entity ("Ms Brankin", "Sir Menzies") is no part of the name: the
later mention joins the person named in full and takes that person's coding. Sentences written
here; the names are invented."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorResources

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(code_actors):
    return code_actors


@pytest.mark.parametrize("honorific, first, pronoun", [("Ms", "Rhona", "she"), ("Mrs", "Moira", "she"),
                                                       ("Mr", "Alan", "he")])
def test_an_honorific_and_surname_join_the_full_name(run, honorific, first, pronoun):
    text = (f"Deputy Health Minister {first} Brankwell pledged to study the research. "
            f"But {honorific} Brankwell told a radio station that {pronoun} did not think the sums were wrong. "
            f"{honorific} Brankwell said the policy would stay.")
    table = run(text)
    people = [a for a in table if "Brankwell" in a.name]
    assert len(people) == 1, [a.name for a in table]
    person = people[0]
    assert person.name == f"{first} Brankwell" and person.sector == "GOV"
    assert sum(1 for m in person.mentions if m.text.endswith("Brankwell")) == 3


def test_honorifics_come_from_the_gender_table_and_leave_peers_and_titles_alone():
    honorifics = ActorResources.load(knowledge=False).honorifics
    assert {"mr", "mrs", "ms", "sir", "dame"} <= honorifics
    assert not {"lord", "lady", "king", "president", "he"} & honorifics


def test_a_peer_is_not_joined_to_someone_else_of_that_surname(run):
    table = run("Activist Owen Robertsby was jailed in 1970. Former minister Lord Robertsby of Conwy "
                "denied the security services were involved.")
    owen = [a for a in table if a.name == "Owen Robertsby"]
    assert owen and all("Lord" not in m.text for m in owen[0].mentions)
