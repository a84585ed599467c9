"""The `tacitus` command: a thin layer over the Python API (DESIGN.md section 3).

Every command has --help. Library errors (TacitusError) are printed as one line on stderr with a
non-zero exit code, never as a traceback.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any, List, Optional

import typer
from rich.console import Console

from .errors import TacitusError, UsageError
from .hints import check_country
from .options import DEFAULT_DB, RunOptions
from .options import checked_date as _checked_date  # noqa: F401 - date options of listing commands
from . import filter_options, run_options, views

# The runner and the store (DuckDB) are imported by the commands that use them, so that
# `tacitus code` and `--help` do not load DuckDB.
if TYPE_CHECKING:
    from .runner import RunSummary

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Tacitus: political event data (actors, CAMEO/PLOVER events, dates, places, quotes) from news articles.",
)

_DB_HELP = "DuckDB database file."
TRACEBACK_ENV = "TACITUS_TRACEBACK"


def _version(value: bool) -> None:
    """--version: print the version and stop (an eager option, before any command runs)."""
    if value:
        from . import __version__

        typer.echo(f"tacitus {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    traceback: bool = typer.Option(False, "--traceback", envvar=TRACEBACK_ENV,
                                   help="On failure print the full stack, and log the stack of every article or input that fails (also TACITUS_TRACEBACK=1)."),
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version, help="Print the version and exit."),
) -> None:
    """Tacitus: political event data (actors, CAMEO/PLOVER events, dates, places, quotes) from news articles."""
    if traceback:
        _log_failures_to_stderr()


def _log_failures_to_stderr() -> None:
    """Show the debug log of the tacitus loggers (each failure with its stack) on stderr."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("tacitus")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def wants_traceback(argv: list[str], environ: Any) -> bool:
    """True when the command line (before the command name) or the environment asks for stacks."""
    if str(environ.get(TRACEBACK_ENV, "")).strip().lower() in ("1", "true", "yes", "on"):
        return True
    for arg in argv:
        if arg == "--traceback":
            return True
        if not arg.startswith("-"):
            return False  # the command name: options after it are the command's
    return False


@app.command()
def run(
    inputs: List[str] = typer.Argument(..., help="Files or folders (text, JSONL, CSV, HTML), searched recursively; '-' reads standard input."),
    db: Path = run_options.DB,
    column: List[str] = run_options.COLUMN,
    published: Optional[str] = run_options.PUBLISHED,
    source: Optional[str] = run_options.SOURCE,
    batch_size: int = run_options.BATCH_SIZE,
    model: Optional[str] = run_options.MODEL,
    dictionaries: List[Path] = run_options.DICTIONARIES,
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Show a progress bar (default: on a terminal)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    cluster: bool = run_options.CLUSTER,
    budget: List[str] = run_options.BUDGET,
    commit_every: float = run_options.COMMIT_EVERY,
    wait: bool = run_options.WAIT,
    engine: str = typer.Option("local", "--engine", help="Where to code: 'local' (this process) or 'ray' (Ray actors on this machine or a cluster; see docs/cluster.md)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address for --engine ray: 'auto' or ray://HEAD:10001 (default: start Ray on this machine)."),
    shards: Optional[Path] = typer.Option(None, "--shards", help="Folder for the Parquet shards of --engine ray (on a cluster: shared storage at the same path on every node; default: a temporary folder)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Model-holding Ray actors for --engine ray (default: the cluster's CPUs)."),
) -> None:
    """Read articles, code them, and store them (the main job). Reruns add only new articles."""
    _check_inputs_exist(inputs)
    options = RunOptions.from_cli(
        inputs=inputs, column=column, budget=budget, published=published, dictionaries=dictionaries,
        engine=engine, address=address, workers=workers, shards=shards, db=db, source=source,
        batch_size=batch_size, model=model, commit_seconds=commit_every, wait=wait, cluster=cluster,
        progress=sys.stderr.isatty() if progress is None else progress)
    summary = run_with_options(options, on_wait=lambda message: typer.echo(message, err=True))
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), indent=2))
    else:
        views.print_summary(summary, db)
    _exit_when_everything_failed(summary)


def _check_inputs_exist(inputs: List[str]) -> None:
    """Stop before opening the database when no input exists (a typo must not create a database
    and exit 0); one missing input among others is recorded as a failure by the run."""
    missing = [item for item in inputs if item != "-" and not Path(item).exists()]
    if missing and len(missing) == len(inputs):
        raise TacitusError(f"no such file or folder: {', '.join(missing)}")


def _exit_when_everything_failed(summary: Any) -> None:
    """Exit with code 1 when records were read and every one of them failed (the summary says why)."""
    failed = getattr(summary, "failed", 0)
    if failed and failed == getattr(summary, "read", failed) and not getattr(summary, "new", 0):
        typer.echo(f"error: every input failed ({failed}); see the failures table or the summary above", err=True)
        raise typer.Exit(1)


