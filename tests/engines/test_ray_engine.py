"""The Ray engine on a local Ray instance gives exactly what the local engine gives."""

from __future__ import annotations

import faulthandler
import os

import duckdb
import pytest
from engine_fixtures import dump_tables, write_jsonl

from tacitus.options import EngineOptions, RunOptions
from tacitus.runner import run_inputs
from tacitus.store import Store

pytestmark = pytest.mark.slow

NEWSWIRE_SLICE = 40
# A Ray run that hangs must fail the session instead of blocking CI forever.
HANG_SECONDS = 1200


@pytest.fixture(scope="module")
def local_ray():
    """A two-CPU Ray instance in this process, with a small object store; shut down afterwards."""
    ray = pytest.importorskip("ray")
    os.environ.setdefault("RAY_DEDUP_LOGS", "1")
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=300 * 1024 * 1024, log_to_driver=False,
             configure_logging=False)
    try:
        yield ray
    finally:
        ray.shutdown()
        faulthandler.cancel_dump_traceback_later()


def _counts(summary):
    return (summary.read, summary.new, summary.skipped, summary.failed, summary.events, summary.quotes, summary.actors)


def _ray(inputs, db, **engine) -> RunOptions:
    return RunOptions(inputs=inputs, db=db, engine=EngineOptions(name="ray", workers=2, **engine))


def _both_engines(inputs, tmp_path, **engine):
    from tacitus.engines import run_with_ray

    local = run_inputs(RunOptions(inputs=inputs, db=tmp_path / "local.duckdb"))
    distributed = run_with_ray(_ray(inputs, tmp_path / "ray.duckdb", **engine))
    return local, distributed


def test_small_jsonl_with_a_corrupt_line_same_tables_and_failures(local_ray, tmp_path):
    from tacitus.engines import run_with_ray

    path = write_jsonl(tmp_path / "wire.jsonl")
    local, distributed = _both_engines([path], tmp_path, lines_per_item=2)
    assert _counts(distributed) == _counts(local)
    assert distributed.read == distributed.new + distributed.skipped + distributed.failed
    assert (distributed.new, distributed.skipped, distributed.failed) == (4, 1, 2)
    expected = dump_tables(tmp_path / "local.duckdb")
    assert dump_tables(tmp_path / "ray.duckdb") == expected
    assert {(row[1], row[2]) for row in expected["failures"]} == {(str(path), "line 4"), (str(path), "line 5")}
    assert len(expected["events"]) > 0 and len(expected["quotes"]) > 0
    # a rerun skips every stored article before coding and changes nothing
    again = run_with_ray(_ray([path], tmp_path / "ray.duckdb", lines_per_item=2))
    assert (again.new, again.skipped, again.failed) == (0, 5, 2)
    assert dump_tables(tmp_path / "ray.duckdb") == expected


def test_events_dataset_without_the_store_is_queried_in_place(local_ray, tmp_path):
    from tacitus.engines import run_with_ray

    path = write_jsonl(tmp_path / "wire.jsonl", corrupt=False)
    shards = tmp_path / "shards"
    summary = run_with_ray(_ray([path], tmp_path / "none.duckdb", shards_dir=str(shards), load_into_store=False,
                                lines_per_item=3))
    assert not (tmp_path / "none.duckdb").exists()
    assert summary.new == 4  # the repeat of article 1 falls in the same item here: skipped
    rows = duckdb.sql(f"SELECT day::VARCHAR AS day, count(DISTINCT id) FROM read_parquet('{shards}/events/**/*.parquet', "
                      "hive_partitioning=1) GROUP BY day ORDER BY day").fetchall()
    assert [day for day, _ in rows] == ["2024-03-04", "2024-03-05", "2024-03-06"]
    assert sum(n for _, n in rows) == summary.events
    run_inputs(RunOptions(inputs=[path], db=tmp_path / "local.duckdb"))
    local_ids = {r[0] for r in dump_tables(tmp_path / "local.duckdb")["events"]}
    dataset_ids = {r[0] for r in duckdb.sql(f"SELECT id FROM read_parquet('{shards}/events/**/*.parquet')").fetchall()}
    assert dataset_ids == local_ids
    assert sorted(p.name for p in (shards / "coded").iterdir())[0] == "item-00000000.parquet"


