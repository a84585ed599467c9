"""Cluster summary rows, the query functions and the `clusters` command."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from tacitus.clusters import cluster_members, cluster_of, cluster_pending, list_clusters, register
from tacitus.errors import StoreError
from tacitus.store import Store

from .cluster_fixtures import E, coded, event_id, store_with

MEET = ("CONSULT", "042")


def _summit(tmp_path) -> Store:
    """One summit in three articles from two outlets, and an unrelated protest."""
    return store_with(tmp_path / "t.duckdb", [
        coded("late", "2018-10-08", "Wire Two", [E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang", confidence=0.6)]),
        coded("first", "2018-10-07", "Wire One", [E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", None, confidence=0.9)]),
        coded("again", "2018-10-07", "Wire One", [E(*MEET, "PRKGOV", "USAGOV", "2018-10-07", None, confidence=0.9)]),
        coded("demo", "2018-10-07", "Wire One", [E("PROTEST", "141", "KENCVL", "KENGOV", "2018-10-07", "Nairobi")]),
    ])


def test_summary_row_counts_reports_and_picks_the_most_complete_representative(tmp_path):
    store = _summit(tmp_path)
    cluster_pending(store)
    summit = cluster_of(store, event_id("late", 0))
    assert summit is not None
    assert (summit.num_mentions, summit.num_articles, summit.num_sources) == (3, 3, 2)
    assert summit.first_seen == "2018-10-07"
    # "late" is the only report with source, target and place: it represents the happening.
    assert summit.representative_event_id == event_id("late", 0)
    assert (summit.source_country, summit.target_country, summit.location_name) == ("USA", "PRK", "Pyongyang")
    assert (summit.date_first, summit.date_last) == ("2018-10-07", "2018-10-07")
    assert set(summit.event_ids) == {event_id(n, 0) for n in ("late", "first", "again")}
    # Named after its first report (earliest published, then article id): stable across runs.
    assert summit.to_dict()["id"] == summit.id and isinstance(summit.to_dict()["event_ids"], list)


def test_list_filters_and_members(tmp_path):
    store = _summit(tmp_path)
    cluster_pending(store)
    assert [c.event_type for c in list_clusters(store)] == ["CONSULT", "PROTEST"]  # most reported first
    assert [c.event_type for c in list_clusters(store, min_articles=2)] == ["CONSULT"]
    assert [c.event_type for c in list_clusters(store, country="ken")] == ["PROTEST"]
    assert [c.event_type for c in list_clusters(store, event_type="protest")] == ["PROTEST"]
    assert list_clusters(store, date_from="2018-10-08") == []
    assert len(list_clusters(store, date_to="2018-10")) == 2
    assert len(list_clusters(store, limit=1)) == 1
    members = cluster_members(store, cluster_of(store, event_id("first", 0)).id)
    assert [m["article_id"] for m in members][0] == members[0]["article_id"]
    assert {m["event_id"] for m in members} == {event_id(n, 0) for n in ("late", "first", "again")}
    assert members[0]["why"].startswith("first report of CONSULT")
    assert cluster_of(store, "no-such-event") is None


def test_reading_before_clustering_says_what_to_do(tmp_path):
    store = _summit(tmp_path)
    with pytest.raises(StoreError, match="tacitus clusters"):
        list_clusters(store)


def test_clusters_command_lists_json_rebuilds_and_shows_members(tmp_path):
    _summit(tmp_path).close()
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command keeps typer from collapsing the app into one command
        """Unused."""

    runner = CliRunner()
    db = str(tmp_path / "t.duckdb")
    before = (tmp_path / "t.duckdb").read_bytes()
    listing = runner.invoke(app, ["clusters", "--db", db, "--json"])  # a listing never writes
    assert listing.exit_code != 0 and "--update" in str(listing.exception)
    assert (tmp_path / "t.duckdb").read_bytes() == before
    result = runner.invoke(app, ["clusters", "--db", db, "--update", "--min-articles", "2", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["event_type"], r["num_articles"]) for r in rows] == [("CONSULT", 3)]
    table = runner.invoke(app, ["clusters", "--db", db, "--rebuild", "--type", "PROTEST"])
    assert table.exit_code == 0 and "clustered 4 new events; 2 clusters" in table.output
    assert "1 clusters" in table.output
    protests = json.loads(runner.invoke(app, ["clusters", "--db", db, "--no-update", "--type", "protest", "--json"]).output)
    assert [r["event_type"] for r in protests] == ["PROTEST"]
    shown = runner.invoke(app, ["clusters", "--db", db, "--no-update", "--members", rows[0]["id"], "--json"])
    assert len(json.loads(shown.output)) == 3


def test_clusters_command_keeps_the_stored_window_and_refuses_a_missing_database(tmp_path):
    _summit(tmp_path).close()
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:
        """Unused."""

    runner = CliRunner()
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(app, ["clusters", "--db", db, "--rebuild", "--window", "3", "--json"]).exit_code == 0
    again = runner.invoke(app, ["clusters", "--db", db, "--json"])  # no --window: the stored 3 days
    assert again.exit_code == 0, again.output
    with Store(db) as store:
        assert store.connection.execute("SELECT value FROM cluster_settings").fetchone()[0] == "3"
    missing = runner.invoke(app, ["clusters", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code != 0 and isinstance(missing.exception, StoreError)
    assert not (tmp_path / "none.duckdb").exists()
