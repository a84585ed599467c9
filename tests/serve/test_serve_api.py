"""The JSON API over a store of hand-written records: listings, filters, paging, sorting, spans,
aggregates and clusters (in-process, httpx ASGI transport)."""

from __future__ import annotations

import duckdb

from tacitus.model import Event
from serve_support import client, hand_db, make_client  # noqa: F401 - pytest fixtures


def test_events_are_contract_records_with_total_and_paging(client):
    body = client.get("/api/events").json()
    assert body["total"] == 6 and len(body["items"]) == 6
    expected_keys = set(Event.__dataclass_fields__)
    assert all(set(item) == expected_keys for item in body["items"])
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 6 and page["limit"] == 2 and page["offset"] == 2
    assert [e["id"] for e in page["items"]] == [e["id"] for e in body["items"][2:4]]


def test_sorting_by_whitelisted_columns_both_ways(client):
    up = client.get("/api/events", params={"sort": "goldstein"}).json()["items"]
    down = client.get("/api/events", params={"sort": "-goldstein"}).json()["items"]
    assert [e["goldstein"] for e in up] == sorted(e["goldstein"] for e in up)
    assert [e["goldstein"] for e in down] == sorted((e["goldstein"] for e in down), reverse=True)


def test_each_event_filter_narrows(client):
    def ids(**params):
        return {e["event_type"] for e in client.get("/api/events", params=params).json()["items"]}

    assert ids(type="consult") == {"CONSULT"}
    assert ids(cameo="16") == {"SANCTION"}
    assert ids(country="rus") == {"SANCTION"}
    assert ids(dyad="FRA:DEU") == {"CONSULT", "REQUEST"}
    assert ids(dyad="DEU:FRA") == set()
    assert ids(dyad="DEU:FRA", either_direction="true") == {"CONSULT", "REQUEST"}
    assert ids(actor="dupont") == {"CONSULT", "REQUEST"}
    assert ids(modality="intended") == {"REQUEST"}
    assert ids(date_from="2024-03-06", date_to="2024-03-11") == {"ACCUSE", "ASSAULT"}
    assert ids(date_from="2024-03", date_to="2024-03") == {"CONSULT", "REQUEST", "PROTEST", "SANCTION", "ACCUSE", "ASSAULT"}
    assert ids(text="GRAIN") == {"REQUEST"}
    assert ids(quad_class=4) == {"SANCTION", "ASSAULT"}
    # Wildcard characters in a substring filter match literally.
    assert ids(text="%") == set()


def test_article_detail_has_text_records_and_every_kind_of_span(client):
    first = client.get("/api/articles", params={"sort": "published"}).json()["items"][0]
    assert first["title"] == "Dupont meets Weber in Berlin" and first["num_events"] == 2 and "text" not in first
    body = client.get(f"/api/articles/{first['id']}").json()
    text = body["article"]["text"]
    kinds = {s["kind"] for s in body["spans"]}
    assert kinds == {"actor", "trigger", "evidence", "date", "place", "quote"}
    by_id = {e["id"]: e for e in body["events"]}
    for span in body["spans"]:
        piece = text[span["start"]:span["end"]]
        if span["kind"] == "evidence":
            assert piece == by_id[span["ref"]]["evidence"]
        elif span["kind"] == "trigger":
            assert piece == by_id[span["ref"]]["trigger"]
        elif span["kind"] == "date":
            assert piece == by_id[span["ref"]]["date_text"]
        elif span["kind"] == "place":
            assert piece == "Berlin"
        elif span["kind"] == "quote":
            assert piece == body["quotes"][0]["text"]
    assert [s["start"] for s in body["spans"]] == sorted(s["start"] for s in body["spans"])


