"""The sector an organization's own name gives: its head word or the members it names.

CAMEO and PLOVER code a body by what it is: a council of ulemas, a church or a diocese is
religious (REL), a union is labour (LAB), a farmers' union is agricultural (AGR), a news agency
or broadcaster is the press (JRN), a university is education (EDU). A reader knows "Nahdlatul
Ulama" or "the Zimbabwe Commercial Farmers Union" by these words without knowing the body.

Read from ``data/org_words.tsv`` (columns word, sector, place, notes), built from the Phoenix
agents dictionary's codes (ULEMA, CHURCH, TRADE_UNION, FARMER, NEWS_AGENCY, UNIVERSITY) and the
PLOVER sector list. ``place`` says where the word counts:

- ``members``: anywhere in the name, before all else: the members or trade a body names say what
  it is ("Farmers' Union" is the farmers', AGR; "National Union of Students" the students', EDU;
  "Borduria Broadcasting Corporation" the press, JRN);
- ``head``: the last word of the name or the word before its "of" ("Union of Journalists",
  "the Methodist Church");
- ``any``: anywhere, when no head word answers ("Islamic Defenders' Front");
- ``none``: a word that makes a name no one state's ("International", "World", "European"):
  the head words of a state's sectors ("Board", "Agency", "Department": GOV) then give nothing.

The sector is a clue of ``Rank.NAME`` (actors/coding.py): weaker than the knowledge base, which
knows "Islamic Jihad" as an armed group and the "Muslim League" as a party.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from .datafiles import read_table

__all__ = ["OrgWordTable"]

_PLACES = ("members", "head", "any", "none")
# Sectors of a state: a name marked as no one state's ("International Rugby Board") takes none of them.
_STATE = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


@dataclass(frozen=True)
class OrgWordTable:
    """Words of organization names and the sector each gives, by where it must stand."""

    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # place -> word -> sector

    @classmethod
    def load(cls) -> "OrgWordTable":
        """Read the table shipped with the package (``actors/data/org_words.tsv``)."""
        return cls.from_rows(read_table("org_words.tsv", "organization word table"))

    @classmethod
    def from_rows(cls, rows) -> "OrgWordTable":
        """Build the table from dict rows with the columns of org_words.tsv."""
        words: dict[str, dict[str, str]] = {place: {} for place in _PLACES}
        for row in rows:
            place = row["place"].strip()
            if place not in words:
                raise ValueError(f"org_words.tsv: place {place!r} is none of {', '.join(_PLACES)}")
            words[place][row["word"].strip().lower()] = row["sector"].strip()
        return cls(words)

    def sector_of(self, name: str) -> tuple[str, str] | None:
        """The sector the words of an organization's name give, and the word that gives it
        ("Nahdlatul Ulama" -> ("REL", "Ulama")), or None."""
        tokens = [w.strip(",.()\"") for w in name.replace("-", " ").split()]
        tokens = [w for w in tokens if w]
        lower = [w.lower().removesuffix("'s") for w in tokens]
        if not lower:
            return None
        stateless = self.of_no_state(lower)
        for place, positions in (("members", range(len(lower))), ("head", _heads(lower)), ("any", range(len(lower)))):
            table = self.words.get(place, {})
            for i in positions:
                sector = table.get(lower[i])
                if sector and not (stateless and sector in _STATE):
                    return sector, tokens[i]
        return None

    def of_no_state(self, words: Iterable[str]) -> bool:
        """True when one of the (lowercase) words marks a name or a sentence as of no one state
        ("International", "world", "Africa")."""
        stateless = self.words.get("none", {})
        return any(word in stateless for word in words)

    def is_body_name(self, name: str) -> bool:
        """True when a name's head word is a body's ("Nahdlatul Ulama", "Methodist Church"): a
        name the NER model took for a place is an organization's."""
        lower = [w.lower() for w in name.split()]
        named = {word: sector for place in ("head", "members") for word, sector in self.words.get(place, {}).items()
                 if sector not in _STATE}  # a state's bodies are actors where they act, as before
        return len(lower) >= 2 and any(lower[i] in named for i in _heads(lower))

def _heads(lower: Sequence[str]) -> list[int]:
    """Positions of a name's head words: its last word and the word before each "of"."""
    heads = [len(lower) - 1]
    heads.extend(i - 1 for i, word in enumerate(lower) if word == "of" and i > 0)
    return heads
