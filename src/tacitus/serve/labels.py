"""Names for actor codes, so the dashboard labels a code by what it means: "CHN China",
"CHNGOV Chinese government", "UNO United Nations", never by one person who happens to carry it.

Country names and demonyms come from the actor coder's country table (actors/data/countries.tsv),
the PLOVER non-state names from the export's table (export/data/plover_nonstate.txt), sector
names from serve/data/sector_names.tsv.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["code_label", "code_name"]


def _rows(package: str, name: str) -> list[list[str]]:
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# lru_cache on pure readers of immutable package files: a memo, not mutable state.
@lru_cache(maxsize=None)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(code -> country name, code -> demonym, sector -> name)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for row in _rows("tacitus.actors", "countries.tsv")[1:]:
        if len(row) >= 4:
            names[row[0]] = row[1]
            if row[3].strip():
                demonyms[row[0]] = row[3].split("|")[0].strip()
    for row in _rows("tacitus.export", "plover_nonstate.txt"):
        names[row[0]] = row[1]
    sectors = {row[0]: row[1] for row in _rows("tacitus.serve", "sector_names.tsv")}
    return names, demonyms, sectors


def code_name(code: str | None) -> str | None:
    """What an actor code means: "China" for CHN, "Chinese government" for CHNGOV, "United Nations
    government" for UNOGOV, "military" for MIL; None when no part of it is known."""
    if not code:
        return None
    names, demonyms, sectors = _tables()
    country, sector = code[:3], code[3:6]
    if code in names:
        return names[code]
    if country in names:
        if not sector:
            return names[country]
        who = demonyms.get(country) or names[country]
        return f"{who} {sectors.get(sector, sector)}"
    if code[:3] in sectors:
        return sectors[code[:3]]
    return None


def code_label(code: str | None) -> str:
    """"CHNGOV Chinese government": the code followed by its meaning (the code alone when unknown;
    "? no code" for the sides no code names: the unidentified doer of a passive, an uncoded group)."""
    if not code or code == "?":
        return "? no code"
    name = code_name(code)
    return f"{code} {name}" if name else code
