"""`tacitus watch`: files are coded once they are complete, grown files add only their new lines."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tacitus.options import RunOptions
from tacitus.errors import InputError
from tacitus.runner import run_inputs
from tacitus.store import Store
from tacitus.watch import FolderWatcher, register, watch_folder

from test_runner_fakes import FakeCoder, story, write_jsonl


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    with Store(db, read_only=True, timeout=5) as store:
        return store.counts()["articles"]


def _wait_until(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_file_is_ready_once_its_size_is_stable_and_again_when_it_changes(tmp_path: Path) -> None:
    watcher = FolderWatcher(tmp_path, exclude=(tmp_path / "news.duckdb",))
    first = tmp_path / "a.txt"
    first.write_text("one", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "news.duckdb").write_text("x", encoding="utf-8")
    assert watcher.ready() == []  # seen once: maybe still being written
    first.write_text("one two", encoding="utf-8")
    assert watcher.ready() == []  # it grew: wait again
    assert watcher.ready() == [first]  # stable for one look
    watcher.mark_coded([first])
    assert watcher.ready() == []
    with first.open("a", encoding="utf-8") as out:
        out.write(" three")
    assert watcher.ready() == []
    assert watcher.ready() == [first]


def test_without_settling_every_new_file_is_ready_at_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b", encoding="utf-8")
    assert FolderWatcher(tmp_path).ready(settle=False) == [tmp_path / "sub" / "b.txt"]


def test_watch_codes_dropped_files_and_appended_lines_until_stopped(tmp_path: Path) -> None:
    folder, db = tmp_path / "inbox", tmp_path / "news.duckdb"
    folder.mkdir()
    coder = FakeCoder()
    rounds: list[int] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch_folder, args=(folder, RunOptions(db=db)), daemon=True, kwargs=dict(
        interval=0.05, stop_event=stop, load_coder=coder, on_batch=lambda s, paths: rounds.append(s.new)))
    thread.start()
    try:
        (folder / "one.txt").write_text(story(1), encoding="utf-8")
        write_jsonl(folder / "wire.jsonl", [2, 3])
        _wait_until(lambda: _count(db) == 3)
        write_jsonl(folder / "wire.jsonl", [4], append=True)
        _wait_until(lambda: _count(db) == 4)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert len(coder.coded_ids) == len(set(coder.coded_ids)) == 4  # nothing was coded twice
    assert sum(rounds) == 4


def test_watch_once_stores_the_folder_and_returns(tmp_path: Path) -> None:
    folder, db = tmp_path / "inbox", tmp_path / "news.duckdb"
    folder.mkdir()
    write_jsonl(folder / "wire.jsonl", range(3))
    totals = watch_folder(folder, RunOptions(db=db), once=True, load_coder=FakeCoder())
    assert (totals.rounds, totals.new, totals.read) == (1, 3, 3) and _count(db) == 3


def test_the_database_inside_the_watched_folder_is_not_an_input(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    write_jsonl(tmp_path / "wire.jsonl", range(2))
    watch_folder(tmp_path, RunOptions(db=db), once=True, load_coder=FakeCoder())
    totals = watch_folder(tmp_path, RunOptions(db=db), once=True, load_coder=FakeCoder())
    assert totals.failed == 0 and totals.files == {str(tmp_path / "wire.jsonl")}


def test_watching_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such folder"):
        watch_folder(tmp_path / "nowhere", RunOptions(db=tmp_path / "news.duckdb"), once=True)


def test_watch_command_once_reports_the_counts(tmp_path: Path) -> None:
    folder, db = tmp_path / "inbox", tmp_path / "news.duckdb"
    folder.mkdir()
    write_jsonl(folder / "wire.jsonl", range(3))
    run_inputs(RunOptions(inputs=[folder], db=db), load_coder=FakeCoder())  # stored already: the command loads no model
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # a second command keeps `watch` a named subcommand
    result = CliRunner().invoke(app, ["watch", str(folder), "--db", str(db), "--once"])
    assert result.exit_code == 0, result.output
    assert "0 new, 3 skipped, 0 failed from 1 files" in result.output


def test_ctrl_c_ends_the_watch_command_cleanly(tmp_path: Path, monkeypatch) -> None:
    import tacitus.watch as watch_module

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(watch_module, "watch_folder", interrupted)
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)
    result = CliRunner().invoke(app, ["watch", str(tmp_path), "--db", str(tmp_path / "news.duckdb")])
    assert result.exit_code == 0
    assert "stopped watching" in result.output and "Traceback" not in result.output


def test_each_round_with_new_articles_clusters_their_events(tmp_path: Path) -> None:
    """Like `tacitus run`, a watch round ends by clustering (the cluster tables appear); not with
    cluster=False."""
    import duckdb

    def tables(db: Path) -> set[str]:
        con = duckdb.connect(str(db), read_only=True)
        try:
            return {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        finally:
            con.close()

    for cluster in (True, False):
        folder, db = tmp_path / f"inbox-{cluster}", tmp_path / f"news-{cluster}.duckdb"
        folder.mkdir()
        write_jsonl(folder / "wire.jsonl", range(2))
        watch_folder(folder, RunOptions(db=db, cluster=cluster), once=True, load_coder=FakeCoder())
        assert ("cluster_events" in tables(db)) is cluster
