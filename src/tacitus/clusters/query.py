"""Reading clusters back: the Cluster record, filtered lists, an event's cluster, a cluster's members."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import duckdb

from ..db.filters import cluster_condition
from ..errors import StoreError
from ..store import Store
from .schema import CLUSTER_COLUMNS

__all__ = ["Cluster", "list_clusters", "cluster_of", "cluster_members", "MEMBER_COLUMNS"]

MEMBER_COLUMNS = (
    "event_id", "article_id", "outlet", "published", "date", "event_type", "cameo", "source_code",
    "target_code", "location_name", "modality", "evidence", "why",
)


@dataclass(frozen=True)
class Cluster:
    """One happening reported by one or more events (DESIGN.md: EventCluster)."""

    id: str
    event_type: str
    cameo: str | None
    date_first: str | None
    date_last: str | None
    source_country: str | None
    source_sector: str | None
    target_country: str | None
    target_sector: str | None
    location_name: str | None
    location_country: str | None
    location_lat: float | None
    location_lon: float | None
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: str | None
    representative_event_id: str
    goldstein: float | None
    event_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The cluster as a plain dict (event_ids as a list)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["event_ids"] = list(self.event_ids)
        return data


_SELECT = (
    f"SELECT {', '.join('c.' + c for c in CLUSTER_COLUMNS)}, "
    "(SELECT list(ce.event_id ORDER BY ce.event_id) FROM cluster_events ce WHERE ce.cluster_id = c.id) "
    "FROM clusters c"
)


def _rows(store: Store, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    try:
        return store.connection.execute(sql, params).fetchall()
    except duckdb.CatalogException as exc:
        raise StoreError(f"{store.path} has no clusters yet: run `tacitus clusters --update --db {store.path}` "
                         "(or tacitus.clusters.cluster_pending) first") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot read clusters from {store.path}: {exc}") from exc


def _cluster(row: tuple[Any, ...]) -> Cluster:
    return Cluster(*row[:-1], event_ids=tuple(row[-1] or ()))


def list_clusters(store: Store, *, event_type: str | None = None, country: str | None = None,
                  date_from: str | None = None, date_to: str | None = None, min_articles: int = 1,
                  limit: int | None = 100) -> list[Cluster]:
    """Clusters matching the filters, most widely reported first.

    ``country`` matches either side; dates select clusters whose date range overlaps
    [date_from, date_to] (ISO prefixes: "2018-06" as ``date_to`` includes all of June).
    """
    condition, params = cluster_condition(event_type=event_type, country=country, date_from=date_from,
                                          date_to=date_to, min_articles=min_articles, prefix="c.")
    sql = f"{_SELECT} WHERE {condition} ORDER BY c.num_articles DESC, c.num_mentions DESC, c.date_first, c.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_cluster(row) for row in _rows(store, sql, params)]


def cluster_of(store: Store, event_id: str) -> Cluster | None:
    """The cluster holding this event, or None when the event is not clustered (yet)."""
    rows = _rows(store, f"{_SELECT} WHERE c.id = (SELECT cluster_id FROM cluster_events WHERE event_id = ?)", [event_id])
    return _cluster(rows[0]) if rows else None


def cluster_members(store: Store, cluster_id: str) -> list[dict[str, Any]]:
    """The events of one cluster with their article, outlet and why, earliest published first."""
    sql = (
        "SELECT ce.event_id, e.article_id, a.source, a.published, e.date, e.event_type, e.cameo, e.source_code, "
        "e.target_code, e.location_name, e.modality, e.evidence, ce.why "
        "FROM cluster_events ce JOIN events e ON e.id = ce.event_id LEFT JOIN articles a ON a.id = e.article_id "
        "WHERE ce.cluster_id = ? ORDER BY a.published NULLS LAST, e.article_id, e.position, e.id"
    )
    return [dict(zip(MEMBER_COLUMNS, row)) for row in _rows(store, sql, [cluster_id])]
