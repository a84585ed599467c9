"""One RunOptions for run, code, watch and eval: built once from the command line, every option
and budget honoured on every path (tests/engines/test_ray_engine.py runs one object through the
local engine, Ray and watch)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.errors import TacitusError
from tacitus.options import EngineOptions, RunOptions
from tacitus.store import Store


def test_from_cli_parses_every_raw_value_once():
    options = RunOptions.from_cli(inputs=["a.jsonl"], column=["text=body"], budget=["max_chars=2000000", "max_seconds=0"],
                                  published="2018-10-07", dictionaries=["d1", "d2"], db="x.duckdb", batch_size=4)
    assert options.columns == {"text": "body"} and options.published == "2018-10-07"
    assert options.dictionaries == ("d1", "d2") and options.inputs == ("a.jsonl",)
    settings = options.coder_settings()  # the coder gets the same budgets as the readers
    assert (settings.max_chars, settings.max_seconds, settings.batch_size) == (2_000_000, 0.0, 4)
    assert settings.dictionaries == ("d1", "d2")
    assert hash(options) == hash(options.replace())  # frozen and hashable


@pytest.mark.parametrize("raw, message", [
    (dict(column=["text"]), "--column expects FIELD=COLUMN"),
    (dict(budget=["max_chars=lots"]), "--budget expects NAME=NUMBER"),
    (dict(budget=["max_words=3"]), "unknown limit"),
    (dict(published="someday"), "--published 'someday' is not a date: use ISO"),
    (dict(published="7 October 2018"), "--published '7 October 2018' is not a date: use ISO"),
    (dict(engine="spark"), "unknown engine"),
    (dict(workers=3), "apply to --engine ray only"),
])
def test_malformed_options_say_what_is_wrong(raw, message):
    with pytest.raises(TacitusError, match=message):
        RunOptions.from_cli(**raw)


def test_an_engine_of_ray_takes_its_options():
    assert EngineOptions(name="ray", workers=2, shards_dir="s").workers == 2


def test_watch_takes_the_run_options(tmp_path):
    # `tacitus watch` had no --budget, --column, --published, --source or --dictionaries.
    inbox, db = tmp_path / "inbox", tmp_path / "news.duckdb"
    inbox.mkdir()
    (inbox / "wire.jsonl").write_text(json.dumps({"body": "Rebels attacked the garrison on Monday."}) + "\n")
    result = CliRunner().invoke(app, ["watch", str(inbox), "--once", "--db", str(db), "--column", "text=body",
                                      "--budget", "max_chars=10", "--published", "2024-03-04", "--source", "Desk",
                                      "--no-cluster"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        [failure] = store.failures()
    assert "max_chars 10" in failure.reason  # the column was read, and the budget applied


def test_eval_takes_several_dictionaries(tmp_path):
    # --dictionaries was one path for eval (click kept only the last one given).
    gold = tmp_path / "gold.json"
    gold.write_text("[]")
    there = tmp_path / "there"
    there.mkdir()
    result = CliRunner().invoke(app, ["eval", str(gold), "--format", "expected", "--dictionaries",
                                      str(tmp_path / "missing"), "--dictionaries", str(there)])
    assert result.exit_code != 0
    assert "missing: no such dictionary" in str(result.exception or result.output)


@pytest.mark.slow
def test_code_honours_the_time_budget_in_the_coder(tmp_path):
    # The coder used its own defaults: `tacitus code --budget ...` reached only the reader.
    article = tmp_path / "a.txt"
    article.write_text("Rebels attacked the garrison on Monday, officials said.\n")
    result = CliRunner().invoke(app, ["code", str(article), "--budget", "max_seconds=0.000001"])
    assert result.exit_code != 0
    assert "max_seconds" in str(result.exception)
