"""Rule 4 of actors/resolve.py on hand-built candidates: a role description joins the person with
that very title before the nearer person who only shares the role family."""

from __future__ import annotations

from tacitus.actors.candidates import Candidate
from tacitus.actors.offices import OfficeTable
from tacitus.actors.resolve import Cluster, _link_description

OFFICES = OfficeTable.load()


def _person(name: str, title: str, start: int) -> Cluster:
    member = Candidate(kind="person", source="name", start=start, end=start + 2, name=name, title=title, family="head")
    cluster = Cluster(kind="person", title=title, families={"head"}, names=[name])
    cluster.members.append(member)
    return cluster


def test_the_president_is_the_president_not_the_nearer_party_leader():
    president = _person("Joe Brandt", "President", 1)
    leader = _person("Ana Ruiz", "Leader", 10)
    the_president = Candidate(kind="person", source="description", start=20, end=22, title="President",
                              family="head", definite=True)
    assert _link_description(the_president, [president, leader], OFFICES) is president
    the_leader = Candidate(kind="person", source="description", start=20, end=22, title="Leader",
                           family="head", definite=True)
    assert _link_description(the_leader, [president, leader], OFFICES) is leader
    # Without a person of that very title, the nearest of the family still takes it.
    the_chairman = Candidate(kind="person", source="description", start=20, end=22, title="Chairman",
                             family="head", definite=True)
    assert _link_description(the_chairman, [president, leader], OFFICES) is leader
