"""The gate's comparison (a pure function over dicts), hashing, and the floors file itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.evaluate import FORMATS
from tacitus.evaluate.gate import compare, gold_hash, metric_value, render_checks

REPO = Path(__file__).resolve().parents[2]
SETS = [{"name": "events", "sha256": "abc", "floors": {"type.f1": 0.40, "actors": 0.50}}]


def _result(f1: float, actors: float = 0.6) -> dict:
    return {"items": 10, "type": {"precision": 0.5, "recall": 0.5, "f1": f1}, "actors": actors}


def test_gate_fails_below_the_floor():
    checks = compare(SETS, {"events": _result(0.39)}, {"events": "abc"}, epsilon=0.005)
    failed = [c for c in checks if c.failed]
    assert [c.metric for c in failed] == ["type.f1"]
    assert failed[0].status == "below floor"
    assert "below its floor" in failed[0].message


def test_gate_passes_at_and_above_the_floor_and_within_epsilon():
    for f1 in (0.40, 0.55, 0.396):
        checks = compare(SETS, {"events": _result(f1)}, {"events": "abc"}, epsilon=0.005)
        assert not any(c.failed for c in checks), f1


def test_gate_fails_when_the_gold_changed():
    checks = compare(SETS, {"events": _result(0.9)}, {"events": "def"})
    assert len(checks) == 1 and checks[0].status == "gold changed"


def test_gate_fails_when_a_set_or_metric_is_not_scored():
    assert compare(SETS, {"events": "InputError: boom"}, {"events": "abc"})[0].status == "not scored"
    checks = compare(SETS, {"events": {"items": 3, "type": {"f1": 0.5}}}, {"events": "abc"})
    assert [c.status for c in checks] == ["ok", "not scored"]


def test_metric_value_reads_dotted_paths():
    assert metric_value(_result(0.42), "type.f1") == 0.42
    assert metric_value(_result(0.42), "dyad.f1") is None


def test_gold_hash_of_file_and_folder(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / ".DS_Store").write_text("litter", encoding="utf-8")
    first = gold_hash(tmp_path)
    (tmp_path / ".DS_Store").write_text("more litter", encoding="utf-8")
    assert gold_hash(tmp_path) == first
    (tmp_path / "a.txt").write_text("two", encoding="utf-8")
    assert gold_hash(tmp_path) != first
    assert len(gold_hash(tmp_path / "a.txt")) == 64


def test_render_checks_lists_every_check():
    checks = compare(SETS, {"events": _result(0.1)}, {"events": "abc"})
    assert render_checks(checks).row_count == 2


def test_floors_file_is_well_formed():
    spec = json.loads((REPO / "eval" / "floors.json").read_text(encoding="utf-8"))
    names = [entry["name"] for entry in spec["sets"]]
    assert len(names) == len(set(names))
    for entry in spec["sets"]:
        assert entry["format"] in FORMATS
        assert len(entry["sha256"]) == 64
        assert entry["floors"], entry["name"]
        assert all(0.0 <= floor <= 1.0 for floor in entry["floors"].values())
        assert all(round(floor, 2) == floor for floor in entry["floors"].values()), "floors are rounded down to 2 decimals"


@pytest.mark.shared
def test_floors_hashes_match_the_shared_gold(shared_dir):
    spec = json.loads((REPO / "eval" / "floors.json").read_text(encoding="utf-8"))
    for entry in spec["sets"]:
        assert gold_hash(shared_dir / entry["gold"]) == entry["sha256"], entry["name"]


def test_pin_floors_rounds_down_and_keeps_unscored_sets():
    from tacitus.evaluate.gate import pin_floors

    spec = {"sets": [dict(SETS[0], floors={"type.f1": 0.1, "actors": 0.2}), {"name": "broken", "sha256": "x", "floors": {"a": 0.3}}]}
    pinned = pin_floors(spec, {"events": _result(0.4399, actors=0.7), "broken": "InputError"}, {"events": "new", "broken": "y"})
    assert pinned["sets"][0]["floors"] == {"type.f1": 0.43, "actors": 0.7}
    assert pinned["sets"][0]["sha256"] == "new"
    assert pinned["sets"][1] == spec["sets"][1]
    assert spec["sets"][0]["floors"]["type.f1"] == 0.1  # the input is not modified


def test_gate_fails_above_a_ceiling_of_forbidden_things():
    sets = [{"name": "ref", "sha256": "abc", "floors": {}, "ceilings": {"must_not.found": 0}}]
    ok = compare(sets, {"ref": {"items": 1, "must_not": {"found": 0, "total": 1}}}, {"ref": "abc"})
    assert not any(c.failed for c in ok)
    bad = compare(sets, {"ref": {"items": 1, "must_not": {"found": 1, "total": 1}}}, {"ref": "abc"})
    assert [c.status for c in bad] == ["above ceiling"]


def test_pinning_refuses_to_lower_a_floor_without_the_flag():
    from tacitus.errors import InputError
    from tacitus.evaluate.gate import pin_floors

    spec = {"sets": [dict(SETS[0], floors={"type.f1": 0.5, "actors": 0.2})]}
    worse = {"events": _result(0.4399, actors=0.7)}
    with pytest.raises(InputError, match=r"events type.f1: 0.50 -> 0.43"):
        pin_floors(spec, worse, {"events": "new"})
    assert pin_floors(spec, worse, {"events": "new"}, allow_lower=True)["sets"][0]["floors"]["type.f1"] == 0.43
    better = {"events": _result(0.61, actors=0.7)}
    assert pin_floors(spec, better, {"events": "new"})["sets"][0]["floors"] == {"type.f1": 0.61, "actors": 0.7}
