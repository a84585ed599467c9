"""PLOVER/POLECAT export: every record carries every field, required ones filled, values right."""

from __future__ import annotations

import json

import pytest

from export_fixtures import accusation_article, make_store, protest_article, visit_article
from tacitus.export import export_events
from tacitus.export.columns import plover_fields, plover_required
from tacitus.export.fields import date_range
from tacitus.store import EventFilter, Store


def _records(tmp_path, where=EventFilter()):
    db = make_store(tmp_path / "t.duckdb")
    with Store(db, read_only=True) as store:
        summary = export_events(store, where, "plover", tmp_path / "events.jsonl")
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert summary.events == len(lines)
    return {record["id"]: record for record in map(json.loads, lines)}


def test_field_list_holds_the_manuals_required_fields():
    assert plover_required() == {"id", "date", "actor", "event"}
    assert plover_fields()[:4] == ("id", "date", "enddate", "actor")


def test_every_record_has_every_field_in_order_and_the_required_ones(tmp_path):
    records = _records(tmp_path)
    assert len(records) == 5
    for record in records.values():
        assert tuple(record) == plover_fields()
        assert record["id"] and record["event"] and isinstance(record["actor"], list)
        assert all(isinstance(record[key], list) for key in ("actor", "recipient", "event", "mode", "context", "event_text"))


def test_values_of_a_dyadic_located_event(tmp_path):
    coded = visit_article()
    record = _records(tmp_path)[coded.events[0].id]
    assert (record["date"], record["enddate"]) == ("2024-03-05", None)
    assert record["actor"] == [{"code": "FRA", "country": "FRA", "sector": "GOV", "entity_text": "Claire Dupont",
                                "identifier_id": "Q1", "office": "Minister", "actor_id": coded.actors[0].id,
                                "cameo_code": "FRAGOV"}]
    assert record["recipient"][0]["code"] == "DEU" and record["recipient"][0]["office"] == "Chancellor"
    assert record["event"] == ["CONSULT"] and record["mode"] == [] and record["quad_code"] == 1
    assert record["event_loc"] == {"extracted_place": "Berlin", "resolved_place": "Berlin", "geonameid": 2950159,
                                   "lat": 52.52437, "lon": 13.41053, "country_code": "DEU", "feature_class": "P",
                                   "resolution": 4}
    assert record["event_text"] == ["Minister Claire Dupont met Chancellor Jonas Weber in Berlin on Tuesday."]
    assert record["story_id"] == coded.article.id and record["publication_date"] == "2024-03-05"
    assert record["cite_info"]["url"] == "https://www.example.org/news/visit"
    assert record["cite_info"]["publication"] == "Example Wire"
    assert (record["cameo"], record["goldstein"], record["modality"]) == ("042", 1.9, "asserted")
    assert record["quote_ids"] == [coded.quotes[0].id]
    assert record["coder"].startswith("tacitus ")


def test_partial_dates_become_ranges_and_missing_parts_are_empty(tmp_path):
    records = _records(tmp_path)
    accusation = records[accusation_article().events[0].id]
    assert (accusation["date"], accusation["enddate"], accusation["date_value"]) == ("2023-06-01", "2023-06-30", "2023-06")
    assert accusation["mode"] == ["disapprove"] and accusation["event_loc"] is None
    protest, threat, deal = (records[e.id] for e in protest_article().events)
    assert protest["recipient"] == [] and protest["event_loc"]["country_code"] == "USA"
    assert (threat["date"], threat["enddate"]) == ("2021-01-01", "2021-12-31")
    assert (deal["date"], deal["enddate"], deal["modality"]) == (None, None, "hypothetical")


@pytest.mark.parametrize("value, expected", [
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2018-Q3", ("2018-07-01", "2018-09-30")),
    ("2018-W41", ("2018-10-08", "2018-10-14")),
    ("2018-10-07T10:00", ("2018-10-07", None)),
    ("2018-SU", (None, None)),
    (None, (None, None)),
])
def test_date_ranges(value, expected):
    assert date_range(value) == expected


def test_filters_apply(tmp_path):
    records = _records(tmp_path, EventFilter(event_type="protest"))
    assert [r["event"] for r in records.values()] == [["PROTEST"]]
