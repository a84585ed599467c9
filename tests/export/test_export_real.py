"""The real pipeline's output exports in every format, and each file reads back with the same events."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from conftest import EXAMPLES
from tacitus.export import export_events
from tacitus.export.columns import plover_fields
from tacitus.export.fields import numeric_id
from tacitus.ingest import read_article
from tacitus.store import EventFilter, Store


@pytest.mark.slow
def test_coded_examples_export_in_every_format(tmp_path, coder):
    paths = [EXAMPLES / "articles" / name for name in ("02_geneva_talks.txt", "03_eu_sanctions.txt", "05_japan_aid.txt")]
    db = tmp_path / "real.duckdb"
    with Store(db) as store:
        store.write([coder.code(read_article(str(path))) for path in paths])
    with Store(db, read_only=True) as store:
        events = store.events()
        summaries = {fmt: export_events(store, EventFilter(), fmt, tmp_path / f"out-{fmt}")
                     for fmt in ("gdelt", "plover", "parquet", "csv")}
    ids = [e.id for e in events]
    assert len(ids) >= 5  # three articles with several events each
    assert {s.events for s in summaries.values()} == {len(ids)}

    gdelt_rows = [line.split("\t") for line in (tmp_path / "out-gdelt" / "events.tsv").read_text(encoding="utf-8").splitlines()]
    assert {len(row) for row in gdelt_rows} == {61}
    assert [row[0] for row in gdelt_rows] == [str(numeric_id(i)) for i in ids]
    assert [row[26] for row in gdelt_rows] == [e.cameo for e in events]  # EventCode
    mention_rows = (tmp_path / "out-gdelt" / "mentions.tsv").read_text(encoding="utf-8").splitlines()
    assert {len(line.split("\t")) for line in mention_rows} == {16}

    records = [json.loads(line) for line in (tmp_path / "out-plover").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    assert all(tuple(r) == plover_fields() and r["event"] and r["story_id"] for r in records)
    located = [(r["event_loc"]["lat"], r["event_loc"]["lon"]) for r in records if r["event_loc"]]
    assert located == [(e.location.lat, e.location.lon) for e in events if e.location]

    back = duckdb.connect().execute(
        f"SELECT id FROM read_parquet('{tmp_path / 'out-parquet'}/**/*.parquet', hive_partitioning = true)").fetchall()
    assert sorted(row[0] for row in back) == sorted(ids)
    with open(tmp_path / "out-csv", newline="", encoding="utf-8") as handle:
        assert [row["id"] for row in csv.DictReader(handle)] == ids
