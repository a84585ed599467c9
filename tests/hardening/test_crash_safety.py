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

# Commit every batch of 4 (no grouping of writes), so that kills can land between and inside writes.
TACITUS = [sys.executable, "-m", "tacitus.cli", "run", "--batch-size", "4", "--commit-every", "0", "--no-progress",
           "--no-cluster"]
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


def _stored(db: Path) -> int | None:
    """Articles stored so far, read through a short read-only connection (None while the run
    holds the file for a write, or before it exists)."""
    if not db.exists():
        return None
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.Error:
        return None
    finally:
        con.close()


def _wait_for_articles(db: Path, target: int, process: subprocess.Popen, timeout: float) -> None:
    """Wait until at least ``target`` articles are stored (or the run ends, or time runs out).

    Waiting on progress rather than on fixed delays lands the kills mid-run whatever this
    machine's speed; the random extra sleep after it lands some of them inside a write.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        count = _stored(db)
        if count is not None and count >= target:
            return
        time.sleep(0.02)


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
    for kill in range(KILLS):
        process = subprocess.Popen([*TACITUS, str(corpus), "--db", str(db)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        # Kill at a random point of progress: once a random number of articles beyond the
        # stored ones is in, plus a random fraction of a second.
        already = _stored(db) or 0
        target = min(ARTICLES - 4, already + rng.randint(1, max(1, (ARTICLES - already) // (KILLS - kill))))
        _wait_for_articles(db, target, process, timeout=300)
        time.sleep(rng.uniform(0.0, 0.3))
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