def test_unknown_article_is_404_in_the_envelope(client):
    response = client.get("/api/articles/nope")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_actors_quotes_and_articles_listings(client):
    actors = client.get("/api/actors", params={"country": "nga"}).json()
    assert {a["name"] for a in actors["items"]} == {"Protesters", "Nigeria"} and actors["total"] == 2
    assert all(a["mentions"] and "article_id" in a for a in actors["items"])
    assert client.get("/api/actors", params={"name": "WEBER"}).json()["total"] == 1
    quotes = client.get("/api/quotes", params={"speaker": "dupont"}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["speaker"]["code"] == "FRAGOV"
    assert client.get("/api/quotes", params={"speaker": "weber"}).json()["total"] == 0
    articles = client.get("/api/articles", params={"source": "Other Wire"}).json()
    assert [a["title"] for a in articles["items"]] == ["Protest in Lagos; EU sanctions"]


def test_timeline_counts_day_dated_events_per_period_and_group(client):
    day = client.get("/api/timeline", params={"interval": "day", "by": "type"}).json()
    counts = {(s["key"], p["period"]): p["count"] for s in day["series"] for p in s["points"]}
    assert counts[("CONSULT", "2024-03-05")] == 1 and counts[("ASSAULT", "2024-03-11")] == 1
    assert day["not_day_dated"] == 1  # the sanction is dated to a month only
    week = client.get("/api/timeline", params={"interval": "week", "by": "quad_class"}).json()
    weekly = {(s["key"], p["period"]): p["count"] for s in week["series"] for p in s["points"]}
    # 2024-03-05 is a Tuesday: its week starts on Monday 2024-03-04.
    assert weekly[("1", "2024-03-04")] == 2
    assert weekly[("3", "2024-03-11")] == 2 and weekly[("4", "2024-03-11")] == 1


def test_network_edges_count_dyads_with_mean_goldstein(client):
    body = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("FRAGOV", "DEUGOV")]["count"] == 2
    assert edges[("FRAGOV", "DEUGOV")]["mean_goldstein"] == round((1.9 - 1.0) / 2, 2)
    assert {n["id"] for n in body["nodes"]} >= {"FRAGOV", "DEUGOV", "EUR", "RUS"}
    countries = client.get("/api/network", params={"level": "country"}).json()
    assert ("FRA", "DEU") in {(e["source"], e["target"]) for e in countries["edges"]}


def test_map_and_overview(client):
    points = {p["name"]: p for p in client.get("/api/map").json()["points"]}
    assert points["Berlin"]["count"] == 2 and points["Lagos"]["lat"] == 6.45
    overview = client.get("/api/overview", params={"country": "FRA"}).json()
    assert overview["counts"]["events"] == 6 and overview["counts"]["matching_events"] == 2
    assert overview["top_dyads"][0] == {"source": "FRAGOV", "target": "DEUGOV", "count": 2, "mean_goldstein": 0.45,
                                        "source_label": "FRAGOV French government",
                                        "target_label": "DEUGOV German government"}


def test_clusters_are_empty_until_built_then_listed(client, hand_db, make_client):
    assert client.get("/api/clusters").json() == {"total": 0, "limit": 50, "offset": 0, "sort": "-num_mentions",
                                                  "items": []}
    client.app.state.database.close()
    events = [row[0] for row in duckdb.connect(str(hand_db), read_only=True).execute(
        "SELECT id FROM events WHERE event_type IN ('CONSULT', 'REQUEST') ORDER BY id").fetchall()]
    con = duckdb.connect(str(hand_db))
    con.execute("""CREATE TABLE clusters (id VARCHAR, event_type VARCHAR, cameo VARCHAR, date_first VARCHAR,
        date_last VARCHAR, source_country VARCHAR, source_sector VARCHAR, target_country VARCHAR,
        target_sector VARCHAR, location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
        location_lon DOUBLE, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_seen VARCHAR,
        representative_event_id VARCHAR, goldstein DOUBLE)""")
    con.execute("CREATE TABLE cluster_events (event_id VARCHAR, cluster_id VARCHAR, why VARCHAR)")
    con.execute("INSERT INTO clusters VALUES ('c1', 'CONSULT', '042', '2024-03-05', '2024-03-05', 'FRA', 'GOV', "
                "'DEU', 'GOV', 'Berlin', 'DEU', 52.5, 13.4, 2, 1, 1, '2024-03-05', ?, 1.9)", [events[0]])
    con.executemany("INSERT INTO cluster_events VALUES (?, 'c1', 'same day, dyad and type family')",
                    [[e] for e in events])
    con.close()
    body = make_client(hand_db).get("/api/clusters").json()
    assert body["total"] == 1
    assert body["items"][0]["event_ids"] == events and body["items"][0]["num_mentions"] == 2
    assert make_client(hand_db).get("/api/clusters", params={"country": "RUS"}).json()["total"] == 0
    detail = make_client(hand_db).get("/api/clusters/c1").json()
    assert detail["cluster"]["id"] == "c1" and detail["cluster"]["num_mentions"] == 2
    assert sorted(e["id"] for e in detail["events"]) == events
    assert set(detail["outlets"].values()) == {"Test Wire"}
    missing = make_client(hand_db).get("/api/clusters/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_openapi_documents_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert paths >= {"/api/events", "/api/events/download", "/api/clusters/{cluster_id}", "/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/quotes",
                     "/api/clusters", "/api/timeline", "/api/network", "/api/map", "/api/overview", "/api/code"}
    assert not any(p.startswith("/static") or p in ("/", "/map") for p in paths)  # pages stay out of the API
    event_params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert event_params >= {"type", "cameo", "actor", "country", "dyad", "date_from", "date_to", "modality", "text",
                            "limit", "offset", "sort"}
    body = spec["paths"]["/api/code"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "text" in body["required"]
