"""extract_quotes on short articles written for these tests, one quote shape per test."""

from __future__ import annotations

import pytest

from tacitus.actors.table import ActorTable
from tacitus.errors import InputError
from tacitus.model import Article, Quote, content_id
from tacitus.nlp import make_doc_text
from tacitus.quotes import QuoteResources, extract_quotes

from quote_fixtures import actor_table, speaker_name

pytestmark = pytest.mark.slow

# Each actor: (id, full name, surface forms found in the text, kind).
_ACTORS = (
    ("marlow", "Anna Marlow", ("Anna Marlow", "Marlow"), "person"),
    ("varga", "Ines Varga", ("Ines Varga", "Varga"), "person"),
    ("reyes", "Tom Reyes", ("Tom Reyes",), "person"),
    ("ministry", "Foreign Ministry", ("Foreign Ministry",), "organization"),
)


def _table(text: str) -> ActorTable:
    return actor_table(text, _ACTORS)


def _quotes(nlp, quote_resources: QuoteResources, text: str) -> list[Quote]:
    article = Article(id="art1", text=text)
    doc = nlp(make_doc_text(text))
    return extract_quotes(doc, article, _table(text), quote_resources)


def _direct(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


_speaker = speaker_name


def test_quote_then_cue_and_subject(nlp, quote_resources) -> None:
    text = '"We had a good, productive meeting," Marlow told reporters on Sunday.'
    (quote,) = _direct(_quotes(nlp, quote_resources, text))
    assert quote.text == "We had a good, productive meeting"
    assert (quote.cue, _speaker(quote)) == ("told", "Anna Marlow")
    assert text[quote.start:quote.end] == quote.text
    assert quote.id == content_id("art1", str(quote.start), str(quote.end))
    assert quote.sentence == 0 and quote.article_id == "art1"


def test_colon_statement(nlp, quote_resources) -> None:
    text = 'In a post on Sunday, Varga said: "The talks will resume next week in Geneva."'
    (quote,) = _direct(_quotes(nlp, quote_resources, text))
    assert quote.text.startswith("The talks will resume")
    assert _speaker(quote) == "Ines Varga"


def test_inverted_cue_with_apposition(nlp, quote_resources) -> None:
    text = '"The border stays closed until further notice," said Ines Varga, the interior minister.'
    (quote,) = _direct(_quotes(nlp, quote_resources, text))
    assert (quote.cue, _speaker(quote)) == ("said", "Ines Varga")


def test_split_quote_gives_two_quotes_with_one_speaker(nlp, quote_resources) -> None:
    text = '"We had," Marlow said, "a very good day in the capital."'
    quotes = _direct(_quotes(nlp, quote_resources, text))
    assert [q.text for q in quotes] == ["We had", "a very good day in the capital."]
    assert {_speaker(q) for q in quotes} == {"Anna Marlow"}


def test_quote_over_several_paragraphs_is_one_quote(nlp, quote_resources) -> None:
    text = 'Varga said: "The first part of her long statement is here.\n\n"And the second part of it ends here."'
    (quote,) = _direct(_quotes(nlp, quote_resources, text))
    assert quote.text.startswith("The first part") and quote.text.endswith("ends here.")
    assert _speaker(quote) == "Ines Varga"


def test_quote_paragraph_without_cue_continues_the_speaker(nlp, quote_resources) -> None:
    text = (
        '"We had a good talk today," Marlow told Varga.\n\n'
        '"As the president said, there are many steps along the way and this was one."'
    )
    quotes = _direct(_quotes(nlp, quote_resources, text))
    assert len(quotes) == 2
    assert [_speaker(q) for q in quotes] == ["Anna Marlow", "Anna Marlow"]


def test_scare_quotes_are_not_quotes(nlp, quote_resources) -> None:
    text = 'Marlow held "productive" talks with Varga about "refined options" for trade.'
    assert _direct(_quotes(nlp, quote_resources, text)) == []


def test_short_quote_standing_alone_is_a_quote(nlp, quote_resources) -> None:
    text = '"Never," Varga said.'
    (quote,) = _direct(_quotes(nlp, quote_resources, text))
    assert (quote.text, _speaker(quote)) == ("Never", "Ines Varga")


def test_indirect_quote_is_the_reported_clause(nlp, quote_resources) -> None:
    text = "Marlow said he agreed with Varga on a new date for the summit."
    quotes = _quotes(nlp, quote_resources, text)
    (quote,) = [q for q in quotes if q.kind == "indirect"]
    assert quote.text.startswith("he agreed with Varga")
    assert (quote.cue, _speaker(quote)) == ("said", "Anna Marlow")


def test_participle_cue_takes_the_main_subject(nlp, quote_resources) -> None:
    text = (
        "Varga also praised the meeting, telling Marlow through an interpreter that it was "
        '"a very nice day for both of our countries."'
    )
    # A partial quote inside the reported clause is a mixed quotation: kept, marked indirect.
    (quote,) = [q for q in _quotes(nlp, quote_resources, text) if "very nice day" in q.text]
    assert _speaker(quote) == "Ines Varga"
    assert quote.kind == "indirect"


def test_according_to_a_spokesman_names_the_spokesman(nlp, quote_resources) -> None:
    text = "The two leaders agreed to form a working group, according to Marlow's spokesman Tom Reyes."
    (quote,) = _quotes(nlp, quote_resources, text)
    assert quote.kind == "indirect" and quote.cue is None
    assert quote.text.startswith("The two leaders agreed")
    assert _speaker(quote) == "Tom Reyes"


def test_according_to_a_statement_by_an_organization(nlp, quote_resources) -> None:
    text = "The embassy will reopen in May, according to a statement by the Foreign Ministry."
    (quote,) = _quotes(nlp, quote_resources, text)
    assert _speaker(quote) == "Foreign Ministry"


def test_a_pronoun_speaker_is_what_the_coreference_map_says(nlp, quote_resources) -> None:
    # The quote stage resolves no pronoun itself: "he" is Tom Reyes because the actor stage's map
    # makes it one of his mentions; with a table that lacks the mention, there is no speaker.
    from tacitus.actors import ActorResources, extract_actors

    text = 'Tom Reyes spoke to reporters in the capital.\n\n"This is a busy time for everyone here," he said.'
    article = Article(id="art1", text=text)
    doc = nlp(make_doc_text(text))
    (quote,) = _direct(extract_quotes(doc, article, extract_actors(doc, article, ActorResources.load()), quote_resources))
    assert (quote.cue, _speaker(quote)) == ("said", "Tom Reyes")
    (unlinked,) = _direct(_quotes(nlp, quote_resources, text))
    assert unlinked.speaker is None


def test_curly_single_quotes_and_original_characters(nlp, quote_resources) -> None:
    text = "Marlow said \u2018we will not back down from this fight\u2019 on Sunday."
    (quote,) = _direct(_quotes(nlp, quote_resources, text))
    assert quote.text == "we will not back down from this fight"
    assert _speaker(quote) == "Anna Marlow"
    curly = "\u201cWe will meet again soon,\u201d Varga said."
    (quote,) = _direct(_quotes(nlp, quote_resources, curly))
    assert quote.text == "We will meet again soon" and curly[quote.start - 1] == "\u201c"


def test_quote_without_any_speaker_has_none(nlp, quote_resources) -> None:
    text = "The hall was quiet.\n\n\"Nobody knows what comes next in this long process.\""
    (quote,) = _direct(_quotes(nlp, quote_resources, text))
    assert quote.speaker is None and quote.cue is None


def test_doc_must_match_the_article(nlp, quote_resources) -> None:
    article = Article(id="a", text='"We met," Marlow said.')
    with pytest.raises(InputError, match="make_doc_text"):
        extract_quotes(nlp("something else entirely"), article, _table(article.text), quote_resources)
