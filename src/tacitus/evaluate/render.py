"""A readable table of an evaluation result, for the CLI's non-JSON output."""

from __future__ import annotations

from typing import Any, Mapping

from rich.table import Table

__all__ = ["render", "flatten"]

_META = ("format", "gold", "dictionaries", "seconds")


def _cell(value: Any) -> str:
    """Format one number for the table."""
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def flatten(result: Mapping[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """Return table rows (metric, precision, recall, f1 / value, support) for a result.

    P/R/F1 blocks take the three columns, per-class blocks (``per_type``, ``per_subtype``) give
    one row per class, ``{found, total}`` blocks read "found/total", plain numbers go to the value
    column.
    """
    rows: list[tuple[str, str, str, str, str]] = []
    for key, value in result.items():
        if key in _META:
            continue
        if isinstance(value, Mapping) and "f1" in value:
            rows.append((key, _cell(value.get("precision")), _cell(value.get("recall")), _cell(value["f1"]), ""))
        elif isinstance(value, Mapping) and "found" in value:
            if key.startswith(("must_not", "never")):
                # For things that must not appear, "found" counts violations: name them, not the rest.
                note = ("violated: " + ", ".join(value.get("found_ids", [])))[:60] if value.get("found_ids") else "none violated"
            else:
                note = ", ".join(value.get("missed_ids", []))[:60]
            rows.append((key, "", "", f"{value['found']}/{value['total']}", note))
        elif isinstance(value, Mapping) and key.startswith("per_"):
            for name, scores in value.items():
                rows.append((
                    f"  {key[4:]} {name}",
                    _cell(scores.get("precision")),
                    _cell(scores.get("recall")),
                    _cell(scores.get("f1")),
                    _cell(scores.get("support")),
                ))
        elif isinstance(value, (int, float)):
            rows.append((key, "", "", _cell(value), ""))
    return rows


def render(result: Mapping[str, Any]) -> Table:
    """Return a rich Table of an evaluation result with one row per metric and per class."""
    dictionaries = result.get("dictionaries")
    caption = f"{result.get('gold', '')}  ({result.get('seconds', '?')} s)"
    if dictionaries:
        caption += "  dictionaries " + ("applied" if dictionaries.get("applied") else "NOT applied")
    table = Table(title=f"tacitus eval: {result.get('format', '')}", caption=caption)
    for header in ("metric", "precision", "recall", "f1 / value", "support / missed"):
        table.add_column(header, justify="left" if header in ("metric", "support / missed") else "right")
    for row in flatten(result):
        table.add_row(*row)
    return table