@pytest.mark.shared
def test_newswire_slice_same_as_local_engine(local_ray, shared_dir, tmp_path):
    corpus = shared_dir / "data" / "corpora" / "newswire-1997.jsonl"
    with corpus.open("rb") as stream:
        head = b"".join(line for _, line in zip(range(NEWSWIRE_SLICE), stream))
    path = tmp_path / "newswire-slice.jsonl"
    path.write_bytes(head)
    local, distributed = _both_engines([path], tmp_path)
    assert _counts(distributed) == _counts(local)
    assert local.new == NEWSWIRE_SLICE
    local_tables, ray_tables = dump_tables(tmp_path / "local.duckdb"), dump_tables(tmp_path / "ray.duckdb")
    for table, rows in local_tables.items():
        assert ray_tables[table] == rows, table
    assert len(local_tables["events"]) > 20


def test_cli_run_with_the_ray_engine(local_ray, tmp_path):
    import json

    from typer.testing import CliRunner

    from tacitus.cli import app

    path = write_jsonl(tmp_path / "wire.jsonl")
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["run", str(path), "--db", str(db), "--engine", "ray", "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{"):])
    assert (summary["new"], summary["skipped"], summary["failed"]) == (4, 1, 2)
    assert len(dump_tables(db)["articles"]) == 4


def test_the_same_options_give_the_same_tables_through_run_ray_and_watch(local_ray, tmp_path):
    """One RunOptions (columns, defaults, a budget, dictionaries, batching, commit interval)
    through the local engine, Ray and watch: the three databases are identical, and each option
    visibly took effect."""
    import json

    from tacitus.engines import run_with_ray
    from tacitus.watch import watch_folder

    dictionaries = tmp_path / "dicts"
    dictionaries.mkdir()
    (dictionaries / "Test.actors.txt").write_text("FREEDONIA [FRD]\n", encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    records = [
        {"headline": "Talks in Freedonia", "body": "Freedonia's foreign minister met his Spanish counterpart in "
                                                    "Madrid on Monday to discuss fishing rights."},
        {"headline": "Protest", "body": "Police in Nairobi fired tear gas at protesters on Tuesday, the interior "
                                         "ministry said.", "day": "2024-03-05"},
        {"headline": "Too long", "body": "The minister spoke. " * 40},  # over the budget below
    ]
    path = inbox / "wire.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    base = RunOptions.from_cli(column=["title=headline", "text=body", "published=day"], budget=["max_chars=400"],
                               published="2024-03-04", dictionaries=[dictionaries], source="Desk",
                               batch_size=2, commit_seconds=0.0, cluster=False)
    run_inputs(base.replace(inputs=(str(path),), db=str(tmp_path / "local.duckdb")))
    run_with_ray(base.replace(inputs=(str(path),), db=str(tmp_path / "ray.duckdb"),
                              engine=EngineOptions(name="ray", workers=2)))
    watch_folder(inbox, base.replace(db=str(tmp_path / "watch.duckdb")), once=True)

    local = dump_tables(tmp_path / "local.duckdb")
    assert dump_tables(tmp_path / "ray.duckdb") == local
    assert dump_tables(tmp_path / "watch.duckdb") == local
    with Store(tmp_path / "local.duckdb", read_only=True) as store:
        articles = {a.title: a for a in store.articles()}
        failures = store.failures()
        actors = store.actors(country="FRD")
    assert set(articles) == {"Talks in Freedonia", "Protest"}  # columns mapped
    assert articles["Talks in Freedonia"].published == "2024-03-04" and articles["Protest"].published == "2024-03-05"
    assert {a.source for a in articles.values()} == {"Desk"}
    assert len(failures) == 1 and "max_chars 400" in failures[0].reason  # the budget, in every path
    assert "Freedonia" in {a.name for a in actors}  # the dictionary entry reached every coder
