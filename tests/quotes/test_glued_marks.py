"""A quotation mark glued between punctuation and the next word is a word of its own, so the
quotation's end and its speaker are seen as when the space is there."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorResources, extract_actors
from tacitus.model import Article
from tacitus.nlp import make_doc_text
from tacitus.quotes import QuoteResources, extract_quotes_and_speakers

pytestmark = pytest.mark.slow


def _words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp(make_doc_text(text))]


def test_a_closing_mark_glued_to_the_speaker_is_split(nlp):
    assert _words(nlp, '"The harvest was poor,"Okafor said.') == \
        ['"', "The", "harvest", "was", "poor", ",", '"', "Okafor", "said", "."]


def test_an_opening_mark_glued_after_a_sentence_is_split(nlp):
    words = _words(nlp, 'The port reopened."Trade will recover," the minister said.')
    assert words[:6] == ["The", "port", "reopened", ".", '"', "Trade"]


def test_abbreviations_and_spaced_marks_are_untouched(nlp):
    assert _words(nlp, 'U.S. envoys, e.g. in Oslo, said "no".') == \
        ["U.S.", "envoys", ",", "e.g.", "in", "Oslo", ",", "said", '"', "no", '"', "."]


def test_the_speaker_after_a_glued_mark_is_found(nlp):
    text = '"The harvest was poor this year, and the rains came late,"Okafor said.'
    article = Article(id="g", text=text)
    doc = nlp(make_doc_text(text))
    quotes, made = extract_quotes_and_speakers(doc, article, extract_actors(doc, article, ActorResources.load()),
                                               QuoteResources.load())
    found = {q.text: q.speaker.name if q.speaker else None for q in quotes}
    assert found == {"The harvest was poor this year, and the rains came late": "Okafor"}

