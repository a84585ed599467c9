"""The SQL behind every export: the events that match an EventFilter, in the store's order.

The filter becomes the store's parameterized WHERE clause (``Store.event_where``, shared with
``tacitus events`` and the API; values are never pasted into SQL). The filtered
events are selected in a subquery first, so the filter's unqualified column names (``date``,
``article_id``) cannot collide with the columns of the tables joined afterwards (articles, the
actors for character offsets, quotes, and the clusters tables when they exist).
"""

from __future__ import annotations

from typing import Any, Iterator

import duckdb

from ..dates import historical_sql
from ..errors import StoreError
from ..store import EventFilter, Store

__all__ = ["filtered_events_sql", "event_columns", "iter_event_rows", "has_clusters", "ORDER"]

# The order of `tacitus events` (Store.events), so an export lists what the command shows.
ORDER = "date NULLS LAST, article_id, trigger_start, id"

# How many rows one fetch brings into Python: bounded memory whatever the export size.
CHUNK = 2048


# The events table with PLOVER's "historical" flag (tacitus.dates: the event's date ends well
# before its article's publication), computed at query time because it derives from two stored
# values: it is never stale, and its threshold can change without recoding.
EVENTS_WITH_HISTORICAL = (f"(SELECT events.*, {historical_sql('events.date', '_a.published')} AS historical "
                          "FROM events LEFT JOIN articles _a ON _a.id = events.article_id) events")


def filtered_events_sql(store: Store, where: EventFilter, columns: str = "*", *,
                        ordered: bool = True, historical: bool = True) -> tuple[str, list[Any]]:
    """``SELECT columns FROM events WHERE ... ORDER BY ... LIMIT ?`` and its parameters.

    The rows have a ``historical`` column besides the events table's own. ``historical=False``
    leaves historical events out. ``ordered=False`` leaves out the ORDER BY unless a LIMIT needs
    it (for a subquery that is sorted again outside: sorting twice doubles DuckDB's memory for
    wide rows).
    """
    condition, params = store.event_where(where)
    if not historical:
        condition = "NOT historical" + (f" AND ({condition})" if condition else "")
    sql = f"SELECT {columns} FROM {EVENTS_WITH_HISTORICAL}"
    if condition:
        sql += f" WHERE {condition}"
    if ordered or where.limit is not None:
        sql += f" ORDER BY {ORDER}"
    if where.limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(where.limit)]
    return sql, params


def event_columns(store: Store) -> list[str]:
    """The events table's columns in schema order, without the internal ``position``."""
    rows = store.connection.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
        "ORDER BY ordinal_position").fetchall()
    return [name for (name,) in rows if name != "position"]


def has_clusters(store: Store) -> bool:
    """True when the clusters tables (issue 8, clustering) exist in this database."""
    rows = store.connection.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_name IN ('clusters', 'cluster_events')"
    ).fetchall()
    return len({name for (name,) in rows}) == 2


def _joined_sql(store: Store, where: EventFilter, happenings: bool = False,
                historical: bool = True) -> tuple[str, list[Any]]:
    """The filtered events with what GDELT and PLOVER records need from the other tables.

    ``happenings=True`` selects instead one row per happening: the representative event of each
    cluster that holds a matching event (even when the representative itself does not match),
    and every matching event that is in no cluster.
    """
    inner, params = filtered_events_sql(store, where, ordered=False, historical=historical)
    clustered = has_clusters(store)
    if happenings and clustered:
        inner = (f"SELECT * FROM {EVENTS_WITH_HISTORICAL} WHERE id IN (SELECT coalesce(c.representative_event_id, f.id) "
                 f"FROM ({inner}) f LEFT JOIN cluster_events ce ON ce.event_id = f.id "
                 "LEFT JOIN clusters c ON c.id = ce.cluster_id)")
    cluster_columns = ("NULL AS cluster_id, NULL AS num_mentions, NULL AS num_articles, NULL AS num_sources, "
                       "NULL AS first_seen, NULL AS representative_id")
    cluster_joins = ""
    if clustered:
        cluster_columns = ("ce.cluster_id, c.num_mentions, c.num_articles, c.num_sources, c.first_seen, "
                           "c.representative_event_id AS representative_id")
        cluster_joins = ("LEFT JOIN cluster_events ce ON ce.event_id = e.id "
                         "LEFT JOIN clusters c ON c.id = ce.cluster_id")
    sql = f"""
        WITH quote_links AS (
            SELECT event_id, list(quote_id ORDER BY quote_id) AS quote_ids
            FROM (SELECT id AS quote_id, unnest(event_ids) AS event_id FROM quotes)
            GROUP BY event_id
        )
        SELECT e.*,
               a.url AS article_url, a.source AS article_source, a.published AS article_published,
               a.title AS article_title, a.language AS article_language,
               length(a.text) AS article_length,
               nullif(strpos(a.text, e.evidence), 0) - 1 AS evidence_start,
               s.mentions AS source_mentions, s.wikidata AS source_wikidata, s.title AS source_title,
               t.mentions AS target_mentions, t.wikidata AS target_wikidata, t.title AS target_title,
               q.quote_ids, {cluster_columns}
        FROM ({inner}) e
        LEFT JOIN articles a ON a.id = e.article_id
        LEFT JOIN actors s ON s.article_id = e.article_id AND s.id = e.source_actor_id
        LEFT JOIN actors t ON t.article_id = e.article_id AND t.id = e.target_actor_id
        LEFT JOIN quote_links q ON q.event_id = e.id
        {cluster_joins}
        ORDER BY {", ".join("e." + part.strip() for part in ORDER.split(","))}
    """
    return sql, params


def iter_event_rows(store: Store, where: EventFilter, *, happenings: bool = False,
                    historical: bool = True, chunk: int = CHUNK) -> Iterator[dict[str, Any]]:
    """Yield the matching events one dict at a time, joined with article, actor, quote and cluster data.

    Rows are fetched ``chunk`` at a time from a cursor of their own, so memory stays flat
    however many events the export holds. ``happenings``: one row per cluster (see _joined_sql);
    ``historical=False``: without historical events.
    """
    sql, params = _joined_sql(store, where, happenings, historical)
    cursor = store.connection.cursor()
    try:
        result = cursor.execute(sql, params)
        names = [d[0] for d in result.description]
        while True:
            batch = result.fetchmany(chunk)
            if not batch:
                break
            for row in batch:
                yield dict(zip(names, row))
    except duckdb.Error as exc:
        raise StoreError(f"cannot read events from {store.path}: {str(exc).strip().splitlines()[0]}") from exc
    finally:
        cursor.close()
