"""The evaluation gate: every gold set scored, compared with the floors pinned in eval/floors.json.

    python -m tacitus.evaluate.gate [--shared DIR] [--floors FILE] [--epsilon 0.005]

The floors file pins, per gold set (path relative to the shared folder), the sha256 of the gold
file or folder and a floor per metric (dotted paths into the evaluation result, e.g.
``type.f1``). The gate exits 1 when a metric falls below its floor by more than epsilon, when a
gold set's hash changed (the floors no longer describe the same data), or when a set cannot be
scored; 0 otherwise. Floors only go up; lowering one needs a reason in the commit message.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from rich.console import Console
from rich.table import Table

from ..errors import InputError, TacitusError

__all__ = ["Check", "gold_hash", "metric_value", "compare", "pin_floors", "lowered_floors", "render_checks", "load_floors", "run_gate", "main"]

DEFAULT_EPSILON = 0.005


@dataclass(frozen=True)
class Check:
    """One line of the gate: a metric of a gold set, its value, its floor and the verdict."""

    set: str
    metric: str
    value: float | None
    floor: float | None
    status: str  # "ok", "below floor", "above ceiling", "gold changed", "not scored"
    message: str = ""

    @property
    def failed(self) -> bool:
        """True when this check makes the gate fail."""
        return self.status != "ok"


def gold_hash(path: Path) -> str:
    """Return the sha256 of a gold file, or of a folder's sorted relative paths and file bytes.

    Hidden files (``.DS_Store``) are skipped so that a desktop's litter does not change the hash.
    """
    digest = hashlib.sha256()
    if path.is_file():
        digest.update(path.read_bytes())
        return digest.hexdigest()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)):
        digest.update(file.relative_to(path).as_posix().encode("utf-8") + b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def metric_value(result: Mapping[str, Any], dotted: str) -> float | None:
    """Return the number at a dotted path of a result (``type.f1``), or None when absent."""
    value: Any = result
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return float(value) if isinstance(value, (int, float)) else None


def compare(
    sets: Sequence[Mapping[str, Any]],
    results: Mapping[str, Mapping[str, Any] | str],
    hashes: Mapping[str, str],
    epsilon: float = DEFAULT_EPSILON,
) -> list[Check]:
    """Compare measured results with the floors; a pure function over dicts (no model needed).

    ``sets`` are the floors file's set entries (``name``, ``sha256``, ``floors``), ``results``
    maps a set name to its evaluation result (or to an error message when it could not be
    scored), ``hashes`` maps a set name to the sha256 measured now.
    """
    checks: list[Check] = []
    for entry in sets:
        name = entry["name"]
        if hashes.get(name) != entry.get("sha256"):
            checks.append(Check(name, "sha256", None, None, "gold changed",
                                f"the gold data of {name} changed (sha256 {str(hashes.get(name))[:12]}... "
                                f"!= pinned {str(entry.get('sha256'))[:12]}...); re-measure and re-pin its floors on purpose"))
            continue
        result = results.get(name)
        if not isinstance(result, Mapping):
            checks.append(Check(name, "*", None, None, "not scored", str(result or "no result")))
            continue
        for metric, floor in entry.get("floors", {}).items():
            value = metric_value(result, metric)
            if value is None:
                checks.append(Check(name, metric, None, floor, "not scored", f"the result has no metric {metric}"))
            elif value < floor - epsilon:
                checks.append(Check(name, metric, value, floor, "below floor",
                                    f"{name} {metric} = {value:.4f} is below its floor {floor:.4f} by more than {epsilon}"))
            else:
                checks.append(Check(name, metric, value, floor, "ok"))
        # Ceilings are for counts of things that must not happen (must_not violations) and for
        # errors that must stay small (calibration_ece: the confidence table still fits the
        # coder; refit with `tacitus calibrate` when it does not): written by hand, never pinned.
        for metric, ceiling in entry.get("ceilings", {}).items():
            value = metric_value(result, metric)
            if value is None:
                checks.append(Check(name, metric, None, ceiling, "not scored", f"the result has no metric {metric}"))
            elif value > ceiling + epsilon:
                checks.append(Check(name, metric, value, ceiling, "above ceiling",
                                    f"{name} {metric} = {value:.4f} is above its ceiling {ceiling:.4f}"))
            else:
                checks.append(Check(name, metric, value, ceiling, "ok"))
    return checks


def lowered_floors(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """One line per floor that is lower in ``new`` than in ``old`` (floors only go up)."""
    before = {entry["name"]: entry.get("floors", {}) for entry in old.get("sets", [])}
    lines = []
    for entry in new.get("sets", []):
        for metric, floor in entry.get("floors", {}).items():
            previous = before.get(entry["name"], {}).get(metric)
            if previous is not None and floor < previous:
                lines.append(f"{entry['name']} {metric}: {previous:.2f} -> {floor:.2f}")
    return lines


def pin_floors(spec: Mapping[str, Any], results: Mapping[str, Any], hashes: Mapping[str, str], *,
               allow_lower: bool = False) -> dict[str, Any]:
    """Return a copy of the floors spec with every floor set to today's value rounded DOWN to 2
    decimals and the hashes refreshed (for the first measurement, or a deliberate re-pin).

    A set that could not be scored keeps its old floors, so a broken run never lowers them to 0.
    Floors only go up: a re-pin that would lower one raises InputError naming each, unless
    ``allow_lower`` (`--allow-lower`, for a deliberate change of gold set or metric).
    """
    pinned = json.loads(json.dumps(spec))
    for entry in pinned["sets"]:
        result = results.get(entry["name"])
        if not isinstance(result, Mapping):
            continue
        entry["sha256"] = hashes[entry["name"]]
        for metric in entry.get("floors", {}):
            value = metric_value(result, metric)
            if value is not None:
                entry["floors"][metric] = math.floor(value * 100 + 1e-9) / 100
    lowered = lowered_floors(spec, pinned)
    if lowered and not allow_lower:
        raise InputError("pinning would lower floors (" + "; ".join(lowered) + "); floors only go up: fix the "
                         "regression, or pass --allow-lower if the change is deliberate")
    return pinned


def render_checks(checks: Sequence[Check]) -> Table:
    """Return the gate's table: set, metric, value, floor, status."""
    table = Table(title="tacitus evaluation gate")
    for header in ("set", "metric", "value", "floor", "status"):
        table.add_column(header, justify="right" if header in ("value", "floor") else "left")
    for check in checks:
        status = check.status if not check.failed else f"[bold red]{check.status}[/]"
        table.add_row(
            check.set, check.metric,
            "" if check.value is None else f"{check.value:.4f}",
            "" if check.floor is None else f"{check.floor:.2f}",
            status,
        )
    return table


