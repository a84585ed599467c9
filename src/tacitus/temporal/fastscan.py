"""Faster scanning of ASCII text with the temporal patterns, with the same matches as ``re.I``.

Python's ``re`` runs case-insensitive patterns about a third slower than case-sensitive ones (every
character comparison folds case). For ASCII text, matching a lowercased copy of the text with a
lowercased, case-sensitive copy of each pattern finds exactly the same spans: lowercasing ASCII
keeps every offset, and the patterns are ASCII. Groups are then read back from the original text,
so the capitalization checks of the rules still see "May" and "may" apart.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Mapping

__all__ = ["TextMatch", "case_sensitive_copies", "lowered_for_scan", "required_words", "worth_scanning",
           "candidates"]

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


# Rules whose every match contains one of these lowercase literals (read off the patterns in
# rules.py: keep in step with them). A text without any of them is not scanned with that rule:
# most articles name no quarter, half, weekend or decade. tests/test_speed_temporal.py checks the
# result is unchanged.
_FIXED_WORDS: dict[str, tuple[str, ...]] = {
    "quarter": ("quarter",),
    "the_quarter": ("quarter", "period"),
    "half": ("half",),
    "weekend": ("weekend",),
    "week_of": ("week",),
    "year_ago": ("year",),
    "decade": ("0s", "0's"),
    "relunit": ("week", "month", "year", "quarter", "decade", "century"),
}


def required_words(seasons: Iterable[str], holidays: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Rule name -> literals one of which every match of the rule contains (season rules need a
    season word, the holiday rule the first word of a holiday name)."""
    season_words = tuple(sorted({s.lower() for s in seasons}))
    required = dict(_FIXED_WORDS)
    for rule in ("relseason", "season_year", "bare_season"):
        required[rule] = season_words
    required["holiday"] = tuple(sorted({h.lower().split()[0] for h in holidays}))
    return required


def worth_scanning(words: tuple[str, ...] | None, lowered: str | None) -> bool:
    """False only when the lowercased text contains none of a rule's required words."""
    return words is None or lowered is None or any(word in lowered for word in words)


def candidates(text: str, patterns: Mapping[str, re.Pattern[str]],
               lower_patterns: Mapping[str, re.Pattern[str]] | None,
               required: Mapping[str, tuple[str, ...]]) -> Iterator[tuple[str, re.Match[str] | TextMatch]]:
    """Every (rule name, match) of ``patterns`` (``re.I``) over ``text``, in rule order: through the
    lowercased copies (and skipping rules whose required words are absent) when the text is ASCII."""
    lowered = lowered_for_scan(text) if lower_patterns is not None else None
    if lowered is None or lower_patterns is None:
        for name, pattern in patterns.items():
            for match in pattern.finditer(text):
                yield name, match
        return
    for name, pattern in lower_patterns.items():
        if worth_scanning(required.get(name), lowered):
            for match in pattern.finditer(lowered):
                yield name, TextMatch(match, text)
