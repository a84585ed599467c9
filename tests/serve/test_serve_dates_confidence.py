"""The API reads dates by the CLI's rules (tacitus.dates) and filters on confidence."""

from __future__ import annotations

import pytest

from factories import article, coded, event
from serve_support import client, hand_db, make_client  # noqa: F401 - pytest fixtures
from tacitus.store import Store


@pytest.mark.parametrize("path", ["/api/events", "/api/articles", "/api/clusters", "/api/overview"])
@pytest.mark.parametrize("value", ["07/10/2018", "2018-13", "2018-02-30", "1997-4-1", "April"])
def test_dates_that_are_not_iso_are_a_422_envelope(client, path, value):
    response = client.get(path, params={"date_from": value})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_parameter" and "YYYY, YYYY-MM or YYYY-MM-DD" in error["message"]


def test_month_dated_events_are_in_their_month_only(client):
    def types(**params):
        return {e["event_type"] for e in client.get("/api/events", params=params).json()["items"]}

    # The EU sanctions are dated "2024-03": inside March, not known to be on 12 March.
    assert "SANCTION" in types(date_from="2024-03", date_to="2024-03")
    assert "SANCTION" not in types(date_from="2024-03-12", date_to="2024-03-12")
    assert types(date_from="2024-03-12", date_to="2024-03-12") == {"PROTEST"}


def test_min_confidence(client):
    total = client.get("/api/events").json()["total"]
    assert client.get("/api/events", params={"min_confidence": 0.8}).json()["total"] == total
    assert client.get("/api/events", params={"min_confidence": 0.81}).json()["total"] == 0
    assert client.get("/api/events", params={"min_confidence": 2}).status_code == 422


def test_events_carry_their_outlets_and_download_as_csv_and_json(client):
    body = client.get("/api/events").json()
    assert body["items"][0]["date"] >= body["items"][-1]["date"]  # newest first by default
    assert {body["outlets"][e["article_id"]] for e in body["items"]} == {"Test Wire", "Other Wire", "<b>Bold Wire</b>"}
    response = client.get("/api/events/download", params={"format": "csv", "country": "FRA"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    lines = response.text.splitlines()
    assert lines[0].startswith("id,") and lines[0].endswith(",outlet,url,published") and len(lines) == 3
    records = client.get("/api/events/download", params={"format": "json", "country": "FRA"}).json()
    assert len(records) == 2 and {r["outlet"] for r in records} == {"Test Wire"}


def test_historical_filter(tmp_path, make_client):
    news = article("Chile and Peru held talks on Monday. They signed a border treaty in 1929.", published="2018-10-09")
    with Store(tmp_path / "h.duckdb") as store:
        store.write([coded(news, events=[
            event(news, "talks", evidence="Chile and Peru held talks on Monday.", date="2018-10-08"),
            event(news, "treaty", evidence="They signed a border treaty in 1929.", date="1929")])])
    api = make_client(tmp_path / "h.duckdb")

    def dates(**params):
        return [e["date"] for e in api.get("/api/events", params=params).json()["items"]]

    assert dates(historical="true") == ["1929"]
    assert dates(historical="false") == ["2018-10-08"]
    assert sorted(dates()) == ["1929", "2018-10-08"]
