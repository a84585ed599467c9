"""Opening the file: a writer waits for readers as long as needed, and the server lets go of its
read connection as soon as a writer waits."""

from __future__ import annotations

import threading
import time

import duckdb
import pytest

from tacitus.db.connect import DatabaseBusy, connect, wait_flag, writer_waiting
from tacitus.model import Article, Coded, content_id
from tacitus.serve.db import Database
from tacitus.store import Store


def _article(text: str) -> Coded:
    return Coded(article=Article(id=content_id(text), text=text, title=text[:20]))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    Store(path).close()
    return path


def _hold_read_only(path, seconds: float) -> threading.Thread:
    """A reader that keeps the file open for ``seconds`` (another connection of this process:
    DuckDB refuses a writer meanwhile, as it refuses one while another process reads)."""
    opened = threading.Event()

    def hold() -> None:
        con = duckdb.connect(str(path), read_only=True)
        opened.set()
        time.sleep(seconds)
        con.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    opened.wait(10)
    return thread


def test_a_writer_waits_for_a_reader_and_says_so(db):
    reader = _hold_read_only(db, 1.6)
    messages: list[str] = []
    started = time.monotonic()
    with Store(db, on_wait=messages.append) as store:
        assert store.write([_article("Rebels attacked the garrison on Monday.")]) == 1
    assert time.monotonic() - started >= 1.0
    assert len(messages) == 1 and messages[0].startswith(f"waiting for {db}")
    assert not wait_flag(db).exists()  # the flag is gone once the writer is in
    reader.join()


def test_a_reader_gives_up_after_its_timeout(db):
    with duckdb.connect(str(db)):  # a writer holds the file
        with pytest.raises(DatabaseBusy, match="kept it locked for 0.3 s"):
            connect(db, read_only=True, timeout=0.3)


def test_a_stale_flag_is_ignored(db):
    flag = wait_flag(db)
    flag.touch()
    assert writer_waiting(db)
    old = time.time() - 60
    import os
    os.utime(flag, (old, old))
    assert not writer_waiting(db)  # a writer killed while waiting does not stop the server


def test_the_server_yields_to_a_waiting_writer_under_sustained_reads(db):
    # Without a waiting writer, this server would keep its connection for a minute (no idle
    # gap, a long max age); the writer's flag makes it let go between two requests.
    server = Database(db, idle_seconds=60, max_age_seconds=60, wait_seconds=30)
    stop = threading.Event()
    statuses: list[str] = []

    def keep_reading() -> None:
        while not stop.is_set():
            with server.connect() as con:
                con.execute("SELECT count(*) FROM articles").fetchone()
            statuses.append("ok")
            time.sleep(0.01)

    reader = threading.Thread(target=keep_reading, daemon=True)
    reader.start()
    while not statuses:
        time.sleep(0.01)
    started = time.monotonic()
    with Store(db) as store:
        store.write([_article("Protesters marched in the capital on Friday.")])
    waited = time.monotonic() - started
    count_before = len(statuses)
    time.sleep(0.3)
    stop.set()
    reader.join(10)
    server.close()
    assert waited < 5, waited
    assert len(statuses) > count_before  # the server read again after the write
