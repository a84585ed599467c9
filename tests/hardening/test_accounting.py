"""Accounting: every input record of `tacitus run` ends as exactly one of stored, duplicate
(skipped) or failure with a reason, and the stored articles are exactly the good ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_maker import build_corpus
from tacitus.options import RunOptions
from tacitus.store import Store

pytestmark = pytest.mark.slow


def test_corrupt_records_are_counted_and_the_good_ones_stored(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "in")
    assert 0.04 <= len(corpus.failures) / corpus.records <= 0.1  # about 5% corrupt records
    db = tmp_path / "acc.duckdb"
    result = subprocess.run([sys.executable, "-m", "tacitus.cli", "run", str(tmp_path / "in"), "--db", str(db),
                             "--json", "--no-progress"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)

    # The three outcomes add up to the input, and each equals what was planted.
    assert summary["read"] == corpus.records
    assert summary["new"] + summary["skipped"] + summary["failed"] == summary["read"]
    assert (summary["new"], summary["skipped"], summary["failed"]) == (
        len(corpus.good), corpus.duplicates, len(corpus.failures))

    with Store(db, read_only=True) as store:
        failures = store.failures()
        articles = store.articles()
    # Every failure says where (path, and position for records of a multi-record file) and why.
    assert sorted((f.path, f.position) for f in failures) == sorted((p, pos) for p, pos, _ in corpus.failures)
    assert all(f.reason and len(f.reason) > 20 for f in failures)
    assert all(f.kind == "input" for f in failures)

    # The stored articles are exactly the good ones: each good body once, nothing else.
    assert len(articles) == len(corpus.good)
    found: dict[str, str | None] = {}
    for article in articles:
        [marker] = [m for m in corpus.good if m in article.text + " "]
        assert marker not in found
        found[marker] = article.published
        assert "\x00" not in article.text and "\ufffd" not in article.text
    assert set(found) == set(corpus.good)
    # An absurd publication date is unreadable metadata: the article is stored without a date.
    assert all(found[m] is None for m in corpus.undated)
    assert sum(1 for m in corpus.good if found[m] is None) == len(corpus.undated) + sum(
        1 for m, path in corpus.good.items() if not path.endswith((".jsonl", ".csv")))


def test_a_rerun_skips_everything_and_records_no_new_failure(tmp_path: Path) -> None:
    """Reading the same corrupt corpus twice stores each failure once and codes nothing new."""
    from tacitus.runner import run_inputs

    corpus = build_corpus(tmp_path / "in", jsonl=30, csv_rows=15, files=10)
    db = tmp_path / "again.duckdb"
    first = run_inputs(RunOptions(inputs=[tmp_path / "in"], db=db))
    second = run_inputs(RunOptions(inputs=[tmp_path / "in"], db=db))
    assert first.read == second.read == corpus.records
    assert second.new == 0 and second.skipped == first.new + first.skipped
    assert second.failed == first.failed
    with Store(db, read_only=True) as store:
        assert len(store.failures()) == first.failed
