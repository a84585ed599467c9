"""`tacitus watch FOLDER`: code files as they arrive in a folder, until stopped.

Polling, no extra dependency: every ``interval`` seconds the folder is listed (recursively,
hidden files skipped, like `tacitus run`). A file is coded once its size has stayed the same for
one interval (a file still being copied or appended to waits), and again whenever it has changed
since it was last coded: a grown JSONL file is reread, and its stored articles are skipped by
content id, so only the appended ones are coded. Each round of coding is one `run_inputs` call,
so the run lock, per-batch writes and accounting are exactly those of `tacitus run`.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional

import typer

from . import run_options as cli
from .errors import InputError
from .options import RunOptions

# The runner and the clustering engine (DuckDB, pyarrow) load when a watch starts, not when the
# CLI registers the command.
if TYPE_CHECKING:
    from .coder import Coder
    from .runner import RunSummary

__all__ = ["watch_folder", "FolderWatcher", "WatchTotals", "describe_round", "register"]

# Files that belong to the database, never inputs (the database may live in the watched folder).
_DATABASE_SUFFIXES = (".duckdb", ".duckdb.wal", ".duckdb.lock", ".wal", ".lock")


@dataclass
class WatchTotals:
    """What a watch has done so far: rounds of coding and the sums of their summaries."""

    rounds: int = 0
    read: int = 0
    new: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    files: set[str] = field(default_factory=set)

    def add(self, summary: RunSummary, paths: list[Path]) -> None:
        """Add one round's summary."""
        self.rounds += 1
        self.read += summary.read
        self.new += summary.new
        self.skipped += summary.skipped
        self.failed += summary.failed
        self.events += summary.events
        self.files.update(str(p) for p in paths)


class FolderWatcher:
    """Tracks the files of one folder and says which are ready to code.

    Holds, per file, the last observed (size, mtime) and the (size, mtime) at which it was last
    coded; memory grows with the number of files in the folder, not with their contents.
    """

    def __init__(self, folder: Path, *, exclude: tuple[Path, ...] = ()) -> None:
        """Watch ``folder``; paths in ``exclude`` (the database files) are never inputs."""
        self.folder = folder
        self._exclude = {p.resolve() for p in exclude}
        self._observed: dict[Path, tuple[int, int]] = {}
        self._coded: dict[Path, tuple[int, int]] = {}

    def _listing(self) -> dict[Path, tuple[int, int]]:
        """The current files under the folder with (size, mtime_ns), sorted by path."""
        files: dict[Path, tuple[int, int]] = {}
        for path in sorted(self.folder.rglob("*")):
            relative = path.relative_to(self.folder)
            if any(part.startswith(".") for part in relative.parts) or path.name.endswith(_DATABASE_SUFFIXES):
                continue
            try:
                if not path.is_file() or path.resolve() in self._exclude:
                    continue
                stat = path.stat()
            except OSError:  # removed between listing and stat
                continue
            files[path] = (stat.st_size, stat.st_mtime_ns)
        return files

    def ready(self, *, settle: bool = True) -> list[Path]:
        """Files new or changed since they were last coded, whose size did not change since the
        previous call (with ``settle=False``, every new or changed file at once)."""
        current = self._listing()
        ready = []
        for path, signature in current.items():
            if self._coded.get(path) == signature:
                continue
            previous = self._observed.get(path)
            if not settle or (previous is not None and previous[0] == signature[0]):
                ready.append(path)
        self._observed = current
        return ready

    def mark_coded(self, paths: list[Path]) -> None:
        """Remember that ``paths`` were coded as last observed (they are not ready again until they change)."""
        for path in paths:
            if path in self._observed:
                self._coded[path] = self._observed[path]
        # Forget files that were removed, so the maps follow the folder.
        for gone in set(self._coded) - set(self._observed):
            del self._coded[gone]


