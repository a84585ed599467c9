"""Work items: cutting the input and reading each piece gives exactly what the local reader gives."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from engine_fixtures import ARTICLES, write_jsonl

from tacitus.engines.workitems import plan_items, read_item, record_context
from tacitus.errors import InputError
from tacitus.ingest import iter_articles
from tacitus.model import Article, Failure


def _read_all(items, **options):
    ctx = record_context(**options)
    return [record for item in items for record in read_item(item, ctx)]


@pytest.mark.parametrize("lines_per_item", [1, 2, 3, 100])
def test_jsonl_items_read_exactly_like_the_local_reader(tmp_path, lines_per_item):
    path = write_jsonl(tmp_path / "wire.jsonl")
    items = plan_items([path], workers=2, lines_per_item=lines_per_item)
    assert all(item.kind == "jsonl" for item in items)
    expected = list(iter_articles([path]))
    assert _read_all(items) == expected
    # the corrupt line keeps its line number, whichever item it falls in
    failures = [r for r in expected if isinstance(r, Failure)]
    assert {f.position for f in failures} == {"line 4", "line 5"}


def test_items_cover_the_file_without_gaps(tmp_path):
    path = write_jsonl(tmp_path / "wire.jsonl")
    items = plan_items([path], workers=1, lines_per_item=2)
    assert items[0].start == 0 and items[-1].stop == path.stat().st_size
    assert all(a.stop == b.start for a, b in zip(items, items[1:]))
    assert [item.index for item in items] == list(range(len(items)))


def test_folder_of_mixed_files_in_local_order(tmp_path):
    write_jsonl(tmp_path / "b.jsonl")
    (tmp_path / "a.txt").write_text("Talks resume\n\nThe two delegations resumed talks in Geneva.\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("title,text\nVote,The parliament voted on the budget.\n", encoding="utf-8")
    items = plan_items([tmp_path, tmp_path / "missing.jsonl"], workers=2, lines_per_item=2)
    assert [item.kind for item in items][:1] == ["file"] and items[-1].kind == "file"
    assert _read_all(items, published="2024-01-01") == list(
        iter_articles([tmp_path, tmp_path / "missing.jsonl"], published="2024-01-01"))


def test_default_item_size_gives_each_worker_several_items(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"text": f"Article number {i} about talks."}) + "\n" for i in range(80)))
    assert len(plan_items([path], workers=2)) == 8  # 80 lines / (2 workers x 4 items) = 10 lines each


def test_parquet_row_groups_become_articles_with_row_positions(tmp_path):
    path = tmp_path / "wire.parquet"
    rows = [dict(a) for a in ARTICLES] + [{"title": "empty", "published": "2024-03-07", "source": "X", "text": None}]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)
    items = plan_items([path], workers=2)
    assert [(i.kind, i.start, i.first) for i in items] == [("parquet", 0, 1), ("parquet", 1, 3), ("parquet", 2, 5)]
    read = _read_all(items)
    articles = [r for r in read if isinstance(r, Article)]
    assert [a.origin for a in articles] == [f"{path}:row {n}" for n in range(1, 5)]
    assert [f.position for f in read if isinstance(f, Failure)] == ["row 5"]
    # a row and the same record in JSONL give the same content id
    jsonl = tmp_path / "same.jsonl"
    jsonl.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    assert [a.id for a in articles] == [a.id for a in iter_articles([jsonl])]


def test_a_broken_parquet_file_is_one_failure(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    read = _read_all(plan_items([path], workers=1))
    assert len(read) == 1 and isinstance(read[0], Failure) and "Parquet" in read[0].reason


def test_standard_input_is_refused_with_advice():
    with pytest.raises(InputError, match="standard input"):
        plan_items(["-"], workers=1)
