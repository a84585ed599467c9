"""Every Quote explains itself (``why``): the rule, the cue, and how the speaker was found."""

from __future__ import annotations

import duckdb
import pytest

from tacitus.db.columns import QUOTES
from tacitus.model import Article, Coded, Quote, content_id
from tacitus.nlp import make_doc_text
from tacitus.quotes import QuoteResources, extract_quotes_and_speakers
from tacitus.store import Store

from quote_fixtures import actor_table

_ACTORS = (
    ("oduya", "Grace Oduya", ("Grace Oduya", "Oduya", "she"), "person"),
    ("board", "Port Board", ("Port Board",), "organization"),
)


def _quotes(nlp, resources: QuoteResources, text: str) -> list[Quote]:
    quotes, _ = extract_quotes_and_speakers(nlp(make_doc_text(text)), Article(id="a1", text=text),
                                            actor_table(text, _ACTORS), resources)
    return quotes


def _one(quotes: list[Quote], words: str) -> Quote:
    (quote,) = [q for q in quotes if words in q.text]
    return quote


@pytest.mark.slow
def test_why_names_the_cue_and_the_speaker_mention(nlp, quote_resources) -> None:
    text = '"The ferry will run again in May," Oduya said on Tuesday.'
    why = _one(_quotes(nlp, quote_resources, text), "ferry").why
    assert "cue 'said'" in why and "'Oduya' -> Grace Oduya (mention)" in why


@pytest.mark.slow
def test_why_says_a_pronoun_speaker_came_from_coreference(nlp, quote_resources) -> None:
    text = 'Grace Oduya spoke to the dockers. "The ferry will run again in May," she said.'
    why = _one(_quotes(nlp, quote_resources, text), "ferry").why
    assert "coreference: 'she' -> Grace Oduya" in why


@pytest.mark.slow
def test_why_says_a_speaker_phrase_became_an_actor(nlp, quote_resources) -> None:
    text = '"The ferry will run again in May," said one harbour pilot.'
    quote = _one(_quotes(nlp, quote_resources, text), "ferry")
    assert quote.speaker is not None and "phrase speaker 'one harbour pilot'" in quote.why


@pytest.mark.slow
def test_why_of_a_continuation_and_of_an_indirect_quote(nlp, quote_resources) -> None:
    text = ('"The ferry will run again in May," Oduya said.\n\n"Nobody will be left behind."\n\n'
            'The Port Board said the harbour would reopen within a month.')
    quotes = _quotes(nlp, quote_resources, text)
    assert _one(quotes, "Nobody").why.startswith("continues the previous quotation's speaker")
    assert _one(quotes, "harbour would reopen").why.startswith("clause reported by a reporting verb")


def test_why_round_trips_through_dict_and_database(tmp_path) -> None:
    text = "Oduya said: the ferry runs."
    article = Article(id=content_id(text), text=text)
    quote = Quote(id="q1", article_id=article.id, text="the ferry runs", kind="direct", cue="said", speaker=None,
                  start=12, end=26, why="reporting verb before the quotation; cue 'said'")
    assert Quote.from_dict(quote.to_dict()) == quote
    assert "why" in QUOTES.names
    path = tmp_path / "t.duckdb"
    with Store(path) as store:
        store.write([Coded(article=article, quotes=(quote,))])
        assert store.coded(article.id).quotes[0].why == quote.why
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT why FROM quotes").fetchone()[0] == quote.why
