"""Normalization tables for comparing gold codes with Tacitus output.

Three documented tables live in ``evaluate/data``: CAMEO country codes that differ from ISO 3166
(``cameo_countries.tsv``), older PLOVER type names (``plover_types.tsv``), and the map from the
30 CASE 2021 subtypes to PLOVER types (``case2021_plover.tsv``). ``Normalizer.load()`` reads them
once; the evaluation holds the object (no module-level cache).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Mapping

from ..errors import TacitusError

__all__ = ["Normalizer", "read_table"]

_DATA = "tacitus.evaluate.data"


def read_table(name: str) -> list[dict[str, str]]:
    """Read a tab-separated data file of this package: '#' comments, then a header row.

    Raises TacitusError naming the file and line when a row has the wrong number of columns.
    """
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise TacitusError(f"{name} line {number}: expected {len(header)} tab-separated columns, found {len(cells)}; fix the data file")
        rows.append(dict(zip(header, (cell.strip() for cell in cells))))
    return rows


@dataclass(frozen=True)
class Normalizer:
    """The three tables, as lookups."""

    countries: Mapping[str, str]
    types: Mapping[str, str]
    case_subtypes: Mapping[str, str | None]

    @classmethod
    def load(cls) -> "Normalizer":
        """Read the tables from the package data files."""
        countries = {row["cameo"]: row["iso3"] for row in read_table("cameo_countries.tsv")}
        types = {row["old"]: row["new"] for row in read_table("plover_types.tsv")}
        subtypes = {row["subtype"]: (None if row["plover"] == "-" else row["plover"]) for row in read_table("case2021_plover.tsv")}
        return cls(countries=countries, types=types, case_subtypes=subtypes)

    def country(self, code: str | None) -> str | None:
        """Return the comparable country of an actor code: its first three letters, normalized.

        CAMEO actor codes put the country first (``USAGOV`` -> ``USA``); empty codes and the
        PETRARCH placeholder ``---`` give None.
        """
        if not code:
            return None
        code = code.strip().upper()
        if not code or code.startswith("---"):
            return None
        if code in self.countries:
            return self.countries[code]
        head = code[:3]
        return self.countries.get(head, head)

    def event_type(self, name: str | None) -> str | None:
        """Return the current PLOVER type name for a possibly older one (``DEMAND`` -> ``REQUEST``)."""
        if not name:
            return None
        name = name.strip().upper()
        return self.types.get(name, name)

    def case_type(self, subtype: str) -> str | None:
        """Return the PLOVER type for a CASE 2021 subtype, None when it has no political event.

        Raises KeyError for a subtype the table does not know, so that a new label is noticed.
        """
        return self.case_subtypes[subtype]
