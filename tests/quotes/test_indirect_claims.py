"""Indirect quotations after verbs of finding and belief, and around inserted cue phrases."""

from __future__ import annotations

import pytest

from tacitus.model import Article, Quote
from tacitus.nlp import make_doc_text
from tacitus.quotes import QuoteResources, extract_quotes

from quote_fixtures import actor_table, speaker_name

pytestmark = pytest.mark.slow

_ACTORS = (
    ("marlow", "Anna Marlow", ("Anna Marlow", "Marlow"), "person"),
    ("audit", "State Audit Office", ("State Audit Office",), "organization"),
)


def _indirect(nlp, quote_resources: QuoteResources, text: str) -> list[Quote]:
    doc = nlp(make_doc_text(text))
    quotes = extract_quotes(doc, Article(id="a", text=text), actor_table(text, _ACTORS), quote_resources)
    return [q for q in quotes if q.kind == "indirect"]


def test_finding_verb_reports_its_that_clause(nlp, quote_resources) -> None:
    text = "The State Audit Office found that the agency had overspent its budget by a wide margin."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text == "that the agency had overspent its budget by a wide margin"
    assert (quote.cue, speaker_name(quote)) == ("found", "State Audit Office")


def test_belief_verb_reports_its_clause_and_names_the_believer(nlp, quote_resources) -> None:
    text = "Anna Marlow believes the new tariffs will hurt grain farmers next spring."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text.startswith("the new tariffs will hurt")
    assert (quote.cue, speaker_name(quote)) == ("believes", "Anna Marlow")


def test_belief_verb_without_a_clause_reports_nothing(nlp, quote_resources) -> None:
    text = "Anna Marlow believes in lower taxes for small shops and family farms."
    assert _indirect(nlp, quote_resources, text) == []


def test_cue_phrase_inside_the_clause_reports_the_whole_clause(nlp, quote_resources) -> None:
    text = "The new bridge over the river, Marlow said, will open to traffic next spring."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text.startswith("The new bridge") and quote.text.endswith("next spring")
    assert (quote.cue, speaker_name(quote)) == ("said", "Anna Marlow")


def test_time_clause_with_a_cue_reports_nothing(nlp, quote_resources) -> None:
    text = "After Marlow said so, the council voted to delay the budget by a month."
    assert _indirect(nlp, quote_resources, text) == []


def test_statement_noun_reports_its_that_clause_for_its_owner(nlp, quote_resources) -> None:
    text = "Reporters doubted Marlow's claim that the border crossing had been closed for weeks."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text == "that the border crossing had been closed for weeks"
    assert (quote.cue, speaker_name(quote)) == ("claim", "Anna Marlow")


def test_relative_clause_after_a_statement_noun_is_not_reported(nlp, quote_resources) -> None:
    text = "The report that the State Audit Office published on Monday runs to three hundred pages."
    assert _indirect(nlp, quote_resources, text) == []


def test_verb_of_will_reports_its_to_complement_with_its_object(nlp, quote_resources) -> None:
    text = "Anna Marlow urged residents of the valley to stay indoors during the storm."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text == "residents of the valley to stay indoors during the storm"
    assert (quote.cue, speaker_name(quote)) == ("urged", "Anna Marlow")


def test_verb_of_will_reports_its_intention(nlp, quote_resources) -> None:
    text = "Anna Marlow wants to double the number of rural clinics by next year."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text == "to double the number of rural clinics by next year"
    assert speaker_name(quote) == "Anna Marlow"


def test_topic_verb_reports_its_object(nlp, quote_resources) -> None:
    text = "Anna Marlow cited rising crime in the northern districts of the capital."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text == "rising crime in the northern districts of the capital"
    assert (quote.cue, speaker_name(quote)) == ("cited", "Anna Marlow")


def test_naming_verb_reports_object_and_label(nlp, quote_resources) -> None:
    text = "Anna Marlow has called the new tax plan a giveaway to the rich."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text == "the new tax plan a giveaway to the rich"
    assert speaker_name(quote) == "Anna Marlow"


def test_naming_verb_without_a_label_reports_nothing(nlp, quote_resources) -> None:
    text = "Anna Marlow called the regional tax office in the morning."
    assert _indirect(nlp, quote_resources, text) == []


def test_phrasal_cue_reports_the_object_of_its_preposition(nlp, quote_resources) -> None:
    text = "Anna Marlow called for new elections in the northern provinces."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text == "new elections in the northern provinces"
    assert (quote.cue, speaker_name(quote)) == ("called", "Anna Marlow")


def test_other_preposition_after_a_phrasal_verb_reports_nothing(nlp, quote_resources) -> None:
    text = "Anna Marlow called from the airport in the northern provinces."
    assert _indirect(nlp, quote_resources, text) == []


def test_telling_someone_to_act_reports_the_instruction(nlp, quote_resources) -> None:
    text = "Anna Marlow told her advisers to draft a new budget before the summer."
    (quote,) = _indirect(nlp, quote_resources, text)
    assert quote.text == "her advisers to draft a new budget before the summer"
    assert (quote.cue, speaker_name(quote)) == ("told", "Anna Marlow")
