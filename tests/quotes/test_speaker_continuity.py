"""Speakers the actor stage listed twice or left to a description (issue 15 part 5), on sentences
written for these tests: a surname naming a full name and a stray listing of the same name; a
"he said" right after a named speaker's quotation."""

from __future__ import annotations

import pytest

from tacitus.actors.table import ActorTable
from tacitus.model import Actor, Article, Mention, Quote
from tacitus.nlp import make_doc_text
from tacitus.quotes import QuoteResources, extract_quotes

from quote_fixtures import actor_table, speaker_name

pytestmark = pytest.mark.slow


def _quotes(nlp, resources: QuoteResources, text: str, table: ActorTable) -> list[Quote]:
    return extract_quotes(nlp(make_doc_text(text)), Article(id="a1", text=text), table, resources)


def _one(quotes: list[Quote], words: str) -> Quote:
    (quote,) = [q for q in quotes if words in q.text]
    return quote


def _mention(text: str, words: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Mention(words, start, start + len(words))


_SPLIT = ('Paul Renaud, a former labour minister, left the race on Monday.\n\n'
          '"Nobody pushed me out," Renaud said.\n\n'
          '"I leave so that the left can win," he said.\n\n'
          "Delegates of Renaud's movement backed the deal.")


def _split_table(text: str) -> ActorTable:
    """The actor stage's mistakes, by hand: the full name, a stray "Renaud" from the possessive,
    and the apposition with the pronoun as an actor of its own; "Renaud said" has no mention."""
    return ActorTable([
        Actor(id="full", name="Paul Renaud", mentions=(_mention(text, "Paul Renaud"),), kind="organization"),
        Actor(id="stray", name="Renaud", mentions=(_mention(text, "Renaud", 2),), kind="organization"),
        Actor(id="desc", name="former labour minister", kind="person",
              mentions=(_mention(text, "a former labour minister"), _mention(text, "he"))),
    ])


def test_a_surname_names_the_full_name_a_stray_listing_repeats(nlp, quote_resources) -> None:
    quote = _one(_quotes(nlp, quote_resources, _SPLIT, _split_table(_SPLIT)), "Nobody pushed")
    assert speaker_name(quote) == "Paul Renaud"
    assert "(by name)" in quote.why


def test_two_different_full_names_leave_a_surname_ambiguous(nlp, quote_resources) -> None:
    text = ('Ana Costa met Rui Costa on Friday.\n\n"The bridge will be finished," Costa said.')
    table = actor_table(text, (("ana", "Ana Costa", ("Ana Costa",), "person"),
                               ("rui", "Rui Costa", ("Rui Costa",), "person")))
    assert speaker_name(_one(_quotes(nlp, quote_resources, text, table), "bridge")) is None


def test_he_after_a_named_speaker_is_that_speaker_not_a_description_actor(nlp, quote_resources) -> None:
    quote = _one(_quotes(nlp, quote_resources, _SPLIT, _split_table(_SPLIT)), "I leave")
    assert speaker_name(quote) == "Paul Renaud"
    assert "the speaker of the quotation before" in quote.why


def test_he_linked_to_a_named_person_keeps_the_coreference_reading(nlp, quote_resources) -> None:
    text = ('Omar Haddad met Lena Brandt on Monday.\n\n'
            '"The talks went well," Brandt said.\n\n'
            '"We agreed on nothing," he said.')
    table = actor_table(text, (("haddad", "Omar Haddad", ("Omar Haddad", "he"), "person"),
                               ("brandt", "Lena Brandt", ("Lena Brandt", "Brandt"), "person")))
    assert speaker_name(_one(_quotes(nlp, quote_resources, text, table), "agreed on nothing")) == "Omar Haddad"


def test_he_after_someone_else_is_named_in_between_is_not_continued(nlp, quote_resources) -> None:
    text = ('"The talks went well," Brandt said.\n\n'
            '"We agreed on nothing," the envoy, who met Tomas Weber, said.\n\n'
            '"It was a long day," he said.')
    table = actor_table(text, (("brandt", "Lena Brandt", ("Brandt",), "person"),
                               ("weber", "Tomas Weber", ("Tomas Weber",), "person")))
    assert speaker_name(_one(_quotes(nlp, quote_resources, text, table), "long day")) != "Lena Brandt"


_RELATIVE = (("vane", "Idris Vane", ("Idris Vane", "Vane"), "person"),
             ("quell", "Mara Quell", ("Mara Quell",), "person"),
             ("board", "Harbour Board", ("The Harbour Board",), "organization"))


def test_who_in_a_relative_clause_is_its_antecedent(nlp, quote_resources) -> None:
    text = 'Guests included Mara Quell and the poet Idris Vane, who joked of the hall, "I have not seen it yet."'
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _RELATIVE)), "not seen it")
    assert speaker_name(quote) == "Idris Vane"
    assert "antecedent of 'who'" in quote.why