def load_floors(path: Path) -> dict[str, Any]:
    """Read the floors file; raise InputError when it is missing or malformed."""
    if not path.is_file():
        raise InputError(f"{path}: no floors file; give --floors eval/floors.json")
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(spec, dict) or not isinstance(spec.get("sets"), list):
        raise InputError(f"{path}: expected an object with a 'sets' list")
    return spec


def run_gate(spec: Mapping[str, Any], shared: Path, coder: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """Score every set of the floors file; return (results by set name, hashes by set name)."""
    from . import evaluate

    results: dict[str, Any] = {}
    hashes: dict[str, str] = {}
    # A set may name dictionaries (paths relative to the shared folder); such sets get a coder
    # loaded with them, one per distinct list.
    coders: dict[tuple[str, ...], Any] = {(): coder}
    for entry in spec["sets"]:
        path = shared / entry["gold"]
        name = entry["name"]
        if not path.exists():
            hashes[name] = "missing"
            results[name] = f"{path} does not exist"
            continue
        hashes[name] = gold_hash(path)
        dictionaries = tuple(str(shared / d) for d in entry.get("dictionaries") or ())
        try:
            if dictionaries not in coders:
                import tacitus

                coders[dictionaries] = tacitus.load(dictionaries=dictionaries)
            results[name] = evaluate(path, entry["format"], coders[dictionaries], limit=entry.get("limit"),
                                     dictionaries=dictionaries[0] if dictionaries else None)
        except TacitusError as exc:
            results[name] = f"{type(exc).__name__}: {exc}"
    return results, hashes


def main(argv: Sequence[str] | None = None) -> int:
    """Run the gate from the command line; return the exit status (1 when a check fails)."""
    parser = argparse.ArgumentParser(prog="python -m tacitus.evaluate.gate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder holding data/gold (default ../shared)")
    parser.add_argument("--floors", type=Path, default=Path("eval/floors.json"), help="the floors file (default eval/floors.json)")
    parser.add_argument("--epsilon", type=float, default=None, help="noise margin below a floor (default: the file's, else 0.005)")
    parser.add_argument("--json", action="store_true", help="also print every result as JSON")
    parser.add_argument("--pin", action="store_true", help="write today's values (rounded down) as the floors; only on purpose")
    parser.add_argument("--allow-lower", action="store_true", help="with --pin, let a floor go down (refused otherwise)")
    args = parser.parse_args(argv)
    console = Console()
    try:
        spec = load_floors(args.floors)
        if not args.shared.is_dir():
            raise InputError(f"{args.shared}: the shared folder is missing; pass --shared DIR")
        import tacitus

        coder = tacitus.load()
        results, hashes = run_gate(spec, args.shared, coder)
    except TacitusError as exc:
        console.print(f"error: {exc}", markup=False)
        return 1
    epsilon = args.epsilon if args.epsilon is not None else float(spec.get("epsilon", DEFAULT_EPSILON))
    if args.pin:
        try:
            pinned = pin_floors(spec, results, hashes, allow_lower=args.allow_lower)
        except TacitusError as exc:
            console.print(f"error: {exc}", markup=False)
            return 1
        args.floors.write_text(json.dumps(pinned, indent=2) + "\n", encoding="utf-8")
        console.print(f"pinned today's values as floors in {args.floors}", markup=False)
        spec = load_floors(args.floors)
    checks = compare(spec["sets"], results, hashes, epsilon)
    if args.json:
        console.print_json(json.dumps(results))
    console.print(render_checks(checks))
    failures = [check for check in checks if check.failed]
    for check in failures:
        console.print(f"FAIL: {check.message}", markup=False)
    console.print("gate: " + ("FAILED" if failures else "passed") + f" ({len(checks)} checks, epsilon {epsilon})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
