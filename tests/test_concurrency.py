"""Two runs on one database, and a reader during a run, in real separate processes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tacitus.options import RunOptions
from tacitus.runlock import lock_path, read_holder
from tacitus.store import Store

from test_runner_fakes import FakeCoder, write_jsonl
from tacitus.runner import run_inputs

TESTS = Path(__file__).resolve().parent

# A child process: a run with the stand-in coder, its summary as JSON. Its first article waits
# for the gate file, so the test decides when the run may go on (no race with process start-up).
_RUN = """
import json, os, sys, time
sys.path.insert(0, {tests!r})
from test_runner_fakes import FakeCoder
from tacitus.options import RunOptions
from tacitus.runner import run_inputs
from tacitus.errors import TacitusError

def gate(_article):
    while not os.path.exists({gate!r}):
        time.sleep(0.01)

try:
    options = RunOptions(inputs=[{corpus!r}], db={db!r}, batch_size=4, wait={wait},
                         commit_seconds=0.0)  # write every batch: the reader test wants many states
    summary = run_inputs(options, load_coder=FakeCoder(delay={delay}, on_article=gate),
                         on_wait=lambda m: print(m, file=sys.stderr, flush=True))
except TacitusError as exc:
    print(exc, file=sys.stderr)
    sys.exit(1)
print(json.dumps(summary.to_dict()))
"""

# A child process: opens the database read-only in a loop and prints the article count each time,
# until it sees them all (or a minute has passed).
_READ = """
import sys, time
from tacitus.store import Store
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    with Store({db!r}, read_only=True, timeout=5) as store:
        count = store.counts()["articles"]
    print(count, flush=True)
    if count >= {total}:
        break
    time.sleep(0.01)
"""


def _start_run(corpus: Path, db: Path, gate: Path, *, delay: float = 0.01, wait: bool = True) -> subprocess.Popen:
    code = _RUN.format(tests=str(TESTS), corpus=str(corpus), db=str(db), delay=delay, wait=wait, gate=str(gate))
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_lock(db: Path, child: subprocess.Popen, timeout: float = 60.0) -> None:
    """Block until ``child`` holds the run lock (its pid is in the lock file)."""
    deadline = time.monotonic() + timeout
    while read_holder(lock_path(db)).pid != child.pid:
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the first run never took the lock"
        time.sleep(0.02)


def _contents(db: Path) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.connection.execute("SELECT id, title, text FROM articles ORDER BY id").fetchall()


def test_two_runs_on_one_database_take_turns_and_store_what_one_run_stores(tmp_path: Path) -> None:
    corpus, db, reference = tmp_path / "wire.jsonl", tmp_path / "news.duckdb", tmp_path / "single.duckdb"
    write_jsonl(corpus, range(24))
    gate = tmp_path / "go"
    first = _start_run(corpus, db, gate)
    _wait_for_lock(db, first)
    second = _start_run(corpus, db, gate)
    waiting = second.stderr.readline()  # blocks until the second run reports that it waits
    gate.touch()
    out1, err1 = first.communicate(timeout=120)
    out2, err2 = second.communicate(timeout=120)
    assert first.returncode == 0 and second.returncode == 0, (err1, err2)
    one, two = json.loads(out1), json.loads(out2)
    assert waiting.startswith(f"another tacitus run (pid {first.pid}, started") and "waiting..." in waiting
    # The second run waited for the whole first run, so it found everything stored.
    assert (one["new"], two["new"], two["skipped"]) == (24, 0, 24)
    run_inputs(RunOptions(inputs=[corpus], db=reference), load_coder=FakeCoder())
    assert _contents(db) == _contents(reference)


def test_a_second_run_without_wait_stops_with_the_message(tmp_path: Path) -> None:
    corpus, db = tmp_path / "wire.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, range(12))
    gate = tmp_path / "go"
    first = _start_run(corpus, db, gate)
    _wait_for_lock(db, first)
    second = _start_run(corpus, db, gate, wait=False)
    _, err2 = second.communicate(timeout=60)
    gate.touch()
    assert second.returncode == 1
    assert f"another tacitus run (pid {first.pid}, started" in err2 and "use another --db" in err2
    out1, err1 = first.communicate(timeout=120)
    assert first.returncode == 0, err1
    assert json.loads(out1)["new"] == 12
    assert len(_contents(db)) == 12


def test_a_reader_keeps_opening_the_database_during_a_run_and_sees_it_grow(tmp_path: Path) -> None:
    corpus, db = tmp_path / "wire.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, range(40))
    Store(db).close()  # the reader needs a file to open from its first look
    gate = tmp_path / "go"
    run = _start_run(corpus, db, gate, delay=0.05)
    _wait_for_lock(db, run)
    reader = subprocess.Popen([sys.executable, "-c", _READ.format(db=str(db), total=40)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first_count = reader.stdout.readline()  # the reader is up: let the run go
    gate.touch()
    out, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    counts_text, reader_err = reader.communicate(timeout=120)
    assert reader.returncode == 0, reader_err  # every open succeeded (none gave up)
    counts = [int(line) for line in (first_count + counts_text).split()]
    assert counts == sorted(counts), "a reader saw articles disappear"
    assert counts[-1] == 40
    assert len({c for c in counts if 0 < c < 40}) >= 2, f"no intermediate state seen: {sorted(set(counts))}"
