"""`tacitus run --engine ray`: the same pipeline in model-holding Ray actors, for corpora that
outgrow one machine.

The driver cuts the input into work items (workitems.py), Ray Data hands the items to a pool of
actors that each load the model once and code their items with the local engine's readers and
coder, each item's results land in one Parquet shard (shards.py), and the driver loads the shards
into DuckDB in input order as they complete (loader.py). Coding scales with the actors; the
single DuckDB writer does not, which is why it only replays finished shards.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..errors import InputError, TacitusError, log_failure
from ..model import Article, Failure
from ..options import RunOptions
from ..runlock import RunLock
from ..runner import RunSummary
from ..store import Store
from .loader import ShardLoader
from .shards import (coded_row, failure_row, shard_name, skipped_row, write_event_partitions,
                     write_shard)
from .workitems import WorkItem, plan_items, read_item, record_context

__all__ = ["run_with_ray", "CodingWorker", "LOCAL_OBJECT_STORE_BYTES"]

# Only work items and the known-id set travel through the object store (results go to shard
# files), so a locally started Ray needs little of it; Ray's default takes 30% of RAM.
LOCAL_OBJECT_STORE_BYTES = 512 * 1024 * 1024


class CodingWorker:
    """A Ray Data callable class: loads the model once, then codes one work item per call."""

    def __init__(self, options: RunOptions, known: list[Any], coded_dir: str, events_dir: str | None) -> None:
        """Load the coder and the reader context the run's options describe (the same as the
        local engine's: model, dictionaries, budgets, columns); ``known`` holds one object ref to
        the stored ids."""
        import ray

        self.coder = options.load_coder()
        self.ctx = record_context(**options.reader_options())
        self.batch_size = options.batch_size
        self.known: frozenset[str] = ray.get(known[0]) if known else frozenset()
        self.coded_dir = coded_dir
        self.events_dir = events_dir

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, list[int]]:
        """Code every item of a Ray batch (columns of WorkItem fields); return the item indexes done."""
        done: list[int] = []
        for row in range(len(batch["index"])):
            item = WorkItem.from_dict({name: batch[name][row] for name in batch})
            self.code_item(item)
            done.append(item.index)
        return {"item": done}

    def code_item(self, item: WorkItem) -> str:
        """Read, skip what is stored, code the rest, and write the item's shard; return its path."""
        rows: list[dict[str, Any]] = []
        pending: list[tuple[int, Article]] = []
        seen: set[str] = set()
        for seq, read in enumerate(_read_safely(item, self.ctx)):
            if isinstance(read, Failure):
                rows.append(failure_row(item.index, seq, read))
            elif read.id in self.known or read.id in seen:
                rows.append(skipped_row(item.index, seq, read.id))
            else:
                seen.add(read.id)
                pending.append((seq, read))
        coded = []
        results = self.coder.pipe((article for _, article in pending), batch_size=self.batch_size, on_error="record")
        for (seq, article), result in zip(pending, results):
            if isinstance(result, Failure):
                rows.append(failure_row(item.index, seq, result, article.id))
            else:
                rows.append(coded_row(item.index, seq, result))
                coded.append(result)
        if self.events_dir is not None:
            write_event_partitions(coded, self.events_dir, item.index)
        return write_shard(rows, self.coded_dir, item.index)


def _read_safely(item: WorkItem, ctx: Any) -> Iterator[Article | Failure]:
    """Read an item; a reader bug mid-item becomes one Failure after what was read (as locally)."""
    try:
        yield from read_item(item, ctx)
    except Exception as exc:  # noqa: BLE001 - one bad item must not end a cluster run
        log_failure("tacitus.engines", f"work item {item.index} of {item.path}", exc)
        yield Failure(path=item.path, position=None, reason=f"unexpected {type(exc).__name__} while reading: {exc}")


