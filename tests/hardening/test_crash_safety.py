"""Crash safety: `tacitus run` killed with SIGKILL at random points, several times, then rerun:
the database always opens, never holds part of an article, and ends identical to an
uninterrupted run, table by table."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from corpus_maker import article_text

pytestmark = pytest.mark.slow

TACITUS = [sys.executable, "-m", "tacitus.cli", "run", "--batch-size", "4", "--no-progress"]
CHILD_TABLES = ("actors", "events", "quotes")
KILLS = 4
ARTICLES = 48


def _corpus(path: Path, count: int) -> None:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8") as out:
        for serial in range(count):
            title, body = article_text(rng, serial)
            out.write(json.dumps({"title": title, "text": body, "published": f"2022-04-{serial % 28 + 1:02d}"}) + "\n")


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted (opening read-write replays a killed run's log)."""
    con = duckdb.connect(str(db))
    try:
        return {table: sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in ("articles", *CHILD_TABLES, "failures")}
    finally:
        con.close()


def _assert_whole_articles(tables: dict[str, list[tuple]], reference: dict[str, list[tuple]]) -> int:
    """No row without its article, and every stored article has exactly its reference rows."""
    stored = {row[0] for row in tables["articles"]}
    assert tables["articles"] == [row for row in reference["articles"] if row[0] in stored]
    for table in CHILD_TABLES:
        column = 1  # article_id is the second column of actors, events and quotes
        assert {row[column] for row in tables[table]} <= stored, f"{table} rows without their article"
        assert tables[table] == [row for row in reference[table] if row[column] in stored], table
    assert tables["failures"] == []
    return len(stored)


def _state(db: Path) -> tuple:
    """Size and modification time of the database and its write-ahead log (stat only: no lock)."""
    state = []
    for path in (db, db.with_name(db.name + ".wal")):
        try:
            info = path.stat()
            state.append((info.st_size, info.st_mtime_ns))
        except FileNotFoundError:
            state.append(None)
    return tuple(state)


def _wait_for_write(db: Path, process: subprocess.Popen, timeout: float) -> bool:
    """Wait until the database files change (a batch is being written); False if the run ended."""
    before = _state(db)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if _state(db) != before:
            return True
        time.sleep(0.05)
    return False


def test_sigkill_at_random_points_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    _corpus(corpus, ARTICLES)
    reference_db = tmp_path / "reference.duckdb"
    done = subprocess.run([*TACITUS, str(corpus), "--db", str(reference_db)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    reference = _tables(reference_db)
    assert len(reference["articles"]) == ARTICLES and reference["events"]

    rng = random.Random(int(os.environ.get("TACITUS_KILL_SEED", "5")))
    db = tmp_path / "killed.duckdb"
    stored_after_kill: list[int] = []
    for _ in range(KILLS):
        process = subprocess.Popen([*TACITUS, str(corpus), "--db", str(db)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        # Kill at a random moment after the run starts writing (this machine's speed varies too
        # much for fixed delays): wait for the database files to change, then a random while.
        if _wait_for_write(db, process, timeout=300):
            time.sleep(rng.uniform(0.0, 2.5))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if db.exists():
            stored_after_kill.append(_assert_whole_articles(_tables(db), reference))

    print(f"articles stored after each of {KILLS} kills: {stored_after_kill}")
    assert any(0 < n < ARTICLES for n in stored_after_kill), f"no kill landed mid-run: {stored_after_kill}"
    done = subprocess.run([*TACITUS, str(corpus), "--db", str(db)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert _tables(db) == reference
