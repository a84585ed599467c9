"""A cueless quotation after the sentence that paraphrases its speaker (quotes/leads.py)."""

from __future__ import annotations

import pytest

from tacitus.model import Article, Quote
from tacitus.nlp import make_doc_text
from tacitus.quotes import extract_quotes

from quote_fixtures import actor_table, speaker_name

pytestmark = pytest.mark.slow

_ACTORS = (("kerr", "Tom Kerr", ("Tom Kerr", "Kerr"), "person"),
           ("hart", "Paul Hart", ("Paul Hart", "Hart"), "person"))


def _quotes(nlp, resources, text: str) -> list[Quote]:
    return extract_quotes(nlp(make_doc_text(text)), Article(id="l", text=text), actor_table(text, _ACTORS), resources)


def _one(quotes: list[Quote], words: str) -> Quote:
    (quote,) = [q for q in quotes if words in q.text and q.kind == "direct"]
    return quote


def test_a_quotation_after_a_report_of_speech_is_that_speaker_s(nlp, quote_resources) -> None:
    text = ('The sides meet on Saturday and Kerr says his team can win. "We have to make the game hard for them. '
            '"They are under pressure."')
    quotes = _quotes(nlp, quote_resources, text)
    assert speaker_name(_one(quotes, "make the game hard")) == "Tom Kerr"
    assert _one(quotes, "make the game hard").why.startswith("speaker of the report in the sentence before")
    assert speaker_name(_one(quotes, "under pressure")) == "Tom Kerr"


def test_a_present_belief_leads_the_quotation(nlp, quote_resources) -> None:
    text = 'Kerr believes the new season will be his best. "I feel stronger than ever."'
    assert speaker_name(_one(_quotes(nlp, quote_resources, text), "stronger")) == "Tom Kerr"


def test_a_past_finding_does_not_lead_the_quotation(nlp, quote_resources) -> None:
    text = 'Hart proved that he is a valuable player, with a fine goal. "Hart is my man of the match."'
    assert speaker_name(_one(_quotes(nlp, quote_resources, text), "man of the match")) is None


def test_a_quotation_after_a_sentence_with_no_report_has_no_speaker(nlp, quote_resources) -> None:
    text = 'Kerr scored twice on Saturday. "It was a great day for the club."'
    assert speaker_name(_one(_quotes(nlp, quote_resources, text), "great day")) is None
