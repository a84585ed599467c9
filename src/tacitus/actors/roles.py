"""Role nouns and titles ("president", "troops", "spokesperson") and their PLOVER sectors.

Read from ``data/roles.tsv`` (columns phrase, sector, kind, family, generic, notes):

- ``sector``: the PLOVER sector code (GOV, LEG, MIL, REB, COP, CVL, JRN, JUD, OPP, BUS, ...).
- ``kind``: the actor kind a bare mention of the role denotes (person, group, organization).
- ``family``: roles that can denote the same person share a family ("leader", "president" and
  "chairman" are ``head``; "top diplomat" and "secretary of state" are ``foreign``); descriptions
  such as "the North Korean leader" are linked to named people through it.
- ``generic``: "yes" when a sector-bearing modifier overrides the role's own sector ("rebel
  leader" is REB, "police spokesman" is COP), "no" when the role keeps it ("government troops").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

from ..dictionaries import Agent, split_code
from .datafiles import read_table
from .phrases import PhraseIndex

__all__ = ["Role", "RoleTable", "SECTORS"]

# PLOVER sector codes (PLOVER manual, "Sector Codes"), used to validate the data files.
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)
KINDS = frozenset({"person", "group", "organization", "country"})


@dataclass(frozen=True)
class Role:
    """One role phrase and what it says about the actor it names."""

    phrase: str
    sector: str
    kind: str
    family: str
    generic: bool
    country: str | None = None  # a dictionary agent coded "NGO~" names a non-state family


@dataclass(frozen=True)
class RoleTable:
    """The role phrases, indexed for longest-match lookups over lowercase token texts."""

    roles: tuple[Role, ...]
    index: PhraseIndex[Role]

    @classmethod
    def load(cls) -> "RoleTable":
        """Read the table shipped with the package (``actors/data/roles.tsv``)."""
        return cls.from_rows(read_table("roles.tsv", "role table"))

    @classmethod
    def from_rows(cls, rows) -> "RoleTable":
        """Build the table from dict rows with the columns of roles.tsv."""
        roles = tuple(
            Role(
                phrase=row["phrase"].strip().lower(),
                sector=row["sector"].strip(),
                kind=row["kind"].strip(),
                family=row["family"].strip(),
                generic=row["generic"].strip() == "yes",
            )
            for row in rows
        )
        return cls(roles, PhraseIndex.build((role.phrase, role) for role in roles))

    def with_agents(self, agents: Iterable[Agent]) -> "RoleTable":
        """A table where dictionary agents come first (a dictionary wins over the built-in roles).

        An agent that is also a built-in role keeps the role's kind and family (so "the
        president" still links to a named president) and takes the dictionary's sector.
        """
        added: list[Role] = []
        for agent in agents:
            country, sector = split_code(agent.code)
            for phrase in (agent.phrase, *agent.plurals):
                known = self.get(phrase)
                if known is not None:
                    role = replace(known, phrase=phrase, sector=sector or known.sector, country=country)
                else:
                    role = Role(phrase=phrase, sector=sector or "UNK", kind="person", family=f"agent:{agent.phrase}",
                                generic=False, country=country)
                added.append(role)
        roles = (*added, *self.roles)
        return RoleTable(roles, PhraseIndex.build((role.phrase, role) for role in roles))

    def get(self, phrase: str) -> Role | None:
        """Return the role of exactly this phrase ("Secretary of State"), or None."""
        words = phrase.lower().split()
        if not words:
            return None
        found = self.index.longest_at(words, 0)
        if found and found[0] == len(words):
            return found[1]
        # Plural of a one-word or multi-word role ("officials", "police officers").
        if words[-1].endswith("s"):
            singular = words[:-1] + [words[-1][:-1]]
            found = self.index.longest_at(singular, 0)
            if found and found[0] == len(singular):
                return found[1]
        return None
