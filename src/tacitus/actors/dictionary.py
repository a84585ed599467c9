"""ActorDictionary: dictionary entries indexed for the actors stage.

Two instances live in ActorResources: the user's dictionaries (``--dictionaries``), whose entries
win over inference for the phrases they match, and the built-in Phoenix knowledge base, which
only fills in what inference left open (a person's country, a group's code).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from ..dictionaries import DictEntry, split_code
from .phrases import PhraseIndex, phrase_words
from .spellings import spelling_index, spelling_key

__all__ = ["ActorDictionary", "DictCode"]

# Shortest surname whose knowledge-base country outlasts the office it was listed for.
_OUTLASTING_SURNAME_LENGTH = 6


@dataclass(frozen=True)
class DictCode:
    """What a dictionary says about a phrase on a date: the entry and its code split up."""

    entry: DictEntry
    code: str
    country: str | None
    sector: str | None


def _short_capitals(phrase: str) -> bool:
    """Short all-capital phrases ("UN", "ENT") must match text in capitals only."""
    letters = phrase.replace(".", "").replace(" ", "")
    return len(letters) <= 3


# Shortest surname the misspelling rule accepts: shorter names have too many one-letter neighbours.
_NEAR_MIN = 7


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one inserted, deleted or replaced letter."""
    if a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) != 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@dataclass(frozen=True)
class ActorDictionary:
    """Entries by phrase (longest match) and person entries by surname."""

    entries: tuple[DictEntry, ...]
    index: PhraseIndex[DictEntry]
    surnames: Mapping[str, tuple[DictEntry, ...]]
    capitals_only: frozenset[tuple[str, ...]]
    # Surnames long enough for near_surname, by (first letter, length): a misspelling is looked up
    # among a few dozen names, not all of them (built from ``surnames``; not a constructor argument).
    near_index: Mapping[tuple[str, int], tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Group the long surnames by first letter and length."""
        near: dict[tuple[str, int], list[str]] = {}
        for name in self.surnames:
            if len(name) >= _NEAR_MIN:
                near.setdefault((name[:1], len(name)), []).append(name)
        object.__setattr__(self, "near_index", {key: tuple(names) for key, names in near.items()})

    @classmethod
    def build(cls, entries: Iterable[DictEntry]) -> "ActorDictionary":
        """Index entries; the first entry listing a phrase wins it (file order, as PETRARCH)."""
        entries = tuple(entries)
        # Split every phrase once: the index, the capitals guard and the surnames share the words.
        pairs = [(phrase_words(phrase), phrase, entry) for entry in entries for phrase in entry.phrases]
        surnames: dict[str, list[DictEntry]] = {}
        for words, phrase, entry in pairs:
            if entry.person and phrase is entry.phrases[0]:
                if len(words) >= 2 and words[-1].isalpha() and len(words[-1]) > 2:
                    surnames.setdefault(words[-1], []).append(entry)
        capitals_only = frozenset(words for words, phrase, _ in pairs if _short_capitals(phrase))
        index = PhraseIndex.from_words((words, entry) for words, _, entry in pairs)
        return cls(entries, index, {k: tuple(v) for k, v in surnames.items()}, capitals_only)

    @classmethod
    def empty(cls) -> "ActorDictionary":
        """A dictionary with no entries."""
        return cls.build(())

    def __len__(self) -> int:
        """Number of entries."""
        return len(self.entries)

    def code(self, entry: DictEntry, date: str | None) -> DictCode | None:
        """The code of ``entry`` on ``date``, or None when no code applies then."""
        code = entry.code_at(date)
        if not code:
            return None
        country, sector = split_code(code)
        return DictCode(entry, code.strip().upper(), country, sector)

    def match_at(self, words: Sequence[str], texts: Sequence[str], start: int) -> tuple[int, DictEntry] | None:
        """Longest entry phrase starting at token ``start`` (``words`` lowercase, ``texts`` as written).

        Short phrases in capitals ("UN") only match text in capitals.
        """
        if not self.entries:
            return None
        found = self.index.longest_at(words, start)
        if found is None:
            return None
        n, entry = found
        if tuple(words[start:start + n]) in self.capitals_only:
            if not all(t.replace(".", "").isupper() for t in texts[start:start + n] if t.isalpha()):
                return None
        return found

    def lookup(self, text: str) -> DictEntry | None:
        """The entry with exactly this phrase, or None."""
        words = phrase_words(text)
        if not words or not self.entries:
            return None
        found = self.index.longest_at(words, 0)
        return found[1] if found and found[0] == len(words) else None

    @functools.cached_property
    def _spellings(self) -> Mapping[str, DictEntry]:
        """The entries that are no person by the spelling keys of their phrases (built on first use)."""
        return spelling_index((phrase, entry) for entry in self.entries if not entry.person for phrase in entry.phrases)

    def by_spelling(self, text: str) -> DictEntry | None:
        """The one entry, not a person, whose name is spelt like ``text`` but for vowels, doubled
        letters and punctuation ("Lashkar-e-Tayyeba" is "LASHKAR-E-TAIBA"; actors/spellings.py)."""
        key = spelling_key(text)
        return self._spellings.get(key) if key is not None and self.entries else None

    def near_surname(self, word: str) -> str | None:
        """The one known surname a single letter away from ``word`` (a misspelling), or None.

        Newswire misspells long foreign surnames ("Bouteflicka", "Mitterand"); only surnames of
        seven letters or more count, sharing the first letter, and only when exactly one is near.
        """
        word = word.lower()
        if len(word) < _NEAR_MIN or not word.isalpha() or word in self.surnames:
            return None
        near = [name for length in (len(word) - 1, len(word), len(word) + 1)
                for name in self.near_index.get((word[:1], length), ()) if _one_edit(name, word)]
        return near[0] if len(near) == 1 else None

    def by_surname(self, word: str, date: str | None, first: str | None = None) -> DictCode | None:
        """The code shared by every person with this surname whose code applies on ``date``.

        "Museveni" alone is Ugandan when every Museveni the dictionary knows is; a surname that
        several countries share ("Kim") gives nothing. With ``first`` (a first name), only the
        people of that first name count ("Carlos Menem" is "Carlos Saul Menem").
        """
        people = self.surnames.get(word.lower())
        if people and first:
            people = tuple(p for p in people if phrase_words(p.phrases[0])[0] == first.lower())
        if not people:
            return None
        codes = [c for c in (self.code(p, date) for p in people) if c is not None and c.country]
        if not codes and len(word) >= _OUTLASTING_SURNAME_LENGTH:
            # Nobody of that name held an office on the date: their country still holds ("President
            # Mitterrand" in an article dated after his term), their office does not. Only for
            # longer surnames: a short one ("Kim", "Lee") belongs to far more people than the office
            # holders a knowledge base lists, so once the office is gone it says nothing.
            codes = [DictCode(c.entry, c.country or "", c.country, None)
                     for c in (self.code(p, None) for p in people) if c is not None and c.country]
        if not codes or len({c.country for c in codes}) != 1:
            return None
        sectors = {c.sector for c in codes}
        first = codes[0]
        return first if len(sectors) == 1 else DictCode(first.entry, first.country or "", first.country, None)
