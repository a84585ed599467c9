"""The home country of a national news outlet (data/outlets.tsv), for undatelined stories.

A reader of an undatelined BBC story that says "police arrested two men" or "the prime minister
said" reads British police and the British prime minister unless the story says otherwise. The
outlet's home is such a prior only for national outlets; a wire (Xinhua, AFP, Reuters) or an
international broadcaster writes about the world and gives its stories datelines. Loaded once
with the other actor tables (``ActorResources.outlets``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .datafiles import read_table

__all__ = ["OutletTable"]


def _key(name: str) -> str:
    return " ".join(name.lower().replace(".", "").split())


@dataclass(frozen=True)
class OutletTable:
    """Outlet name or alias (folded) -> home country, for national outlets only."""

    homes: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "OutletTable":
        """Read the packaged data/outlets.tsv, keeping the national outlets."""
        homes: dict[str, str] = {}
        for row in read_table("outlets.tsv", "news outlet table"):
            if row["scope"] == "national":
                for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                    homes[_key(name)] = row["country"]
        return cls(homes)

    def home(self, source: str | None) -> str | None:
        """The home country of a national outlet named ``source`` ("BBC" -> "GBR"), else None (no
        source, a wire or international broadcaster, an outlet the table does not know)."""
        return self.homes.get(_key(source)) if source else None
