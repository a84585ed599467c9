"""Scoring arithmetic shared by every gold format: counts, P/R/F1, span overlap, alignment, distance.

Everything here is a pure function over plain values, so the scorers can be tested on hand-made
gold and system outputs without loading a model.
"""

from __future__ import annotations

import difflib
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar

from ..errors import InputError

__all__ = [
    "Counts",
    "prf",
    "ratio",
    "overlap",
    "overlaps",
    "half_overlap",
    "greedy_match",
    "align_span",
    "OffsetMap",
    "haversine_km",
    "mean",
    "read_jsonl",
]

T = TypeVar("T")
U = TypeVar("U")


@dataclass
class Counts:
    """True positives, false positives and false negatives, summed over items."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Add counts from one item."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def scores(self) -> dict[str, float]:
        """Return ``{precision, recall, f1}`` for these counts (see ``prf``)."""
        return prf(self.tp, self.fp, self.fn)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Return precision, recall and F1, rounded to 4 places.

    An empty denominator gives 0.0 rather than an error: a system that predicts nothing has no
    precision worth reporting, and a gold set with nothing in it cannot be recalled.
    """
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def ratio(numerator: float, denominator: float) -> float:
    """Return ``numerator / denominator`` rounded to 4 places, 0.0 when the denominator is 0."""
    return round(numerator / denominator, 4) if denominator else 0.0


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Return the number of characters two half-open spans share (0 when disjoint)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Return True when two half-open spans share at least one character."""
    return overlap(a[0], a[1], b[0], b[1]) > 0


def half_overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    """Return True when two (possibly discontinuous) spans overlap by at least half of the shorter.

    Each span is a list of fragments; the overlap is summed over fragment pairs and the lengths are
    summed over fragments, so a quote split by "he said" still counts as one quote.
    """
    shared = sum(overlap(x0, x1, y0, y1) for x0, x1 in a for y0, y1 in b)
    length_a = sum(end - start for start, end in a)
    length_b = sum(end - start for start, end in b)
    shorter = min(length_a, length_b)
    return shorter > 0 and shared * 2 >= shorter


def greedy_match(
    gold: Sequence[T], system: Sequence[U], match: Callable[[T, U], float]
) -> list[tuple[int, int]]:
    """Pair gold and system items one-to-one, best score first; return (gold index, system index).

    ``match`` returns a score, 0 or less meaning "no match". Greedy by score is what span scorers
    in the field do (TempEval, BRAT eval); it is exact for the non-crossing spans seen in practice.
    """
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            score = match(g, s)
            if score > 0:
                candidates.append((score, gi, si))
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, si in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gi, si))
    return sorted(pairs)


def align_span(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int] | None:
    """Return the span of ``phrase`` in ``text`` nearest to ``start``, or None when it is absent.

    Gold offsets in public sets are sometimes off by a few characters (encoding changes, stripped
    markup); rather than drop such items, the span moves to the nearest occurrence of its text.
    Without a phrase the span is kept as given, clipped to the text.
    """
    if not phrase:
        start, end = max(0, start), min(len(text), end)
        return (start, end) if start < end else None
    if text[start:end] == phrase:
        return start, end
    best: tuple[int, int] | None = None
    for folded in (False, True):
        haystack = text.casefold() if folded else text
        needle = phrase.casefold() if folded else phrase
        if not needle:
            return None
        position = haystack.find(needle)
        while position != -1:
            if best is None or abs(position - start) < abs(best[0] - start):
                best = (position, position + len(phrase))
            position = haystack.find(needle, position + 1)
        if best is not None:
            return best
    return None


class OffsetMap:
    """Maps character offsets of an original text to offsets in a derived text (and back).

    Ingest may drop debris or normalize whitespace; gold offsets point into the original, system
    offsets into ``Article.text``. Identical texts map by identity; otherwise the mapping comes
    from the matching blocks of a character diff.
    """

    def __init__(self, original: str, derived: str) -> None:
        """Compute the alignment between ``original`` and ``derived``."""
        self.identity = original == derived
        self._forward: list[int] = []
        self._shift: int | None = None
        if self.identity:
            return
        position = original.find(derived)
        if position != -1:  # only leading/trailing text was cut: a constant shift (fast path)
            self._shift = position
            self._length = len(derived)
            return
        forward = [-1] * (len(original) + 1)
        matcher = difflib.SequenceMatcher(None, original, derived, autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                forward[block.a + k] = block.b + k
        forward[len(original)] = len(derived)
        # Characters that were removed map to the next kept character, so spans stay ordered.
        following = len(derived)
        for index in range(len(original), -1, -1):
            if forward[index] == -1:
                forward[index] = following
            else:
                following = forward[index]
        self._forward = forward

    def to_derived(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text to the derived text."""
        if self.identity:
            return start, end
        if self._shift is not None:
            clip = lambda offset: min(max(offset - self._shift, 0), self._length)  # noqa: E731
            return clip(start), clip(end)
        last = len(self._forward) - 1
        new_start = self._forward[min(max(start, 0), last)]
        new_end = self._forward[min(max(end, 0), last)]
        return new_start, max(new_start, new_end)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance in kilometres between two points (mean Earth radius)."""
    radius = 6371.0088
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * radius * math.asin(min(1.0, math.sqrt(a)))


def mean(values: Iterable[float]) -> float:
    """Return the mean of ``values`` rounded to 4 places, 0.0 when there are none."""
    items = list(values)
    return round(sum(items) / len(items), 4) if items else 0.0


def read_jsonl(path: Path, build: Callable[[int, dict[str, Any]], T], expected: str,
               limit: int | None = None) -> list[T]:
    """Read a gold JSONL file, turning each record into an item with ``build(line_number, record)``.

    Blank lines are skipped; reading stops after ``limit`` items. A line that is not JSON or lacks
    a field ``build`` needs raises InputError naming the line and ``expected`` (what a record
    should hold); InputErrors raised by ``build`` pass through unchanged.
    """
    items: list[T] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                items.append(build(number, json.loads(line)))
            except InputError:
                raise
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(f"{path}:{number}: not {expected} ({exc})") from exc
            if limit is not None and len(items) >= limit:
                break
    return items
