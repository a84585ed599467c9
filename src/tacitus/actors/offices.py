"""Which titles of one role family name the same office (data/offices.tsv).

The role table groups titles into families ("president", "prime minister", "king" are all heads);
a family is enough to read a title's sector, not to say two people are one. "The president" and
"the prime minister" of one article are two people, "the premier" and "the prime minister" one.
A title the table does not list ("leader", "head of state", "monarch") may stand for any office of
its family.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from .datafiles import read_table

__all__ = ["office_of", "same_office"]


@lru_cache(maxsize=1)
def _offices() -> Mapping[str, str]:
    """Title (lower case) -> office, read once from data/offices.tsv."""
    return {row["title"].lower(): row["office"] for row in read_table("offices.tsv", "office table")}


def office_of(title: str | None) -> str | None:
    """The office a title names ("Premier" -> "head of government"), None when the title is
    generic or not listed. A title with a modifier ("Foreign Minister", "Deputy Prime Minister")
    is read whole first, then by its last words ("Interim President" is a president)."""
    if not title:
        return None
    words = title.lower().replace("-", " ").split()
    offices = _offices()
    for start in range(len(words)):
        found = offices.get(" ".join(words[start:]))
        if found is not None:
            return found
    return None


def same_office(a: str | None, b: str | None) -> bool:
    """False only when both titles name offices and the offices differ."""
    first, second = office_of(a), office_of(b)
    return first is None or second is None or first == second
