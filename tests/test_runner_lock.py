"""The run lock: one writer per database, a clear message for the second, released on SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tacitus.options import RunOptions
from tacitus.errors import StoreError
from tacitus.runlock import RunLock, RunLockedError, lock_path, read_holder
from tacitus.runner import run_inputs

from test_runner_fakes import FakeCoder, write_jsonl


def test_second_lock_without_wait_names_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    with RunLock(db):
        holder = read_holder(lock_path(db))
        assert holder.pid == os.getpid() and holder.started
        with pytest.raises(RunLockedError, match=rf"another tacitus run \(pid {os.getpid()}, started .+\) is writing to .*news.duckdb"):
            RunLock(db, wait=False).acquire()
    with RunLock(db, wait=False):  # free again once released
        pass


def test_a_waiting_lock_says_so_once_and_gets_it_when_released(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    first = RunLock(db)
    first.acquire()
    messages: list[str] = []
    got = threading.Event()

    def second() -> None:
        with RunLock(db, on_wait=messages.append, poll=0.02):
            got.set()

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(0.3)
    assert not got.is_set()
    first.release()
    thread.join(timeout=10)
    assert got.is_set()
    assert len(messages) == 1 and messages[0].endswith("waiting...") and "another tacitus run (pid" in messages[0]


def test_waiting_gives_up_after_its_timeout(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    with RunLock(db):
        with pytest.raises(RunLockedError, match="gave up after 0.1 s"):
            RunLock(db, poll=0.02, timeout=0.1).acquire()


def test_the_lock_is_released_when_its_holder_is_killed(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    code = ("import sys, time\nfrom tacitus.runlock import RunLock\n"
            f"lock = RunLock({str(db)!r}); lock.acquire(); print('held', flush=True); time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(RunLockedError, match=f"pid {child.pid}"):
            RunLock(db, wait=False).acquire()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        with RunLock(db, wait=False):  # no stale lock after a SIGKILL
            pass
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_run_inputs_without_wait_stops_at_once(tmp_path: Path) -> None:
    corpus, db = tmp_path / "wire.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, range(2))
    with RunLock(db):
        with pytest.raises(RunLockedError) as caught:
            run_inputs(RunOptions(inputs=[corpus], db=db, wait=False), load_coder=FakeCoder())
    assert isinstance(caught.value, StoreError) and "use another --db" in str(caught.value)
    assert not db.exists()  # nothing was touched


def test_unwritable_lock_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot create the lock file .*folder does not exist"):
        RunLock(tmp_path / "missing-folder" / "news.duckdb").acquire()
