"""Scoring against PETRARCH-style CAMEO codings (format ``petrarch``).

Each gold record is a sentence with a list of codings ``{eventcode, sourcecode, targetcode}``, or
``{noevents: "True"}`` for a sentence with no event.

- ``root``: P/R/F1 over the set of two-digit CAMEO roots per sentence.
- ``code``: P/R/F1 over the set of full CAMEO codes per sentence.
- ``actors``: share of the distinct gold actor countries of a sentence (first three letters of the
  actor codes, CAMEO codes normalized to ISO) found among the countries of the system's actors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..model import Coded
from .normalize import Normalizer
from .scoring import Counts, ratio, read_jsonl
from .system import GoldText, annotate, prepare

__all__ = ["GoldSentence", "read", "score", "run", "cameo_root"]


@dataclass(frozen=True)
class GoldSentence:
    """One coded sentence: its CAMEO codes and the countries of its actors."""

    id: str
    text: str
    date: str | None
    codes: frozenset[str]
    countries: frozenset[str]


def cameo_root(code: str) -> str:
    """Return the two-digit CAMEO root of a code ("0352" -> "03", "173" -> "17")."""
    return code.strip()[:2]


def _iso_date(value: str | None) -> str | None:
    """Turn a PETRARCH date (YYYYMMDD) into an ISO date."""
    if value and len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value or None


def read(path: Path, norm: Normalizer, limit: int | None = None) -> list[GoldSentence]:
    """Read PETRARCH codings from a JSONL file."""

    def build(number: int, record: dict[str, Any]) -> GoldSentence:
        codes: set[str] = set()
        countries: set[str] = set()
        for coding in record.get("codings") or ():
            if coding.get("eventcode"):
                codes.add(str(coding["eventcode"]).strip())
            for key in ("sourcecode", "targetcode"):
                country = norm.country(coding.get(key))
                if country:
                    countries.add(country)
        return GoldSentence(str(record.get("id") or number), record["text"], _iso_date(record.get("date")),
                            frozenset(codes), frozenset(countries))

    return read_jsonl(path, build, "a PETRARCH coding record: expected JSON with text and codings", limit)


def score(items: Sequence[GoldSentence], outputs: Sequence[Coded], norm: Normalizer) -> dict[str, Any]:
    """Score system outputs (one Coded per gold sentence, in order)."""
    root_counts, code_counts = Counts(), Counts()
    right = total = 0
    for gold, coded in zip(items, outputs, strict=True):
        system_codes = {e.cameo.strip() for e in coded.events if e.cameo}
        gold_roots = {cameo_root(c) for c in gold.codes}
        system_roots = {cameo_root(c) for c in system_codes}
        root_counts.add(tp=len(gold_roots & system_roots), fp=len(system_roots - gold_roots), fn=len(gold_roots - system_roots))
        code_counts.add(tp=len(gold.codes & system_codes), fp=len(system_codes - gold.codes), fn=len(gold.codes - system_codes))
        system_countries = {norm.country(a.country) for a in coded.actors}
        total += len(gold.countries)
        right += len(gold.countries & system_countries)
    return {
        "items": len(items),
        "root": root_counts.scores(),
        "code": code_counts.scores(),
        "actors": ratio(right, total),
        "actors_scored": total,
    }


def run(path: Path, coder: Any, norm: Normalizer, limit: int | None = None) -> dict[str, Any]:
    """Run the coder over the gold sentences and score them."""
    items = read(path, norm, limit)
    prepared = list(prepare(GoldText(key=g.id, text=g.text, published=g.date) for g in items))
    return score(items, [a.coded for a in annotate(coder, prepared)], norm)
