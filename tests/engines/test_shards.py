"""Shards and the loader: rows survive the round trip, and loading replays the local bookkeeping."""

from __future__ import annotations

import duckdb

from tacitus.engines.loader import ShardLoader
from tacitus.engines.shards import (coded_row, failure_row, read_shard, shard_name, skipped_row,
                                    write_event_partitions, write_shard)
from tacitus.model import ActorRef, Article, Coded, Event, Failure, content_id
from tacitus.runner import RunSummary
from tacitus.store import Store


def _coded(text: str, published: str | None) -> Coded:
    article = Article(id=content_id(text), text=text, published=published, origin=f"x.jsonl:line {len(text)}")
    source = ActorRef(actor_id="a1", name="Ruritania", country="RUR", sector="GOV", code="RURGOV")
    event = Event(id=content_id("event", text), article_id=article.id, sentence=0, evidence=text, event_type="CONSULT",
                  cameo="040", quad_class=1, goldstein=1.0, source=source, date=published)
    return Coded(article=article, events=(event,))


def test_shard_round_trip_keeps_rows_in_reading_order(tmp_path):
    first, second = _coded("Talks began.", "2024-03-04"), _coded("Talks ended.", None)
    failure = Failure(path="x.jsonl", position="line 3", reason="invalid JSON")
    rows = [coded_row(7, 2, second), failure_row(7, 1, failure), coded_row(7, 0, first), skipped_row(7, 3, "id-old")]
    path = write_shard(rows, tmp_path, 7)
    assert path.endswith(shard_name(7)) and shard_name(7) < shard_name(10)
    back = list(read_shard(path))
    assert [r["seq"] for r in back] == [0, 1, 2, 3]
    assert [r["kind"] for r in back] == ["coded", "failure", "coded", "skipped"]
    assert back[1]["position"] == "line 3" and back[1]["article_id"] is None
    assert not list(tmp_path.glob("*.partial"))


def test_loader_counts_like_the_local_runner_and_skips_repeats(tmp_path):
    first, second = _coded("Talks began.", "2024-03-04"), _coded("Talks ended.", None)
    broken = Failure(path="x.jsonl", position="line 9", reason="too long", kind="coding")
    rows = [coded_row(0, 0, first), failure_row(0, 1, Failure("x.jsonl", "line 2", "invalid JSON")),
            coded_row(1, 0, second), coded_row(1, 1, first),  # a repeat across items
            failure_row(1, 2, broken, "id-bad"), failure_row(2, 0, broken, "id-bad"),  # a failing repeat
            skipped_row(2, 1, "id-known")]
    summary = RunSummary()
    loader = ShardLoader(tmp_path / "t.duckdb", summary, batch_size=1)
    for row in rows:
        loader.add(row)
    loader.flush()
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        counts = store.counts()
    assert (summary.read, summary.new, summary.skipped, summary.failed) == (7, 2, 3, 2)
    assert summary.read == summary.new + summary.skipped + summary.failed
    assert summary.events == 2
    assert counts["articles"] == 2 and counts["events"] == 2 and counts["failures"] == 2


def test_event_partitions_are_queried_in_place_by_duckdb(tmp_path):
    results = [_coded("Talks began.", "2024-03-04"), _coded("Talks ended.", None), _coded("Talks again.", "2024-03-04")]
    assert write_event_partitions(results[:2], tmp_path, 0) == 2
    assert write_event_partitions(results[2:], tmp_path, 1) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day=2024-03-04", "day=unknown"]
    rows = duckdb.sql(f"SELECT day::VARCHAR, id, event_type, source_code, position FROM read_parquet("
                      f"'{tmp_path}/**/*.parquet', hive_partitioning=1) ORDER BY day, id").fetchall()
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("2024-03-04", "CONSULT", "RURGOV", 0),
                                                       ("2024-03-04", "CONSULT", "RURGOV", 0),
                                                       ("unknown", "CONSULT", "RURGOV", 0)]
