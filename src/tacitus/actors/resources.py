"""ActorResources: the tables the actors stage needs, loaded once and shared read-only."""

from __future__ import annotations

from dataclasses import dataclass

from .countries import CountryTable
from .organizations import OrganizationTable
from .roles import RoleTable

__all__ = ["ActorResources"]


@dataclass(frozen=True)
class ActorResources:
    """Country, role and organization tables (immutable; build once per Coder)."""

    countries: CountryTable
    roles: RoleTable
    organizations: OrganizationTable

    @classmethod
    def load(cls) -> "ActorResources":
        """Load every table shipped in ``tacitus/actors/data``."""
        return cls(
            countries=CountryTable.load(),
            roles=RoleTable.load(),
            organizations=OrganizationTable.load(),
        )