def run_with_ray(options: RunOptions, *, on_wait: Callable[[str], None] | None = None) -> RunSummary:
    """Code ``options.inputs`` on Ray and load the results into the database ``options.db``.

    Gives the same articles, actors, events, quotes, failures and ids as ``runner.run_inputs``
    with the same options. From ``options.engine``: ``address`` is a Ray address ("auto",
    "ray://head:10001"; None starts Ray on this machine unless it is running in this process
    already), ``workers`` the number of model-holding actors (default: the cluster's CPUs),
    ``shards_dir`` where the Parquet shards go (default: a temporary folder, removed after
    loading; on a cluster it must be storage every node shares). With ``load_into_store=False``
    nothing is written to the database (its stored articles are still skipped when it exists) and
    ``shards_dir`` receives ``events/day=D/*.parquet`` too. ``options.progress`` shows Ray Data's
    progress bars (off: Ray logs only warnings). As with the local engine, another run on the
    same database makes this one wait (``on_wait`` gets a one-line message) or, with
    ``options.wait=False``, raise RunLockedError.
    """
    import ray

    started = time.perf_counter()
    summary = RunSummary()
    engine = options.engine
    db, load_into_store, workers = options.db, engine.load_into_store, engine.workers
    if not load_into_store and engine.shards_dir is None:
        raise InputError("without loading into the store, give --shards DIR for the Parquet dataset")
    owned = _connect(engine.address, workers)
    try:
        with contextlib.ExitStack() as stack:
            if load_into_store:  # one writer per database, as with the local engine
                stack.enter_context(RunLock(db, wait=options.wait, on_wait=on_wait))
            coded_dir, events_dir = _prepare(stack.enter_context(_shard_folder(engine.shards_dir)),
                                             with_events=not load_into_store)
            workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
            items = plan_items(options.inputs, workers=workers, lines_per_item=engine.lines_per_item)
            loader = ShardLoader(db if load_into_store else None, summary, options.batch_size,
                                 options.store_timeout, commit_seconds=options.commit_seconds, on_wait=on_wait)
            if items:
                known = ray.put(frozenset(_stored_ids(db, must_exist=load_into_store, timeout=options.store_timeout)))
                stack.enter_context(_ray_data_output(options.progress))
                pool = ray.data.ActorPoolStrategy(size=min(workers, len(items)))
                done = ray.data.from_items([item.to_dict() for item in items]).map_batches(
                    CodingWorker, batch_size=1, compute=pool, num_cpus=1,
                    fn_constructor_kwargs={"options": options, "known": [known], "coded_dir": str(coded_dir),
                                           "events_dir": str(events_dir) if events_dir else None})
                _load_in_order(_finished_items(done), len(items), coded_dir, loader)
            loader.flush()
    finally:
        if owned:
            ray.shutdown()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _finished_items(done: Any) -> Iterator[int]:
    """The indexes of finished items; a worker's crash becomes one TacitusError, not a Ray traceback."""
    try:
        for row in done.iter_rows():
            yield int(row["item"])
    except TacitusError:
        raise
    except Exception as exc:  # noqa: BLE001 - Ray wraps worker errors in many exception types
        log_failure("tacitus.engines", "a Ray worker", exc)
        lines = [line for line in str(exc).splitlines() if line.strip()]
        raise TacitusError(f"a Ray worker failed ({type(exc).__name__}: {lines[-1] if lines else exc}); check that "
                           "every node has the same tacitus and model installed (docs/cluster.md), then rerun: "
                           "stored articles are skipped") from exc


def _load_in_order(finished: Iterable[int], count: int, coded_dir: Path, loader: ShardLoader) -> None:
    """Load shards in item order while items finish in any order (only finished indexes are held)."""
    ready: set[int] = set()
    following = 0
    for index in finished:
        ready.add(index)
        while following in ready:
            shard = coded_dir / shard_name(following)
            if not shard.exists():
                raise TacitusError(f"the shard {shard} was not written: on a cluster, --shards must be a folder "
                                   "every node shares (NFS) at the same path")
            loader.load(shard)
            ready.discard(following)
            following += 1
    if following != count:
        raise TacitusError(f"only {following} of {count} work items finished; rerun to complete "
                           "(stored articles are skipped)")


@contextlib.contextmanager
def _ray_data_output(progress: bool) -> Iterator[None]:
    """Turn Ray Data's progress bars and progress log lines on or off for one run, then restore."""
    import ray.data

    context = ray.data.DataContext.get_current()
    saved = (context.enable_progress_bars, context.print_on_execution_start)
    logger = logging.getLogger("ray.data")
    level = logger.level
    context.enable_progress_bars = context.print_on_execution_start = progress
    if not progress:
        logger.setLevel(logging.ERROR)  # its progress log prints every 10 s, and warns that bars are off
    try:
        yield
    finally:
        context.enable_progress_bars, context.print_on_execution_start = saved
        logger.setLevel(level)


def _connect(address: str | None, workers: int | None) -> bool:
    """Connect to Ray (or start it here); return True when this call started it."""
    import ray

    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
    if address:
        kwargs["address"] = address
    else:
        kwargs.update(num_cpus=workers, object_store_memory=LOCAL_OBJECT_STORE_BYTES)
    try:
        ray.init(**kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise TacitusError(f"cannot connect to Ray at {address or 'a new local instance'}: {exc}; "
                           "check --address (ray://HEAD:10001 or auto) and that the cluster is up") from exc
    return True


def _stored_ids(db: str | Path, *, must_exist: bool, timeout: float | None) -> set[str]:
    """The article ids stored in ``db`` (workers skip them); empty when there is no database yet.

    The whole set goes to every worker once (about 30 bytes an id: some 30 MB for a million
    stored articles), which saves a round trip to the single database per article.
    """
    if not must_exist and not Path(db).exists():
        return set()
    with Store(db, read_only=not must_exist, timeout=timeout) as store:
        return {row[0] for row in store.connection.execute("SELECT id FROM articles").fetchall()}


@contextlib.contextmanager
def _shard_folder(shards_dir: str | Path | None) -> Iterator[Path]:
    """The given shard folder, or a temporary one removed afterwards."""
    if shards_dir is not None:
        yield Path(shards_dir)
        return
    with tempfile.TemporaryDirectory(prefix="tacitus-shards-") as folder:
        yield Path(folder)


def _prepare(folder: Path, *, with_events: bool) -> tuple[Path, Path | None]:
    """Create ``coded/`` (and ``events/``) under ``folder``; refuse shards of an earlier run."""
    coded_dir = folder / "coded"
    events_dir = folder / "events" if with_events else None
    for directory in (coded_dir, events_dir):
        if directory is None:
            continue
        if directory.exists() and any(directory.iterdir()):
            raise InputError(f"{directory} holds shards of an earlier run; remove it or give another --shards folder")
        directory.mkdir(parents=True, exist_ok=True)
    return coded_dir, events_dir
