"""Faster scanning of ASCII text with the temporal patterns, with the same matches as ``re.I``.

Python's ``re`` runs case-insensitive patterns about a third slower than case-sensitive ones (every
character comparison folds case). For ASCII text, matching a lowercased copy of the text with a
lowercased, case-sensitive copy of each pattern finds exactly the same spans: lowercasing ASCII
keeps every offset, and the patterns are ASCII. Groups are then read back from the original text,
so the capitalization checks of the rules still see "May" and "may" apart.
"""

from __future__ import annotations

import re
from typing import Mapping

__all__ = ["TextMatch", "case_sensitive_copies", "lowered_for_scan"]

# Group names ("(?P<month>", "(?P=month)") keep their case; everything else is lowercased.
_GROUP_NAME = re.compile(r"(\(\?P[<=][A-Za-z_]\w*[>)]?)")
# Uppercase escapes mean something else lowercased (\S is not \s): such a pattern is not copied.
_UPPER_ESCAPE = re.compile(r"\\[A-Z]")


class TextMatch:
    """A match found in the lowercased text, read back against the original text: the subset of
    ``re.Match`` that the rules use (start, end, group, groupdict)."""

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match[str], text: str) -> None:
        """Wrap a match over ``text.lower()``; ``text`` is the original (same length)."""
        self._match = match
        self._text = text

    def start(self) -> int:
        """Start offset of the whole match."""
        return self._match.start()

    def end(self) -> int:
        """End offset of the whole match."""
        return self._match.end()

    def group(self, key: int | str = 0) -> str | None:
        """The text of a group (or of the whole match) in the original case; None if unmatched."""
        start, end = self._match.span(key)
        return None if start < 0 else self._text[start:end]

    def groupdict(self) -> dict[str, str | None]:
        """Every named group in the original case, like ``re.Match.groupdict``."""
        return {name: self.group(name) for name in self._match.re.groupindex}


def case_sensitive_copies(patterns: Mapping[str, re.Pattern[str]]) -> dict[str, re.Pattern[str]] | None:
    """Lowercased case-sensitive copies of ``re.I`` patterns, or None when one of them cannot be
    copied safely (non-ASCII, or an uppercase escape): the caller then always scans with ``re.I``."""
    copies: dict[str, re.Pattern[str]] = {}
    for name, pattern in patterns.items():
        source = pattern.pattern
        if not source.isascii() or _UPPER_ESCAPE.search(source) or pattern.flags & ~(re.I | re.U):
            return None
        pieces = _GROUP_NAME.split(source)
        # split() with one capturing group alternates plain text (even) and group names (odd).
        copies[name] = re.compile("".join(p if i % 2 else p.lower() for i, p in enumerate(pieces)))
    return copies


def lowered_for_scan(text: str) -> str | None:
    """The lowercased text to scan with the copies, or None when the text is not ASCII (case
    folding outside ASCII can change lengths or match differently: scan the original with re.I)."""
    return text.lower() if text.isascii() else None
