"""CSV and Parquet exports load back with equal rows (csv module, DuckDB, pyarrow)."""

from __future__ import annotations

import csv
import datetime as dt

import duckdb
import pyarrow.dataset as ds

from export_fixtures import accusation_article, make_store, protest_article, visit_article
from tacitus.export import export_events
from tacitus.export.query import event_columns
from tacitus.store import EventFilter, Store


def _stored_rows(db, columns):
    with duckdb.connect(str(db), read_only=True) as con:
        names = ", ".join(f'"{c}"' for c in columns)
        return {row[0]: row for row in con.execute(f"SELECT {names} FROM events").fetchall()}


def test_csv_has_a_header_and_loads_back_equal(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    with Store(db, read_only=True) as store:
        columns = event_columns(store)
        summary = export_events(store, EventFilter(), "csv", tmp_path / "events.csv")
    assert summary.events == 5 and columns[0] == "id" and "position" not in columns
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [*columns, "historical"]
    by_id = {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}
    assert len(by_id) == 5
    # Quotes, a comma and a line break inside a field survive RFC 4180 quoting.
    accusation = accusation_article().events[0]
    assert by_id[accusation.id]["evidence"] == accusation.evidence
    assert '"' in accusation.evidence and "\n" in accusation.evidence
    visit = by_id[visit_article().events[0].id]
    assert (visit["cameo"], visit["date"], visit["location_lat"], visit["source_code"]) == ("042", "2024-03-05", "52.52437", "FRAGOV")
    assert visit["historical"] == "false" and by_id[protest_article().events[1].id]["historical"] == "true"
    # DuckDB's reader sees the same values as the store.
    con = duckdb.connect()
    back = con.read_csv(str(tmp_path / "events.csv"), header=True, quotechar='"', escapechar='"',
                        dtype={"cameo": "VARCHAR", "date": "VARCHAR"})
    assert back.columns == [*columns, "historical"]
    stored = _stored_rows(db, columns)
    loaded = {row[0]: row[:len(columns)] for row in back.fetchall()}
    assert loaded.keys() == stored.keys()
    for event_id, row in loaded.items():
        assert [str(v) if v is not None else None for v in row] == [str(v) if v is not None else None for v in stored[event_id]]


def test_parquet_is_partitioned_by_year_and_month_and_reads_back(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    out = tmp_path / "events.parquet"
    with Store(db, read_only=True) as store:
        columns = event_columns(store)
        summary = export_events(store, EventFilter(), "parquet", out)
    folders = sorted(str(p.parent.relative_to(out)) for p in out.rglob("*.parquet"))
    assert folders == ["year=2021/month=unknown", "year=2023/month=06", "year=2024/month=03",
                       "year=2025/month=01", "year=unknown/month=unknown"]
    assert len(summary.files) == 5
    stored = _stored_rows(db, columns)
    con = duckdb.connect()
    rows = con.execute(f"SELECT * FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true)").fetchall()
    described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true)").fetchall()
    names = [d[0] for d in described]
    types = {d[0]: d[1] for d in described}
    # The events columns, with date as a DATE plus its end, precision and coded value; then the article.
    at = columns.index("date")
    assert names[:at] == columns[:at]
    assert names[at:at + 4] == ["date", "date_end", "date_precision", "date_value"]
    assert names[at + 4:at + 4 + len(columns) - at - 1] == columns[at + 1:]
    assert set(names[at + 4 + len(columns) - at - 1:]) == {"historical", "published", "source", "url", "title",
                                                            "cluster_id", "year", "month"}
    assert (types["date"], types["date_end"], types["historical"]) == ("DATE", "DATE", "BOOLEAN")
    loaded = {row[0]: dict(zip(names, row)) for row in rows}
    for event_id, row in stored.items():  # same ids, same values, same types (date as date_value)
        expected = dict(zip(columns, row))
        expected["date_value"] = expected.pop("date")
        assert {key: loaded[event_id][key] for key in expected} == expected
    undated = next(e for e in protest_article().events if e.date is None)
    table = ds.dataset(str(out), partitioning="hive").to_table()
    assert sorted(table.column("id").to_pylist()) == sorted(stored)
    by_id = {row["id"]: row for row in table.to_pylist()}
    assert str(by_id[undated.id]["year"]) == "unknown" and by_id[undated.id]["date"] is None
    visit = by_id[visit_article().events[0].id]
    assert (visit["location_lat"], visit["location_lon"], visit["cameo"]) == (52.52437, 13.41053, "042")
    assert (visit["date"], visit["date_precision"]) == (dt.date(2024, 3, 5), "day")
    assert (visit["published"], visit["source"], visit["url"], visit["title"]) == \
        ("2024-03-05", "Example Wire", "https://www.example.org/news/visit", "Dupont meets Weber")
    accusation = by_id[accusation_article().events[0].id]
    assert (accusation["date"], accusation["date_end"], accusation["date_precision"], accusation["date_value"]) == \
        (dt.date(2023, 6, 1), dt.date(2023, 6, 30), "month", "2023-06")
    assert visit["cluster_id"] is None


def test_parquet_carries_the_cluster_id(tmp_path):
    from export_fixtures import add_clusters

    db = make_store(tmp_path / "t.duckdb")
    event = visit_article().events[0]
    add_clusters(db, event.id, mentions=1, articles=1, sources=1, first_seen="2024-03-05")
    with Store(db, read_only=True) as store:
        export_events(store, EventFilter(), "parquet", tmp_path / "p")
    rows = duckdb.connect().execute(
        f"SELECT id, cluster_id FROM read_parquet('{tmp_path / 'p'}/**/*.parquet', hive_partitioning = true)").fetchall()
    assert dict(rows)[event.id] == "c1" and sorted(v for v in dict(rows).values() if v) == ["c1"]


def test_filters_and_limit_reach_the_file_formats(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    with Store(db, read_only=True) as store:
        summary = export_events(store, EventFilter(date_from="2023", date_to="2024", limit=1), "csv", tmp_path / "one.csv")
        expected = [e.id for e in store.events(EventFilter(date_from="2023", date_to="2024", limit=1))]
    with open(tmp_path / "one.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert summary.events == 1 and [row["id"] for row in rows] == expected
