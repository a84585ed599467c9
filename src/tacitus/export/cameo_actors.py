"""Our (PLOVER) actor codes translated to CAMEO, as GDELT's actor columns mean them.

We code actors as PLOVER does: an ISO3 country or a PLOVER non-state code (UNO, EUR, IGO, ...)
plus a PLOVER sector. GDELT's columns are CAMEO: where the two disagree, a GDELT user reads the
wrong thing (PLOVER MED is health, CAMEO MED is media; PLOVER EUR is the European Union, CAMEO
EUR the Europe region). The translation tables are data files in export/data, each citing the
codebook it follows:

- cameo_sectors.tsv: PLOVER sector -> CAMEO agent (type) code, blank where CAMEO has none;
- cameo_nonstate.tsv: PLOVER non-state code -> CAMEO code, GDELT country, known group and type;
- cameo_countries.tsv: the few country codes where CAMEO is not ISO3.

Composition (ActorNCode): a state actor is country + type ("USA" + "GOV" = "USAGOV"); a
non-state actor is its CAMEO code, followed by the type when it adds something ("IGOUNO" for the
UN and its Security Council, "IGOUNOREF" for its refugee agency). An actor with neither a
country nor a type has no CAMEO code: GDELT leaves such an actor blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["CameoActor", "cameo_actor", "sector_to_cameo", "nonstate_to_cameo", "country_to_cameo"]


@dataclass(frozen=True)
class CameoActor:
    """The GDELT actor columns for one actor: Code, CountryCode, KnownGroupCode, Type1Code, Type2Code."""

    code: str
    country: str
    known_group: str
    type1: str
    type2: str = ""


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file in export/data, comments and blank lines left out."""
    text = resources.files("tacitus.export").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# lru_cache on pure readers of immutable package files: a memo, not mutable state.
@lru_cache(maxsize=None)
def sector_to_cameo() -> dict[str, str]:
    """PLOVER sector -> CAMEO agent code ("" where CAMEO has no equivalent)."""
    return {row[0]: row[1] for row in _rows("cameo_sectors.tsv")}


@lru_cache(maxsize=None)
def nonstate_to_cameo() -> dict[str, CameoActor]:
    """PLOVER non-state code -> its CAMEO code and GDELT country, known group and type columns."""
    return {row[0]: CameoActor(code=row[1], country=row[2], known_group=row[3], type1=row[4])
            for row in _rows("cameo_nonstate.tsv")}


@lru_cache(maxsize=None)
def country_to_cameo() -> dict[str, str]:
    """Our country code -> CAMEO's, for the few codes where they differ."""
    return {row[0]: row[1] for row in _rows("cameo_countries.tsv")}


def cameo_actor(country: str | None, sector: str | None) -> CameoActor | None:
    """The CAMEO/GDELT actor columns for our ``country`` and ``sector``, or None when the actor has
    neither a country nor a sector CAMEO can express (GDELT then leaves the actor blank).

    A sector CAMEO does not know (PLOVER's PRE, UNK, PRM) is dropped; an unknown sector code
    that is not in the PLOVER table is dropped too, so no non-CAMEO type code is ever written.
    """
    type1 = sector_to_cameo().get((sector or "").upper(), "")
    country = (country or "").upper()
    nonstate = nonstate_to_cameo().get(country)
    if nonstate is not None:
        extra = type1 if type1 and type1 != "GOV" and type1 != nonstate.type1 else ""
        return CameoActor(code=nonstate.code + extra, country=nonstate.country, known_group=nonstate.known_group,
                          type1=nonstate.type1 or type1, type2=extra)
    if len(country) == 3 and country.isalpha():
        cameo_country = country_to_cameo().get(country, country)
        return CameoActor(code=cameo_country + type1, country=cameo_country, known_group="", type1=type1)
    if type1:
        return CameoActor(code=type1, country="", known_group="", type1=type1)
    return None
