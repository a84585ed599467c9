"""The dashboard keeps answering while `tacitus run` adds articles, and shows them (slow: a real
run in another process loads spaCy)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tacitus.store import Store
from serve_support import REPO
from serve_support import make_client  # noqa: F401 - pytest fixtures

pytestmark = pytest.mark.slow


def test_api_answers_during_a_run_and_sees_every_new_article(tmp_path, make_client):
    db = tmp_path / "live.duckdb"
    Store(db).close()  # an empty database, as after a first run that found nothing
    # On a loaded machine one batch write can hold the file for seconds: the client waits for it
    # (the run, for its part, waits for the server's reads as long as needed).
    client = make_client(db, db_wait_seconds=120)
    run = subprocess.Popen([sys.executable, "-m", "tacitus.cli", "run", str(REPO / "examples" / "articles"),
                            "--db", str(db), "--batch-size", "2", "--no-progress"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    statuses, totals = [], []
    deadline = time.monotonic() + 300
    while run.poll() is None and time.monotonic() < deadline:
        response = client.get("/api/articles", params={"limit": 1})
        statuses.append(response.status_code)
        if response.status_code == 200:
            totals.append(response.json()["total"])
        time.sleep(0.05)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 0, err
    assert statuses and set(statuses) == {200}, [s for s in statuses if s != 200][:5]
    assert totals == sorted(totals)  # articles only ever appear, batch by batch
    final = client.get("/api/articles").json()["total"]
    assert final == 7 and client.get("/api/events", params={"limit": 1}).json()["total"] > 0
