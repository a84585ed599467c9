"""KnowledgeBase: dated office holders and parties, read from ``actors/data/knowledge`` on first use.

What it holds (built by ``tools/build_knowledge.py``; sources, licences and attribution in
``data/knowledge/SOURCES.md``):

- people: one ``Spell`` per person per office (UK ministers and MPs from the IfG ministers
  database, US presidents, vice-presidents and current members of Congress from
  congress-legislators), plus the person entries of the Phoenix dictionaries shipped in
  ``tacitus/dictionaries`` (their dated codes are spells; their undated default code is a
  ``fallback`` spell, applying when no dated one does, as PETRARCH reads it);
- parties: one ``Party`` per party and country (Party Facts, ParlGov).

This module only stores and indexes; the rules that turn spells into an actor's code on a date
are in ``officeholders.py``, those for parties in ``parties.py``. Names are compared by
``name_key``: lowercase, accents, dots, hyphens and suffixes ("Jr.") removed.

The tables are read the first time a lookup needs them (a Coder that never meets a person pays
nothing) and live on the instance: one KnowledgeBase per Coder, no module state.
"""

from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Mapping

from ..dictionaries import DictEntry, split_code
from ..errors import TacitusError

__all__ = ["KnowledgeBase", "Spell", "Party", "name_key", "PHOENIX"]

PHOENIX = "Phoenix"
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Dots, commas, underscores (Phoenix phrases) and apostrophes of a possessive separate words;
# typographic dashes and apostrophes are the plain ones. Hyphens stay: "Malloch-Brown" is not a Brown.
_WORD_BREAKS = str.maketrans({".": " ", ",": " ", "_": " ", "\u2019": "'", "\u2010": "-", "\u2013": "-"})


def name_key(text: str) -> str:
    """The form names are compared in: "José  María Aznar" -> "jose maria aznar",
    "George W. Bush Jr." -> "george w bush", "the BJP's" -> "the bjp"."""
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    words = text.lower().translate(_WORD_BREAKS).split()
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    if words and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


@dataclass(frozen=True)
class Spell:
    """One person in one office: country and sector from ``start`` to ``end`` (ISO dates,
    inclusive; None = open). A ``fallback`` spell has no dates and applies when no dated spell
    of its source covers the date (a Phoenix entry's default code)."""

    person: str
    name: str
    country: str
    sector: str | None
    start: str | None
    end: str | None
    office: str
    source: str
    fallback: bool = False

    def covers(self, date: str) -> bool:
        """True when this dated spell covers the ISO date ``date``."""
        if self.fallback:
            return False
        day = date[:10]
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def ended_before(self, date: str) -> bool:
        """True when the spell ended before ``date`` (the holder is a former office holder then)."""
        return not self.fallback and self.end is not None and self.end < date[:10]

    def describe(self) -> str:
        """The spell for a reader: "IfG ministers, Prime Minister 1997-05-02..2007-06-27"."""
        if self.fallback:
            return f"{self.source}, {self.name} ({self.office})"
        span = f"{self.start or ''}..{self.end or ''}"
        return f"{self.source}, {self.name}, {self.office} {span}"


@dataclass(frozen=True)
class Party:
    """A political party of one country, active from ``first`` to ``last`` (years; None = open)."""

    name: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    country: str
    first: int | None
    last: int | None
    source: str

    def active(self, year: int | None) -> bool:
        """True when the party existed in ``year`` (any year when unknown)."""
        if year is None:
            return True
        return (self.first is None or self.first <= year) and (self.last is None or year <= self.last)


@dataclass(frozen=True)
class _People:
    """People indexed by name: person key -> spells; name key -> person keys."""

    spells: Mapping[str, tuple[Spell, ...]]  # the shipped lists' people (Phoenix people: spells_of)
    by_name: Mapping[str, tuple[str, ...]]
    by_first_last: Mapping[str, tuple[str, ...]]
    by_surname: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Parties:
    by_name: Mapping[str, tuple[Party, ...]]
    by_abbreviation: Mapping[str, tuple[Party, ...]]


def _read_rows(filename: str) -> list[list[str]]:
    """Rows of ``data/knowledge/<filename>`` (gzip TSV, ``#`` comments, one header line)."""
    path = resources.files("tacitus.actors").joinpath("data", "knowledge", filename)
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError) as exc:
        raise TacitusError(f"cannot read the knowledge base file {path}: {exc}. Reinstall tacitus "
                           "(pip install -e .)") from exc
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def _phoenix_spells(entry: DictEntry, key: str) -> list[Spell]:
    """A Phoenix person entry as spells: each dated code, then the default as the fallback."""
    spells = []
    for dated in entry.dated:
        country, sector = split_code(dated.code)
        if country:
            spells.append(Spell(key, entry.name, country, sector, dated.start, dated.end, dated.code, PHOENIX))
    country, sector = split_code(entry.default)
    if country:
        spells.append(Spell(key, entry.name, country, sector, None, None, entry.default or "", PHOENIX, fallback=True))
    return spells


