"""The harder quote shapes (issue 7, items 1 and 3), on sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus.actors.table import ActorTable
from tacitus.model import Article, Quote
from tacitus.nlp import make_doc_text
from tacitus.quotes import QuoteResources, extract_quotes

from quote_fixtures import actor_table, speaker_name

pytestmark = pytest.mark.slow

# (id, name, surface forms that get a mention, kind). "Tom Reyes" is only linked in full, so a
# bare "Reyes" has no mention of its own, as when the actor stage misses a surname.
_ACTORS = (
    ("marlow", "Anna Marlow", ("Anna Marlow", "Marlow"), "person"),
    ("varga", "Ines Varga", ("Ines Varga", "Varga"), "person"),
    ("reyes", "Tom Reyes", ("Tom Reyes",), "person"),
    ("union", "Harbour Workers Union", ("Harbour Workers Union",), "organization"),
)


def _table(text: str) -> ActorTable:
    return actor_table(text, _ACTORS)


def _quotes(nlp, quote_resources: QuoteResources, text: str) -> list[Quote]:
    return extract_quotes(nlp(make_doc_text(text)), Article(id="a1", text=text), _table(text), quote_resources)


def _one(quotes: list[Quote], words: str) -> Quote:
    (quote,) = [q for q in quotes if words in q.text]
    return quote


_speaker = speaker_name


def test_quote_opening_a_new_sentence_inside_its_paragraph_is_direct(nlp, quote_resources) -> None:
    text = 'The council votes on Monday. "We will win this vote easily," Marlow said.'
    quote = _one(_quotes(nlp, quote_resources, text), "We will win")
    assert (quote.kind, _speaker(quote)) == ("direct", "Anna Marlow")


def test_quote_finishing_a_that_clause_is_a_mixed_indirect_quote(nlp, quote_resources) -> None:
    text = 'Marlow wrote on Friday that, "the harbour plan has failed every family in this town."'
    quotes = _quotes(nlp, quote_resources, text)
    assert [q for q in quotes if q.kind == "direct"] == []
    quote = _one(quotes, "harbour plan")
    assert (quote.kind, _speaker(quote)) == ("indirect", "Anna Marlow")


def test_byline_after_a_dash_names_the_speaker(nlp, quote_resources) -> None:
    text = 'Readers wrote in.\n\n"Our town deserves far better than this plan." \u2015 Anna Marlow\n'
    quote = _one(_quotes(nlp, quote_resources, text), "deserves")
    assert (quote.kind, _speaker(quote)) == ("direct", "Anna Marlow")


def test_byline_of_an_unknown_author_does_not_continue_the_previous_speaker(nlp, quote_resources) -> None:
    text = (
        '"Our town deserves far better than this plan." \u2015 Anna Marlow\n\n'
        '"The bridge has to be rebuilt before the winter." \u2015 Petra Lindqvist\n'
    )
    quote = _one(_quotes(nlp, quote_resources, text), "bridge")
    assert quote.speaker is None


def test_paragraph_ending_in_a_colon_introduces_the_next_quote(nlp, quote_resources) -> None:
    text = 'Varga spoke for an hour. Varga continued:\n\n"We will not stop until the job is done."'
    quote = _one(_quotes(nlp, quote_resources, text), "job is done")
    assert _speaker(quote) == "Ines Varga"


def test_verbless_lead_before_a_colon_names_the_speaker(nlp, quote_resources) -> None:
    text = 'A warning from Ines Varga: "Do not cross that line again, ever."'
    quote = _one(_quotes(nlp, quote_resources, text), "cross that line")
    assert _speaker(quote) == "Ines Varga"


def test_sentence_ending_in_a_colon_does_not_hand_over_its_subject(nlp, quote_resources) -> None:
    text = 'The harbour report by Marlow listed three problems: "cost, delay and silence."'
    quotes = _quotes(nlp, quote_resources, text)
    assert all(_speaker(q) != "Anna Marlow" or q.cue is not None for q in quotes)


def test_surname_without_a_mention_resolves_to_the_one_actor_named(nlp, quote_resources) -> None:
    text = 'Tom Reyes met the mayor. "Nobody wants a closed harbour," Reyes said.'
    quote = _one(_quotes(nlp, quote_resources, text), "closed harbour")
    assert _speaker(quote) == "Tom Reyes"


def test_description_resolves_to_the_one_organization_it_names(nlp, quote_resources) -> None:
    text = 'The Harbour Workers Union met on Monday. "We stand with every family here," the union wrote.'
    quote = _one(_quotes(nlp, quote_resources, text), "stand with")
    assert _speaker(quote) == "Harbour Workers Union"


def test_participle_cue_under_a_preposition_takes_the_clause_subject(nlp, quote_resources) -> None:
    text = '"Keep calm," Varga told Marlow before asking her, "Where do we go from here?"'
    quote = _one(_quotes(nlp, quote_resources, text), "Where do we go")
    assert _speaker(quote) == "Ines Varga"


def test_participle_cue_right_after_a_name_takes_that_name(nlp, quote_resources) -> None:
    text = 'The clip ends with footage of Anna Marlow saying during the rally, "We will rebuild the bridge."'
    quote = _one(_quotes(nlp, quote_resources, text), "rebuild the bridge")
    assert _speaker(quote) == "Anna Marlow"


def test_title_after_a_quotation_paragraph_is_not_a_quotation(nlp, quote_resources) -> None:
    text = '"We had a long talk about the harbour," Marlow said.\n\n"Fields Of Gold."\n'
    quotes = _quotes(nlp, quote_resources, text)
    assert [q.text for q in quotes if "Fields" in q.text] == []
