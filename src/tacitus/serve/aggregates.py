"""Aggregates behind the dashboard: overview, timeline, actor network and map.

Each takes the same event filters as the event list, so a filter applied on the dashboard narrows
every view the same way.
"""

from __future__ import annotations

from typing import Any, Literal

import duckdb

from .db import Database
from .filters import EventQuery, where_sql
from .labels import code_label

__all__ = ["overview", "timeline", "network", "map_points"]

Interval = Literal["day", "week", "month"]
GroupBy = Literal["type", "quad_class", "none"]

# Whitelisted SQL for each choice (the request only ever selects a key of these tables).
_PERIOD_SQL = {
    "day": "strftime(d, '%Y-%m-%d')",
    "week": "strftime(date_trunc('week', d), '%Y-%m-%d')",
    "month": "strftime(d, '%Y-%m')",
}
_GROUP_SQL = {"type": "event_type", "quad_class": "CAST(quad_class AS VARCHAR)", "none": "'all'"}
_NODE_SQL = {"code": ("source_code", "target_code"), "country": ("source_country", "target_country")}


def _and(where: str, condition: str) -> str:
    """Add one condition to a WHERE clause that may be empty."""
    return f"{where} AND {condition}" if where else f" WHERE {condition}"


def overview(db: Database, con: duckdb.DuckDBPyConnection, query: EventQuery, top: int) -> dict[str, Any]:
    """Table counts, events by type and quad class, the most active actors and the busiest dyads."""
    where, params = where_sql(query)
    counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
              for table in ("articles", "events", "actors", "quotes")}
    counts["matching_events"] = con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]  # type: ignore[index]
    by_type = db.rows(con, f"SELECT event_type, count(*) AS count FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1", params)
    by_quad = db.rows(con, f"SELECT quad_class, count(*) AS count FROM events{where} GROUP BY 1 ORDER BY 1", params)
    actors = db.rows(con, f"""
        WITH sides AS (
            SELECT source_code AS code, source_name AS name, source_country AS country FROM events{where}
            UNION ALL
            SELECT target_code, target_name, target_country FROM events{_and(where, 'target_actor_id IS NOT NULL')})
        SELECT coalesce(code, country, '?') AS code, count(*) AS events, count(DISTINCT name) AS names
        FROM sides GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?""", [*params, *params, top])
    for actor in actors:  # a code is labelled by what it means, not by one of the people who carry it
        actor["label"] = code_label(actor["code"])
    dyads = db.rows(con, f"""
        SELECT coalesce(source_code, source_country, '?') AS source, coalesce(target_code, target_country, '?') AS target,
               count(*) AS count, round(avg(goldstein), 2) AS mean_goldstein
        FROM events{_and(where, 'target_actor_id IS NOT NULL')}
        GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?""", [*params, top])
    for dyad in dyads:
        dyad["source_label"], dyad["target_label"] = code_label(dyad["source"]), code_label(dyad["target"])
    return {"counts": counts, "by_type": by_type, "by_quad_class": by_quad, "top_actors": actors, "top_dyads": dyads}


def timeline(db: Database, con: duckdb.DuckDBPyConnection, query: EventQuery, interval: Interval,
             by: GroupBy) -> dict[str, Any]:
    """Event counts per period and group; events dated only to a month or year are left out (and counted)."""
    where, params = where_sql(query)
    dated = _and(where, "length(date) = 10")
    # Count per (date string, key) first: casting a few hundred distinct dates instead of every
    # row halves the cost on 100,000 events.
    rows = db.rows(con, f"""
        SELECT {_PERIOD_SQL[interval]} AS period, key, sum(n)::BIGINT AS count
        FROM (SELECT TRY_CAST(date AS DATE) AS d, key, n
              FROM (SELECT date, {_GROUP_SQL[by]} AS key, count(*) AS n FROM events{dated} GROUP BY 1, 2))
        WHERE d IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""", params)
    undated = con.execute(f"SELECT count(*) FROM events{_and(where, '(date IS NULL OR length(date) <> 10)')}",
                          params).fetchone()[0]  # type: ignore[index]
    series: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        series.setdefault(row["key"], []).append({"period": row["period"], "count": row["count"]})
    return {"interval": interval, "by": by, "not_day_dated": int(undated),
            "series": [{"key": key, "points": points} for key, points in sorted(series.items())]}


def network(db: Database, con: duckdb.DuckDBPyConnection, query: EventQuery, level: Literal["code", "country"],
            limit: int, min_count: int) -> dict[str, Any]:
    """Actors as nodes and directed dyads as edges, with event counts and mean Goldstein score."""
    where, params = where_sql(query)
    source, target = _NODE_SQL[level]
    edges = db.rows(con, f"""
        SELECT {source} AS source, {target} AS target, count(*) AS count, round(avg(goldstein), 2) AS mean_goldstein
        FROM events{_and(where, f'{source} IS NOT NULL AND {target} IS NOT NULL')}
        GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY 3 DESC, 1, 2 LIMIT ?""", [*params, min_count, limit])
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for end in ("source", "target"):
            node = nodes.setdefault(edge[end], {"id": edge[end], "label": code_label(edge[end]), "count": 0})
            node["count"] += edge["count"]
    return {"level": level, "nodes": sorted(nodes.values(), key=lambda n: (-n["count"], n["id"])), "edges": edges}


def map_points(db: Database, con: duckdb.DuckDBPyConnection, query: EventQuery, limit: int) -> dict[str, Any]:
    """Event locations with coordinates, grouped by place, with counts and the commonest event type."""
    where, params = where_sql(query)
    points = db.rows(con, f"""
        SELECT location_name AS name, location_country AS country, location_lat AS lat, location_lon AS lon,
               count(*) AS count, mode(event_type) AS top_type, round(avg(goldstein), 2) AS mean_goldstein
        FROM events{_and(where, 'location_lat IS NOT NULL AND location_lon IS NOT NULL')}
        GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT ?""", [*params, limit])
    return {"points": points}
