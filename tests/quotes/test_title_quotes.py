"""Quotations in headlines (issue 7, item 1), on headlines written for these tests."""

from __future__ import annotations

import pytest

from tacitus.actors.table import ActorTable
from tacitus.errors import TacitusError
from tacitus.model import Actor, Article, Mention, Quote, content_id
from tacitus.nlp import make_doc_text
from tacitus.quotes import QuoteResources, extract_title_quotes

pytestmark = pytest.mark.slow

# Body actors; their mention offsets point into a body the headline never sees.
_ACTORS = (
    Actor(id="okoth", name="Grace Okoth", mentions=(Mention("Grace Okoth", 0, 11), Mention("Okoth", 40, 45)),
          country="KEN", sector="GOV", title="President", kind="person"),
    Actor(id="brandt", name="Paul Brandt", mentions=(Mention("Paul Brandt", 60, 71),),
          country="DEU", sector="GOV", title="Foreign Minister", kind="person"),
    Actor(id="lindqvist", name="Eva Lindqvist", mentions=(Mention("Eva Lindqvist", 80, 93),),
          country="UNO", sector="GOV", title="Secretary-General", kind="person"),
    Actor(id="mora", name="Luis Mora", mentions=(Mention("Luis Mora", 100, 109),),
          country="CHL", sector="GOV", title="President", kind="person"),
    Actor(id="dana-mora", name="Dana Mora", mentions=(Mention("Dana Mora", 120, 129),),
          country="CHL", sector="LEG", title="Senator", kind="person"),
)


def _quotes(nlp, quote_resources: QuoteResources, title: str, actors=_ACTORS) -> list[Quote]:
    article = Article(id="a1", title=title, text="The body of the article.")
    return extract_title_quotes(nlp(make_doc_text(title)), article, ActorTable(actors), quote_resources)


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def test_quote_then_description_and_present_cue(nlp, quote_resources) -> None:
    title = "'We will not give up the fight,' Kenyan president says"
    (quote,) = _quotes(nlp, quote_resources, title)
    assert (quote.text, quote.kind, quote.cue, _speaker(quote)) == ("We will not give up the fight", "direct", "says", "Grace Okoth")
    assert quote.section == "title" and quote.sentence is None
    assert title[quote.start:quote.end] == quote.text
    assert quote.id == content_id("a1", "title", str(quote.start), str(quote.end))


def test_one_word_scare_quote_is_not_a_quotation(nlp, quote_resources) -> None:
    assert _quotes(nlp, quote_resources, "Brandt hails 'constructive' talks with Okoth") == []


def test_short_quote_set_off_by_a_colon_with_a_cue_tagged_as_noun(nlp, quote_resources) -> None:
    (quote,) = _quotes(nlp, quote_resources, '"Deal done": Brandt tweets after Nairobi visit')
    assert (quote.text, quote.kind, quote.cue, _speaker(quote)) == ("Deal done", "direct", "tweets", "Paul Brandt")


def test_name_before_a_colon_is_the_speaker_and_the_colon_the_cue(nlp, quote_resources) -> None:
    (quote,) = _quotes(nlp, quote_resources, "Okoth: 'Our farmers deserve a fair price'")
    assert (quote.text, quote.cue, _speaker(quote)) == ("Our farmers deserve a fair price", ":", "Grace Okoth")


def test_name_after_the_quotation_and_a_colon(nlp, quote_resources) -> None:
    (quote,) = _quotes(nlp, quote_resources, "'The border stays open for trade': Brandt")
    assert (quote.cue, _speaker(quote)) == (":", "Paul Brandt")


def test_inverted_cue_with_curly_quotes_and_a_possessive_description(nlp, quote_resources) -> None:
    (quote,) = _quotes(nlp, quote_resources, "\u2018Never again,\u2019 says Kenya\u2019s president")
    assert (quote.text, quote.cue, _speaker(quote)) == ("Never again", "says", "Grace Okoth")


def test_organization_head_word_names_its_titled_person(nlp, quote_resources) -> None:
    (quote,) = _quotes(nlp, quote_resources, "UN chief says 'the talks must resume now' in Geneva")
    assert _speaker(quote) == "Eva Lindqvist"
    assert quote.cue == "says"


def test_partial_quote_inside_a_clause_is_indirect(nlp, quote_resources) -> None:
    # The vow's whole "to" complement is the reported intention; the partial quote is part of it.
    (quote,) = _quotes(nlp, quote_resources, "Okoth vows to 'never sell the land' of the coast")
    assert (quote.text, quote.kind, _speaker(quote)) == ("to 'never sell the land' of the coast", "indirect", "Grace Okoth")


def test_shared_surname_gives_no_speaker(nlp, quote_resources) -> None:
    # Two actors named Mora: the headline's "Mora" names neither with certainty.
    (quote,) = _quotes(nlp, quote_resources, "'We will rebuild every school,' Mora says")
    assert quote.speaker is None


def test_description_fitting_two_actors_gives_no_speaker(nlp, quote_resources) -> None:
    twin = Actor(id="otieno", name="James Otieno", mentions=(Mention("James Otieno", 200, 212),),
                 country="KEN", sector="GOV", title="President", kind="person")
    (quote,) = _quotes(nlp, quote_resources, "'We will not give up the fight,' Kenyan president says", (*_ACTORS, twin))
    assert quote.speaker is None


def test_surname_unused_in_the_body_still_names_a_unique_person(nlp, quote_resources) -> None:
    (quote,) = _quotes(nlp, quote_resources, "'The vote is a disgrace,' Lindqvist says")
    assert _speaker(quote) == "Eva Lindqvist"


def test_headline_without_quotation_marks_gives_nothing(nlp, quote_resources) -> None:
    assert _quotes(nlp, quote_resources, "Okoth says the talks went well") == []


def test_doc_of_another_text_is_refused(nlp, quote_resources) -> None:
    article = Article(id="a1", title="'Never again,' says Okoth", text="")
    with pytest.raises(TacitusError, match="make_doc_text"):
        extract_title_quotes(nlp("Something else entirely"), article, ActorTable(_ACTORS), quote_resources)


def test_has_quotation_ignores_apostrophes() -> None:
    from tacitus.quotes import has_quotation

    assert has_quotation("'Never again,' says Okoth")
    assert has_quotation("Okoth hails \u201cfair\u201d deal")
    assert not has_quotation("Okoth's party wins the vote")
    assert not has_quotation(None)
