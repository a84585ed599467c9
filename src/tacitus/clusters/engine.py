"""Incremental clustering of stored events into happenings, streamed per event type and month.

How it stays incremental AND equal to a rebuild: events of one type are processed in a fixed
order (sort day, publication, article, position, id; see schema.SORT_DAY) and each event's cluster
depends only on the events before it in that order (and only on clusters started at most
``horizon_days`` earlier). A new batch therefore re-places, per type, the events from its earliest
sort day onward: the clusters open at that day are restored by replaying their stored members,
and stored events are placed again until nothing has changed for a whole horizon; then the sweep
jumps to the next new event. The result is exactly the rebuild's clusters, whatever the batch
order; the cost is the new events plus about a horizon (41 days) of stored events after each
stretch of them. Memory holds about 5,000 events (or one month) of one type and the clusters
still open.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pyarrow as pa

from ..model import content_id
from ..store import Store
from . import schema
from .index import OpenClusters
from .rules import Report, RuleSettings, Side, Spot, load_settings, parse_span

__all__ = ["ClusterSummary", "cluster_pending", "cluster_database", "rebuild_clusters"]

CHUNK_EVENTS = 5000  # default events per read/write round trip of a clustering pass

_COLUMNS = (
    "e.id", "e.article_id", "e.event_type", "e.cameo", "e.modality", "e.source_country", "e.source_sector",
    "e.target_country", "e.target_sector", "e.date", "a.published", "e.location_name", "e.location_country",
    "e.location_lat", "e.location_lon", "e.location_feature", "e.sentence",
    "e.date_text",
)
# One scan of events per run: the columns the rules read plus the sort day, in a temporary table
# ordered by (type, day) so that the per-type, per-month queries below read only their slice.
_FROM = "_tacitus_cluster_keys"
_KEYS = (
    f"CREATE OR REPLACE TEMP TABLE {_FROM} AS SELECT {', '.join(_COLUMNS)}, e.position, "
    f"{schema.SORT_DAY} AS sort_day FROM events e LEFT JOIN articles a ON a.id = e.article_id "
    "ORDER BY e.event_type, sort_day"
)
_ORDER = "k.sort_day, k.published NULLS LAST, k.article_id, k.position, k.id"


@dataclass(frozen=True)
class ClusterSummary:
    """What a clustering run did: events placed, clusters touched, clusters in the store."""

    events_clustered: int
    events_reclustered: int
    clusters_touched: int
    clusters_total: int
    multi_article_clusters: int

    def to_dict(self) -> dict[str, int]:
        """The summary as a plain dict (for --json)."""
        return dict(self.__dict__)


def cluster_pending(store: Store, *, window_days: int | None = None, max_km: float | None = None,
                    chunk_events: int = CHUNK_EVENTS) -> ClusterSummary:
    """Cluster every event not yet in ``cluster_events`` (one transaction); rerunning changes nothing.

    ``window_days`` defaults to the window the stored clusters were built with (else 1), so an
    automatic pass after `tacitus run` or `tacitus watch` extends them the same way.
    ``chunk_events`` bounds the events read per round trip (memory against round trips; the
    clusters are the same whatever it is).
    """
    days = window_days if window_days is not None else (schema.stored_window(store.connection) or 1)
    return _run(store, load_settings(days, max_km), reset=False, chunk_events=chunk_events)


def cluster_database(db: str | Path) -> ClusterSummary:
    """Open the database at ``db`` and cluster its new events (``cluster_pending``): the pass that
    ends `tacitus run` and each round of `tacitus watch`."""
    with Store(db) as store:
        return cluster_pending(store)


def rebuild_clusters(store: Store, *, window_days: int = 1, max_km: float | None = None,
                     chunk_events: int = CHUNK_EVENTS) -> ClusterSummary:
    """Drop every cluster and cluster all stored events again (one transaction)."""
    return _run(store, load_settings(window_days, max_km), reset=True, chunk_events=chunk_events)


def _run(store: Store, settings: RuleSettings, *, reset: bool, chunk_events: int) -> ClusterSummary:
    con = store.connection
    schema.ensure_schema(con)
    con.execute("BEGIN TRANSACTION")
    try:
        schema.check_window(con, settings.window_days, reset=reset)
        if reset:
            con.execute("DELETE FROM cluster_events")
            con.execute("DELETE FROM clusters")
        con.execute(_KEYS)
        pending = con.execute(
            f"SELECT k.event_type, min(k.sort_day) FROM {_FROM} k LEFT JOIN cluster_events ce ON ce.event_id = k.id "
            "WHERE ce.event_id IS NULL GROUP BY k.event_type ORDER BY k.event_type").fetchall()
        new = redone = 0
        touched: set[str] = set()
        for event_type, start in pending:
            counts = _recluster_type(con, event_type, start, settings, touched, chunk_events)
            new, redone = new + counts[0], redone + counts[1]
        schema.refresh_clusters(con, sorted(touched))
        con.execute(f"DROP TABLE {_FROM}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    total, multi = con.execute("SELECT count(*), count(*) FILTER (WHERE num_articles > 1) FROM clusters").fetchone()  # type: ignore[misc]
    return ClusterSummary(new, redone, len(touched), int(total), int(multi))


def _recluster_type(con: Any, event_type: str, start: str | None, settings: RuleSettings,
                    touched: set[str], chunk_events: int) -> tuple[int, int]:
    """Place this type's new events; return (new events placed, stored events placed again).

    From the first new event on, stored events are placed again too (their clusters may change),
    and only rows that change are rewritten. Once nothing has changed for longer than any report
    can look back (``horizon_days``), every later stored event would land where it already is, so
    the sweep jumps to the next new event and restores the clusters open there.
    """
    # Events that can never merge (no usable day) are alone; only the pending ones need a cluster.
    lonely = con.execute(
        f"SELECT k.id FROM {_FROM} k LEFT JOIN cluster_events ce ON ce.event_id = k.id "
        "WHERE k.event_type = ? AND k.sort_day IS NULL AND ce.event_id IS NULL ORDER BY k.id", [event_type]).fetchall()
    rows = [(eid, _cluster_id(eid), "no usable date: never merged") for (eid,) in lonely]
    _write(con, rows)
    touched.update(r[1] for r in rows)
    counts = [len(rows), 0]
    pending_days = [day for (day,) in con.execute(
        f"SELECT DISTINCT k.sort_day FROM {_FROM} k LEFT JOIN cluster_events ce ON ce.event_id = k.id "
        "WHERE k.event_type = ? AND ce.event_id IS NULL AND k.sort_day IS NOT NULL ORDER BY 1", [event_type]).fetchall()]
    while start is not None:
        state = OpenClusters(settings, _cluster_id, _founding_why)
        _restore(con, event_type, start, state)
        start = _sweep(con, event_type, start, state, touched, counts, pending_days, chunk_events)
    return counts[0], counts[1]


def _sweep(con: Any, event_type: str, start: str, state: OpenClusters, touched: set[str], counts: list[int],
           pending_days: list[str], chunk_events: int) -> str | None:
    """Place events from ``start`` in order; return the day to jump to, or None when done.

    Calm (no change for a horizon) with no new event ahead ends the work. With new events ahead,
    the sweep jumps to them when they lie beyond the months already read (a jump costs a restore;
    reading on is cheaper for a short gap).
    """
    last_change = dt.date.fromisoformat(start)
    calm = dt.timedelta(days=state.settings.horizon_days + 1)
    jump: str | None = None
    for first, last in _chunks(con, event_type, start, chunk_events):
        changed: list[tuple[str, str, str]] = []
        for report, sort_day, before in _reports(con, event_type, start, first, last):
            day = dt.date.fromisoformat(sort_day)
            if before is not None and day - last_change > calm:
                ahead = bisect.bisect_left(pending_days, sort_day)  # new events of this very day count
                if ahead == len(pending_days) or pending_days[ahead][:7] > last:
                    jump = pending_days[ahead] if ahead < len(pending_days) else None
                    break
                last_change = day - calm  # keep reading up to the new events; check again only then
            row = state.place(report)
            counts[0 if before is None else 1] += 1
            if before != row[1:]:
                changed.append(row)
                last_change = day
                touched.update(c for c in (row[1], before[0] if before else None) if c)
        else:
            _rewrite(con, changed)
            continue
        _rewrite(con, changed)
        return jump
    return None


def _rewrite(con: Any, rows: list[tuple[str, str, str]]) -> None:
    """Replace the stored rows of these events."""
    if rows:
        con.execute("DELETE FROM cluster_events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [[r[0] for r in rows]])
        _write(con, rows)


def _chunks(con: Any, event_type: str, start: str, chunk_events: int) -> list[tuple[str, str]]:
    """Runs of consecutive months (YYYY-MM, first and last) holding about ``chunk_events`` events
    each (a month bigger than that is still read whole).

    Reading month by month bounds memory; grouping sparse months (old events dated "1990")
    keeps the number of round trips small.
    """
    rows = con.execute(
        f"SELECT substr(k.sort_day, 1, 7) AS m, count(*) FROM {_FROM} k WHERE k.event_type = ? AND k.sort_day >= ? "
        "GROUP BY m ORDER BY m", [event_type, start]).fetchall()
    chunks: list[tuple[str, str]] = []
    size = 0
    for month, count in rows:
        if chunks and size + count <= chunk_events:
            chunks[-1] = (chunks[-1][0], month)
            size += count
        else:
            chunks.append((month, month))
            size = count
    return chunks


def _reports(con: Any, event_type: str, start: str, first: str, last: str) -> Iterator[tuple[Report, str, tuple[str, str] | None]]:
    """This type's events of the months ``first``..``last`` (from ``start``) in clustering order,
    each with its sort day and its stored (cluster id, why), None when it is new."""
    cols = ", ".join(c.replace("e.", "k.").replace("a.", "k.") for c in _COLUMNS)
    rows = con.execute(
        f"SELECT {cols}, k.sort_day, ce.cluster_id, ce.why FROM {_FROM} k LEFT JOIN cluster_events ce ON ce.event_id = k.id "
        "WHERE k.event_type = ? AND k.sort_day >= ? "
        f"AND substr(k.sort_day, 1, 7) BETWEEN ? AND ? ORDER BY {_ORDER}", [event_type, start, first, last]).fetchall()
    for row in rows:
        yield _report(row[:-3]), row[-3], (None if row[-2] is None else (row[-2], row[-1]))


def _restore(con: Any, event_type: str, start: str, state: OpenClusters) -> None:
    """Rebuild the clusters still open at ``start`` by replaying their stored members in order."""
    since = (dt.date.fromisoformat(start) - dt.timedelta(days=state.settings.horizon_days + 1)).isoformat()
    cols = ", ".join(c.replace("e.", "k.").replace("a.", "k.") for c in _COLUMNS)
    rows = con.execute(
        f"SELECT ce.cluster_id, {cols} FROM cluster_events ce JOIN {_FROM} k ON k.id = ce.event_id "
        "WHERE k.event_type = ? AND k.sort_day < ? AND ce.cluster_id IN ("
        f"  SELECT ce2.cluster_id FROM cluster_events ce2 JOIN {_FROM} k2 ON k2.id = ce2.event_id"
        "   WHERE k2.event_type = ? AND k2.sort_day >= ? AND k2.sort_day < ?) "
        f"ORDER BY {_ORDER}", [event_type, start, event_type, since, start]).fetchall()
    for row in rows:
        state.replay(row[0], _report(row[1:]))


def _report(row: tuple[Any, ...]) -> Report:
    (eid, article_id, event_type, cameo, modality, s_country, s_sector, t_country, t_sector, date, published,
     place, place_country, lat, lon, feature, sentence, date_text) = row
    span, by_publication = parse_span(date, published)
    spot = None if place is None else Spot(place, place_country, lat, lon, feature)
    return Report(eid, article_id, event_type, cameo or "", modality or "asserted", Side(s_country, s_sector),
                  Side(t_country, t_sector), span, by_publication, spot, sentence,
                  stated=date_text is not None)


def _cluster_id(first_event_id: str) -> str:
    """A cluster is named after its first report: the same data always gives the same ids."""
    return content_id("cluster", first_event_id)


def _write(con: Any, rows: list[tuple[str, str, str]]) -> None:
    """Insert (event_id, cluster_id, why) rows in bulk through Arrow (executemany is slow)."""
    if not rows:
        return
    table = pa.table({"event_id": [r[0] for r in rows], "cluster_id": [r[1] for r in rows], "why": [r[2] for r in rows]})
    con.register("_tacitus_cluster_rows", table)
    try:
        con.execute("INSERT INTO cluster_events SELECT event_id, cluster_id, why FROM _tacitus_cluster_rows")
    finally:
        con.unregister("_tacitus_cluster_rows")


def _founding_why(report: Report, settings: RuleSettings) -> str:
    """Why a report starts its own cluster."""
    if report.modality not in settings.mergeable_modalities:
        return f"{report.modality} report: never merged"
    label = f"{report.source.label}->{report.target.label}"
    when = report.span.text if report.span else "no date"
    if report.by_publication:
        when += " (undated; publication day)"
    where = f" in {report.spot.name}" if report.spot else ""
    return f"first report of {report.event_type} {label} on {when}{where}"