@app.command()
def code(
    file: str = typer.Argument(..., help="An article file (text, HTML, or the first record of JSONL/CSV), or '-' for standard input."),
    published: Optional[str] = run_options.PUBLISHED,
    source: Optional[str] = run_options.SOURCE,
    column: List[str] = run_options.COLUMN,
    model: Optional[str] = run_options.MODEL,
    dictionaries: List[Path] = run_options.DICTIONARIES,
    budget: List[str] = run_options.BUDGET,
    as_json: bool = typer.Option(False, "--json", help="Print the Coded record as JSON."),
) -> None:
    """Code one article and print the result (nothing is stored)."""
    from .ingest import read_article

    options = RunOptions.from_cli(column=column, budget=budget, published=published, dictionaries=dictionaries,
                                  source=source, model=model)
    article = read_article(file, **options.reader_options())
    coded = options.load_coder().code(article)
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
    min_confidence: Optional[float] = filter_options.MIN_CONFIDENCE,
    historical: Optional[bool] = filter_options.HISTORICAL,
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many rows."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
) -> None:
    """List stored events, filtered."""
    where = filter_options.event_filter(
        event_type=event_type, cameo=cameo, actor=actor, country=country, modality=modality, date_from=date_from,
        date_to=date_to, text=text, dyad=dyad, either_direction=either_direction, article=article, limit=limit,
        min_confidence=min_confidence, historical=historical)
    from .store import Store

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
    country = check_country(country)
    from .store import Store

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
    country = check_country(country)
    from .store import Store

    with Store(db, read_only=True) as store:
        rows = store.quotes(speaker=speaker, country=country, text=text, article_id=article, limit=limit)
    _emit([q.to_dict() for q in rows], as_json, views.quotes_table)


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(..., help="Gold file or folder (see ../shared/data/gold/)."),
    fmt: str = typer.Option(..., "--format", help="plover-gsr, petrarch, case2021, timeml, geoxml, polnear, expected or articles."),
    dictionaries: List[Path] = run_options.DICTIONARIES,
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N items."),
    model: Optional[str] = run_options.MODEL,
    budget: List[str] = run_options.BUDGET,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object of scores."),
    errors: bool = typer.Option(False, "--errors", help="articles: report every wrong output event and missed must event, with the fields that differ."),
    fold: Optional[str] = typer.Option(None, "--fold", help="Score only fold K of N (K/N, e.g. 1/2; split by a hash of the item id): articles, plover-gsr, case2021, polnear."),
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
    options = RunOptions.from_cli(budget=budget, dictionaries=dictionaries, model=model)
    named = ", ".join(options.dictionaries) if options.dictionaries else None
    result = evaluate(gold, fmt, options.load_coder(), dictionaries=named, limit=limit, fold=fold, errors=errors)
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        console = Console()
        console.print(render(result))
        for part in render_details(result):
            console.print(part)


@app.command()
def bench(
    corpus: Optional[Path] = typer.Argument(None, help="A corpus (JSONL, CSV, folder) to code (not with --startup)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Use only the first N articles."),
    processes: int = typer.Option(1, "--processes", min=1, help="Worker processes for the pipeline run."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package or path."),
    startup: bool = typer.Option(False, "--startup", help="Instead: the wall time of `tacitus code` on a short article (or CORPUS, one article file), with a breakdown."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Measure speed: articles/s and words/s, the ratio to plain spaCy, time per stage, peak memory."""
    if startup:
        from .bench_startup import render_startup, run_startup

        result = run_startup(corpus)
        if as_json:
            typer.echo(json.dumps(result, indent=2))
        else:
            Console().print(render_startup(result))
        return
    from .bench import render, run_bench

    if corpus is None:
        raise TacitusError("give a corpus to benchmark, or --startup")
    if not corpus.exists():
        raise TacitusError(f"{corpus}: no such file or folder")
    result = run_bench(corpus, limit=limit, processes=processes, model=model)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        Console().print(render(result))


# Commands that live with their capability: each module adds its own command(s) to the app.
from .calibrate_command import register as _register_calibrate  # noqa: E402
from .clusters.command import register as _register_clusters  # noqa: E402
from .export.command import register as _register_export  # noqa: E402
from .serve.command import register as _register_serve  # noqa: E402
from .watch import register as _register_watch  # noqa: E402

for _register in (_register_clusters, _register_export, _register_watch, _register_serve, _register_calibrate):
    _register(app)


def run_with_options(options: RunOptions, *, on_wait: Any = None) -> RunSummary:
    """Run with the options' engine, then cluster the new events when the options say so."""
    if options.engine.name == "ray":
        from .engines import run_with_ray

        summary = run_with_ray(options, on_wait=on_wait)
    else:
        from .runner import run_inputs

        summary = run_inputs(options, on_wait=on_wait)
    if options.cluster and summary.new:
        from .clusters.engine import cluster_database

        cluster_database(options.db)
    return summary


def _emit(records: list[dict[str, Any]], as_json: bool, table: Any) -> None:
    """Print records as JSON lines-in-an-array or as a table."""
    if as_json:
        typer.echo(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        views.output_console().print(table(records))


INTERRUPTED = "interrupted: everything committed so far is kept; rerun the same command to complete"


def main() -> None:
    """Console-script entry point: run the app, turning library errors into one clear line.

    Usage errors (click's, and UsageError: a malformed date, an unknown filter value) exit with
    code 2, library errors with 1, Ctrl-C with 130 after saying what was kept. Click runs in
    non-standalone mode so that Ctrl-C reaches this function instead of click's bare "Aborted!".
    """
    import os

    show_stack = wants_traceback(sys.argv[1:], os.environ)
    err = Console(stderr=True)
    try:
        code = app(standalone_mode=False)
    except (KeyboardInterrupt, typer.Abort):
        err.print(INTERRUPTED, highlight=False, soft_wrap=True)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.TyperException as exc:  # click's usage errors (Typer's click): its own message and code
        show = getattr(exc, "show", None)
        if show is None:
            raise
        show()
        sys.exit(getattr(exc, "exit_code", 2))
    except UsageError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except TacitusError as exc:
        if show_stack:
            traceback.print_exc()
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except Exception as exc:  # anything unexpected: one line, and the stack only when asked for
        if show_stack:
            traceback.print_exc()
        err.print(f"[bold red]error:[/] unexpected {type(exc).__name__}: {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
    if code == 130:  # Typer turns Ctrl-C into a silent exit code 130: say what was kept
        err.print(INTERRUPTED, highlight=False, soft_wrap=True)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
