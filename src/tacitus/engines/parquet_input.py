"""Articles from Parquet files, one row group at a time (the unit of work of the Ray engine).

Rows become Articles through the same mapping as JSONL records (``record_to_article`` with the
field aliases and the column map), with positions "row N" counted from 1 over the whole file,
so an article's origin ("path:row N") does not depend on how the file was cut into work.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

from ..errors import InputError, log_failure
from ..ingest.records import RecordContext, record_to_article
from ..model import Article, Failure

__all__ = ["PARQUET_SUFFIXES", "row_groups", "iter_parquet"]

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})


def row_groups(path: str) -> Iterator[tuple[int, int]]:
    """Yield (row group index, number of its first row) for every row group of a Parquet file.

    A file that is not Parquet yields one pseudo group (-1, 1), which reads as a Failure.
    """
    import pyarrow.parquet as pq

    try:
        metadata = pq.ParquetFile(path).metadata
    except Exception:  # noqa: BLE001 - any unreadable file is reported when its item is read
        yield -1, 1
        return
    first = 1
    for group in range(metadata.num_row_groups):
        yield group, first
        first += metadata.row_group(group).num_rows


def _plain(value: Any) -> Any:
    """Dates and timestamps as ISO text (as a JSONL corpus would hold them), other values as is."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def iter_parquet(path: str, group: int, first: int, ctx: RecordContext) -> Iterator[Article | Failure]:
    """Yield an Article or a Failure for each row of row group ``group`` (its first row is ``first``)."""
    import pyarrow.parquet as pq

    try:
        if group < 0:
            raise ValueError("not a Parquet file")
        rows = pq.ParquetFile(path).read_row_group(group).to_pylist()
    except Exception as exc:  # noqa: BLE001 - a broken file is one Failure, the run goes on
        log_failure("tacitus.engines", path, exc)
        yield Failure(path=path, position=None, reason=f"cannot read the Parquet file ({exc}); check or remove it")
        return
    keys = ctx.fields.resolve(list(rows[0]) if rows else [], ctx.column_map) if rows else {}
    if rows and "text" not in keys:
        wanted = ctx.column_map.get("text") or "text"
        yield Failure(path=path, position=None,
                      reason=f"no text column among {list(rows[0])[:20]}; name it '{wanted}' or map it with a column map")
        return
    for number, row in enumerate(rows, start=first):
        position = f"row {number}"
        record = {key: _plain(value) for key, value in row.items()}
        try:
            yield record_to_article(record, keys, ctx, f"{path}:{position}")
        except InputError as exc:
            yield Failure(path=path, position=position, reason=str(exc))
