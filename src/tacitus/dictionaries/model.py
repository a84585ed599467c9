"""Dictionary records: an actor phrase with its (possibly date-ranged) CAMEO codes, and an agent.

TABARI/PETRARCH codes are CAMEO actor codes: three letters of country (or of a non-state family
such as IGO, NGO, IMG) followed by three-letter role codes (``UGAGOV``, ``IGOUNO``). Date ranges
follow PETRARCH's reading (PETRreader.read_actor_dictionary / check_date): ``<D`` applies before D,
``>D`` from D on, ``A-B`` from A to B inclusive; the first restriction that fits the article date
wins, else the undated default code.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DatedCode", "DictEntry", "Agent", "split_code", "ROLE_CODES"]

# Placeholder codes PETRARCH uses for "an actor, but do not code it".
_NO_CODE = frozenset({"---", "+++", "###"})
# CAMEO role codes that some entries use alone ("THE_GUARDIAN [MED]"): a sector, not a country.
ROLE_CODES = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF AGR ELI UAF HRI ENV DEV RAD SET".split()
)


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """Split a CAMEO actor code into (country, sector): ``"DAGGOV"`` -> ``("DAG", "GOV")``.

    ``"~GOV"`` (an agent suffix) gives ``(None, "GOV")``; ``"NGO~"`` gives ``("NGO", None)``;
    placeholders (``---``) give ``(None, None)``; a role code alone (``"MED"``) is a sector.
    """
    if not code:
        return None, None
    code = code.strip().upper()
    if code[:3] in _NO_CODE or not code:
        return None, None
    if code.startswith("~"):
        sector = code[1:4]
        return None, sector or None
    if code.endswith("~"):
        return code[:3] or None, None
    code = code.replace("~", "")
    if code[:3] in ROLE_CODES:
        return None, code[:3]
    country = code[:3] if len(code) >= 3 and code[:3].isalpha() else None
    sector = code[3:6] if len(code) >= 6 and code[3:6].isalpha() else None
    return country, sector


@dataclass(frozen=True)
class DatedCode:
    """A code valid from ``start`` to ``end`` (ISO dates, both inclusive; None = unbounded)."""

    code: str
    start: str | None = None
    end: str | None = None

    def covers(self, date: str) -> bool:
        """True when the ISO date ``date`` lies in the range."""
        day = date[:10]
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class DictEntry:
    """One actor of a dictionary: its primary phrase, synonyms and codes.

    ``person`` is a hint that the entry names one individual (its codes carry dates or the
    dictionary marks it so); names of people are then coreferred like any other person name.
    """

    name: str
    phrases: tuple[str, ...]
    default: str | None
    dated: tuple[DatedCode, ...] = ()
    person: bool = False
    origin: str = ""

    def code_at(self, date: str | None) -> str | None:
        """The code that applies on ``date`` (ISO), or the default; None when nothing applies.

        Without a date the default code applies, failing that the open-ended latest restriction
        (a dictionary's present), failing that the last one listed.
        """
        if date:
            for dated in self.dated:
                if dated.covers(date):
                    return dated.code
            return self.default
        if self.default:
            return self.default
        open_ended = [d for d in self.dated if d.end is None]
        if open_ended:
            return open_ended[-1].code
        return self.dated[-1].code if self.dated else None


@dataclass(frozen=True)
class Agent:
    """A nominal agent ("police", "foreign minister") and its code (``~COP``, ``NGO~``)."""

    phrase: str
    plurals: tuple[str, ...]
    code: str
    origin: str = ""
