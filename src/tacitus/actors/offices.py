"""Which titles of one role family name the same office (data/offices.tsv).

The role table groups titles into families ("president", "prime minister", "king" are all heads);
a family is enough to read a title's sector, not to say two people are one. "The president" and
"the prime minister" of one article are two people, "the premier" and "the prime minister" one.
A title the table does not list ("leader", "head of state", "monarch") may stand for any office of
its family. Loaded once with the other actor tables (``ActorResources.offices``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .datafiles import read_table

__all__ = ["OfficeTable"]


@dataclass(frozen=True)
class OfficeTable:
    """Title (lower case) -> the office it names."""

    offices: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "OfficeTable":
        """Read the packaged data/offices.tsv."""
        return cls({row["title"].lower(): row["office"] for row in read_table("offices.tsv", "office table")})

    def office_of(self, title: str | None) -> str | None:
        """The office a title names ("Premier" -> "head of government"), None when the title is
        generic or not listed. A title with a modifier ("Deputy Prime Minister", "Interim
        President") is read whole first, then by its last words."""
        if not title:
            return None
        words = title.lower().replace("-", " ").split()
        for start in range(len(words)):
            found = self.offices.get(" ".join(words[start:]))
            if found is not None:
                return found
        return None

    def same(self, a: str | None, b: str | None) -> bool:
        """False only when both titles name offices and the offices differ."""
        first, second = self.office_of(a), self.office_of(b)
        return first is None or second is None or first == second
