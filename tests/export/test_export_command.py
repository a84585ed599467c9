"""`tacitus export`: the Typer command (registered on a test app), its filters, errors and summary."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from export_fixtures import make_store, visit_article
from tacitus.errors import TacitusError
from tacitus.export import export_events, register
from tacitus.export import query
from tacitus.store import EventFilter, Store


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command so Typer keeps `export` as a subcommand name
        """Placeholder."""

    return app


def _invoke(app, *args):
    return CliRunner().invoke(app, ["export", *args])


@pytest.mark.parametrize("args, where", [
    (["--country", "deu"], EventFilter(country="deu")),
    (["--dyad", "FRA:DEU"], EventFilter(dyad=("FRA", "DEU"))),
    (["--dyad", "DEU:FRA", "--either-direction"], EventFilter(dyad=("DEU", "FRA"), either_direction=True)),
    (["--type", "threaten"], EventFilter(event_type="threaten")),
    (["--cameo", "04"], EventFilter(cameo="04")),
    (["--actor", "farm", "--limit", "2"], EventFilter(actor="farm", limit=2)),
    (["--from", "2023-06", "--to", "2024"], EventFilter(date_from="2023-06", date_to="2024")),
    (["--modality", "hypothetical"], EventFilter(modality="hypothetical")),
    (["--text", "WASHINGTON"], EventFilter(text="WASHINGTON")),
])
def test_filters_select_what_tacitus_events_selects(tmp_path, app, args, where):
    db = make_store(tmp_path / "t.duckdb")
    result = _invoke(app, "--db", str(db), "--format", "plover", "--output", str(tmp_path / "out.jsonl"), "--json", *args)
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        expected = [e.id for e in store.events(where)]
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == expected
    assert json.loads(result.output)["events"] == len(expected)


def test_article_filter_and_text_summary(tmp_path, app):
    db = make_store(tmp_path / "t.duckdb")
    article_id = visit_article().article.id
    result = _invoke(app, "--db", str(db), "--format", "csv", "--output", str(tmp_path / "a.csv"), "--article", article_id)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 events -> ")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8").count(article_id) == 1


def test_existing_output_needs_force(tmp_path, app):
    db = make_store(tmp_path / "t.duckdb")
    target = tmp_path / "out.csv"
    target.write_text("keep me", encoding="utf-8")
    result = _invoke(app, "--db", str(db), "--format", "csv", "--output", str(target))
    assert result.exit_code != 0 and isinstance(result.exception, TacitusError)
    assert "--force" in str(result.exception)
    assert target.read_text(encoding="utf-8") == "keep me"
    result = _invoke(app, "--db", str(db), "--format", "csv", "--output", str(target), "--force")
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("id,")


def test_unknown_format_and_missing_database_are_clear_errors(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    with Store(db, read_only=True) as store, pytest.raises(TacitusError, match="use one of: gdelt, plover, parquet, csv"):
        export_events(store, EventFilter(), "xml", tmp_path / "x")
    with pytest.raises(TacitusError, match="tacitus run"):
        with Store(tmp_path / "missing.duckdb", read_only=True) as store:
            export_events(store, EventFilter(), "csv", tmp_path / "y.csv")
    assert not (tmp_path / "x").exists() and not (tmp_path / "y.csv").exists()


def test_a_failed_export_leaves_no_partial_output(tmp_path, monkeypatch):
    db = make_store(tmp_path / "t.duckdb")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tacitus.export.api.write_plover", broken)
    with Store(db, read_only=True) as store, pytest.raises(TacitusError, match="No space left"):
        export_events(store, EventFilter(), "plover", tmp_path / "out.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.duckdb"]


def test_rows_are_fetched_in_chunks(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    with Store(db, read_only=True) as store:
        rows = query.iter_event_rows(store, EventFilter(), chunk=2)  # five events -> three fetches; all rows, in order
        assert not isinstance(rows, list)
        ids = [row["id"] for row in rows]
        assert ids == [e.id for e in store.events()]


def test_output_folders_are_created(tmp_path, app):
    """The README's `export --output out/gdelt` works in a fresh folder."""
    db = make_store(tmp_path / "t.duckdb")
    result = _invoke(app, "--db", str(db), "--format", "gdelt", "--output", str(tmp_path / "out" / "deep" / "gdelt"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "deep" / "gdelt" / "events.tsv").is_file()


def test_gdelt_modality_and_historical_options(tmp_path, app):
    db = make_store(tmp_path / "t.duckdb")
    counts = {}
    for name, extra in {"default": [], "all": ["--modality", "all", "--historical"],
                        "hypothetical": ["--modality", "hypothetical"]}.items():
        result = _invoke(app, "--db", str(db), "--format", "gdelt", "--output", str(tmp_path / name), "--json", *extra)
        assert result.exit_code == 0, result.output
        counts[name] = json.loads(result.output)["events"]
    assert counts == {"default": 3, "all": 5, "hypothetical": 1}
