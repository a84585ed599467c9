"""CSV and Parquet exports, written by DuckDB itself (streamed, no rows pass through Python).

- csv: one header row, the store's events columns (schema order, without the internal
  ``position``) and ``historical`` (PLOVER's auxiliary mode: the event's date ends well before
  its article's publication, tacitus.dates), RFC 4180 quoting (comma, double quotes doubled
  inside quoted fields), UTF-8.
- parquet: a hive-partitioned dataset ``year=YYYY/month=MM/data_0.parquet`` from the event date,
  usable on its own. Columns: the events columns, except that ``date`` is a DATE (the first day
  of the span the coded value names: 2018-06 -> 2018-06-01), with ``date_end`` (DATE, its last
  day), ``date_precision`` (day, week, month, quarter, season, half, year, decade, century) and
  ``date_value`` (the value as coded, "2018-06"); then ``historical``, the article's
  ``published``, ``source``, ``url`` and ``title``, and ``cluster_id`` (null when the event is in
  no cluster or the database has no clusters). A year-only date goes to ``month=unknown``; an
  undated event to ``year=unknown/month=unknown``. ``year`` and ``month`` exist only as folder
  names. Read it back with ``read_parquet('OUT/**/*.parquet', hive_partitioning = true)`` in
  DuckDB, ``pandas.read_parquet('OUT')`` or ``pyarrow.dataset.dataset('OUT', partitioning='hive')``.
"""

from __future__ import annotations

from pathlib import Path

from ..dates import end_sql, precision_sql, start_sql
from ..store import EventFilter, Store
from .query import event_columns, filtered_events_sql, has_clusters

__all__ = ["write_csv", "write_parquet", "count_events", "PARTITION_COLUMNS"]

PARTITION_COLUMNS = ("year", "month")


def _partitions(column: str) -> list[str]:
    """The year and month partition columns for the date value in ``column`` (one of ours)."""
    return [rf"CASE WHEN regexp_matches({column}, '^\d{{4}}') THEN substr({column}, 1, 4) ELSE 'unknown' END AS year",
            rf"CASE WHEN regexp_matches({column}, '^\d{{4}}-\d{{2}}') THEN substr({column}, 6, 2) ELSE 'unknown' END "
            "AS month"]


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def count_events(store: Store, where: EventFilter, *, historical: bool = True) -> int:
    """How many events the filter selects (the exports' summary count)."""
    sql, params = filtered_events_sql(store, where, "id", historical=historical)
    return int(store.connection.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])  # type: ignore[index]


def write_csv(store: Store, where: EventFilter, path: Path, *, historical: bool = True) -> int:
    """Write the matching events to one CSV file at ``path``; return the number of rows."""
    sql, params = filtered_events_sql(store, where, _quoted([*event_columns(store), "historical"]),
                                      historical=historical)
    relation = store.connection.sql(sql, params=params)
    relation.write_csv(str(path), header=True, sep=",", quotechar='"', escapechar='"')
    return count_events(store, where, historical=historical)


def _parquet_columns(store: Store) -> str:
    """The Parquet dataset's columns over the filtered events ``e``, articles ``a`` and cluster links ``ce``."""
    columns: list[str] = []
    for name in event_columns(store):
        if name == "date":
            columns += [f"{start_sql('e.date')} AS date", f"{end_sql('e.date')} AS date_end",
                        f"{precision_sql('e.date')} AS date_precision", "e.date AS date_value"]
        else:
            columns.append(f'e."{name}"')
    cluster = "ce.cluster_id" if has_clusters(store) else "CAST(NULL AS VARCHAR)"
    columns += ["e.historical", "a.published", "a.source", "a.url", "a.title", f"{cluster} AS cluster_id",
                *_partitions("e.date")]
    return ", ".join(columns)


def write_parquet(store: Store, where: EventFilter, folder: Path, *, historical: bool = True) -> int:
    """Write the matching events as a date-partitioned Parquet dataset in ``folder``; return the count."""
    inner, params = filtered_events_sql(store, where, historical=historical)
    joins = "LEFT JOIN cluster_events ce ON ce.event_id = e.id" if has_clusters(store) else ""
    sql = (f"SELECT {_parquet_columns(store)} FROM ({inner}) e LEFT JOIN articles a ON a.id = e.article_id {joins}")
    relation = store.connection.sql(sql, params=params)
    relation.write_parquet(str(folder), partition_by=list(PARTITION_COLUMNS), overwrite=True)
    return count_events(store, where, historical=historical)
