"""Split raw article text into paragraphs, joining hard-wrapped lines back into sentences.

Paragraphs may be separated by blank lines or by single newlines; archives often also wrap every
paragraph at a fixed width (70-80 columns). A document is treated as hard-wrapped when most line
breaks inside its blocks are "greedy" breaks: the first word of the next line would not have fit
on the line, which is exactly what a fixed-width wrapper produces. In a wrapped document a break
where the next word would have fit, or an indented line, ends a paragraph.
"""

from __future__ import annotations

import re

__all__ = ["split_paragraphs", "is_wrapped"]

# A paragraph end: terminal punctuation, possibly followed by closing quotes or brackets.
_TERMINAL = re.compile(r"[.!?:;…][\"'”’»)\]]*$|[\"”’»]$")
# The widest line a hard-wrapped archive uses; wider lines are whole paragraphs.
_MAX_WRAP_WIDTH = 120
# The narrowest: below it, short lines are a list or a poem, not a wrapper (and treating a column
# of 100,000 "No." lines as one wrapped paragraph was a quadratic-time trap the fuzzer found).
_MIN_WRAP_WIDTH = 30
# Whitespace runs inside a paragraph are cut to this length. Real news has runs of a few spaces
# (4 at most in our corpora); a run of 200,000 made the caption and dateline patterns ("... \s*\[")
# backtrack quadratically: 10 s for 20,000 spaces, hours for a megabyte.
_MAX_SPACE_RUN = 64
_LONG_SPACE_RUN = re.compile(r"\s{%d,}" % (_MAX_SPACE_RUN + 1))
# Slack for wrappers that count a trailing space or break at width - 1.
_SLACK = 2


def _blocks(raw: str) -> list[list[str]]:
    """Return the blank-line separated blocks of ``raw``, each a list of right-stripped lines."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _first_word(line: str) -> str:
    """Return the first whitespace-separated word of ``line``."""
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def _greedy_break(line: str, following: str, width: int) -> bool:
    """Return True when the first word of ``following`` would not have fit on ``line``."""
    return len(line.strip()) + 1 + len(_first_word(following)) > width - _SLACK


def is_wrapped(blocks: list[list[str]]) -> tuple[bool, int]:
    """Decide whether the document is hard-wrapped; return (wrapped, wrap width)."""
    pairs = [(block[i], block[i + 1]) for block in blocks for i in range(len(block) - 1)]
    if len(pairs) < 2:
        return False, 0
    width = max(len(line.strip()) for line, _ in pairs)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False, 0
    greedy = sum(1 for line, following in pairs if _greedy_break(line, following, width))
    return greedy / len(pairs) >= 0.6, width


def _join(pieces: list[str]) -> str:
    """Join the stripped lines of one paragraph with spaces; a line ending in a hyphen after a
    letter joins the next lower-case line without a space. Linear in the paragraph length
    (joining pairwise would copy the growing paragraph once per line)."""
    out = [pieces[0]]
    for left, right in zip(pieces, pieces[1:]):
        glued = re.search(r"[A-Za-z]-$", left) and right[:1].islower()
        out.append(right if glued else " " + right)
    return "".join(out)


def _unwrap_block(block: list[str], width: int) -> list[str]:
    """Join the lines of a block of a hard-wrapped document into paragraphs."""
    paragraphs: list[str] = []
    current = [block[0].strip()]
    for previous, line in zip(block, block[1:]):
        indented = line[:1] in (" ", "\t") and previous[:1] not in (" ", "\t")
        if indented or not _greedy_break(previous, line, width):
            paragraphs.append(_join(current))
            current = [line.strip()]
        else:
            current.append(line.strip())
    paragraphs.append(_join(current))
    return paragraphs


def _split_block(block: list[str]) -> list[str]:
    """Treat each line of a block as a paragraph, rejoining lines broken mid-sentence."""
    paragraphs: list[str] = []
    current = [block[0].strip()]
    for line in block[1:]:
        stripped = line.strip()
        # The paragraph so far ends where its last line ends: test only that line.
        if not _TERMINAL.search(current[-1]) and stripped[:1].islower():
            current.append(stripped)
        else:
            paragraphs.append(_join(current))
            current = [stripped]
    paragraphs.append(_join(current))
    return paragraphs


def split_paragraphs(raw: str) -> list[str]:
    """Return the paragraphs of ``raw`` (stripped, non-empty), hard wraps joined with a space."""
    blocks = _blocks(raw)
    wrapped, width = is_wrapped(blocks)
    paragraphs: list[str] = []
    for block in blocks:
        paragraphs.extend(_unwrap_block(block, width) if wrapped else _split_block(block))
    return [_LONG_SPACE_RUN.sub(_shorten_run, p) for p in paragraphs if p]


def _shorten_run(match: re.Match[str]) -> str:
    """Return the first ``_MAX_SPACE_RUN`` characters of a whitespace run."""
    return match.group(0)[:_MAX_SPACE_RUN]
