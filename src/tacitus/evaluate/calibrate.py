"""Fitting the confidence calibration table (``events/data/calibration.yaml``) and measuring it.

Input: labelled records, each (raw score, features, right) where *right* is what the articles
scorer counts (``articles.event_matches``). The fit, deliberately plain because a development
fold holds only some tens of records:

1. pooled adjacent violators (isotonic regression) of right on raw score, ties pooled first;
2. adjacent blocks merged until every block holds at least ``min_count`` records;
3. each block's share right smoothed toward the overall share with ``strength`` pseudo-records
   (a block of 3 records all right says about 0.6, not 1), and the violators pooled again so the
   smoothed values still rise with the score;
4. optionally, log-odds shifts for record features (``calibration.FEATURES``): a logistic fit with
   the step function as offset and a ridge penalty that pulls each shift toward 0. They are kept
   only when they lower the Brier score in leave-one-article-out cross-validation on the fit set.

Measures: ``reliability`` (per confidence band: records, mean confidence, share right), the
expected calibration error ``ece`` (record-weighted mean gap between mean confidence and share right
over ten equal-width bins) and the ``brier`` score (mean squared gap between confidence and 0/1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from ..events.calibration import Calibration
from .scoring import ratio

__all__ = ["Labelled", "fit", "fit_step", "fit_adjust", "cross_validate", "reliability", "by_table_band", "ece", "brier"]


@dataclass(frozen=True)
class Labelled:
    """One output record: its raw score, features, article, and whether the gold says it is right."""

    score: float
    features: frozenset[str]
    right: bool
    article: str = ""


@dataclass
class _Block:
    low: float
    high: float
    n: float
    right: float

    @property
    def mean(self) -> float:
        return self.right / self.n

    def join(self, other: "_Block") -> "_Block":
        return _Block(min(self.low, other.low), max(self.high, other.high), self.n + other.n, self.right + other.right)


def _pool(blocks: list[_Block], value: Callable[[_Block], float]) -> list[_Block]:
    """Pooled adjacent violators: join neighbours until ``value`` does not fall from block to block."""
    out: list[_Block] = []
    for block in blocks:
        out.append(block)
        while len(out) > 1 and value(out[-2]) > value(out[-1]):
            last = out.pop()
            out[-1] = out[-1].join(last)
    return out


def fit_step(records: Sequence[Labelled], min_count: int = 10, strength: float = 4.0) -> tuple[list[_Block], float]:
    """The monotone step function of share right over raw score: its blocks and the overall share.

    Raises ValueError when there are no records.
    """
    if not records:
        raise ValueError("no records to calibrate on")
    prior = sum(r.right for r in records) / len(records)
    ties: dict[float, _Block] = {}
    for r in records:
        block = ties.setdefault(r.score, _Block(r.score, r.score, 0, 0))
        block.n += 1
        block.right += int(r.right)
    blocks = _pool([ties[s] for s in sorted(ties)], lambda b: b.mean)
    while len(blocks) > 1 and min(b.n for b in blocks) < min_count:
        i = min(range(len(blocks)), key=lambda k: blocks[k].n)
        # Join the small block with its smaller neighbour: the bins stay as even as the data allows.
        j = i - 1 if i == len(blocks) - 1 or (i > 0 and blocks[i - 1].n <= blocks[i + 1].n) else i + 1
        a, b = sorted((i, j))
        blocks[a:b + 1] = [blocks[a].join(blocks[b])]

    def smoothed(b: _Block) -> float:
        return (b.right + strength * prior) / (b.n + strength)

    return _pool(blocks, smoothed), prior


def _step_table(blocks: Sequence[_Block], prior: float, strength: float) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Band thresholds (midway between blocks, the first at 0) and smoothed values."""
    lows = [0.0] + [round((a.high + b.low) / 2, 4) for a, b in zip(blocks, blocks[1:])]
    values = [round((b.right + strength * prior) / (b.n + strength), 3) for b in blocks]
    return tuple(lows), tuple(values)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def fit_adjust(records: Sequence[Labelled], step: Calibration, features: Sequence[str],
               penalty: float = 2.0, rounds: int = 25) -> dict[str, float]:
    """Log-odds shifts per feature on top of ``step``: ridge-penalized logistic regression (Newton)."""
    names = [f for f in features if any(f in r.features for r in records)]
    if not names:
        return {}
    offsets = [math.log(p / (1 - p)) for p in (step.score(r.score) for r in records)]
    x = [[1.0 if f in r.features else 0.0 for f in names] for r in records]
    y = [1.0 if r.right else 0.0 for r in records]
    beta = [0.0] * len(names)
    k = len(names)
    for _ in range(rounds):
        p = [_sigmoid(o + sum(b * v for b, v in zip(beta, row))) for o, row in zip(offsets, x)]
        grad = [sum((yi - pi) * row[a] for yi, pi, row in zip(y, p, x)) - 2 * penalty * beta[a] for a in range(k)]
        hess = [[sum(pi * (1 - pi) * row[a] * row[b] for pi, row in zip(p, x)) + (2 * penalty if a == b else 0.0)
                 for b in range(k)] for a in range(k)]
        step_vec = _solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step_vec)]
        if max(abs(s) for s in step_vec) < 1e-6:
            break
    return {name: round(b, 3) for name, b in zip(names, beta)}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve a small positive-definite linear system (Gaussian elimination with pivoting)."""
    n = len(vector)
    a = [row[:] + [v] for row, v in zip(matrix, vector)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (a[r][n] - sum(a[r][c] * out[c] for c in range(r + 1, n))) / a[r][r]
    return out


def fit(records: Sequence[Labelled], min_count: int = 10, strength: float = 4.0,
        features: Sequence[str] = (), penalty: float = 2.0, made: Mapping[str, Any] | None = None) -> Calibration:
    """Fit a calibration table on labelled records (see the module docstring)."""
    blocks, prior = fit_step(records, min_count, strength)
    lows, values = _step_table(blocks, prior, strength)
    step = Calibration(lows=lows, values=values, made=dict(made or {}))
    adjust = fit_adjust(records, step, features, penalty) if features else {}
    info = {**dict(made or {}), "records": len(records), "right": sum(r.right for r in records),
            "share_right": round(prior, 4), "min_count": min_count, "strength": strength,
            "bins": [{"scores": f"{b.low:.2f}-{b.high:.2f}", "records": int(b.n), "right": int(b.right)} for b in blocks]}
    if adjust:
        info["penalty"] = penalty
    return Calibration(lows=lows, values=values, adjust=adjust, made=info)


def cross_validate(records: Sequence[Labelled], fitter: Callable[[Sequence[Labelled]], Calibration]) -> float:
    """Brier score of leave-one-article-out predictions of a fitting procedure."""
    articles = sorted({r.article for r in records})
    pairs: list[tuple[float, bool]] = []
    for article in articles:
        held = [r for r in records if r.article == article]
        table = fitter([r for r in records if r.article != article])
        pairs.extend((table.score(r.score, r.features), r.right) for r in held)
    return brier(pairs)


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean squared gap between confidence and outcome (0 best)."""
    return round(sum((c - float(ok)) ** 2 for c, ok in pairs) / len(pairs), 4) if pairs else 0.0


