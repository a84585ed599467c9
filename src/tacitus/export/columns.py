"""The export formats' column and field lists, read from the data files shipped in export/data.

Column orders are facts of the published standards (GDELT 2.0 codebook, PLOVER manual); they live
in data files that cite their source, so a reviewer can check them without reading code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["gdelt_event_columns", "gdelt_mention_columns", "plover_fields", "plover_required", "nonstate_codes", "plover_quads"]


def _lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a data file in this package's data folder."""
    text = resources.files("tacitus.export").joinpath("data", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# lru_cache on pure readers of immutable package files: a memo, not mutable state.
@lru_cache(maxsize=None)
def gdelt_event_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 Event table columns, in the codebook's order."""
    return tuple(_lines("gdelt_events_columns.txt"))


@lru_cache(maxsize=None)
def gdelt_mention_columns() -> tuple[str, ...]:
    """The 16 GDELT 2.0 Mentions table columns, in the codebook's order."""
    return tuple(_lines("gdelt_mentions_columns.txt"))


@lru_cache(maxsize=None)
def plover_fields() -> tuple[str, ...]:
    """Every key of a PLOVER export record, in order (PLOVER, POLECAT and our extras)."""
    return tuple(line.split("\t")[0] for line in _lines("plover_fields.tsv"))


@lru_cache(maxsize=None)
def plover_required() -> frozenset[str]:
    """The PLOVER manual's required record fields."""
    return frozenset(line.split("\t")[0] for line in _lines("plover_fields.tsv") if line.split("\t")[1] == "Y")


@lru_cache(maxsize=None)
def nonstate_codes() -> frozenset[str]:
    """PLOVER's international non-state 'country' codes (UNO, EUR, IGO, NGO, ...)."""
    return frozenset(line.split("\t")[0] for line in _lines("plover_nonstate.txt"))


@lru_cache(maxsize=None)
def plover_quads() -> dict[str, int]:
    """PLOVER event type -> quad category (1-4), the manual's "Quad categories in PLOVER" table."""
    return {line.split("\t")[0]: int(line.split("\t")[1]) for line in _lines("plover_quads.tsv")}
