"""Scoring against CASE 2021 task 2 snippets (format ``case2021``).

Each snippet carries one of 30 ACLED-style subtypes. ``case2021_plover.tsv`` maps each subtype to
the PLOVER type a coder should produce, or to nothing (disasters, crime, ...).

- ``type_recall``: share of mapped snippets for which the system produced an event of the mapped
  PLOVER type.
- ``per_type``: recall and support per PLOVER type (and per subtype under ``per_subtype``).
- ``quiet_on_unmapped``: share of unmapped snippets where the system produced no event at all
  (a rough false-alarm check, reported but not a headline figure).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from ..model import Coded
from .folds import Fold
from .normalize import Normalizer
from .scoring import ratio, read_jsonl
from .system import GoldText, annotate, prepare

__all__ = ["Snippet", "read", "score", "run"]


@dataclass(frozen=True)
class Snippet:
    """A labelled snippet: its subtype and the PLOVER type that subtype maps to (or None)."""

    id: str
    text: str
    subtype: str
    plover: str | None


def read(path: Path, norm: Normalizer, limit: int | None = None) -> list[Snippet]:
    """Read CASE 2021 snippets from a JSONL file; an unknown subtype is an InputError."""

    def build(number: int, record: dict[str, Any]) -> Snippet:
        subtype = record["SubType"]
        try:
            plover = norm.case_type(subtype)
        except KeyError as exc:
            raise InputError(f"{path}:{number}: unknown subtype {exc}; add new subtypes to evaluate/data/case2021_plover.tsv") from exc
        return Snippet(str(record.get("id") or number), record["EventSnippet"], subtype, plover)

    return read_jsonl(path, build, "a CASE 2021 record: expected JSON with EventSnippet and SubType", limit)


def score(items: Sequence[Snippet], outputs: Sequence[Coded], norm: Normalizer) -> dict[str, Any]:
    """Score system outputs (one Coded per snippet, in order)."""
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_subtype: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    found = mapped = unmapped = quiet = 0
    for gold, coded in zip(items, outputs, strict=True):
        types = {norm.event_type(e.event_type) for e in coded.events}
        if gold.plover is None:
            unmapped += 1
            quiet += int(not types)
            continue
        mapped += 1
        hit = gold.plover in types
        found += int(hit)
        hits[gold.plover][0] += int(hit)
        hits[gold.plover][1] += 1
        by_subtype[gold.subtype][0] += int(hit)
        by_subtype[gold.subtype][1] += 1
    return {
        "items": len(items),
        "type_recall": ratio(found, mapped),
        "mapped": mapped,
        "unmapped": unmapped,
        "quiet_on_unmapped": ratio(quiet, unmapped),
        "per_type": {name: {"recall": ratio(h, n), "support": n} for name, (h, n) in sorted(hits.items())},
        "per_subtype": {name: {"recall": ratio(h, n), "support": n} for name, (h, n) in sorted(by_subtype.items())},
    }


def run(path: Path, coder: Any, norm: Normalizer, limit: int | None = None, fold: Fold | None = None) -> dict[str, Any]:
    """Run the coder over the snippets and score them."""
    items = read(path, norm, limit)
    if fold is not None:  # by record id, after the limit
        items = [g for g in items if fold.keeps(g.id)]
    prepared = list(prepare(GoldText(key=g.id, text=g.text) for g in items))
    return score(items, [a.coded for a in annotate(coder, prepared)], norm)
