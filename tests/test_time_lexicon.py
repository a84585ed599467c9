"""The temporal lexicon data file: complete, well-formed, without duplicates or contradictions."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from tacitus.errors import TacitusError
from tacitus.temporal import TemporalLexicon


@pytest.fixture(scope="module")
def raw() -> dict:
    """The parsed lexicon.yaml."""
    return yaml.safe_load(resources.files("tacitus.temporal").joinpath("data/lexicon.yaml").read_text("utf-8"))


def test_every_month_and_weekday_is_named(raw: dict) -> None:
    """Twelve months and seven weekdays, each with its full English name."""
    lexicon = TemporalLexicon.from_mapping(raw)
    assert sorted(set(lexicon.months.values())) == list(range(1, 13))
    assert sorted(set(lexicon.weekdays.values())) == list(range(7))
    assert lexicon.months["september"] == 9 and lexicon.weekdays["sunday"] == 6


def test_codes_are_timeml(raw: dict) -> None:
    """Seasons, parts of day, references and sets use TimeML codes only."""
    assert set(raw["seasons"].values()) <= {"SP", "SU", "FA", "WI"}
    assert set(raw["parts_of_day"].values()) <= {"MO", "AF", "EV", "NI", "MI"}
    assert set(raw["references"].values()) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF", "PXD", "PXW", "PXM", "PXY"}
    assert all(v.startswith("P") and v[-1] in "DWMQY" for v in raw["sets"].values())
    assert {spec["code"] for spec in raw["units"].values()} <= {"S", "M", "H", "D", "W", "Q", "Y", "DE", "CE"}


def test_keys_are_lower_case_and_unique(raw: dict) -> None:
    """Keys are lower case (lookups lower-case the text) and no word has two meanings across sections."""
    seen: dict[str, str] = {}
    for section in ("months", "weekdays", "seasons", "references", "sets", "holidays"):
        for key in raw[section]:
            assert str(key) == str(key).lower(), f"{section}: {key} is not lower case"
            assert str(key) not in seen, f"{key} is in both {seen.get(str(key))} and {section}"
            seen[str(key)] = section


def test_numbers_are_counts(raw: dict) -> None:
    """Number words map to positive integers or the TimeML unknown count X."""
    for word, count in raw["numbers"].items():
        assert count == "X" or (isinstance(count, int) and count > 0), word


def test_missing_section_is_reported(raw: dict) -> None:
    """A lexicon without a section raises a TacitusError that names it."""
    broken = {k: v for k, v in raw.items() if k != "months"}
    with pytest.raises(TacitusError, match="months"):
        TemporalLexicon.from_mapping(broken)


def test_holidays_are_well_formed(raw: dict) -> None:
    """Each holiday is a fixed day, a weekday on or after a day, or an offset from Easter."""
    from tacitus.temporal.anchor import holiday_date

    for name, spec in raw["holidays"].items():
        assert set(spec) in ({"month", "day"}, {"month", "day", "weekday"}, {"easter"}), name
        assert holiday_date(2001, spec).year == 2001, name
