"""Known organizations (UN, EU, NATO, NGOs, government institutions, armed groups, media).

Read from ``data/organizations.tsv`` (columns name, aliases, country, sector, kind): ``country`` is
an ISO3 code or a PLOVER non-state code (UNO, EUR, IGO, NGO, IMG, ...), possibly empty; ``sector``
a PLOVER sector code, possibly empty. Short aliases in capitals ("UN", "EU", "IS") only match text
in capitals.
"""

from __future__ import annotations

from dataclasses import dataclass

from .datafiles import read_table
from .phrases import PhraseIndex

__all__ = ["Organization", "OrganizationTable", "NON_STATE_CODES"]

# PLOVER's international non-state "country" codes.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


@dataclass(frozen=True)
class Organization:
    """One known organization."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    kind: str


@dataclass(frozen=True)
class OrganizationTable:
    """Known organizations, indexed by every name and alias for longest-match lookups."""

    organizations: tuple[Organization, ...]
    index: PhraseIndex[Organization]
    capitals_only: frozenset[tuple[str, ...]]

    @classmethod
    def load(cls) -> "OrganizationTable":
        """Read the table shipped with the package (``actors/data/organizations.tsv``)."""
        return cls.from_rows(read_table("organizations.tsv", "organization table"))

    @classmethod
    def from_rows(cls, rows) -> "OrganizationTable":
        """Build the table from dict rows with the columns of organizations.tsv."""
        organizations = []
        for row in rows:
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            organizations.append(
                Organization(
                    name=row["name"].strip(),
                    aliases=aliases,
                    country=row["country"].strip() or None,
                    sector=row["sector"].strip() or None,
                    kind=row["kind"].strip() or "organization",
                )
            )
        pairs = [(form, org) for org in organizations for form in (org.name, *org.aliases)]
        capitals_only = frozenset(
            tuple(form.lower().split()) for form, _ in pairs if len(form.replace(".", "")) <= 3 and form.isupper()
        )
        return cls(tuple(organizations), PhraseIndex.build(pairs), capitals_only)

    def get(self, name: str) -> Organization | None:
        """Return the organization with exactly this name or alias, or None."""
        words = name.lower().split()
        if not words:
            return None
        found = self.index.longest_at(words, 0)
        if found and found[0] == len(words):
            if tuple(words) in self.capitals_only and not name.replace(".", "").isupper():
                return None
            return found[1]
        return None
