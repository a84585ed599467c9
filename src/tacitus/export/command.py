"""The ``tacitus export`` command: ``register(app)`` adds it to the Typer app in cli.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..store import DEFAULT_DB, EventFilter, Store
from .api import FORMATS, export_events

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add ``tacitus export`` to ``app``."""

    @app.command("export")
    def export(
        fmt: str = typer.Option(..., "--format", help="gdelt (folder: events.tsv + mentions.tsv), plover (JSON Lines), parquet (folder, partitioned by year/month) or csv."),
        output: Path = typer.Option(..., "--output", help="Where to write: a folder for gdelt and parquet, a file for plover and csv."),
        db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB database file."),
        event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT."),
        cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code prefix, e.g. 04 or 042."),
        actor: Optional[str] = typer.Option(None, "--actor", help="Source or target name contains this text."),
        country: Optional[str] = typer.Option(None, "--country", help="Source or target country (ISO3 or PLOVER code)."),
        modality: Optional[str] = typer.Option(None, "--modality", help="asserted, intended, planned, cancelled, negated or hypothetical."),
        date_from: Optional[str] = typer.Option(None, "--from", help="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        date_to: Optional[str] = typer.Option(None, "--to", help="Latest event date (inclusive)."),
        text: Optional[str] = typer.Option(None, "--text", help="Evidence sentence contains this text."),
        dyad: Optional[str] = typer.Option(None, "--dyad", help="SOURCE:TARGET countries or codes, e.g. USA:PRK or USAGOV:PRKGOV."),
        either_direction: bool = typer.Option(False, "--either-direction", help="With --dyad, match both directions."),
        article: Optional[str] = typer.Option(None, "--article", help="Only events of this article id."),
        limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many events (default: all)."),
        header: bool = typer.Option(False, "--header", help="gdelt: add a header row to both tables (GDELT ships none)."),
        per_cluster: bool = typer.Option(False, "--per-cluster", help="gdelt: one Event row per happening (cluster) and one Mention row per report, as GDELT does."),
        force: bool = typer.Option(False, "--force", help="Replace --output if it exists."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    ) -> None:
        """Write stored events to a file: GDELT 2.0 tables, PLOVER JSON, Parquet or CSV (same filters as `events`)."""
        from ..cli import _parse_dyad  # imported here: cli.py imports this module to register it

        where = EventFilter(article_id=article, event_type=event_type, cameo=cameo, actor=actor, country=country,
                            modality=modality, date_from=date_from, date_to=date_to, text=text,
                            dyad=_parse_dyad(dyad), either_direction=either_direction, limit=limit)
        with Store(db, read_only=True) as store:
            summary = export_events(store, where, fmt, output, header=header, force=force, per_cluster=per_cluster)
        if as_json:
            typer.echo(json.dumps(summary.to_dict(), indent=2))
        else:
            typer.echo(f"{summary.events} events -> {summary.output} ({summary.format}: {FORMATS[summary.format]})")
