"""PhraseIndex: longest-match lookup of multi-word phrases over a sequence of words.

Phrases are split on spaces (and around hyphens and dots as spaCy tokenizes them, see
``phrase_words``) and indexed by their first word, so that a scan over a document costs one dict
lookup per token plus a comparison for each phrase that starts with that token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, Mapping, Sequence, TypeVar

__all__ = ["PhraseIndex", "phrase_words"]

V = TypeVar("V")

# spaCy keeps "U.S." and "Jong-un" as single tokens but splits "Secretary-General" and possessives;
# phrases are written as people write them, so only the split that spaCy makes everywhere is done.
_POSSESSIVE = re.compile(r"(?<=\w)('s)\b")
_INFIX_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def phrase_words(phrase: str) -> tuple[str, ...]:
    """Return the lowercase words of a phrase as spaCy tokenizes it.

    The possessive is split off and a hyphen between letters is its own token ("Jong-un" is
    "jong", "-", "un"), as spaCy's English tokenizer does.
    """
    text = phrase
    # The regular expressions only matter for the few phrases with an apostrophe or a hyphen;
    # skipping them keeps loading the knowledge base's 36,000 phrases fast.
    if "'" in text:
        text = _POSSESSIVE.sub(r" \1", text)
    if "-" in text:
        text = _INFIX_HYPHEN.sub(" - ", text)
    return tuple(text.lower().split())


@dataclass(frozen=True)
class PhraseIndex(Generic[V]):
    """An immutable index from word sequences to values, queried by longest match."""

    by_first: Mapping[str, tuple[tuple[tuple[str, ...], V], ...]]

    @classmethod
    def build(cls, items: Iterable[tuple[str, V]]) -> "PhraseIndex[V]":
        """Index ``(phrase, value)`` pairs; the first value given for a phrase wins."""
        return cls.from_words((phrase_words(phrase), value) for phrase, value in items)

    @classmethod
    def from_words(cls, items: Iterable[tuple[tuple[str, ...], V]]) -> "PhraseIndex[V]":
        """Index ``(words, value)`` pairs already split by ``phrase_words``; the first value wins."""
        grouped: dict[str, dict[tuple[str, ...], V]] = {}
        for words, value in items:
            if words:
                grouped.setdefault(words[0], {}).setdefault(words, value)
        frozen = {
            first: tuple(sorted(entries.items(), key=lambda item: -len(item[0])))
            for first, entries in grouped.items()
        }
        return cls(frozen)

    def longest_at(
        self,
        words: Sequence[str],
        start: int,
        last_forms: Callable[[int], Iterable[str]] | None = None,
    ) -> tuple[int, V] | None:
        """Return ``(length, value)`` of the longest phrase starting at ``words[start]``.

        ``last_forms(i)`` may give other forms of word ``i`` (a lemma such as "official" for
        "officials") that are accepted for the last word of a phrase.
        """
        candidates = self.by_first.get(words[start])
        if candidates is None and last_forms is not None:
            for form in last_forms(start):
                candidates = self.by_first.get(form)
                if candidates:
                    break
        if not candidates:
            return None
        for phrase, value in candidates:
            end = start + len(phrase)
            if end > len(words):
                continue
            if all(words[start + k] == phrase[k] for k in range(len(phrase) - 1)):
                last = words[end - 1]
                if last == phrase[-1] or (last_forms is not None and phrase[-1] in last_forms(end - 1)):
                    return len(phrase), value
        return None

    def __contains__(self, phrase: object) -> bool:
        """True when ``phrase`` (a string) is indexed."""
        if not isinstance(phrase, str):
            return False
        words = phrase_words(phrase)
        return bool(words) and any(p == words for p, _ in self.by_first.get(words[0], ()))
