"""Finding quoted stretches of text from quotation marks alone (no parse needed).

Works on the original article text, so curly marks can tell opening from closing. Double quotes
are paired in order within a paragraph (a line); a paragraph that ends inside a quotation
continues into the next paragraph when that one opens with a quotation mark (the newswire
convention for quotes running over several paragraphs). Single quotes count only outside double
quotes (inside, they are nested quotes and belong to the quotation; so does a curly double quote
nested in a curly double quote, when both closing marks follow), and only where they cannot be
apostrophes: an opening mark after a space or an opening bracket, before a letter or digit; a
closing mark after a non-space, before a space, punctuation or the end of the line.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuotedSpan", "find_quoted_spans"]

_DOUBLE_OPEN = "\u201c\u201e\u00ab"
_DOUBLE_CLOSE = "\u201d\u00bb"
_DOUBLE_ANY = '"' + _DOUBLE_OPEN + _DOUBLE_CLOSE + "\u201f\u2033"
_SINGLE_OPEN = "\u2018\u201a\u201b"
_SINGLE_CLOSE = "\u2019"
_SINGLE_ANY = "'" + _SINGLE_OPEN + _SINGLE_CLOSE + "\u2032"
# What may stand before an opening mark, and after a closing one.
_BEFORE_OPEN = " \t([{-\u2013\u2014/" + _DOUBLE_ANY
_AFTER_CLOSE = " \t.,;:!?)]}-\u2013\u2014/" + _DOUBLE_ANY


@dataclass(frozen=True)
class QuotedSpan:
    """A stretch between quotation marks.

    ``start``/``end`` delimit the content (without the marks); ``open_at`` is the index of the
    opening mark, ``close_at`` that of the closing mark or None when the quotation was never
    closed. ``paragraphs`` counts the paragraphs the quotation runs over.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    mark: str
    paragraphs: int = 1


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Return the quoted stretches of ``text`` in text order (double and single quotes).

    Doubled apostrophes and backticks (''like this'', ``or this'') count as double quotes.
    """
    spans = [_skip_doubled(text, span) for span in _find(_undouble(text))]
    return spans


def _undouble(text: str) -> str:
    """Make '' and `` one double mark plus a filler (same length, so offsets stay valid)."""
    return text.replace("''", '"\x01').replace("\u2019\u2019", '"\x01').replace("``", '"\x01')


def _skip_doubled(text: str, span: QuotedSpan) -> QuotedSpan:
    """Move the content start past the second character of a doubled opening mark."""
    if span.start < len(text) and text[span.open_at] in "'`\u2019" and text[span.start] == text[span.open_at]:
        return QuotedSpan(span.start + 1, max(span.end, span.start + 1), span.open_at, span.close_at, span.mark, span.paragraphs)
    return span


def _find(text: str) -> list[QuotedSpan]:
    """Scan paragraph by paragraph (see the module docstring)."""
    spans: list[QuotedSpan] = []
    pending: QuotedSpan | None = None  # a double quote left open at the end of a paragraph
    offset = 0
    for line in text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        doubles, open_at = _double_quotes(line, line_start)
        first_mark = len(line) - len(line.lstrip())
        opens_with_quote = line.lstrip()[:1] in _DOUBLE_ANY and line.lstrip()[:1] != ""
        if pending is not None:
            if opens_with_quote and doubles and doubles[0].open_at == line_start + first_mark:
                # The continuation: merge the open quote with this paragraph's first quote.
                head = doubles.pop(0)
                pending = QuotedSpan(pending.start, head.end, pending.open_at, head.close_at, '"', pending.paragraphs + 1)
                spans.append(pending)
                pending = None
            elif opens_with_quote and not doubles and open_at == line_start + first_mark:
                # The whole paragraph is again an open quote: keep running.
                pending = QuotedSpan(pending.start, line_start + len(line.rstrip()), pending.open_at, None, '"', pending.paragraphs + 1)
                open_at = None
            else:
                spans.append(pending)
                pending = None
        spans.extend(doubles)
        if open_at is not None:
            pending = QuotedSpan(open_at + 1, line_start + len(line.rstrip()), open_at, None, '"')
        spans.extend(_single_quotes(line, line_start, doubles, open_at))
    if pending is not None:
        spans.append(pending)
    spans.sort(key=lambda span: span.open_at)
    return spans


def _double_quotes(line: str, line_start: int) -> tuple[list[QuotedSpan], int | None]:
    """Pair the double quotation marks of one paragraph; return the pairs and an unclosed opening."""
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    skip_to = -1
    for index, char in enumerate(line):
        if char not in _DOUBLE_ANY or index <= skip_to:
            continue
        if open_at is not None and char in _DOUBLE_OPEN and index > open_at + 1:
            outer_close = _nested_close(line, index)
            if outer_close is not None:
                # A quotation inside the quotation ('"... what he calls "hell" than ..."'): both
                # closing marks follow, so the outer quotation runs to the second one.
                spans.append(QuotedSpan(line_start + open_at + 1, line_start + outer_close, line_start + open_at,
                                        line_start + outer_close, '"'))
                open_at, skip_to = None, outer_close
                continue
        if open_at is None:
            after = line[index + 1] if index + 1 < len(line) else " "
            before = line[index - 1] if index > 0 else " "
            if char in _DOUBLE_CLOSE and not (before.isspace() and after.isalnum()):
                continue  # a stray closing mark opens a quotation only where an opening one would stand
            open_at = index
        elif index > open_at + 1 and (char in _DOUBLE_OPEN or _reopens(line, open_at, index)):
            # An opening mark inside an open quotation: the previous one was never closed.
            spans.append(QuotedSpan(line_start + open_at + 1, line_start + len(line[:index].rstrip()), line_start + open_at, None, '"'))
            open_at = index
        else:
            spans.append(QuotedSpan(line_start + open_at + 1, line_start + index, line_start + open_at, line_start + index, '"'))
            open_at = None
    return spans, (line_start + open_at if open_at is not None else None)


def _reopens(line: str, open_at: int, index: int) -> bool:
    """Whether the straight mark at ``index``, inside the quotation opened at ``open_at``, opens a
    new quotation rather than closing that one: it stands where only an opening mark stands (a
    space before it, a letter or digit after it) and the quoted sentence before it has ended
    ('said: "I am shocked. "I didn't expect it."': paragraphs of one quotation run together in
    one line, each opened and none but the last closed). A closing mark follows its last word
    without a space."""
    before = line[index - 1]
    after = line[index + 1] if index + 1 < len(line) else " "
    if not (before.isspace() and after.isalnum()):
        return False
    ended = line[open_at + 1:index].rstrip()
    return ended.endswith((".", "!", "?", "\u2026", ".)", "?)", "!)"))


def _nested_close(line: str, inner_open: int) -> int | None:
    """The index of the outer closing mark when the curly opening mark at ``inner_open`` opens a
    quotation nested in an open one: two curly closing marks follow it, with no opening mark or
    straight mark before the second. None otherwise (the outer quotation was never closed)."""
    closes: list[int] = []
    for index in range(inner_open + 1, len(line)):
        char = line[index]
        if char in _DOUBLE_CLOSE:
            closes.append(index)
            if len(closes) == 2:
                return index
        elif char in _DOUBLE_ANY:
            return None
    return None


def _single_quotes(line: str, line_start: int, doubles: list[QuotedSpan], open_double: int | None) -> list[QuotedSpan]:
    """Find single-quoted stretches outside double quotes, skipping apostrophes."""
    inside = [(span.open_at - line_start, (span.close_at or span.end) - line_start) for span in doubles]
    if open_double is not None:
        inside.append((open_double - line_start, len(line)))

    def is_inside(index: int) -> bool:
        return any(low <= index <= high for low, high in inside)

    spans: list[QuotedSpan] = []
    open_at: int | None = None
    for index, char in enumerate(line):
        if char not in _SINGLE_ANY or is_inside(index):
            continue
        before = line[index - 1] if index > 0 else " "
        after = line[index + 1] if index + 1 < len(line) else " "
        if open_at is None:
            if char not in _SINGLE_CLOSE and before in _BEFORE_OPEN and after.isalnum():
                open_at = index
        elif char not in _SINGLE_OPEN and not before.isspace() and after in _AFTER_CLOSE:
            spans.append(QuotedSpan(line_start + open_at + 1, line_start + index, line_start + open_at, line_start + index, "'"))
            open_at = None
    return spans