def watch_folder(folder: str | Path, options: RunOptions = RunOptions(), *, interval: float = 2.0,
                 stop_event: threading.Event | None = None, once: bool = False,
                 on_batch: Callable[[RunSummary, list[Path]], None] | None = None,
                 on_wait: Callable[[str], None] | None = None,
                 load_coder: Callable[[], "Coder"] | None = None) -> WatchTotals:
    """Code the files of ``folder`` as they arrive or grow, until ``stop_event`` is set.

    Each round is ``run_inputs`` with the same ``options`` as `tacitus run` (its inputs are the
    round's files), so a watched folder is coded exactly as a run over it. With ``once=True``,
    code what is there now and return. ``on_batch`` is called after every round of coding with
    its summary and files. The model loads once, at the first file with something new to code
    (``load_coder`` overrides how). With ``options.cluster``, each round's new events join the
    stored happenings, as at the end of `tacitus run`.
    """
    from .clusters.engine import cluster_database
    from .runner import run_inputs

    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{folder}: no such folder; give the folder to watch")
    stop = stop_event or threading.Event()
    database = Path(options.db)
    watcher = FolderWatcher(root, exclude=(database, Path(f"{database}.wal"), Path(f"{database}.lock")))
    coder_cache = _CoderCache(load_coder or options.load_coder)
    totals = WatchTotals()
    while not stop.is_set():
        paths = watcher.ready(settle=not once)
        if paths:
            summary = run_inputs(options.replace(inputs=tuple(paths)), load_coder=coder_cache.get, on_wait=on_wait)
            watcher.mark_coded(paths)
            if options.cluster and summary.new:
                cluster_database(database)
            totals.add(summary, paths)
            if on_batch is not None:
                on_batch(summary, paths)
        if once:
            break
        stop.wait(interval)
    return totals


class _CoderCache:
    """Loads the coder on first use and keeps it for the next rounds."""

    def __init__(self, load_coder: Callable[[], "Coder"]) -> None:
        """Load with ``load_coder`` the first time a coder is needed."""
        self._load = load_coder
        self._coder: "Coder | None" = None

    def get(self) -> "Coder":
        """The coder, loaded the first time it is needed."""
        if self._coder is None:
            self._coder = self._load()
        return self._coder


def describe_round(summary: RunSummary, paths: list[Path]) -> str:
    """One line for a round of coding: when, which files, and the counts."""
    names = ", ".join(p.name for p in paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    return (f"{time.strftime('%H:%M:%S')} {names}: {summary.new} new, {summary.skipped} skipped, "
            f"{summary.failed} failed, {summary.events} events ({summary.seconds:.1f} s)")


def register(app: typer.Typer) -> None:
    """Add the `watch` command to the Typer app."""

    @app.command()
    def watch(
        folder: Path = typer.Argument(..., help="Folder to watch (searched recursively; hidden files are skipped)."),
        db: Path = cli.DB,
        interval: float = typer.Option(2.0, "--interval", min=0.05, help="Seconds between looks at the folder; a file is coded once its size is stable for one interval."),
        once: bool = typer.Option(False, "--once", help="Code what is in the folder now, then stop."),
        column: List[str] = cli.COLUMN,
        published: Optional[str] = cli.PUBLISHED,
        source: Optional[str] = cli.SOURCE,
        batch_size: int = cli.BATCH_SIZE,
        model: Optional[str] = cli.MODEL,
        dictionaries: List[Path] = cli.DICTIONARIES,
        budget: List[str] = cli.BUDGET,
        commit_every: float = cli.COMMIT_EVERY,
        wait: bool = cli.WAIT,
        cluster: bool = cli.CLUSTER,
    ) -> None:
        """Code new files (and new lines of grown JSONL files) as they arrive, until Ctrl-C.

        Takes the options of `tacitus run`: a watched folder is coded as a run over it would be."""
        options = RunOptions.from_cli(column=column, budget=budget, published=published, dictionaries=dictionaries,
                                      db=db, source=source, batch_size=batch_size, model=model,
                                      commit_seconds=commit_every, wait=wait, cluster=cluster)
        def say(line: str) -> None:
            typer.echo(line, err=True)

        if not once:
            say(f"watching {folder} every {interval:g} s, storing into {db}; Ctrl-C to stop")
        totals = WatchTotals()
        try:
            totals = watch_folder(folder, options, interval=interval, once=once,
                                  on_batch=lambda summary, paths: (totals.add(summary, paths), say(describe_round(summary, paths))),
                                  on_wait=say)
        except KeyboardInterrupt:
            # Every batch written so far is committed; the one in flight is redone on the next look.
            say(f"stopped watching {folder}: {totals.new} new articles stored in {totals.rounds} rounds")
            raise typer.Exit(0) from None
        if once:
            say(f"{totals.new} new, {totals.skipped} skipped, {totals.failed} failed from {len(totals.files)} files")
