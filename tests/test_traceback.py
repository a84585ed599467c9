"""`--traceback` / TACITUS_TRACEBACK=1: the stack of a failing command, and of every failure record."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from tacitus.cli import wants_traceback
from tacitus.engines.ray_engine import _read_safely
from tacitus.engines.workitems import WorkItem


def _tacitus(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "TACITUS_TRACEBACK"}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "tacitus.cli", *args], capture_output=True, text=True,
                          env=environ, timeout=120)


def test_a_failing_command_is_one_line_by_default(tmp_path):
    result = _tacitus("code", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_traceback_prints_the_stack_of_a_failing_command(tmp_path, how):
    args = ["--traceback"] if how == "flag" else []
    result = _tacitus(*args, "code", str(tmp_path / "missing.txt"),
                      env={"TACITUS_TRACEBACK": "1"} if how == "environment" else None)
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "readers.py" in result.stderr and "InputError" in result.stderr  # where it was raised
    assert result.stderr.rstrip().endswith("does not exist; check the path")  # the one line still ends it


def test_traceback_logs_the_stack_of_each_failure_record_of_a_run(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"\x00\x01\x02binary" * 50)
    result = _tacitus("--traceback", "run", str(page), "--db", str(tmp_path / "t.duckdb"), "--no-progress")
    assert result.returncode == 1 and "every input failed" in result.stderr  # recorded, then reported
    assert "DEBUG tacitus.ingest" in result.stderr and "Traceback (most recent call last)" in result.stderr
    assert "binary file" in result.stderr


def test_the_flag_belongs_before_the_command():
    assert wants_traceback(["--traceback", "run", "x"], {})
    assert not wants_traceback(["run", "x", "--db", "--traceback"], {})
    assert wants_traceback(["run"], {"TACITUS_TRACEBACK": "1"}) and not wants_traceback(["run"], {"TACITUS_TRACEBACK": "0"})


def test_a_reader_crash_in_a_ray_item_is_logged_with_its_stack(tmp_path, caplog):
    # A reader bug, simulated by a reader context that is not one: the item becomes one Failure.
    path = tmp_path / "wire.jsonl"
    path.write_text('{"text": "Rebels attacked the garrison."}\n')
    item = WorkItem(0, "jsonl", str(path), 0, path.stat().st_size, 1)
    with caplog.at_level(logging.DEBUG, logger="tacitus"):
        failures = list(_read_safely(item, object()))
    assert len(failures) == 1
    [record] = [r for r in caplog.records if r.name == "tacitus.engines"]
    assert record.levelno == logging.DEBUG and record.exc_info is not None


@pytest.mark.slow
def test_the_coder_logs_the_stack_of_an_article_it_records_as_failed(caplog):
    from tacitus.limits import Limits
    from tacitus.model import Article
    from tacitus.options import RunOptions

    coder = RunOptions(limits=Limits(max_seconds=0.000001)).load_coder()
    article = Article(id="a1", text="Rebels attacked the garrison on Monday, officials said.", origin="a.txt")
    with caplog.at_level(logging.DEBUG, logger="tacitus"):
        [failure] = list(coder.pipe([article], on_error="record"))
    assert "max_seconds" in failure.reason
    [record] = [r for r in caplog.records if r.name == "tacitus.coder"]
    assert "article a1 (a.txt)" in record.getMessage() and record.exc_info is not None
