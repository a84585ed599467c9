"""Parquet shards: what a worker writes for one work item, and the events dataset beside them.

A shard holds one row per record read from the item, in reading order (``seq``): a coded
article (its id, publication date and the Coded record as JSON, ``Coded.to_dict``), a failure
(path, position, reason, kind; with the article id when the article was read but failed to
code), or an article skipped because the store already holds it. Shards are named by item
index, so the driver loads them in the local engine's order without sorting anything.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..model import Coded, Failure
from ..store import Store

__all__ = ["SHARD_COLUMNS", "shard_name", "coded_row", "failure_row", "skipped_row", "write_shard",
           "read_shard", "write_event_partitions", "EVENTS_PARTITION", "UNKNOWN_DAY"]

SHARD_COLUMNS = ("item", "seq", "kind", "article_id", "published", "coded", "path", "position", "reason",
                 "failure_kind")
EVENTS_PARTITION = "day"
UNKNOWN_DAY = "unknown"
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _schema() -> Any:
    """The Arrow schema of a shard (explicit, so that all-null columns keep their string type)."""
    import pyarrow as pa

    return pa.schema([(name, pa.int64() if name in ("item", "seq") else pa.string()) for name in SHARD_COLUMNS])


def shard_name(index: int) -> str:
    """The file name of the shard of work item ``index`` (zero-padded: names sort as indexes)."""
    return f"item-{index:08d}.parquet"


def coded_row(item: int, seq: int, coded: Coded) -> dict[str, Any]:
    """The shard row of a coded article."""
    return {"item": item, "seq": seq, "kind": "coded", "article_id": coded.article.id,
            "published": coded.article.published, "coded": json.dumps(coded.to_dict(), ensure_ascii=False)}


def failure_row(item: int, seq: int, failure: Failure, article_id: str | None = None) -> dict[str, Any]:
    """The shard row of a failure (``article_id`` set when an article was read but failed to code)."""
    return {"item": item, "seq": seq, "kind": "failure", "article_id": article_id, "path": failure.path,
            "position": failure.position, "reason": failure.reason, "failure_kind": failure.kind}


def skipped_row(item: int, seq: int, article_id: str) -> dict[str, Any]:
    """The shard row of an article not coded because it is stored already or repeated in its item."""
    return {"item": item, "seq": seq, "kind": "skipped", "article_id": article_id}


def write_shard(rows: list[dict[str, Any]], directory: str | Path, index: int) -> str:
    """Write one item's rows as ``directory/item-NNNNNNNN.parquet`` and return the path.

    The file is written under a temporary name and renamed, so a shard either is complete or is
    absent (a worker killed mid-write leaves no half shard for the loader to trust).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = Path(directory) / shard_name(index)
    partial = target.with_suffix(".partial")
    table = pa.Table.from_pylist([{name: row.get(name) for name in SHARD_COLUMNS} for row in rows], schema=_schema())
    pq.write_table(table, partial)
    partial.replace(target)
    return str(target)


def read_shard(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the rows of one shard in reading order."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    yield from sorted(rows, key=lambda row: row["seq"])


def day_of(published: str | None) -> str:
    """The events partition of an article: its publication day (or month/year), else "unknown"."""
    day = (published or "")[:10]
    return day if _DAY.match(day) else UNKNOWN_DAY


def write_event_partitions(results: Iterable[Coded], directory: str | Path, index: int) -> int:
    """Write the events of ``results`` as ``directory/day=D/item-N.parquet`` files; return the count.

    The rows are the store's own ``events`` rows (written through an in-memory Store, so the
    columns, types and conversions are exactly those of the database), partitioned by the
    article's publication day in hive layout, which DuckDB reads in place with
    ``read_parquet('DIR/**/*.parquet', hive_partitioning=1)``.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    with Store(":memory:") as memory:
        memory.write(list(results))
        table = memory.connection.sql(
            "SELECT e.*, a.published AS article_published FROM events e JOIN articles a ON a.id = e.article_id "
            "ORDER BY a.id, e.position").to_arrow_table()
    if table.num_rows == 0:
        return 0
    days = [day_of(value) for value in table.column("article_published").to_pylist()]
    table = table.drop_columns(["article_published"])
    day_column = pa.array(days, type=pa.string())
    for day in sorted(set(days)):
        mask = pc.equal(day_column, day)
        folder = Path(directory) / f"{EVENTS_PARTITION}={day}"
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.filter(mask), folder / shard_name(index))
    return table.num_rows

