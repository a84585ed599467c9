"""Quotation marks to quoted stretches (no model needed)."""

from __future__ import annotations

from tacitus.quotes.marks import find_quoted_spans


def _texts(text: str) -> list[str]:
    return [text[span.start:span.end] for span in find_quoted_spans(text)]


def test_straight_double_quotes_pair_in_order() -> None:
    text = '"We had," Marlow said, "a good day."'
    assert _texts(text) == ["We had,", "a good day."]


def test_curly_quotes_keep_offsets_into_the_original() -> None:
    text = "Varga said \u201cthe border stays closed\u201d on Monday."
    spans = find_quoted_spans(text)
    assert len(spans) == 1
    assert text[spans[0].open_at] == "\u201c" and text[spans[0].close_at] == "\u201d"
    assert text[spans[0].start:spans[0].end] == "the border stays closed"


def test_quote_running_over_paragraphs_is_one_stretch() -> None:
    text = 'Intro line.\n\n"First part of it.\n\n"Second part.\n\n"Last part."\n\nAfter.'
    spans = find_quoted_spans(text)
    assert len(spans) == 1
    assert spans[0].paragraphs == 3
    assert text[spans[0].start:spans[0].end].endswith("Last part.")


def test_unclosed_quote_without_continuation_stops_at_paragraph_end() -> None:
    text = '"An open quote that never closes\n\nA plain paragraph follows.'
    spans = find_quoted_spans(text)
    assert len(spans) == 1 and spans[0].close_at is None
    assert text[spans[0].start:spans[0].end] == "An open quote that never closes"


def test_single_quotes_are_not_apostrophes() -> None:
    text = "The countries' leaders said 'no deal' and didn't budge; South Korea\u2018s office agreed."
    assert _texts(text) == ["no deal"]


def test_single_quotes_inside_double_quotes_belong_to_the_quote() -> None:
    text = "He said \"they called it 'a farce' today\" in Rome."
    assert _texts(text) == ["they called it 'a farce' today"]


def test_doubled_apostrophes_and_backticks_are_double_quotes() -> None:
    text = "He said ''This isn't reform,'' and ``we know it.''"
    assert _texts(text) == ["This isn't reform,", "we know it."]


def test_wrong_way_curly_mark_still_opens_a_quote() -> None:
    text = "\u201dFear is what I feel.\u201d"
    assert _texts(text) == ["Fear is what I feel."]


def test_a_curly_quotation_nested_in_a_curly_quotation_belongs_to_it() -> None:
    text = "\u201cI would rather live in what he calls \u201chell\u201d than in his world.\u201d \u2015 Ana Ruiz"
    (span,) = find_quoted_spans(text)
    assert text[span.start:span.end] == "I would rather live in what he calls \u201chell\u201d than in his world."
    assert span.close_at == text.index("\u2015") - 2


def test_an_opening_mark_without_two_closings_still_ends_an_unclosed_quotation() -> None:
    text = "\u201cNo closing here \u201cbut a full one\u201d after."
    spans = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["No closing here", "but a full one"]
    assert spans[0].close_at is None


def test_a_straight_mark_after_a_finished_sentence_and_a_space_opens_a_new_quotation() -> None:
    # Paragraphs of one quotation run together in one line: each opens, only the last closes.
    text = 'Osei said: "We lost the match. "The second half was poor." Osei left. "It hurts," he said.'
    spans = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We lost the match.", "The second half was poor.", "It hurts,"]
    assert spans[0].close_at is None


def test_a_straight_closing_mark_after_a_sentence_still_closes() -> None:
    text = '"We lost the match." Osei left. "It hurts," he said.'
    assert _texts(text) == ["We lost the match.", "It hurts,"]


def test_a_mark_after_a_space_inside_an_unfinished_sentence_closes() -> None:
    text = 'He called it "a shameful "and" wrong decision" later.'
    assert _texts(text)[0] == "a shameful "
