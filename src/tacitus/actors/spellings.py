"""Spelling keys for names transliterated many ways ("Lashkar-e-Tayyeba", "Lashkar-e-Taiba").

Names from Arabic, Urdu or Malay reach English news in several spellings, and a knowledge base
lists one or two: the vowels, doubled letters, a final "h", apostrophes and hyphens vary, the
consonants do not. ``spelling_key`` keeps what stays: each word's first letter and its consonants.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, TypeVar

__all__ = ["spelling_key", "spelling_index"]

V = TypeVar("V")

_VOWELS = frozenset("aeiouy")
_PARENTHESES = re.compile(r"\([^)]*\)")
_SEPARATORS = re.compile(r"[\s\-]+")
_DOUBLED = re.compile(r"(.)\1+")
# Short articles, links and prepositions of transliterated and European names, spelt many ways
# or left out ("Lashkar-e-Taiba", "Harakat ul-Mujahidin", "al-Qaeda", "of"); "US", "UN" stay.
_PARTICLES = frozenset({"al", "el", "ul", "ud", "ad", "ar", "as", "at", "an", "az", "ash", "of", "de", "da", "di",
                        "du", "la", "le", "wa", "wal", "bin", "ibn"})
# Shortest key (consonants and first letters, without spaces) that identifies a name: shorter
# keys ("al-Qaida" and "Al Qods" alike) have too many namesakes.
_MIN_KEY = 6


def spelling_key(text: str) -> str | None:
    """The spelling key of a name of two words or more ("Jemaah Islamiyah" -> "jm islm"), or None
    when the name is too short to identify by its consonants."""
    words = []
    for word in _SEPARATORS.split(_PARENTHESES.sub(" ", text.lower())):
        word = "".join(ch for ch in word if ch.isalpha())
        if len(word) <= 1 or word in _PARTICLES:
            continue  # articles and links ("al-", "-e-", "ul") vary too
        if len(word) > 3 and word.endswith("h"):
            word = word[:-1]
        word = _DOUBLED.sub(r"\1", word)
        words.append(word[0] + "".join(ch for ch in word[1:] if ch not in _VOWELS))
    if len(words) < 2 or sum(len(w) for w in words) < _MIN_KEY:
        return None
    return " ".join(words)


def spelling_index(items: Iterable[tuple[str, V]]) -> Mapping[str, V]:
    """Values by the spelling key of their phrases; the first value given for a key wins, as the
    first entry listing a phrase wins it in the dictionaries (file order, as PETRARCH)."""
    found: dict[str, V] = {}
    for phrase, value in items:
        key = spelling_key(phrase)
        if key is not None:
            found.setdefault(key, value)
    return found
