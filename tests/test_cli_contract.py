"""The command-line contract an analyst relies on: dates read one way (ISO only, exit 2 otherwise)
and compared as dates, confidence and value hints on the filters, --version, exit codes, no
wrapping when piped, and a message on Ctrl-C. Runs the real `tacitus` entry point (main)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tacitus.model import ActorRef, Article, Coded, Event, content_id
from tacitus.store import Store

TACITUS = [sys.executable, "-m", "tacitus.cli"]
LONG = ("Chile accused Peru of moving troops to the border, in a statement that ran on and on about the "
        "history of the dispute, the treaties of the past and the many meetings that came to nothing.")


def _tacitus(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*TACITUS, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def _event(article: Article, key: str, date: str | None, confidence: float, evidence: str = LONG) -> Event:
    return Event(id=content_id(article.id, key), article_id=article.id, sentence=0, evidence=evidence,
                 event_type="ACCUSE", cameo="112", quad_class=3, goldstein=-2.0, date=date, modality="asserted",
                 confidence=confidence, why="test", source=ActorRef(actor_id="chl", name="Chile", country="CHL",
                                                                     code="CHL"),
                 target=ActorRef(actor_id="per", name="Peru", country="PER", code="PER"))


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory) -> Path:
    """Events dated at every precision: a day, a month, a week, a year, 1841, and none."""
    db = tmp_path_factory.mktemp("cli") / "dated.duckdb"
    article = Article(id=content_id("dated", LONG), text=LONG, title="Dates", published="2018-07-02", source="Wire")
    events = (_event(article, "day", "2018-06-20", 0.9), _event(article, "month", "2018-06", 0.5),
              _event(article, "week", "2018-W26", 0.7), _event(article, "year", "2018", 0.4),
              _event(article, "old", "1841-01", 0.8), _event(article, "none", None, 0.6))
    with Store(db) as store:
        store.write([Coded(article=article, actors=(), events=events, quotes=())])
    return db


def _dates(db: Path, *args: str) -> list:
    result = _tacitus("events", "--db", str(db), "--json", *args)
    assert result.returncode == 0, result.stderr
    return sorted(e["date"] for e in json.loads(result.stdout))


def test_dates_compare_as_dates_with_their_precision(dated_db):
    # June 2018: the day, the month and the week of 25 June..1 July? No: W26 is 25 June to 1 July.
    assert _dates(dated_db, "--from", "2018-06", "--to", "2018-06") == ["2018-06", "2018-06-20"]
    assert _dates(dated_db, "--from", "2018", "--to", "2018") == ["2018", "2018-06", "2018-06-20", "2018-W26"]
    assert _dates(dated_db, "--to", "1900") == ["1841-01"]
    assert _dates(dated_db, "--from", "2018-06-21") == ["2018-W26"]


@pytest.mark.parametrize("args", [("--from", "07/10/2018"), ("--from", "April 1997"), ("--to", "1997-4-1"),
                                  ("--to", "2018-02-30")])
def test_dates_that_are_not_iso_exit_2_with_the_format(dated_db, args):
    result = _tacitus("events", "--db", str(dated_db), *args)
    assert result.returncode == 2
    assert "use ISO YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr and args[0] in result.stderr
    assert "Traceback" not in result.stderr


def test_export_and_code_take_the_same_dates(dated_db, tmp_path):
    result = _tacitus("export", "--db", str(dated_db), "--format", "csv", "--output", str(tmp_path / "x.csv"),
                      "--to", "1997-4-1")
    assert result.returncode == 2 and "--to '1997-4-1'" in result.stderr and not (tmp_path / "x.csv").exists()
    article = tmp_path / "a.txt"
    article.write_text("Chile accused Peru on Sunday.", encoding="utf-8")
    for value in ("07/10/2018", "2018-10"):
        result = _tacitus("code", str(article), "--published", value)
        assert result.returncode == 2 and "--published" in result.stderr, value


def test_min_confidence(dated_db):
    assert _dates(dated_db, "--min-confidence", "0.7") == ["1841-01", "2018-06-20", "2018-W26"]


def test_unknown_filter_values_get_a_hint(dated_db):
    result = _tacitus("events", "--db", str(dated_db), "--country", "China")
    assert result.returncode == 2 and "did you mean CHN?" in result.stderr
    result = _tacitus("events", "--db", str(dated_db), "--type", "FIGHT")
    assert result.returncode == 2 and "ASSAULT" in result.stderr
    result = _tacitus("events", "--db", str(dated_db), "--type", "acuse")
    assert result.returncode == 2 and "did you mean ACCUSE?" in result.stderr
    result = _tacitus("actors", "--db", str(dated_db), "--country", "Peruvian")
    assert result.returncode == 2 and "did you mean PER?" in result.stderr
    assert _tacitus("events", "--db", str(dated_db), "--country", "per").returncode == 0


def test_version():
    from tacitus import __version__

    result = _tacitus("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"tacitus {__version__}"


def test_tables_do_not_wrap_when_piped(dated_db):
    result = _tacitus("events", "--db", str(dated_db), "--from", "2018-06-20", "--to", "2018-06-20")
    assert result.returncode == 0
    rows = [line for line in result.stdout.splitlines() if "2018-06-20" in line]
    assert len(rows) == 1 and "Chile (CHL)" in rows[0] and "Peru (PER)" in rows[0] and "asserted" in rows[0]


def test_run_of_a_missing_input_exits_1_and_creates_nothing(tmp_path):
    result = _tacitus("run", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "t.duckdb"))
    assert result.returncode == 1 and "no such file or folder" in result.stderr
    assert not (tmp_path / "t.duckdb").exists()


@pytest.mark.slow
def test_run_where_every_input_fails_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = _tacitus("run", str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"), "--db", str(tmp_path / "t.duckdb"))
    assert result.returncode == 1 and "every input failed" in result.stderr


@pytest.mark.slow
def test_ctrl_c_says_what_was_kept(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": str(i), "published": "2020-01-02",
                                          "text": f"Chile accused Peru of moving troops, report {i}."}) + "\n"
                              for i in range(3000)), encoding="utf-8")
    process = subprocess.Popen([*TACITUS, "run", str(corpus), "--db", str(tmp_path / "t.duckdb")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(8)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted: everything committed so far is kept" in stderr and "Traceback" not in stderr