def test_which_after_an_actor_is_that_actor(nlp, quote_resources) -> None:
    text = "The Harbour Board, which said last month that the pier was unsafe, closed it on Friday."
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _RELATIVE)), "pier was unsafe")
    assert speaker_name(quote) == "Harbour Board"


def test_that_after_a_thing_makes_no_speaker(nlp, quote_resources) -> None:
    text = 'Vane kept a note on a napkin that said: "Books first, sales later, always."'
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _RELATIVE)), "Books first")
    assert speaker_name(quote) != "napkin"


def test_asking_not_to_be_named_is_no_cue(nlp, quote_resources) -> None:
    text = ('"Sales will recover in spring," said Idris Vane.\n\n'
            '"Profits of that size are comfortable," one trader, who asked not to be named, added.')
    quotes = _quotes(nlp, quote_resources, text, actor_table(text, _RELATIVE))
    assert not any(q.cue == "asked" for q in quotes)
    assert _one(quotes, "Profits").cue == "added"


def test_a_quotation_ending_its_sentence_takes_no_cue_from_the_next(nlp, quote_resources) -> None:
    text = ('"Sales will recover in spring," said Idris Vane. "Profits of that size are comfortable." '
            'However, one trader, who asked not to be named, told reporters the outlook was poor.')
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _RELATIVE)), "Profits")
    assert speaker_name(quote) == "Idris Vane" and quote.cue != "told"


def test_the_holder_of_a_message_before_a_colon_speaks_the_quotation(nlp, quote_resources) -> None:
    text = 'Idris Vane is taking a blunt message to the voters: "The harbour is yours, not theirs."'
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _RELATIVE)), "harbour is yours")
    assert speaker_name(quote) == "Idris Vane"
    assert quote.why.startswith("holder of a statement noun before a colon")


def test_a_clause_before_a_colon_without_a_statement_noun_names_no_speaker(nlp, quote_resources) -> None:
    text = 'Idris Vane found three problems: "delays, costs and the weather in the bay."'
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _RELATIVE)), "delays")
    assert speaker_name(quote) is None


_PAIR = (("vane", "Idris Vane", ("Idris Vane", "Vane"), "person"),
         ("mori", "Tomas Mori", ("Tomas Mori", "Mori"), "person"))


def test_a_named_reporter_of_his_own_clause_after_a_finished_quotation_is_not_its_speaker(nlp, quote_resources) -> None:
    text = ('"The ferry will run again," said Idris Vane. "It is a good day for the island." '
            'Tomas Mori said he would keep working on the timetable.')
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _PAIR)), "good day")
    assert speaker_name(quote) == "Idris Vane"


def test_a_modal_cue_after_a_finished_quotation_is_not_its_cue(nlp, quote_resources) -> None:
    text = ('"The ferry will run again," said Idris Vane. "The harbour needs a new pier." '
            'Tomas Mori will announce the budget on Monday.')
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _PAIR)), "new pier")
    assert speaker_name(quote) == "Idris Vane"


def test_a_cue_whose_clause_is_the_next_quotation_still_attributes_the_first(nlp, quote_resources) -> None:
    text = '"The ferry will run again." said Idris Vane, the harbour master, "It is a good day for the island."'
    quote = _one(_quotes(nlp, quote_resources, text, actor_table(text, _PAIR)), "ferry will run")
    assert speaker_name(quote) == "Idris Vane" and quote.cue == "said"


def test_a_cue_before_a_colon_after_a_finished_quotation_opens_the_next_one(nlp, quote_resources) -> None:
    text = ('Idris Vane said: "The ferry will run again. "It is a good day for the island." '
            'Tomas Mori, who runs the harbour, said: "We are ready."')
    quotes = _quotes(nlp, quote_resources, text, actor_table(text, _PAIR))
    assert speaker_name(_one(quotes, "good day")) == "Idris Vane"
    assert speaker_name(_one(quotes, "We are ready")) == "Tomas Mori"