def ece(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error over ``bins`` equal-width confidence bins."""
    if not pairs:
        return 0.0
    groups: dict[int, list[tuple[float, bool]]] = {}
    for c, ok in pairs:
        groups.setdefault(min(bins - 1, int(c * bins)), []).append((c, ok))
    gap = sum(abs(sum(c for c, _ in g) - sum(ok for _, ok in g)) for g in groups.values())
    return round(gap / len(pairs), 4)


def reliability(pairs: Sequence[tuple[float, bool]], bands: Sequence[tuple[float, float]]) -> list[dict[str, Any]]:
    """Per confidence band [low, high) (the last closed): records, mean confidence, share right."""
    rows = []
    for index, (low, high) in enumerate(bands):
        last = index == len(bands) - 1
        inside = [(c, ok) for c, ok in pairs if low <= c < high or (last and c == high)]
        rows.append({"band": f"[{low:g},{high:g}{']' if last else ')'}", "records": len(inside),
                     "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3) if inside else None,
                     "share_right": ratio(sum(ok for _, ok in inside), len(inside))})
    return rows


def by_table_band(records: Sequence[Labelled], table: Calibration) -> list[dict[str, Any]]:
    """Per band of the table's raw scores: records, mean raw score, mean calibrated confidence, share right."""
    rows = []
    edges = [*table.lows[1:], math.inf]
    for low, high in zip(table.lows, edges):
        inside = [r for r in records if low <= r.score < high]
        n = len(inside)
        rows.append({"scores": f"{low:.3f}-" + ("" if high == math.inf else f"{high:.3f}"), "records": n,
                     "mean_score": round(sum(r.score for r in inside) / n, 3) if n else None,
                     "mean_confidence": round(sum(table.score(r.score, r.features) for r in inside) / n, 3) if n else None,
                     "share_right": ratio(sum(r.right for r in inside), n)})
    return rows
