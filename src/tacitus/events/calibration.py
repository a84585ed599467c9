"""Calibrated event confidence: the coder's raw score mapped to how often such records are right.

The event stage scores each record from how its trigger and roles were found (``detect._confidence``,
the *raw score*). That score ranks records but is no probability. The calibration table
(``data/calibration.yaml``, written by ``tacitus calibrate`` from whole-article gold, see
``tacitus.evaluate.calibrate``) maps it to the measured share of records that are entirely right
(type, both sides, date, place and modality as a careful reader lists them):

- ``bands``: from each ``low`` raw score up to the next band's, the calibrated confidence (a
  monotone step function: pooled adjacent violators over the raw score, bins of a minimum size,
  each smoothed toward the overall share right so that a small bin never says 0 or 1);
- ``adjust`` (optional): log-odds shifts for features of the record known at coding time
  (``FEATURES``), fitted with a strong pull toward zero; a feature absent from the table has none.

The table is read once with the event resources and applied by this module only, after the
situating step and the merge of repeat mentions (so a record's date source is known). The raw
score stays in ``why`` ("score 0.80 -> confidence 0.62"). Without a table (``Calibration.identity``)
the raw score is the confidence.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from ..errors import TacitusError
from ..model import Event

__all__ = ["Calibration", "CalibrationError", "FEATURES", "features_of", "calibrate_events"]

_DATA = "tacitus.events.data"
_FILE = "calibration.yaml"
_UNNAMED = "unidentified"
# A calibrated confidence stays inside these bounds: no record is certainly right or wrong.
_FLOOR, _CEILING = 0.01, 0.99

# Features of a record known at coding time, by name, with what they test.
FEATURES: Mapping[str, str] = {
    "no_target": "the record has no target",
    "unnamed_source": "the source is the unidentified doer of a sourceless happening",
    "date_by_default": "no time expression dated it (publication date or none)",
    "not_asserted": "its modality is not 'asserted'",
    "merged": "several mentions in the article were merged into it",
}


class CalibrationError(TacitusError):
    """The calibration table is missing or malformed; the message names the file and what to fix."""


def features_of(event: Event) -> frozenset[str]:
    """The names of the ``FEATURES`` an event has."""
    found = set()
    if event.target is None:
        found.add("no_target")
    if event.source is not None and event.source.actor_id == _UNNAMED:
        found.add("unnamed_source")
    if not event.date_text:
        found.add("date_by_default")
    if event.modality != "asserted":
        found.add("not_asserted")
    if event.mentions > 1:
        found.add("merged")
    return frozenset(found)


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def _clamp(p: float) -> float:
    return min(_CEILING, max(_FLOOR, p))


@dataclass(frozen=True)
class Calibration:
    """A fitted mapping from raw score (and record features) to calibrated confidence."""

    lows: tuple[float, ...] = ()  # ascending raw-score thresholds of the bands
    values: tuple[float, ...] = ()  # calibrated confidence of each band (non-decreasing)
    adjust: Mapping[str, float] = field(default_factory=dict)  # feature -> log-odds shift
    made: Mapping[str, Any] = field(default_factory=dict)  # how the table was made

    @classmethod
    def identity(cls) -> "Calibration":
        """No calibration: the raw score is the confidence."""
        return cls()

    @property
    def active(self) -> bool:
        """True when the table maps scores (False for the identity)."""
        return bool(self.values)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Calibration":
        """Read a calibration table (the packaged ``data/calibration.yaml`` when ``path`` is None).

        Raises CalibrationError naming the file when it is missing, not YAML, or not a valid table.
        """
        where = str(path) if path is not None else f"{_DATA}/{_FILE}"
        try:
            text = (Path(path).read_text(encoding="utf-8") if path is not None
                    else resources.files(_DATA).joinpath(_FILE).read_text(encoding="utf-8"))
            data = yaml.safe_load(text)
        except (OSError, yaml.YAMLError) as exc:
            raise CalibrationError(f"{where}: cannot read the calibration table ({exc}); "
                                   "restore it from the package or rebuild it with `tacitus calibrate`") from exc
        return cls.from_dict(data, where)

    @classmethod
    def from_dict(cls, data: Any, where: str = "calibration table") -> "Calibration":
        """Build a Calibration from the table's dict form; check bands, bounds, order and features."""
        if not isinstance(data, dict) or not isinstance(data.get("bands"), list) or not data["bands"]:
            raise CalibrationError(f"{where}: expected a mapping with a non-empty 'bands' list "
                                   "(each {low, confidence}); rebuild it with `tacitus calibrate`")
        try:
            lows = tuple(float(b["low"]) for b in data["bands"])
            values = tuple(float(b["confidence"]) for b in data["bands"])
            adjust = {str(k): float(v) for k, v in (data.get("adjust") or {}).items()}
        except (TypeError, KeyError, ValueError) as exc:
            raise CalibrationError(f"{where}: every band needs a numeric 'low' and 'confidence', and 'adjust' "
                                   f"maps feature names to numbers ({exc!r})") from exc
        if any(b <= a for a, b in zip(lows, lows[1:])):
            raise CalibrationError(f"{where}: band 'low' scores must rise strictly: {list(lows)}")
        if any(not 0.0 < v < 1.0 for v in values):
            raise CalibrationError(f"{where}: every band's confidence must lie strictly between 0 and 1: {list(values)}")
        if any(b < a for a, b in zip(values, values[1:])):
            raise CalibrationError(f"{where}: band confidences must not fall as the score rises: {list(values)}")
        unknown = sorted(set(adjust) - set(FEATURES))
        if unknown:
            raise CalibrationError(f"{where}: unknown features in 'adjust': {', '.join(unknown)} "
                                   f"(known: {', '.join(FEATURES)})")
        return cls(lows=lows, values=values, adjust=adjust, made=dict(data.get("made") or {}))

    def to_dict(self) -> dict[str, Any]:
        """The table's dict form (as written to the YAML file)."""
        return {"made": dict(self.made),
                "bands": [{"low": low, "confidence": value} for low, value in zip(self.lows, self.values)],
                "adjust": dict(self.adjust)}

    def score(self, raw: float, features: Iterable[str] = ()) -> float:
        """The calibrated confidence of a record with this raw score and these features."""
        if not self.active:
            return raw
        band = max(0, bisect.bisect_right(self.lows, raw) - 1)
        value = self.values[band]
        shift = sum(self.adjust.get(name, 0.0) for name in features)
        if shift:
            value = 1.0 / (1.0 + math.exp(-(_logit(_clamp(value)) + shift)))
        return round(_clamp(value), 3)


def calibrate_events(events: Iterable[Event], calibration: Calibration) -> list[Event]:
    """The events with their raw score replaced by the calibrated confidence (raw score kept in ``why``)."""
    if not calibration.active:
        return list(events)
    out = []
    for event in events:
        value = calibration.score(event.confidence, features_of(event))
        why = f"{event.why}; score {event.confidence:.2f} -> confidence {value:.2f} (calibrated)"
        out.append(dataclasses.replace(event, confidence=value, why=why))
    return out
