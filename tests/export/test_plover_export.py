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
                                "identifier_id": "Q1", "office": "Minister", "name": "Claire Dupont",
                                "actor_id": coded.actors[0].id, "cameo_code": "FRAGOV"}]
    assert record["recipient"][0]["code"] == "DEU" and record["recipient"][0]["office"] == "Chancellor"
    assert record["event"] == ["CONSULT"] and record["mode"] == [] and record["quad_code"] == 1
    assert record["event_loc"] == {"extracted_place": "Berlin", "resolved_place": "Berlin", "geonameid": 2950159,
                                   "lat": 52.52437, "lon": 13.41053, "city": "Berlin", "province": None,
                                   "country": "Germany", "country_code": "DEU", "feature_class": "P",
                                   "resolution": 4}
    text = coded.article.text
    info = record["text_info"]
    assert text[info["start"]:info["end"]] == record["event_text"][0]
    assert text[info["trigger_start"]:info["trigger_end"]] == "met" and info["sequence"] == 0
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
    ("2018-SU", ("2018-06-01", "2018-08-31")),
    ("PRESENT_REF", (None, None)),
    (None, (None, None)),
])
def test_date_ranges(value, expected):
    assert date_range(value) == expected


def test_filters_apply(tmp_path):
    records = _records(tmp_path, EventFilter(event_type="protest"))
    assert [r["event"] for r in records.values()] == [["PROTEST"]]


def test_quad_code_follows_the_plover_type_table_and_context_carries_auxiliary_modes(tmp_path):
    records = _records(tmp_path)
    protest, threat, deal = (records[e.id] for e in protest_article().events)
    assert protest["quad_code"] == 4 and threat["quad_code"] == 3
    # The fixture's threat is dated 2021 in an article of 2025: background history.
    assert threat["historical"] is True and threat["context"] == ["historical"]
    assert deal["context"] == ["hypothetical"] and protest["context"] == [] and protest["historical"] is False


def test_entity_text_is_the_words_of_the_article():
    from tacitus.export.plover import plover_record

    mentions = json.dumps([{"text": "Kim Jong-un", "start": 0, "end": 11}, {"text": "the North Korean leader", "start": 80, "end": 103}])
    row = {"id": "e", "event_type": "SANCTION", "quad_class": 4, "trigger_start": 110, "source_actor_id": "a",
           "source_name": "Kim Jong-un", "source_country": "PRK", "source_sector": "GOV", "source_mentions": mentions}
    record = plover_record(row, "tacitus test")
    assert record["actor"][0]["entity_text"] == "the North Korean leader"
    assert record["actor"][0]["name"] == "Kim Jong-un"
    assert record["quad_code"] == 3  # PLOVER: SANCTION is verbal conflict, whatever the CAMEO root says


def test_undated_events_are_warned_about(tmp_path):
    from tacitus.model import ActorRef, Article, Coded, Event, content_id

    article = Article(id=content_id("undated", "x"), text="Chile accused Peru on Monday.", title="t")
    event = Event(id="u1", article_id=article.id, sentence=0, evidence=article.text, event_type="ACCUSE",
                  cameo="112", quad_class=3, goldstein=-2.0, date=None, modality="asserted", confidence=0.5, why="t",
                  source=ActorRef(actor_id="chile", name="Chile", country="CHL"))
    with Store(tmp_path / "u.duckdb") as store:
        store.write([Coded(article=article, actors=(), events=(event,), quotes=())])
    with Store(tmp_path / "u.duckdb", read_only=True) as store:
        summary = export_events(store, EventFilter(), "plover", tmp_path / "u.jsonl")
    assert summary.warnings and "1 of 1 events have no date" in summary.warnings[0]
    assert "--published" in summary.warnings[0]
