"""What the dashboard needs beyond the listings: the outlet of each listed event, one cluster
with its reports (``/api/clusters/{id}``), and the filtered events as a CSV or JSON download."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import duckdb

from ..clusters.schema import CLUSTER_COLUMNS
from ..db.columns import EVENT_COLUMNS
from ..db.rows import event_from_row
from .db import Database
from .filters import EventQuery, where_sql

__all__ = ["outlets", "cluster_detail", "download_events", "DOWNLOAD_COLUMNS"]

# The download's columns: the event record flattened (what `tacitus export --format csv` holds),
# plus the article's outlet, URL and publication date.
DOWNLOAD_COLUMNS = (*EVENT_COLUMNS, "outlet", "url", "published")


def _columns(names: tuple[str, ...], prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{n}"' for n in names)


def outlets(db: Database, con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, str | None]:
    """Article id -> its outlet (publisher), for the events of one page."""
    if not article_ids:
        return {}
    rows = con.execute("SELECT id, source FROM articles WHERE id IN (SELECT unnest(?))", [article_ids]).fetchall()
    return {article_id: source for article_id, source in rows}


def cluster_detail(db: Database, con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict[str, Any] | None:
    """One cluster (a happening) with its reports as event records and their outlets; None when unknown."""
    if not (db.has_table(con, "clusters") and db.has_table(con, "cluster_events")):
        return None
    found = db.rows(con, f"SELECT {_columns(CLUSTER_COLUMNS)} FROM clusters WHERE id = ?", [cluster_id])
    if not found:
        return None
    cluster = found[0]
    for key in ("date_first", "date_last", "first_seen"):
        if cluster.get(key) is not None and not isinstance(cluster[key], str):
            cluster[key] = cluster[key].isoformat()
    rows = db.rows(con, f"SELECT {_columns(EVENT_COLUMNS, 'e.')} FROM events e JOIN cluster_events ce "
                   "ON ce.event_id = e.id WHERE ce.cluster_id = ? ORDER BY e.date NULLS LAST, e.article_id, e.id",
                   [cluster_id])
    events = [event_from_row(row).to_dict() for row in rows]
    cluster["event_ids"] = [event["id"] for event in events]
    return {"cluster": cluster, "events": events,
            "outlets": outlets(db, con, sorted({event["article_id"] for event in events}))}


def download_events(db: Database, con: duckdb.DuckDBPyConnection, query: EventQuery, fmt: str,
                    limit: int) -> tuple[str, int]:
    """The filtered events, newest first, as CSV text (DOWNLOAD_COLUMNS) or a JSON array of event
    records with their outlet; at most ``limit`` rows. Returns (body, rows)."""
    where, params = where_sql(query)
    select = _columns(EVENT_COLUMNS, "e.")
    rows = db.rows(con, f"SELECT {select}, a.source AS outlet, a.url AS url, a.published AS published "
                   f"FROM (SELECT * FROM events{where}) e LEFT JOIN articles a ON a.id = e.article_id "
                   "ORDER BY e.date DESC NULLS LAST, e.article_id, e.id LIMIT ?", [*params, limit])
    if fmt == "json":
        records = [{**event_from_row(row).to_dict(), "outlet": row["outlet"], "url": row["url"],
                    "published": row["published"]} for row in rows]
        return json.dumps(records, ensure_ascii=False), len(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DOWNLOAD_COLUMNS)
    for row in rows:
        writer.writerow(["" if row[name] is None else row[name] for name in DOWNLOAD_COLUMNS])
    return out.getvalue(), len(rows)
