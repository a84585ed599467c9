"""The benchmark's worker processes: forked from the loaded coder, or spawned with one numeric thread each."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tacitus.bench import _in_processes, _read, run_bench

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.slow
def test_two_forked_workers_code_every_article():
    result = run_bench(EXAMPLES, limit=4, processes=2)
    assert result["articles"] == 4 and result["processes"] == 2 and result["workers"] == "fork"
    assert result["articles_per_s"] > 0
    assert result["stages"]["nlp"] > 0  # the workers' stage clocks come back and are added up


@pytest.mark.slow
def test_spawned_workers_load_their_own_coder_and_the_environment_is_restored(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "7")
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    seconds, stages, load_seconds = _in_processes(None, _read(EXAMPLES, 2), 2)
    assert seconds > load_seconds > 0 and stages["nlp"] > 0
    assert os.environ["OMP_NUM_THREADS"] == "7" and "OPENBLAS_NUM_THREADS" not in os.environ


@pytest.mark.slow
def test_one_process_reports_the_cpu_ratio():
    result = run_bench(EXAMPLES, limit=2)
    assert result["ratio_cpu"] > 0 and result["cpu_articles_per_s"] > 0
    assert result["batch_size"] >= 1
