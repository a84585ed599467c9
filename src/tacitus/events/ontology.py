"""The event ontology as data: CAMEO codes, Goldstein scores, quad classes and PLOVER types/modes.

Everything comes from two data files next to this module (``data/cameo.tsv`` and
``data/plover.yaml``, built from the published standards; their headers cite the sources).

Quad classes follow the CAMEO root as GDELT's QuadClass and ICEWS assign them: roots 01-05
verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material
conflict (4). This agrees with PLOVER's quad categories, which put investigate (09, part of
ACCUSE) in verbal conflict and protest (14) in material conflict.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from typing import Mapping

import yaml

from ..errors import TacitusError

__all__ = ["CameoCode", "Ontology", "OntologyError", "quad_class_of_root"]

_DATA = "tacitus.events.data"


class OntologyError(TacitusError):
    """An ontology data file is missing or malformed (reinstall the package or fix the file)."""


def quad_class_of_root(root: str) -> int:
    """Return the CAMEO quad class (1-4) of a two-digit CAMEO root such as ``"04"``."""
    number = int(root)
    if not 1 <= number <= 20:
        raise OntologyError(f"CAMEO root {root!r} is outside 01-20; use a code from cameo.tsv")
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its name, Goldstein score, quad class and PLOVER type/mode."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str | None
    root: str


class Ontology:
    """CAMEO and PLOVER, loaded once from the package data files."""

    def __init__(self, codes: Mapping[str, CameoCode], plover: Mapping[str, Mapping[str, object]]) -> None:
        """Keep the CAMEO codes (by code) and the PLOVER types (name -> {quad, definition, modes})."""
        self._codes = dict(codes)
        self._plover = {name: dict(info) for name, info in plover.items()}

    @classmethod
    def load(cls) -> "Ontology":
        """Read ``cameo.tsv`` and ``plover.yaml`` from the package and check them against each other."""
        plover = _read_plover()
        codes = _read_cameo(plover)
        return cls(codes, plover)

    def cameo(self, code: str) -> CameoCode | None:
        """Return the CAMEO code record, or None when the code is not in the standard."""
        return self._codes.get(code)

    def codes(self) -> tuple[CameoCode, ...]:
        """Return every CAMEO code, in file order."""
        return tuple(self._codes.values())

    def plover_types(self) -> tuple[str, ...]:
        """Return the 16 PLOVER event types, in the manual's order."""
        return tuple(self._plover)

    def modes(self, plover_type: str) -> tuple[str, ...]:
        """Return the modes of a PLOVER type (empty for types without modes)."""
        info = self._plover.get(plover_type)
        if info is None:
            raise OntologyError(f"unknown PLOVER type {plover_type!r}; use one of {', '.join(self._plover)}")
        return tuple(info.get("modes") or ())

    def definition(self, plover_type: str) -> str:
        """Return the short definition of a PLOVER type."""
        info = self._plover.get(plover_type)
        return str(info.get("definition", "")) if info else ""


def _read_plover() -> dict[str, dict[str, object]]:
    """Load plover.yaml into {type: {quad, definition, modes}}."""
    text = resources.files(_DATA).joinpath("plover.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    types = data.get("types")
    if not isinstance(types, dict) or not types:
        raise OntologyError("plover.yaml has no 'types' mapping; restore the file from the package")
    return {str(name): dict(info or {}) for name, info in types.items()}


def _read_cameo(plover: Mapping[str, Mapping[str, object]]) -> dict[str, CameoCode]:
    """Load cameo.tsv, deriving root and quad class from each code."""
    text = resources.files(_DATA).joinpath("cameo.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    codes: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        code = row["code"]
        if code in codes:
            raise OntologyError(f"cameo.tsv lists code {code} twice; keep one row")
        plover_type = row["plover_type"]
        if plover_type not in plover:
            raise OntologyError(f"cameo.tsv code {code} has unknown PLOVER type {plover_type!r}")
        root = code[:2]
        codes[code] = CameoCode(
            code=code,
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=quad_class_of_root(root),
            plover_type=plover_type,
            plover_mode=row["plover_mode"] or None,
            root=root,
        )
    return codes
