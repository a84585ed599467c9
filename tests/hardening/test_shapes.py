"""Degenerate shapes: one piece (a bracket, a dateline, a caption label, a blank line ...) repeated
into a long text, through structure detection. Small random inputs (Hypothesis) do not reach the
quadratic-time traps this found (whitespace runs, unclosed '[[' and '{{', thousands of
'Published' lines); every shape must end as an Article or a TacitusError."""

from __future__ import annotations

import pytest

from tacitus.errors import TacitusError
from tacitus.ingest import parse_text_article
from tacitus.limits import Limits

PIECES = [
    "\n", "\n\n", " ", "\t", ".", ",", "\"", "“", "'", "-", "—", "(Reuters) -", "SEOUL, Oct 7 (AP) -", "By Jane Roe",
    "Photo: A/B", "[File: X/Y]", "Source: Wire", "{articleGUID}", "Published 7 October 2018", "A/", "(a", "[a",
    "a]", "Photo ", "File: ", "AB ", "Oct 7, ", "a-\n", "X - Y", "Aa Bb - ", "(AP Photo/", "[", "(", "{", "[[", "{{",
    ": ", "KUALA LUMPUR, ", "\u2028", "\u2029", "\ufeff", "A.\nb ", "Photograph: ", "- AFP", "Read more", "Advertisement",
]
SEPARATORS = ["", " ", "\n", "\n\n"]
# Shapes run with the paragraph and character budgets off, so the structure pass itself is tested.
NO_BUDGET = Limits(max_chars=0, max_paragraphs=0)


@pytest.mark.parametrize("separator", SEPARATORS, ids=["none", "space", "newline", "blank"])
def test_repeated_pieces_end_as_article_or_tacitus_error(separator: str) -> None:
    outcomes = {"article": 0, "error": 0}
    for piece in PIECES:
        unit = piece + separator
        text = "Ardenia met Kesh on Monday. " + unit * (60_000 // len(unit)) + " Kesh replied."
        try:
            article = parse_text_article(text, origin="shape", limits=NO_BUDGET)
        except TacitusError:
            outcomes["error"] += 1
            continue
        assert article.text and len(article.text) <= 2 * len(text)  # paragraphs rejoin with a blank line
        outcomes["article"] += 1
    assert outcomes["article"] + outcomes["error"] == len(PIECES)
    assert outcomes["article"] > 0
