"""The home country of a national news outlet (data/outlets.tsv), for undatelined stories.

A reader of an undatelined BBC story that says "police arrested two men" or "the prime minister
said" reads British police and the British prime minister unless the story says otherwise. The
outlet's home is such a prior only for national outlets; a wire (Xinhua, AFP, Reuters) or an
international broadcaster writes about the world and gives its stories datelines.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from .datafiles import read_table

__all__ = ["outlet_home"]


def _key(name: str) -> str:
    return " ".join(name.lower().replace(".", "").split())


@lru_cache(maxsize=1)
def _national_outlets() -> Mapping[str, str]:
    """Outlet name or alias (folded) -> home country, for national outlets only."""
    found: dict[str, str] = {}
    for row in read_table("outlets.tsv", "news outlet table"):
        if row["scope"] != "national":
            continue
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            found[_key(name)] = row["country"]
    return found


def outlet_home(source: str | None) -> str | None:
    """The home country of a national outlet named ``source`` ("BBC" -> "GBR"), else None (no
    source, a wire or international broadcaster, an outlet the table does not know)."""
    if not source:
        return None
    return _national_outlets().get(_key(source))