def _index(names: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    found: dict[str, dict[str, None]] = {}
    for key, person in names:
        if key:
            found.setdefault(key, {})[person] = None
    return {key: tuple(people) for key, people in found.items()}


class KnowledgeBase:
    """Office holders and parties; the tables are read on the first lookup that needs them."""

    def __init__(self, phoenix: Iterable[DictEntry] = ()) -> None:
        """``phoenix``: dictionary entries whose person entries join the people (the built-in
        Phoenix knowledge base; entries that are not people are ignored)."""
        self._phoenix = tuple(e for e in phoenix if e.person)
        self._people: _People | None = None
        self._phoenix_spells: dict[str, tuple[Spell, ...]] = {}  # converted on first use
        self._parties: _Parties | None = None

    @classmethod
    def load(cls, phoenix: Iterable[DictEntry] = ()) -> "KnowledgeBase":
        """The knowledge base shipped in the package (read lazily), with ``phoenix`` people."""
        return cls(phoenix)

    @classmethod
    def empty(cls) -> "KnowledgeBase":
        """A knowledge base that knows nobody (``tacitus`` run without the built-in knowledge)."""
        kb = cls()
        kb._people = _People({}, {}, {}, {})
        kb._parties = _Parties({}, {})
        return kb

    # ---- people ----------------------------------------------------------------------------

    def _load_people(self) -> _People:
        if self._people is not None:
            return self._people
        spells: dict[str, list[Spell]] = {}
        names: list[tuple[str, str]] = []
        for person, written, country, sector, start, end, office, source in _read_rows("people.tsv.gz"):
            forms = written.split("|")
            spells.setdefault(person, []).append(
                Spell(person, forms[0], country, sector or None, start or None, end or None, office, source))
            if len(spells[person]) == 1:
                names += [(name_key(form), person) for form in forms]
        # Phoenix people are indexed by name now and turned into spells when first asked for.
        for n, entry in enumerate(self._phoenix):
            names += [(name_key(phrase), f"phoenix:{n}") for phrase in entry.phrases]
        # A name of three words or more is also known by its first and last word ("Carlos Saul
        # Menem" as "Carlos Menem"); a lower-priority index, used when the written name is not known.
        first_last = [(f"{k.split()[0]} {k.split()[-1]}", p) for k, p in names if len(k.split()) >= 3]
        surnames = [(k.split()[-1], p) for k, p in names if len(k.split()) >= 2]
        self._people = _People({p: tuple(s) for p, s in spells.items()}, _index(names), _index(first_last),
                               _index(surnames))
        return self._people

    def spells_of(self, person: str) -> tuple[Spell, ...]:
        """Every spell of one person (by the ``person`` key of a Spell)."""
        found = self._load_people().spells.get(person) or self._phoenix_spells.get(person)
        if found is not None:
            return found
        if not person.startswith("phoenix:"):
            return ()
        spells = tuple(_phoenix_spells(self._phoenix[int(person.split(":")[1])], person))
        self._phoenix_spells[person] = spells
        return spells

    def people_named(self, name: str) -> tuple[str, ...]:
        """Person keys whose full name (two words or more) is ``name``, failing that whose first
        and last names are the first and last words of ``name``; a hyphenated given name is also
        read as two words when the whole name is listed so ("Song Min-soon" as "Song Min Soon")."""
        key = name_key(name)
        if len(key.split()) < 2:
            return ()
        people = self._load_people()
        found = people.by_name.get(key) or people.by_name.get(key.replace("-", " "), ())
        if found:
            return found
        # First and last word only for the name as written: "Kim Gye-gwan" read as "Kim Gye Gwan"
        # is not "Kim Ung Gwan".
        words = key.split()
        return people.by_first_last.get(f"{words[0]} {words[-1]}", ())

    def people_with_surname(self, surname: str) -> tuple[str, ...]:
        """Person keys whose names end with the word ``surname``."""
        return self._load_people().by_surname.get(name_key(surname), ())

    def lookup_person(self, name: str, published: str | None = None) -> list[Spell]:
        """Every spell of the people called ``name`` (a full name; a single word is a surname),
        those covering ``published`` first. The rules for choosing among them (dates, clues,
        namesakes) are ``officeholders.person_code``'s."""
        key = name_key(name)
        people = self.people_named(name) if len(key.split()) >= 2 else self.people_with_surname(key)
        spells = [s for p in people for s in self.spells_of(p)]
        if published:
            spells.sort(key=lambda s: not s.covers(published))
        return spells

    # ---- parties ---------------------------------------------------------------------------

    def _load_parties(self) -> _Parties:
        if self._parties is not None:
            return self._parties
        by_name: dict[str, list[Party]] = {}
        by_abbreviation: dict[str, list[Party]] = {}
        for written, abbreviations, country, first, last, source in _read_rows("parties.tsv.gz"):
            names = tuple(written.split("|"))
            party = Party(names[0], names, tuple(filter(None, abbreviations.split("|"))), country,
                          int(first) if first else None, int(last) if last else None, source)
            for key in {name_key(n) for n in names}:
                by_name.setdefault(key, []).append(party)
            for abbreviation in party.abbreviations:
                by_abbreviation.setdefault(abbreviation, []).append(party)
        self._parties = _Parties({k: tuple(v) for k, v in by_name.items()},
                                 {k: tuple(v) for k, v in by_abbreviation.items()})
        return self._parties

    def lookup_party(self, name: str, published: str | None = None) -> list[Party]:
        """Parties called ``name`` (a full name, any case) or abbreviated ``name`` (as written,
        "BJP"), that existed in the year of ``published``."""
        parties = self._load_parties()
        year = int(published[:4]) if published and published[:4].isdigit() else None
        found = parties.by_name.get(name_key(name), ()) + parties.by_abbreviation.get(name.strip(), ())
        return [p for p in dict.fromkeys(found) if p.active(year)]
