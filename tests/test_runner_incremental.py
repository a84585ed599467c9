"""Incremental and streaming runs: only new articles are coded, and the counts always add up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.options import RunOptions
from tacitus.runner import RunnerTuning, run_inputs
from tacitus.store import Store

from test_runner_fakes import FakeCoder, story, write_jsonl


def _stored_ids(db: Path) -> set[str]:
    with Store(db, read_only=True) as store:
        return {row[0] for row in store.connection.execute("SELECT id FROM articles").fetchall()}


def _adds_up(summary) -> bool:
    return summary.read == summary.new + summary.skipped + summary.failed


def test_grown_jsonl_codes_only_the_appended_lines(tmp_path: Path) -> None:
    corpus, db = tmp_path / "wire.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, range(5))
    first = FakeCoder()
    summary = run_inputs(RunOptions(inputs=[corpus], db=db, batch_size=2), load_coder=first)
    assert (summary.read, summary.new, summary.skipped, summary.failed) == (5, 5, 0, 0)
    before = _stored_ids(db)

    write_jsonl(corpus, range(5, 8), append=True)
    second = FakeCoder()
    summary = run_inputs(RunOptions(inputs=[corpus], db=db, batch_size=2), load_coder=second)
    assert (summary.read, summary.new, summary.skipped, summary.failed) == (8, 3, 5, 0)
    after = _stored_ids(db)
    assert before < after and len(after) == 8
    assert set(second.coded_ids) == after - before  # the old lines were never coded again


def test_folder_with_new_files_codes_only_them(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "news.duckdb"
    folder.mkdir()
    for number in range(3):
        (folder / f"a{number}.txt").write_text(story(number), encoding="utf-8")
    run_inputs(RunOptions(inputs=[folder], db=db), load_coder=FakeCoder())
    (folder / "b.txt").write_text(story(99), encoding="utf-8")
    coder = FakeCoder()
    summary = run_inputs(RunOptions(inputs=[folder], db=db), load_coder=coder)
    assert (summary.read, summary.new, summary.skipped) == (4, 1, 3)
    assert len(coder.coded_ids) == 1 and len(_stored_ids(db)) == 4


def test_nothing_new_loads_no_coder(tmp_path: Path) -> None:
    corpus, db = tmp_path / "wire.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, range(3))
    run_inputs(RunOptions(inputs=[corpus], db=db), load_coder=FakeCoder())

    def refuse():
        raise AssertionError("the coder must not load when every article is stored")

    summary = run_inputs(RunOptions(inputs=[corpus], db=db), load_coder=refuse)
    assert (summary.new, summary.skipped) == (0, 3)


def test_duplicates_bad_lines_and_coding_failures_add_up(tmp_path: Path) -> None:
    corpus, db = tmp_path / "mixed.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, [1, 2, 1, 3])  # line 3 repeats line 1
    with corpus.open("a", encoding="utf-8") as out:
        out.write("{not json\n")
        out.write(json.dumps({"title": "x", "text": story(4) + " CANNOT-CODE"}) + "\n")
        out.write(json.dumps({"title": "no text"}) + "\n")
    summary = run_inputs(RunOptions(inputs=[corpus], db=db, batch_size=2), load_coder=FakeCoder())
    assert (summary.read, summary.new, summary.skipped, summary.failed) == (7, 3, 1, 3)
    assert _adds_up(summary) and len(summary.failures) == 3
    with Store(db, read_only=True) as store:
        assert len(store.failures()) == 3 and store.counts()["articles"] == 3


def test_duplicates_beyond_the_recent_window_are_still_stored_once(tmp_path: Path) -> None:
    # A tiny window and lookup chunk: the repeat is queued before its twin is written, so only
    # the store's own check at write time catches it, and it must be counted as skipped.
    corpus, db = tmp_path / "dups.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, [1, 2, 3, 1, 2, 3])
    summary = run_inputs(RunOptions(inputs=[corpus], db=db, batch_size=100), load_coder=FakeCoder(),
                         tuning=RunnerTuning(recent_ids=1, lookup_chunk=1))
    assert (summary.read, summary.new, summary.skipped) == (6, 3, 3)
    assert len(_stored_ids(db)) == 3


def test_many_bad_lines_are_written_in_bounded_batches(tmp_path: Path, monkeypatch) -> None:
    written: list[int] = []
    original = Store.write

    def spy(self, results, failures=()):
        failures = list(failures)
        written.append(len(failures))
        return original(self, results, failures)

    monkeypatch.setattr(Store, "write", spy)
    corpus, db = tmp_path / "bad.jsonl", tmp_path / "news.duckdb"
    corpus.write_text("".join(f"{{broken {n}\n" for n in range(10)), encoding="utf-8")
    summary = run_inputs(RunOptions(inputs=[corpus], db=db), load_coder=FakeCoder(),
                         tuning=RunnerTuning(pending_failures=4))
    assert summary.failed == 10 and max(written) <= 4 and sum(written) == 10


def test_the_database_is_free_between_batches(tmp_path: Path, monkeypatch) -> None:
    """While the run codes, another connection can open the file and sees the batches written so far."""
    corpus, db = tmp_path / "wire.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, range(6))
    seen: list[int] = []

    def peek(_article) -> None:
        # timeout=0: fails at once if the runner kept the file open.
        with Store(db, read_only=True, timeout=0) as store:
            seen.append(store.counts()["articles"])

    run_inputs(RunOptions(inputs=[corpus], db=db, batch_size=2, commit_seconds=0.0), load_coder=FakeCoder(on_article=peek))
    assert seen[0] == 0 and seen[-1] == 4 and seen == sorted(seen)


@pytest.mark.parametrize("size", [1, 3])
def test_summary_counts_match_the_stored_contents(tmp_path: Path, size: int) -> None:
    corpus, db = tmp_path / "wire.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, range(7))
    summary = run_inputs(RunOptions(inputs=[corpus], db=db, batch_size=size), load_coder=FakeCoder())
    assert summary.new == len(_stored_ids(db)) == 7 and _adds_up(summary)


def test_batches_are_grouped_until_the_minimum_write_interval(tmp_path: Path, monkeypatch) -> None:
    sizes: list[int] = []
    original = Store.write

    def spy(self, results, failures=()):
        results = list(results)
        sizes.append(len(results))
        return original(self, results, failures)

    monkeypatch.setattr(Store, "write", spy)
    corpus, db = tmp_path / "wire.jsonl", tmp_path / "news.duckdb"
    write_jsonl(corpus, range(14))
    summary = run_inputs(RunOptions(inputs=[corpus], db=db, batch_size=2, commit_seconds=3600.0), load_coder=FakeCoder(),
                         tuning=RunnerTuning(max_waiting_batches=3))
    # No write before 3 batches wait (the interval is never reached), then the rest at the end.
    assert sizes == [6, 6, 2] and summary.new == 14
