"""The `tacitus clusters` command: bring the clusters up to date, then list them (or one's members)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

import typer
from rich.console import Console
from rich.table import Table

from ..dates import parse_date_option
from ..errors import StoreError
from ..hints import check_country, check_event_type
from ..options import DEFAULT_DB

# The store, the engine (pyarrow) and the queries (DuckDB) are imported when the command runs,
# not when the CLI registers it: `tacitus code` and `--help` should not pay for them.
if TYPE_CHECKING:
    from .query import Cluster

__all__ = ["register", "clusters_table", "members_table"]


def clusters_table(clusters: Sequence[Cluster]) -> Table:
    """A table of clusters: dates, type, dyad, place, reports (events/articles/outlets), id."""
    table = Table(title=f"{len(clusters)} clusters")
    for column in ("dates", "type", "cameo", "dyad", "place", "events", "articles", "outlets", "id"):
        # codes, dates and ids read badly when folded; names and places may wrap
        table.add_column(column, overflow="fold", no_wrap=column in ("dates", "type", "cameo", "id"))
    for c in clusters:
        dates = c.date_first or "-"
        if c.date_last and c.date_last != c.date_first:
            dates += f" .. {c.date_last}"
        dyad = f"{c.source_country or '?'}{c.source_sector or ''} -> {c.target_country or '?'}{c.target_sector or ''}"
        table.add_row(dates, c.event_type, c.cameo or "-", dyad, c.location_name or "-", str(c.num_mentions),
                      str(c.num_articles), str(c.num_sources), c.id)
    return table


def members_table(rows: Sequence[dict[str, Any]]) -> Table:
    """A table of a cluster's events with the reason each one joined."""
    table = Table(title=f"{len(rows)} reports")
    for column in ("published", "outlet", "date", "dyad", "place", "evidence", "why"):
        table.add_column(column, overflow="fold", no_wrap=column in ("published", "date"))
    for r in rows:
        evidence = r["evidence"] if len(r["evidence"]) <= 90 else r["evidence"][:87] + "..."
        table.add_row(r["published"] or "-", r["outlet"] or "-", r["date"] or "-",
                      f"{r['source_code'] or '?'} -> {r['target_code'] or '?'}", r["location_name"] or "-",
                      evidence, r["why"])
    return table


def register(app: typer.Typer) -> None:
    """Add the `clusters` command to the Tacitus CLI."""

    @app.command("clusters")
    def clusters(
        db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB database file."),
        event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT."),
        country: Optional[str] = typer.Option(None, "--country", help="Source or target country (ISO3 or PLOVER code)."),
        date_from: Optional[str] = typer.Option(None, "--from", help="Clusters ending on or after this date."),
        date_to: Optional[str] = typer.Option(None, "--to", help="Clusters starting on or before this date (inclusive)."),
        min_articles: int = typer.Option(1, "--min-articles", min=1, help="Only clusters reported by at least N articles."),
        limit: int = typer.Option(100, "--limit", min=1, help="At most this many clusters."),
        members: Optional[str] = typer.Option(None, "--members", help="Show the reports of this cluster id, with why each joined."),
        rebuild: bool = typer.Option(False, "--rebuild", help="Drop every cluster and cluster all events again."),
        update: bool = typer.Option(False, "--update/--no-update", help="Cluster events not yet clustered first (writes to the database; `tacitus run` and `watch` already do it). Default: only read."),
        window: Optional[int] = typer.Option(None, "--window", min=0, help="Days apart two reports of one happening may be dated (default: the window the stored clusters were built with, else 1)."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
    ) -> None:
        """List the happenings: events grouped as reports of the same happening (same type, dyad, day and place).

        A listing only reads (`tacitus run` clusters new events as it stores them); --update clusters events not yet clustered first and --rebuild redoes every cluster, both writing to the database. Clusters are listed most widely reported first; --members ID shows one cluster's reports and why each joined.
        """
        parse_date_option(date_from, "--from")
        parse_date_option(date_to, "--to")
        country = check_country(country)
        event_type = check_event_type(event_type)
        from ..store import Store
        from .engine import cluster_pending, rebuild_clusters
        from .query import cluster_members, list_clusters
        from .schema import stored_window

        if not db.exists():
            raise StoreError(f"no database at {db}: run `tacitus run INPUT --db {db}` first")
        read_only = not (update or rebuild)
        with Store(db, read_only=read_only) as store:
            summary = None
            if rebuild:
                summary = rebuild_clusters(store, window_days=window if window is not None
                                           else (stored_window(store.connection) or 1))
            elif update:
                summary = cluster_pending(store, window_days=window)
            if members:
                rows = cluster_members(store, members)
                if as_json:
                    typer.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
                else:
                    Console().print(members_table(rows))
                return
            found = list_clusters(store, event_type=event_type, country=country, date_from=date_from,
                                  date_to=date_to, min_articles=min_articles, limit=limit)
        if as_json:
            typer.echo(json.dumps([c.to_dict() for c in found], indent=2, ensure_ascii=False))
            return
        console = Console()
        if summary is not None and (summary.events_clustered or rebuild):
            console.print(f"clustered {summary.events_clustered} new events; {summary.clusters_total} clusters, "
                          f"{summary.multi_article_clusters} reported by more than one article")
        console.print(clusters_table(found))
