"""The ``tacitus export`` command: ``register(app)`` adds it to the Typer app in cli.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .. import filter_options
from ..options import DEFAULT_DB

# The store and the writers (DuckDB, pyarrow) are imported when the command runs, not when the
# CLI registers it: `tacitus code` and `--help` should not pay for them.

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add ``tacitus export`` to ``app``."""

    @app.command("export")
    def export(
        fmt: str = typer.Option(..., "--format", help="gdelt (folder: events.tsv + mentions.tsv), plover (JSON Lines), parquet (folder, partitioned by year/month) or csv."),
        output: Path = typer.Option(..., "--output", help="Where to write: a folder for gdelt and parquet, a file for plover and csv."),
        db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB database file."),
        event_type: Optional[str] = filter_options.TYPE,
        cameo: Optional[str] = filter_options.CAMEO,
        actor: Optional[str] = filter_options.ACTOR,
        country: Optional[str] = filter_options.COUNTRY,
        modality: Optional[str] = typer.Option(None, "--modality", help="asserted, intended, planned, cancelled, negated, hypothetical, or all. Default: asserted for gdelt (GDELT rows are events that happened), all for the other formats (which keep the modality field)."),
        historical: Optional[bool] = typer.Option(None, "--historical/--no-historical", help="Include events dated well before their article's publication (background, PLOVER's 'historical' mode). Default: no for gdelt, yes for the other formats (which flag them)."),
        date_from: Optional[str] = filter_options.DATE_FROM,
        date_to: Optional[str] = filter_options.DATE_TO,
        text: Optional[str] = filter_options.TEXT,
        dyad: Optional[str] = filter_options.DYAD,
        either_direction: bool = filter_options.EITHER_DIRECTION,
        article: Optional[str] = filter_options.ARTICLE,
        limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many events (default: all)."),
        header: bool = typer.Option(False, "--header", help="gdelt: add a header row to both tables (GDELT ships none)."),
        per_cluster: bool = typer.Option(False, "--per-cluster", help="gdelt: one Event row per happening (cluster) and one Mention row per report, as GDELT does."),
        force: bool = typer.Option(False, "--force", help="Replace --output if it exists."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    ) -> None:
        """Write stored events to a file: GDELT 2.0 tables, PLOVER JSON, Parquet or CSV (same filters as `events`)."""
        from ..store import Store
        from .api import FORMATS, export_events

        where = filter_options.event_filter(
            event_type=event_type, cameo=cameo, actor=actor, country=country, modality=modality,
            date_from=date_from, date_to=date_to, text=text, dyad=dyad, either_direction=either_direction,
            article=article, limit=limit)
        with Store(db, read_only=True) as store:
            summary = export_events(store, where, fmt, output, header=header, force=force, per_cluster=per_cluster,
                                    historical=historical)
        if as_json:
            typer.echo(json.dumps(summary.to_dict(), indent=2))
        else:
            typer.echo(f"{summary.events} events -> {summary.output} ({summary.format}: {FORMATS[summary.format]})")
            for warning in summary.warnings:
                typer.echo(f"warning: {warning}", err=True)
