"""The benchmark's worker processes: spawned, one numeric thread each, and the environment restored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tacitus.bench import _SINGLE_THREAD_ENV, run_bench

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.slow
def test_two_processes_code_every_article_and_restore_the_environment(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "7")
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    result = run_bench(EXAMPLES, limit=4, processes=2)
    assert result["articles"] == 4 and result["processes"] == 2
    assert result["worker_load_s"] > 0 and result["articles_per_s"] > 0
    assert result["stages"]["nlp"] > 0  # the workers' stage clocks are added up
    assert os.environ["OMP_NUM_THREADS"] == "7" and "OPENBLAS_NUM_THREADS" not in os.environ
    assert set(_SINGLE_THREAD_ENV.values()) == {"1"}


@pytest.mark.slow
def test_one_process_reports_the_cpu_ratio():
    result = run_bench(EXAMPLES, limit=2)
    assert result["ratio_cpu"] > 0 and result["cpu_articles_per_s"] > 0
    assert result["batch_size"] >= 1
