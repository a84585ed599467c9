"""Calibrated confidence (events/calibration.py) and its fit (evaluate/calibrate.py), on records
and tables we write; one test through the real coder."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from tacitus.evaluate.calibrate import Labelled, brier, by_table_band, ece, fit, fit_step, reliability
from tacitus.events.calibration import Calibration, CalibrationError, calibrate_events, features_of
from tacitus.model import ActorRef, Event

CHINA = ActorRef(actor_id="china", name="China", country="CHN")
JAPAN = ActorRef(actor_id="japan", name="Japan", country="JPN")
NOBODY = ActorRef(actor_id="unidentified", name="unidentified")

TABLE = """\
made: {date: '2026-01-01', gold: test.json, fold: 1/2, records: 40}
bands:
- {low: 0.0, confidence: 0.1}
- {low: 0.7, confidence: 0.3}
- {low: 0.9, confidence: 0.8}
adjust: {}
"""


def _event(confidence: float, *, target: ActorRef | None = JAPAN, source: ActorRef = CHINA, date_text: str | None = "on Monday",
           modality: str = "asserted", mentions: int = 1) -> Event:
    return Event(id="e", article_id="a", sentence=0, evidence="China met Japan on Monday.", event_type="CONSULT",
                 cameo="040", quad_class=1, goldstein=1.0, source=source, target=target, date="2024-01-01",
                 date_text=date_text, modality=modality, confidence=confidence, why="trigger 'met'", mentions=mentions)


def _records(spec: list[tuple[float, int, int]], article: str = "a") -> list[Labelled]:
    """(raw score, records, right) -> labelled records."""
    out = []
    for score, n, right in spec:
        out += [Labelled(score, frozenset(), i < right, f"{article}{i}") for i in range(n)]
    return out


def test_a_table_file_maps_raw_scores_to_its_bands(tmp_path):
    path = tmp_path / "calibration.yaml"
    path.write_text(TABLE, encoding="utf-8")
    table = Calibration.load(path)
    assert table.active and table.made["gold"] == "test.json"
    assert [table.score(s) for s in (0.0, 0.5, 0.69, 0.7, 0.85, 0.9, 1.0)] == [0.1, 0.1, 0.1, 0.3, 0.3, 0.8, 0.8]


@pytest.mark.parametrize("text, says", [
    ("bands: [", "cannot read"),
    ("about: nothing", "non-empty 'bands'"),
    ("bands:\n- {low: 0.0}\n", "numeric 'low' and 'confidence'"),
    ("bands:\n- {low: 0.0, confidence: 0.5}\n- {low: 0.0, confidence: 0.6}\n", "must rise"),
    ("bands:\n- {low: 0.0, confidence: 0.6}\n- {low: 0.5, confidence: 0.4}\n", "must not fall"),
    ("bands:\n- {low: 0.0, confidence: 1.0}\n", "strictly between 0 and 1"),
    ("bands:\n- {low: 0.0, confidence: 0.5}\nadjust: {sunny: 0.2}\n", "unknown features"),
])
def test_a_bad_table_file_gives_a_clear_error(tmp_path, text, says):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalibrationError) as caught:
        Calibration.load(path)
    assert str(path) in str(caught.value) and says in str(caught.value)


def test_a_missing_table_file_gives_a_clear_error(tmp_path):
    with pytest.raises(CalibrationError, match="tacitus calibrate"):
        Calibration.load(tmp_path / "nowhere.yaml")


def test_the_shipped_table_is_monotone_bounded_and_says_how_it_was_made():
    table = Calibration.load()
    assert table.active
    assert {"date", "gold", "fold", "records", "right"} <= set(table.made)
    scores = [table.score(i / 100) for i in range(101)]
    assert all(a <= b for a, b in zip(scores, scores[1:]))
    assert all(0.0 < s < 1.0 for s in scores)


def test_the_fit_pools_violators_and_keeps_small_bins_off_0_and_1():
    # Right rises with the score except one dip (0.8 is worse than 0.7): pooled together.
    records = _records([(0.5, 10, 1), (0.7, 10, 6), (0.8, 10, 4), (0.95, 3, 3)])
    table = fit(records, min_count=10, strength=4.0)
    scores = [table.score(i / 100) for i in range(101)]
    assert all(a <= b for a, b in zip(scores, scores[1:]))
    assert all(0.0 < s < 1.0 for s in scores)
    assert table.score(0.7) == table.score(0.8)  # the dip is pooled
    # The 3 records at 0.95 (all right) are too few for a bin of their own, and no bin says 1.
    assert table.score(0.95) < 0.9
    assert table.made["records"] == 33 and table.made["right"] == 14


def test_small_bins_are_joined_until_each_holds_the_minimum():
    blocks, prior = fit_step(_records([(0.1, 2, 0), (0.2, 2, 1), (0.3, 2, 1), (0.4, 2, 2), (0.5, 2, 2)]), min_count=4)
    assert all(b.n >= 4 for b in blocks)
    assert prior == 0.6


def test_a_fit_without_records_says_so():
    with pytest.raises(ValueError, match="no records"):
        fit([])


def test_feature_shifts_move_confidence_within_bounds():
    table = Calibration(lows=(0.0,), values=(0.5,), adjust={"no_target": -1.0})
    assert table.score(0.8, {"no_target"}) < table.score(0.8) == 0.5
    assert 0.0 < table.score(0.8, {"no_target"}) < 1.0


def test_record_features_are_read_from_the_record():
    assert features_of(_event(0.9)) == frozenset()
    assert features_of(_event(0.9, target=None, source=NOBODY, date_text=None, modality="intended", mentions=2)) == {
        "no_target", "unnamed_source", "date_by_default", "not_asserted", "merged"}


def test_an_events_confidence_comes_from_the_table_and_the_raw_score_stays_in_why():
    table = Calibration.from_dict({"bands": [{"low": 0.0, "confidence": 0.1}, {"low": 0.9, "confidence": 0.8}]})
    low, high = calibrate_events([_event(0.6), _event(0.95)], table)
    assert (low.confidence, high.confidence) == (0.1, 0.8)
    assert "score 0.95 -> confidence 0.80" in high.why
    assert calibrate_events([_event(0.6)], Calibration.identity())[0].confidence == 0.6


def test_measures_of_calibration():
    pairs = [(0.9, True), (0.9, False), (0.1, False), (0.1, False)]
    assert brier(pairs) == round((0.01 + 0.81 + 0.01 + 0.01) / 4, 4)
    assert ece(pairs) == round((abs(1.8 - 1) + abs(0.2 - 0)) / 4, 4)
    rows = reliability(pairs, ((0.0, 0.5), (0.5, 1.0)))
    assert [(r["records"], r["mean_confidence"], r["share_right"]) for r in rows] == [(2, 0.1, 0.0), (2, 0.9, 0.5)]
    table = Calibration(lows=(0.0, 0.5), values=(0.2, 0.6))
    by_band = by_table_band([Labelled(0.3, frozenset(), False), Labelled(0.7, frozenset(), True)], table)
    assert [(r["records"], r["mean_confidence"], r["share_right"]) for r in by_band] == [(1, 0.2, 0.0), (1, 0.6, 1.0)]


@pytest.mark.slow
def test_the_coder_applies_the_table_to_every_event(coder):
    constant = Calibration.from_dict({"bands": [{"low": 0.0, "confidence": 0.42}]})
    ours = copy.copy(coder)  # the session's coder keeps the shipped table
    ours.event_resources = dataclasses.replace(coder.event_resources, calibration=constant)
    coded = ours.code("Ruritania's foreign minister met the president of Freedonia in Paris on Monday.",
                      published="2024-03-06")
    assert coded.events
    assert all(e.confidence == 0.42 and "(calibrated)" in e.why for e in coded.events)
    shipped = coder.code("Ruritania's foreign minister met the president of Freedonia in Paris on Monday.",
                         published="2024-03-06")
    table = coder.event_resources.calibration
    assert {e.confidence for e in shipped.events} <= set(table.values)


def test_the_calibrate_command_refuses_bad_options_before_loading_the_model(tmp_path):
    from typer.testing import CliRunner

    from tacitus.cli import app

    gold = tmp_path / "gold.json"
    gold.write_text('{"articles": []}', encoding="utf-8")
    result = CliRunner().invoke(app, ["calibrate", str(gold), "--features", "some"])
    assert result.exit_code != 0 and "auto, all or none" in str(result.exception or result.output)
    result = CliRunner().invoke(app, ["calibrate", str(gold), "--fold", "3/2"])
    assert result.exit_code != 0 and "out of range" in str(result.exception or result.output)
