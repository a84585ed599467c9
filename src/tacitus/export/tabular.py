"""CSV and Parquet exports, written by DuckDB itself (streamed, no rows pass through Python).

- csv: one header row, the store's events columns (schema order, without the internal
  ``position``), RFC 4180 quoting (comma, double quotes doubled inside quoted fields), UTF-8.
- parquet: a hive-partitioned dataset ``year=YYYY/month=MM/data_0.parquet`` from the event date.
  A year-only date goes to ``month=unknown``; an undated event to ``year=unknown/month=unknown``.
  The files hold every events column (``date`` included, at its real precision); ``year`` and
  ``month`` exist only as folder names. Read it back with
  ``read_parquet('OUT/**/*.parquet', hive_partitioning = true)`` in DuckDB or
  ``pyarrow.dataset.dataset('OUT', partitioning='hive')``.
"""

from __future__ import annotations

from pathlib import Path

from ..store import EventFilter, Store
from .query import event_columns, filtered_events_sql

__all__ = ["write_csv", "write_parquet", "count_events", "PARTITION_COLUMNS"]

PARTITION_COLUMNS = ("year", "month")

_YEAR = r"CASE WHEN regexp_matches(date, '^\d{4}') THEN substr(date, 1, 4) ELSE 'unknown' END AS year"
_MONTH = r"CASE WHEN regexp_matches(date, '^\d{4}-\d{2}') THEN substr(date, 6, 2) ELSE 'unknown' END AS month"


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def count_events(store: Store, where: EventFilter) -> int:
    """How many events the filter selects (the exports' summary count)."""
    sql, params = filtered_events_sql(store, where, "id")
    return int(store.connection.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])  # type: ignore[index]


def write_csv(store: Store, where: EventFilter, path: Path) -> int:
    """Write the matching events to one CSV file at ``path``; return the number of rows."""
    sql, params = filtered_events_sql(store, where, _quoted(event_columns(store)))
    relation = store.connection.sql(sql, params=params)
    relation.write_csv(str(path), header=True, sep=",", quotechar='"', escapechar='"')
    return count_events(store, where)


def write_parquet(store: Store, where: EventFilter, folder: Path) -> int:
    """Write the matching events as a date-partitioned Parquet dataset in ``folder``; return the count."""
    sql, params = filtered_events_sql(store, where, f"{_quoted(event_columns(store))}, {_YEAR}, {_MONTH}")
    relation = store.connection.sql(sql, params=params)
    relation.write_parquet(str(folder), partition_by=list(PARTITION_COLUMNS), overwrite=True)
    return count_events(store, where)
