"""A political party's country from the knowledge base (Party Facts, ParlGov), on the article's clues.

Rules (issue 15, "Knowledge"):

- A party name or abbreviation is looked up among the parties that existed in the publication
  year ("the Labour Party", "Bharatiya Janata Party", "BJP").
- A name of several words that only one country's parties bear gives that country
  ("Bharatiya Janata Party" -> IND PTY) unless the article names other countries and never
  that one (the lists miss many countries' parties: Mali's "Alliance for Democracy" is not
  Malawi's). An abbreviation ("BJP"), a one-word name ("Labour", "Likud") or a name parties of
  several countries share ("the Labour Party": GBR, IRL, NZL...) is decided only by a country
  clue: the countries named in the mention's sentence, failing that the article's own country
  (its dateline), failing that the countries the article names anywhere; exactly one of them
  must be a candidate's. An abbreviation only counts written in capitals, three letters or more.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterable, Sequence

from .datafiles import read_table
from .knowledgebase import KnowledgeBase, Party, name_key
from .officeholders import Known

__all__ = ["PartyClue", "is_party_alias", "is_party_name", "party_code", "party_candidates"]


@dataclass(frozen=True)
class PartyClue:
    """Countries the article names around a party mention (``sentence``), its own country
    (``article``: the dateline's) and every country it names (``named``), tried in that order."""

    sentence: frozenset[str] = frozenset()
    article: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()


def _abbreviation(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and " " not in text.strip() and sum(ch.isupper() for ch in letters) >= len(letters) - 1


def _distinctive(text: str) -> bool:
    """A name of several words, not an abbreviation."""
    return len(name_key(text).split()) >= 2


def _known(parties: Sequence[Party], country: str, how: str) -> Known:
    party = next(p for p in parties if p.country == country)
    years = f"{party.first or ''}..{party.last or ''}"
    return Known(country, "PTY", f"knowledge: {party.source}, {party.name} {years} -> {country} PTY ({how})")


def _forms(name: str) -> list[str]:
    """A name as written and without a trailing "party" ("the Likud party" is "Likud")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() == "party":
        return [name, " ".join(words[:-1])]
    return [name]


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[tuple[str, str], ...]]:
    """Short names and nicknames of parties (``data/party_aliases.tsv``): alias key -> (the
    knowledge base's name, country) pairs. An alias names that country's party only."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("party_aliases.tsv", "party alias table"):
        found.setdefault(name_key(row["alias"]), []).append((row["party"].strip(), row["country"].strip()))
    return {key: tuple(value) for key, value in found.items()}


def party_candidates(kb: KnowledgeBase, name: str, date: str | None) -> list[Party]:
    """The parties ``name`` may be on ``date``: the knowledge base's by name or abbreviation, and
    those an alias names ("Tories" is the British Conservatives)."""
    parties = kb.lookup_party(name, date)
    for party_name, country in _aliases().get(name_key(name), ()):
        parties += [p for p in kb.lookup_party(party_name, date) if p.country == country and p not in parties]
    return parties


def is_party_alias(text: str) -> bool:
    """True for a short name or nickname the alias table lists ("Lib Dems", "Tories", "Labour"):
    a name NER models tag as a person or a people, and no person's or people's."""
    return text.strip()[:1].isupper() and name_key(text) in _aliases()


def is_party_name(kb: KnowledgeBase, text: str, date: str | None) -> bool:
    """True for a capitalised name (not an abbreviation) of a party on ``date``, or a party's
    alias: such a name is no person's ("Lib Dems" tagged PERSON)."""
    text = text.strip()
    if not text[:1].isupper() or _abbreviation(text):
        return False
    key = name_key(text)
    return key in _aliases() or any(key in {name_key(n) for n in p.names} for p in kb.lookup_party(text, date))


def party_code(kb: KnowledgeBase, names: Iterable[str], date: str | None, clue: PartyClue = PartyClue()) -> Known | None:
    """The country of the party called ``names`` (the article's names for one organization) on
    ``date``, with sector PTY; None when the name is no party's or the clues cannot decide."""
    forms = [form for name in sorted(set(names), key=len, reverse=True) for form in _forms(name)]
    for name in dict.fromkeys(forms):
        abbreviation = _abbreviation(name)
        if not abbreviation and not name[:1].isupper():
            continue
        parties = party_candidates(kb, name, date)
        if abbreviation:
            parties = [p for p in parties if name.strip() in p.abbreviations]
        if not parties:
            continue
        countries = {p.country for p in parties}
        if len(countries) == 1 and not abbreviation and _distinctive(name):
            mentioned = clue.sentence | clue.article | clue.named
            if not mentioned or countries <= mentioned:
                return _known(parties, next(iter(countries)), "the only party of that name")
            continue
        for where, hint in (("a country named in the sentence", clue.sentence), ("the article's country", clue.article),
                            ("a country the article names", clue.named)):
            picked = countries & hint
            if len(picked) == 1:
                return _known(parties, next(iter(picked)), where)
            if len(picked) > 1:
                return None
    return None
