"""The cluster tables in the store, and the SQL that (re)computes a cluster's summary row.

Table and column names are read by the HTTP API: do not rename them.
"""

from __future__ import annotations

from typing import Sequence

import duckdb

__all__ = ["ensure_schema", "SORT_DAY", "refresh_clusters", "CLUSTER_COLUMNS", "check_window", "stored_window"]

CLUSTER_COLUMNS = (
    "id", "event_type", "cameo", "date_first", "date_last", "source_country", "source_sector",
    "target_country", "target_sector", "location_name", "location_country", "location_lat",
    "location_lon", "num_mentions", "num_articles", "num_sources", "first_seen",
    "representative_event_id", "goldstein",
)

_DDL = """
CREATE TABLE IF NOT EXISTS clusters (
    id VARCHAR PRIMARY KEY, event_type VARCHAR, cameo VARCHAR, date_first VARCHAR, date_last VARCHAR,
    source_country VARCHAR, source_sector VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_seen VARCHAR,
    representative_event_id VARCHAR, goldstein DOUBLE
);
CREATE TABLE IF NOT EXISTS cluster_events (event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR, why VARCHAR);
CREATE TABLE IF NOT EXISTS cluster_settings (name VARCHAR PRIMARY KEY, value VARCHAR);
"""

# The day an event is ordered by (and looked up at): its own day; the LAST day of a month or year
# value (so the day-dated reports of that range are clustered before it looks for them); the
# publication day for an undated event; NULL for anything else (never merged).
SORT_DAY = r"""CASE
    WHEN regexp_matches(e.date, '^\d{4}-\d{2}-\d{2}') THEN substr(e.date, 1, 10)
    WHEN regexp_matches(e.date, '^\d{4}-\d{2}$')
        THEN strftime(last_day(TRY_CAST(e.date || '-01' AS DATE)), '%Y-%m-%d')
    WHEN regexp_matches(e.date, '^\d{4}$') THEN e.date || '-12-31'
    WHEN e.date IS NULL AND regexp_matches(a.published, '^\d{4}-\d{2}-\d{2}') THEN substr(a.published, 1, 10)
    ELSE NULL END"""

# The representative is the record a reader should see: the most complete (source, target and
# place known), then the most confident, then the earliest published, then by id for determinism.
_REFRESH = """
INSERT INTO clusters
WITH m AS (
    SELECT ce.cluster_id, e.*, a.source AS outlet, a.published,
           (e.source_country IS NOT NULL)::INT + (e.target_country IS NOT NULL)::INT
           + (e.location_name IS NOT NULL)::INT AS completeness
    FROM cluster_events ce JOIN events e ON e.id = ce.event_id LEFT JOIN articles a ON a.id = e.article_id
    WHERE ce.cluster_id IN (SELECT unnest(?::VARCHAR[]))
), ranked AS (
    SELECT *, row_number() OVER (PARTITION BY cluster_id ORDER BY completeness DESC,
        confidence DESC NULLS LAST, published NULLS LAST, date NULLS LAST, id) AS rk,
        row_number() OVER (PARTITION BY cluster_id ORDER BY location_name IS NULL, completeness DESC,
        confidence DESC NULLS LAST, published NULLS LAST, id) AS place_rk
    FROM m
)
SELECT cluster_id,
    any_value(event_type),
    max(cameo) FILTER (WHERE rk = 1),
    min(date), max(date),
    max(source_country) FILTER (WHERE rk = 1), max(source_sector) FILTER (WHERE rk = 1),
    max(target_country) FILTER (WHERE rk = 1), max(target_sector) FILTER (WHERE rk = 1),
    max(location_name) FILTER (WHERE place_rk = 1), max(location_country) FILTER (WHERE place_rk = 1),
    max(location_lat) FILTER (WHERE place_rk = 1), max(location_lon) FILTER (WHERE place_rk = 1),
    count(*)::INTEGER, count(DISTINCT article_id)::INTEGER, count(DISTINCT outlet)::INTEGER,
    min(published),
    max(id) FILTER (WHERE rk = 1),
    max(goldstein) FILTER (WHERE rk = 1)
FROM ranked GROUP BY cluster_id
"""


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the cluster tables when they are missing (idempotent)."""
    con.execute(_DDL)


def check_window(con: duckdb.DuckDBPyConnection, window_days: int, *, reset: bool) -> None:
    """Remember the window the clusters were built with; refuse to mix windows incrementally.

    Clusters built with one window and extended with another would differ from a rebuild, so a
    different window needs ``rebuild_clusters``. Raises TacitusError naming the stored window.
    """
    from ..errors import TacitusError

    row = con.execute("SELECT value FROM cluster_settings WHERE name = 'window_days'").fetchone()
    has_members = con.execute("SELECT count(*) FROM cluster_events").fetchone()[0]  # type: ignore[index]
    if row is not None and has_members and not reset and int(row[0]) != window_days:
        raise TacitusError(
            f"the clusters in this database were built with a {row[0]}-day window; rerun with "
            f"--window {row[0]}, or rebuild them with the new window (tacitus clusters --rebuild)")
    con.execute("INSERT OR REPLACE INTO cluster_settings VALUES ('window_days', ?)", [str(window_days)])


def stored_window(con: duckdb.DuckDBPyConnection) -> int | None:
    """The window (days) the stored clusters were built with, or None before any clustering."""
    try:
        row = con.execute("SELECT value FROM cluster_settings WHERE name = 'window_days'").fetchone()
    except duckdb.CatalogException:
        return None
    return int(row[0]) if row else None


def refresh_clusters(con: duckdb.DuckDBPyConnection, cluster_ids: Sequence[str]) -> None:
    """Recompute the summary rows of these clusters from their members (empty ones disappear)."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    con.execute("DELETE FROM clusters WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    con.execute(_REFRESH, [ids])
