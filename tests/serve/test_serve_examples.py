"""The API over a store built by the real coder from the example articles (slow: loads spaCy)."""

from __future__ import annotations

import duckdb
import pytest
from serve_support import examples_db, make_client  # noqa: F401 - pytest fixtures

pytestmark = pytest.mark.slow


@pytest.fixture
def examples_client(examples_db, make_client, coder):
    return make_client(examples_db, coder_factory=lambda: coder)


def _count(path, table: str) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_listings_cover_the_whole_store(examples_client, examples_db):
    client = examples_client
    totals = {name: client.get(f"/api/{name}", params={"limit": 1}).json()["total"]
              for name in ("events", "articles", "actors", "quotes")}
    client.app.state.database.close()
    assert totals == {name: _count(examples_db, name) for name in totals}
    assert totals["articles"] >= 13 and totals["events"] > 50


def test_every_article_view_locates_its_evidence_and_triggers(examples_client):
    client = examples_client
    articles = client.get("/api/articles", params={"limit": 100}).json()["items"]
    located = missing = 0
    for summary in articles:
        body = client.get(f"/api/articles/{summary['id']}").json()
        text = body["article"]["text"]
        evidence = {s["ref"]: s for s in body["spans"] if s["kind"] == "evidence"}
        for event in body["events"]:
            span = evidence.get(event["id"])
            if span is None:
                missing += 1
                continue
            located += 1
            assert text[span["start"]:span["end"]] == event["evidence"]
            if event["trigger_start"] is not None:
                assert span["start"] <= event["trigger_start"] < span["end"]
        for span in body["spans"]:
            if span["kind"] == "actor":
                assert text[span["start"]:span["end"]].strip()
    # Evidence is a sentence of the text: every event's evidence is found.
    assert located > 50 and missing == 0


def test_aggregates_agree_with_the_event_list(examples_client):
    client = examples_client
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    overview = client.get("/api/overview").json()
    assert sum(row["count"] for row in overview["by_type"]) == total
    timeline = client.get("/api/timeline", params={"interval": "week", "by": "quad_class"}).json()
    drawn = sum(p["count"] for s in timeline["series"] for p in s["points"])
    assert drawn + timeline["not_day_dated"] == total
    consult = client.get("/api/events", params={"type": "CONSULT", "limit": 500}).json()
    assert consult["total"] == next(r["count"] for r in overview["by_type"] if r["event_type"] == "CONSULT")
    assert client.get("/api/map").json()["points"]


def test_code_endpoint_with_the_real_coder(examples_client):
    text = ("Ministers agree to reopen border\n\nThe foreign ministers of Chile and Peru met in Lima on Monday "
            "and agreed to reopen their shared border crossing next month, officials said.")
    before = examples_client.get("/api/events", params={"limit": 1}).json()["total"]
    response = examples_client.post("/api/code", json={"text": text, "published": "2025-05-12"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["article"]["title"] == "Ministers agree to reopen border"
    assert {e["event_type"] for e in body["events"]} & {"CONSULT", "AGREE"}
    assert any(s["kind"] == "evidence" for s in body["spans"])
    assert examples_client.get("/api/events", params={"limit": 1}).json()["total"] == before
