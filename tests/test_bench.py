"""The benchmark: its table, its input errors, and one real run on a few articles we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.bench import render, run_bench
from tacitus.errors import InputError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
KEYS = {"articles", "articles_per_s", "words_per_s", "spacy_articles_per_s", "ratio", "stages", "peak_rss_mb", "processes"}


def test_render_lists_figures_and_stages():
    result = {"corpus": "c", "articles": 3, "articles_per_s": 2.0, "words_per_s": 400.0, "spacy_articles_per_s": 4.0,
              "ratio": 0.5, "stages": {"nlp": 1.0, "events": 0.2}, "peak_rss_mb": 300.0, "processes": 1}
    assert render(result).row_count == 9


def test_missing_corpus_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        run_bench(tmp_path / "nothing.jsonl")


@pytest.mark.slow
def test_run_bench_on_our_examples():
    result = run_bench(EXAMPLES, limit=3)
    assert KEYS <= set(result)
    assert result["articles"] == 3 and result["processes"] == 1
    assert result["articles_per_s"] > 0 and result["spacy_articles_per_s"] > 0
    assert 0 < result["ratio"] < 5
    assert result["stages"]["nlp"] > 0
    assert result["peak_rss_mb"] > 50


@pytest.mark.slow
def test_bench_startup_times_the_real_command_and_its_steps():
    from tacitus.bench_startup import run_startup

    result = run_startup(repeats=1)
    steps = result["breakdown_s"]
    assert set(steps) == {"interpreter_s", "cli_imports_s", "spacy_and_pipeline_imports_s", "model_s", "tables_s",
                          "read_and_code_s"}
    assert all(value >= 0 for value in steps.values()) and steps["model_s"] > 0
    assert result["wall_s"]["best"] > steps["interpreter_s"] and result["cpu_s"]["best"] > 0
