"""CountryTable: country names, aliases, demonyms and capitals to ISO 3166-1 alpha-3 codes.

The table is read once from ``data/countries.tsv`` (columns iso3, name, aliases, demonyms, capital;
lists are ``|``-separated, the first capital is the preferred form). Lookups are case-insensitive,
ignore a leading "the", a trailing possessive ("South Korea's"), dots ("U.S.") and accents.

One guard against common words: short aliases written in capitals in the data ("US", "UK", "ROK",
"CAR") only match text written in capitals too, so the pronoun "us" or the noun "car" never become
countries.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Mapping

from .datafiles import read_table

__all__ = ["CountryTable", "normalize_name", "joined_prefix"]

_DATA_FILE = "countries.tsv"
_PEOPLES_FILE = "peoples.tsv"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def normalize_name(text: str) -> str:
    """Return the lookup key of a name: casefolded, accents/dots removed, no "the", no "'s"."""
    if text.isascii() and text.isalpha():  # one plain word, the common case: nothing to remove
        return text.lower()
    key = text.translate(_APOSTROPHES).strip()
    if key.endswith("'s") or key.endswith("'S"):
        key = key[:-2]
    elif key.endswith("s'"):
        key = key[:-1]
    if not key.isascii():  # ASCII has no accents to strip (and this is called for most tokens)
        key = unicodedata.normalize("NFKD", key)
        key = "".join(ch for ch in key if not unicodedata.combining(ch))
    key = key.replace(".", "").casefold()
    key = " ".join(key.split())
    if key.startswith("the "):
        key = key[4:]
    return key


def _needs_capitals(alias: str) -> bool:
    """True for short all-capital aliases ("US", "U.K.", "CAR") that must match in capitals only."""
    letters = alias.replace(".", "")
    return len(letters) <= 3 and letters.isupper()


def _is_capitalized(text: str) -> bool:
    """True when the letters of ``text`` (dots and possessive aside) are all capitals."""
    letters = "".join(ch for ch in _strip_possessive(text) if ch.isalpha())
    return letters.isupper()


def _strip_possessive(text: str) -> str:
    """Return ``text`` without a trailing possessive, keeping its case (for the capitals guard)."""
    raw = text.translate(_APOSTROPHES).strip()
    if raw.endswith("'s") or raw.endswith("'S"):
        raw = raw[:-2]
    return raw


@dataclass(frozen=True)
class _Entry:
    """One row of countries.tsv."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class CountryTable:
    """Country names, aliases, demonyms and capitals, indexed for constant-time lookups."""

    entries: Mapping[str, _Entry]
    names: Mapping[str, str] = field(default_factory=dict)
    demonyms: Mapping[str, str] = field(default_factory=dict)
    capitals: Mapping[str, str] = field(default_factory=dict)
    capitals_only: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> "CountryTable":
        """Read the table shipped with the package (``actors/data/countries.tsv``)."""
        table = cls.from_rows(read_table(_DATA_FILE, "country table"))
        return table.with_peoples(read_table(_PEOPLES_FILE, "peoples table"))

    def with_peoples(self, rows) -> "CountryTable":
        """Add peoples whose homeland lies within one country ("Yoruba" -> NGA, "Chechen" -> RUS)
        as demonyms of that country (rows with columns name, iso3). The news codes a people's
        armed groups, leaders and refugees by the state they live in, as CAMEO does."""
        demonyms = dict(self.demonyms)
        for row in rows:
            demonyms.setdefault(normalize_name(row["name"]), row["iso3"].strip())
        return CountryTable(self.entries, self.names, demonyms, self.capitals, self.capitals_only)

    @classmethod
    def from_rows(cls, rows) -> "CountryTable":
        """Build the table from dict rows with the columns of countries.tsv."""
        entries: dict[str, _Entry] = {}
        names: dict[str, str] = {}
        demonyms: dict[str, str] = {}
        capitals: dict[str, str] = {}
        capitals_only: set[str] = set()

        def split(value: str | None) -> tuple[str, ...]:
            return tuple(part.strip() for part in (value or "").split("|") if part.strip())

        for row in rows:
            entry = _Entry(
                iso3=row["iso3"].strip(),
                name=row["name"].strip(),
                aliases=split(row.get("aliases")),
                demonyms=split(row.get("demonyms")),
                capitals=split(row.get("capital")),
            )
            entries[entry.iso3] = entry
            for alias in (entry.name, *entry.aliases):
                names.setdefault(normalize_name(alias), entry.iso3)
                if _needs_capitals(alias):
                    capitals_only.add(normalize_name(alias))
            for demonym in entry.demonyms:
                demonyms.setdefault(normalize_name(demonym), entry.iso3)
                if _needs_capitals(demonym):
                    capitals_only.add(normalize_name(demonym))
            for capital in entry.capitals:
                capitals.setdefault(normalize_name(capital), entry.iso3)
        return cls(entries, names, demonyms, capitals, frozenset(capitals_only))

    def _get(self, index: Mapping[str, str], text: str) -> str | None:
        """Look ``text`` up in one index, applying the capitals guard."""
        if not text:
            return None
        key = normalize_name(text)
        found = index.get(key)
        if found is not None and key in self.capitals_only and not _is_capitalized(text):
            return None
        return found

    def by_name(self, text: str) -> str | None:
        """Return the ISO3 code for a country name or alias ("North Korea", "US"), else None."""
        return self._get(self.names, text)

    def by_demonym(self, text: str) -> str | None:
        """Return the ISO3 code for an adjective or people form ("North Korean(s)"), else None."""
        found = self._get(self.demonyms, text)
        if found is None:
            key = normalize_name(text)
            # Plural people forms: "Israelis", "Palestinians", "Afghans".
            if key.endswith("s") and len(key) > 4:
                found = self.demonyms.get(key[:-1])
        return found

    def lookup(self, text: str) -> str | None:
        """Return the ISO3 code for a name, alias, demonym or adjective, else None."""
        return self.by_name(text) or self.by_demonym(text)

    def capital_of(self, iso3: str) -> str | None:
        """Return the preferred capital name of a country ("PRK" -> "Pyongyang"), else None."""
        entry = self.entries.get(iso3)
        return entry.capitals[0] if entry and entry.capitals else None

    def country_of_capital(self, name: str) -> str | None:
        """Return the ISO3 code whose capital is ``name`` ("Washington" -> "USA"), else None."""
        return self._get(self.capitals, name)

    def of_dateline(self, dateline: str | None) -> str | None:
        """The country of a dateline's place when it is a capital or a country ("AMMAN, Jan 3 (AFP)"
        -> JOR, "NEW DELHI, April 12" -> IND), else None (other cities need the gazetteer)."""
        if not dateline:
            return None
        place = dateline.split(",")[0].split("(")[0].strip()
        if not place or len(place) > 40:
            return None
        name = place.title() if place.isupper() else place
        return self.country_of_capital(name) or self.lookup(name)

    def name_of(self, iso3: str) -> str | None:
        """Return the preferred English short name of a country ("PRK" -> "North Korea")."""
        entry = self.entries.get(iso3)
        return entry.name if entry else None

    def __contains__(self, iso3: object) -> bool:
        """True when ``iso3`` is a code of the table."""
        return iso3 in self.entries

    def __len__(self) -> int:
        """Number of countries and territories."""
        return len(self.entries)


@functools.lru_cache(maxsize=1)
def _joined_prefixes() -> dict[str, str]:
    """Combining forms of country names (``data/joined_prefixes.tsv``: "Sino" CHN, "Indo" IND)."""
    return {row["prefix"].strip().lower(): row["country"].strip()
            for row in read_table("joined_prefixes.tsv", "joined prefix table")}


def joined_prefix(text: str) -> str | None:
    """The country of a combining form that opens a joined pair ("Sino" of "Sino-Japanese"), or None."""
    return _joined_prefixes().get(text.lower())
