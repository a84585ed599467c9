"""Rule 7 of coreference: an initialism after its long form is the same organization."""

from __future__ import annotations

import pytest

from tacitus.actors import extract_actors
from tacitus.actors.resolve import initials
from tacitus.model import Article, content_id
from tacitus.nlp import make_doc_text


def test_initials_of_names():
    assert "RSF" in initials("Rapid Support Forces")
    assert "ECOWAS" in initials("Economic Community of West African States")
    assert "NLA" in initials("National Liberation Army")
    assert initials("Hamas") == ()


def _actors(nlp, actor_resources, text: str):
    article = Article(id=content_id(text), text=text, published="2025-09-10")
    return extract_actors(nlp(make_doc_text(text)), article, actor_resources)


@pytest.mark.slow
def test_initialism_joins_its_long_form_over_the_knowledge_base(nlp, actor_resources):
    text = ("The army and the paramilitary Rapid Support Forces agreed to a truce on Wednesday. "
            "The RSF said it would respect the deal.")
    table = _actors(nlp, actor_resources, text)
    rsf = table.for_span(text.index("RSF"), text.index("RSF") + 3)
    assert rsf is not None and rsf.name == "Rapid Support Forces"
    assert {m.text for m in rsf.mentions} >= {"Rapid Support Forces", "RSF"}
    assert rsf.sector == "MIL"


@pytest.mark.slow
def test_initialism_without_long_form_keeps_its_own_coding(nlp, actor_resources):
    text = "The RSF said two reporters had been detained in the capital on Monday."
    table = _actors(nlp, actor_resources, text)
    rsf = table.for_span(text.index("RSF"), text.index("RSF") + 3)
    assert rsf is not None and rsf.name != "Rapid Support Forces"
