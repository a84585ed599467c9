"""`nlp.add_pipe("tacitus")`: a spaCy pipeline gets Tacitus's events, actors and quotes on Doc._."""

from __future__ import annotations

import tomllib

import pytest
import spacy

import tacitus.spacy_component  # noqa: F401 - registers the factory
from conftest import REPO
from tacitus.model import Actor, Coded, Event, Quote

TEXT = ('Chilean Foreign Minister Ana Rojas met Peruvian President Luis Vargas in Lima on Sunday. '
        '"We agreed to reopen the border," Rojas said.')


def test_the_factory_is_declared_as_a_spacy_entry_point():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["spacy_factories"]["tacitus"] == "tacitus.spacy_component:make_tacitus"


@pytest.mark.slow
def test_add_pipe_puts_records_on_the_doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("tacitus", config={"published": "2024-03-05", "source": "Test Wire"})
    doc = nlp(TEXT)
    assert isinstance(doc._.tacitus, Coded) and doc._.tacitus.article.published == "2024-03-05"
    assert all(isinstance(e, Event) for e in doc._.events) and doc._.events
    assert all(isinstance(a, Actor) for a in doc._.actors) and doc._.actors
    assert all(isinstance(q, Quote) for q in doc._.quotes) and doc._.quotes
    meeting = next(e for e in doc._.events if e.event_type == "CONSULT")
    assert doc.char_span(meeting.trigger_start, meeting.trigger_end).text == "met"  # offsets into doc.text
    assert meeting.date == "2024-03-03"  # "on Sunday", resolved against the publication date
    assert {meeting.source.country, meeting.target.country} == {"CHL", "PER"}
    assert doc._.quotes[0].speaker and "Rojas" in doc._.quotes[0].speaker.name
    # A per-document date wins over the component's default; pipe() keeps the order.
    other = nlp.make_doc(TEXT)
    other.user_data["published"] = "2024-04-02"
    first, second = list(nlp.pipe([TEXT, other]))
    assert first._.tacitus.article.published == "2024-03-05" and second._.tacitus.article.published == "2024-04-02"
