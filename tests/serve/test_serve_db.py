"""The server's database access: read-only, shared only in bursts, released when idle, and
yielded to a writer under sustained load, so `tacitus run` can write while the dashboard reads."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from tacitus.model import Article, Coded
from tacitus.serve.db import Database
from tacitus.store import Store
from serve_support import hand_db, make_client  # noqa: F401 - pytest fixtures

WRITER = """
import sys, time, duckdb
deadline = time.monotonic() + float(sys.argv[2])
while True:
    try:
        con = duckdb.connect(sys.argv[1])
        break
    except duckdb.IOException:
        if time.monotonic() > deadline:
            print("gave up", flush=True); sys.exit(1)
        time.sleep(0.02)
con.execute("INSERT INTO articles (id, text, title) VALUES ('new-article', 'Fresh text.', 'Fresh')")
con.close()
print("wrote", flush=True)
"""


def _wait_until(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_connection_is_released_when_idle_and_new_data_shows(hand_db, make_client):
    client = make_client(hand_db)
    database: Database = client.app.state.database
    database.idle_seconds = 0.05
    assert client.get("/api/articles").json()["total"] == 3
    assert _wait_until(lambda: not database.is_open)
    # Now another process can write, and the next request sees what it wrote.
    done = subprocess.run([sys.executable, "-c", WRITER, str(hand_db), "5"], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "wrote", done.stderr
    assert client.get("/api/articles").json()["total"] == 4


def test_a_writer_gets_in_while_readers_keep_asking(hand_db):
    database = Database(hand_db, max_age_seconds=0.2, yield_seconds=0.1, idle_seconds=0.5)
    stop = threading.Event()
    answered: list[int] = []
    errors: list[BaseException] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                with database.connect() as con:
                    answered.append(con.execute("SELECT count(*) FROM articles").fetchone()[0])
                    time.sleep(0.01)
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
                errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(0.3)
        done = subprocess.run([sys.executable, "-c", WRITER, str(hand_db), "10"], capture_output=True, text=True,
                              timeout=60)
        assert done.stdout.strip() == "wrote", done.stderr
        assert _wait_until(lambda: answered and answered[-1] == 4)
    finally:
        stop.set()
        for thread in threads:
            thread.join(10)
        database.close()
    assert errors == []
    assert answered[0] == 3


def test_concurrent_requests_share_one_connection_safely(hand_db):
    database = Database(hand_db)
    results: list[int] = []

    def work() -> None:
        for _ in range(20):
            with database.connect() as con:
                results.append(con.execute("SELECT count(*) FROM events").fetchone()[0])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    database.close()
    assert results == [6] * 160


def test_this_process_can_write_after_the_app_closes(hand_db, make_client):
    client = make_client(hand_db)
    assert client.get("/api/events").status_code == 200
    client.app.state.database.close()
    with Store(hand_db) as store:
        assert store.write([Coded(article=Article(id="later", text="Later text."))]) == 1
    assert client.get("/api/articles").json()["total"] == 4
