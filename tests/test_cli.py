"""The `tacitus` command end to end: run, rerun, bad input, code, queries, interrupted runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES
from tacitus.store import Store

pytestmark = pytest.mark.slow

TACITUS = [sys.executable, "-m", "tacitus.cli"]


def _tacitus(*args: str, cwd: Path | None = None, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*TACITUS, *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=timeout)


ARTICLE = """Ministers agree to reopen border crossing

The two governments said the deal would restore trade within weeks.

NAIROBI (Tacitus Wire) - Kenya and Ethiopia agreed on Tuesday to reopen their main border
crossing, the Kenyan foreign ministry said.

Kenyan Foreign Minister Amina Odhiambo met her Ethiopian counterpart Dawit Bekele in Nairobi.

"This is a good day for both our peoples," Odhiambo told reporters.
"""


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory) -> Path:
    """A database built once from the shipped examples."""
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    result = _tacitus("run", str(EXAMPLES), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return db


def test_run_examples_stores_articles_and_events(examples_db):
    with Store(examples_db, read_only=True) as store:
        counts = store.counts()
        failures = store.failures()
    assert failures == []
    assert counts["articles"] >= 10
    assert counts["events"] >= counts["articles"]
    assert counts["quotes"] >= counts["articles"]


def test_rerun_adds_nothing_and_changes_nothing(examples_db):
    with Store(examples_db, read_only=True) as store:
        before = store.counts()
    result = _tacitus("run", str(EXAMPLES), "--db", str(examples_db), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 0
    assert summary["skipped"] == summary["read"] == before["articles"]
    with Store(examples_db, read_only=True) as store:
        assert store.counts() == before


def test_query_commands_print_json_records(examples_db):
    events = json.loads(_tacitus("events", "--db", str(examples_db), "--json", "--limit", "5").stdout)
    assert 0 < len(events) <= 5
    assert {"id", "event_type", "cameo", "quad_class", "goldstein", "source", "target", "date", "location",
            "modality", "confidence", "why", "evidence"} <= set(events[0])
    actors = json.loads(_tacitus("actors", "--db", str(examples_db), "--json").stdout)
    assert actors and {"id", "name", "mentions", "country", "sector", "code", "kind"} <= set(actors[0])
    quotes = json.loads(_tacitus("quotes", "--db", str(examples_db), "--json").stdout)
    assert quotes and {"id", "text", "kind", "cue", "speaker", "start", "end"} <= set(quotes[0])
    table = _tacitus("events", "--db", str(examples_db), "--limit", "3")
    assert table.returncode == 0 and "events" in table.stdout
    every = json.loads(_tacitus("events", "--db", str(examples_db), "--json", "--limit", "1000").stdout)
    first = next(e for e in every if e["target"] and e["target"]["country"] and e["source"]["country"])
    dyad = f'{first["source"]["country"]}:{first["target"]["country"]}'
    same = json.loads(_tacitus("events", "--db", str(examples_db), "--dyad", dyad, "--json", "--limit", "1000").stdout)
    assert first["id"] in {e["id"] for e in same}
    assert all(e["source"]["country"] == first["source"]["country"] or
               (e["source"]["code"] or "").startswith(first["source"]["country"]) for e in same)
    bad = _tacitus("events", "--db", str(examples_db), "--dyad", "USA")
    assert bad.returncode == 1 and "SOURCE:TARGET" in bad.stderr


def test_bad_input_is_recorded_and_the_run_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "records.jsonl").write_text(
        json.dumps({"title": "Talks", "text": "Kenya and Uganda held talks on Monday in Kampala.", "date": "2024-05-06"})
        + "\n{not json\n", encoding="utf-8")
    (corpus / "notext.csv").write_text("title,date\nHello,2024-01-01\n", encoding="utf-8")
    db = tmp_path / "bad.duckdb"
    result = _tacitus("run", str(corpus), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 2
    assert summary["failed"] == 4
    assert summary["read"] == summary["new"] + summary["skipped"] + summary["failed"]
    with Store(db, read_only=True) as store:
        failures = store.failures()
        assert store.counts()["articles"] == 2
    assert {Path(f.path).name for f in failures} == {"empty.txt", "binary.txt", "records.jsonl", "notext.csv"}
    assert all(f.reason for f in failures)
    assert any(f.position == "line 2" for f in failures)


@pytest.mark.parametrize("content", [b"", bytes(range(256)) * 4])
def test_code_on_bad_input_exits_with_one_line(tmp_path, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = _tacitus("code", str(bad))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "error" in result.stderr.lower()


def test_code_reads_stdin_and_prints_the_contract(tmp_path):
    result = _tacitus("code", "-", "--published", "2024-05-07", "--source", "Tacitus Wire", "--json", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    coded = json.loads(result.stdout)
    assert set(coded) == {"article", "actors", "events", "quotes"}
    article = coded["article"]
    assert article["title"] == "Ministers agree to reopen border crossing"
    assert article["published"] == "2024-05-07" and article["source"] == "Tacitus Wire"
    for event in coded["events"]:
        assert article["text"][event["trigger_start"]:event["trigger_end"]] == event["trigger"]
    for actor in coded["actors"]:
        for mention in actor["mentions"]:
            assert article["text"][mention["start"]:mention["end"]] == mention["text"]
    event_sentences = {e["id"]: e["sentence"] for e in coded["events"]}
    for quote in coded["quotes"]:
        assert all(event_sentences[i] == quote["sentence"] for i in quote["event_ids"])


def test_missing_database_is_one_clear_line(tmp_path):
    result = _tacitus("events", "--db", str(tmp_path / "nothing.duckdb"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "tacitus run" in result.stderr


def _make_corpus(path: Path, count: int) -> None:
    """A JSONL corpus of distinct short articles written for this test."""
    countries = ["Kenya", "Uganda", "Ghana", "Peru", "Chile", "Norway", "Japan", "Egypt"]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            a, b = countries[i % 8], countries[(i + 3) % 8]
            text = (f"{a} and {b} held talks on trade on Monday, officials said. "
                    f"The foreign minister of {a} accused {b} of delaying payment number {i}. "
                    f"\"We expect progress,\" the minister said.")
            out.write(json.dumps({"id": str(i), "title": f"Talks {i}", "text": text, "date": "2024-05-07",
                                  "source": "Tacitus Wire"}) + "\n")


def _snapshot(db: Path) -> dict[str, object]:
    with Store(db, read_only=True) as store:
        return {"counts": store.counts(), "coded": [c.to_dict() for c in store.iter_coded()]}


def test_killed_run_leaves_a_consistent_database_and_a_rerun_completes_it(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _make_corpus(corpus, 150)
    reference = tmp_path / "reference.duckdb"
    assert _tacitus("run", str(corpus), "--db", str(reference), "--batch-size", "8").returncode == 0

    db = tmp_path / "killed.duckdb"
    process = subprocess.Popen([*TACITUS, "run", str(corpus), "--db", str(db), "--batch-size", "8"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not db.exists():
        time.sleep(0.1)
    time.sleep(4.0)  # model loading plus a few batches
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()

    with Store(db) as store:  # read-write: DuckDB replays the write-ahead log of the killed run
        partial = store.counts()
        # No events, actors or quotes without their article.
        con = store._con
        for table in ("events", "actors", "quotes"):
            orphans = con.execute(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0
    assert partial["articles"] <= 150

    assert _tacitus("run", str(corpus), "--db", str(db), "--batch-size", "8").returncode == 0
    assert _snapshot(db) == _snapshot(reference)


def test_usage_errors_and_help():
    missing = _tacitus("run")
    assert missing.returncode == 2 and "Missing argument" in missing.stderr and "Traceback" not in missing.stderr
    for command in ("run", "code", "events", "actors", "quotes", "eval", "bench"):
        shown = _tacitus(command, "--help")
        assert shown.returncode == 0 and "Usage" in shown.stdout, command


def test_run_no_wait_stops_when_another_run_holds_the_database(tmp_path):
    """With --no-wait, a second run on a locked database stops at once with a clear message."""
    from typer.testing import CliRunner

    from tacitus.cli import app
    from tacitus.runlock import RunLock

    (tmp_path / "a.txt").write_text("The mayor of Northvale met the council on Tuesday.", encoding="utf-8")
    db = tmp_path / "news.duckdb"
    with RunLock(db):
        result = CliRunner().invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(db), "--no-wait"])
    assert result.exit_code == 1 and "another tacitus run (pid" in str(result.exception)


@pytest.mark.slow
def test_run_clusters_the_new_events(tmp_path):
    """`tacitus run` ends by clustering: every stored event belongs to exactly one cluster, and
    reports of one happening from different outlets share one."""
    from typer.testing import CliRunner

    from tacitus.cli import app

    db = tmp_path / "news.duckdb"
    result = CliRunner().invoke(app, ["run", str(EXAMPLES / "cluster"), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        con = store.connection
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        members = con.execute("SELECT count(DISTINCT event_id) FROM cluster_events").fetchone()[0]
        widest = con.execute("SELECT max(num_articles) FROM clusters").fetchone()[0]
    assert events > 0 and members == events
    assert widest >= 2
