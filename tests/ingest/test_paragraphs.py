"""Paragraph splitting: blank lines, single newlines, hard-wrapped archive text."""

from __future__ import annotations

from tacitus.ingest.paragraphs import split_paragraphs

WRAPPED = (
    "The president of Ardenia met the prime minister of Kesh in the capital on\n"
    "Monday to discuss a trade dispute that has soured relations between the two\n"
    "countries, officials said.\n"
    "  The two leaders agreed to set up a joint commission to settle the dispute\n"
    "within six months.\n"
)


def test_blank_lines_separate_paragraphs() -> None:
    assert split_paragraphs("First one.\n\n\nSecond one.\n") == ["First one.", "Second one."]


def test_single_newlines_separate_paragraphs_when_not_wrapped() -> None:
    raw = (
        "A long first paragraph that ends with a full stop and is much longer than any wrap width would be in an archive.\n"
        "Short second.\n"
        "A third paragraph, which also ends properly."
    )
    assert len(split_paragraphs(raw)) == 3


def test_hard_wrapped_lines_are_joined_into_sentences() -> None:
    paragraphs = split_paragraphs(WRAPPED)
    assert paragraphs[0].startswith("The president of Ardenia met the prime minister of Kesh in the capital on Monday")
    assert paragraphs[0].endswith("officials said.")
    assert paragraphs[1] == "The two leaders agreed to set up a joint commission to settle the dispute within six months."
    assert len(paragraphs) == 2


def test_line_broken_mid_sentence_is_rejoined_in_unwrapped_text() -> None:
    assert split_paragraphs("The minister said the talks\nwould resume next week.") == [
        "The minister said the talks would resume next week."
    ]


def test_windows_line_endings() -> None:
    assert split_paragraphs("One.\r\n\r\nTwo.\r\n") == ["One.", "Two."]
