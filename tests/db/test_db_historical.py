"""The historical filter: events dated well before their article's publication (PLOVER's mode)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.db.filters import EventFilter
from tacitus.store import Store

from factories import article, coded, event

TEXT = ("Chile and Peru held talks in Lima on Monday. The two countries first signed a border treaty in 1929. "
        "Ministers met again last month.")


def _store(path):
    news = article(TEXT, published="2018-10-09")
    rows = [event(news, "talks", evidence="Chile and Peru held talks in Lima on Monday.", date="2018-10-08"),
            event(news, "treaty", evidence="The two countries first signed a border treaty in 1929.", date="1929",
                  event_type="AGREE", cameo="057"),
            event(news, "month", evidence="Ministers met again last month.", date="2018-09")]
    with Store(path) as store:
        store.write([coded(news, events=rows)])
    return {e.evidence[:12]: e.id for e in rows}


def test_historical_keeps_or_drops_events_dated_well_before_publication(tmp_path):
    ids = _store(tmp_path / "t.duckdb")
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        old = {e.id for e in store.events(EventFilter(historical=True))}
        news = {e.id for e in store.events(EventFilter(historical=False))}
        everything = {e.id for e in store.events(EventFilter())}
    assert old == {ids["The two coun"]}
    # "last month" ends 9 days before publication: not historical, so it stays with the news.
    assert news == {ids["Chile and Pe"], ids["Ministers me"]}
    assert everything == old | news


def test_the_cli_takes_the_historical_flag(tmp_path):
    _store(tmp_path / "t.duckdb")
    runner = CliRunner()
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "t.duckdb"), "--no-historical", "--json"])
    assert result.exit_code == 0, result.output
    assert sorted(e["date"] for e in json.loads(result.output)) == ["2018-09", "2018-10-08"]
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "t.duckdb"), "--historical", "--json"])
    assert [e["date"] for e in json.loads(result.output)] == ["1929"]

