"""Throughput: the full pipeline against plain spaCy on the same texts, as a ratio.

``run_bench`` reads a corpus through ``tacitus.ingest.iter_articles`` and times a plain
``nlp.pipe`` over the article bodies (the reference: the model as shipped, every component, no
Tacitus stages, the same batch size) against the full pipeline (``coder.pipe``) over the same
articles, alternating chunk by chunk. It reports articles/s, words/s, the ratio ours / plain spaCy
(wall clock and CPU seconds), seconds per stage and peak memory. The ratio is the project's speed
figure: it holds on a noisy, shared machine where absolute rates do not.

With ``processes`` > 1 the full pipeline runs in that many worker processes. Where the system can
fork, the workers are forked from the process that has loaded the coder (model loading stays out
of the clock, as in the one-process figure, so the two rates compare); elsewhere each spawned
worker loads its own coder inside the clock (``worker_load_s``), with one numeric thread each.
The spaCy reference stays one process, so the ratio then shows the gain from the extra processes.
"""

from __future__ import annotations

import os
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any, Mapping, Sequence

from rich.table import Table

from .errors import InputError, TacitusError
from .model import Article, Failure

__all__ = ["run_bench", "render"]


def _read(corpus: Path, limit: int | None) -> list[Article]:
    """Read up to ``limit`` articles of a corpus (failures are skipped: they are not timed)."""
    from .ingest import iter_articles

    if not corpus.exists():
        raise InputError(f"{corpus}: no such file or folder; give a corpus to benchmark")
    articles: list[Article] = []
    for item in iter_articles([corpus]):
        if isinstance(item, Failure):
            continue
        articles.append(item)
        if limit is not None and len(articles) >= limit:
            break
    if not articles:
        raise InputError(f"{corpus}: no readable article in it; give a corpus of articles")
    return articles


def _peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def _code_chunk(args: tuple[str | None, list[Article]]) -> tuple[int, dict[str, float], float]:
    """Worker: load a coder, code a chunk of articles, return (count, stage seconds, load seconds)."""
    from .coder import load

    model, articles = args
    started = time.perf_counter()
    coder = load(model)
    loaded = time.perf_counter() - started
    count = sum(1 for _ in coder.pipe(articles, on_error="record"))
    return count, dict(coder.stage_seconds), loaded


# One thread per worker for every numeric library: with N workers on N cores, BLAS/OpenMP threads
# in each worker only fight each other for the same cores.
_SINGLE_THREAD_ENV = {name: "1" for name in (
    "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "NUMEXPR_NUM_THREADS")}


class _Clock:
    """Wall-clock and CPU seconds of the timed blocks, added up."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0
        self._started = (0.0, 0.0)

    def __enter__(self) -> "_Clock":
        self._started = (time.perf_counter(), time.process_time())
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.wall += time.perf_counter() - self._started[0]
        self.cpu += time.process_time() - self._started[1]


def _interleaved(coder: Any, reference: Any, articles: list[Article], texts: list[str]) -> tuple[_Clock, _Clock]:
    """Time plain spaCy and the full pipeline chunk by chunk, alternating, on the same articles.

    Alternating keeps the ratio fair on a shared machine: a busy minute slows both sides, where
    two long runs one after the other would each see a different load.
    """
    batch = coder.settings.batch_size
    chunk = batch * 4
    ours, plain = _Clock(), _Clock()
    for first in range(0, len(articles), chunk):
        with plain:
            for _ in reference.pipe(texts[first:first + chunk], batch_size=batch):
                pass
        with ours:
            for _ in coder.pipe(articles[first:first + chunk], on_error="record"):
                pass
    return ours, plain


def _in_processes(model: str | None, articles: list[Article], processes: int) -> tuple[float, dict[str, float], float]:
    """Code the articles in ``processes`` spawned workers; return (wall seconds, stages, load seconds)."""
    chunks = [articles[i::processes] for i in range(processes)]
    saved = {name: os.environ.get(name) for name in _SINGLE_THREAD_ENV}
    os.environ.update(_SINGLE_THREAD_ENV)  # read by the numeric libraries when a worker starts
    try:
        started = time.perf_counter()
        # spawn, not fork: a forked worker would inherit this process's thread pools and model.
        with ProcessPoolExecutor(max_workers=processes, mp_context=get_context("spawn")) as pool:
            # Workers load their own model: that time is inside the wall clock, as in a real run.
            outcomes = list(pool.map(_code_chunk, [(model, chunk) for chunk in chunks if chunk]))
        seconds = time.perf_counter() - started
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    stages: dict[str, float] = {}
    for _, worker_stages, _ in outcomes:
        for name, value in worker_stages.items():
            stages[name] = round(stages.get(name, 0.0) + value, 3)
    return seconds, stages, max(loaded for _, _, loaded in outcomes)


def _forked_worker(coder: Any, articles: list[Article], queue: Any) -> None:
    """Worker started by fork: code a chunk with the parent's coder (its own copy) and report
    (count, stage seconds) on ``queue``."""
    before = dict(coder.stage_seconds)
    count = sum(1 for _ in coder.pipe(articles, on_error="record"))
    queue.put((count, {name: value - before.get(name, 0.0) for name, value in coder.stage_seconds.items()}))


def _in_forked(coder: Any, articles: list[Article], processes: int) -> tuple[float, dict[str, float]]:
    """Code the articles in ``processes`` forked workers that share the loaded coder.

    The model is loaded once, before the clock starts, exactly as in the one-process figure, so
    the two articles/s compare the coding alone. Returns (wall seconds, summed stage seconds).
    """
    context = get_context("fork")
    queue = context.SimpleQueue()
    chunks = [chunk for chunk in (articles[i::processes] for i in range(processes)) if chunk]
    started = time.perf_counter()
    workers = [context.Process(target=_forked_worker, args=(coder, chunk, queue)) for chunk in chunks]
    for worker in workers:
        worker.start()
    outcomes: list[tuple[int, dict[str, float]]] = []
    while len(outcomes) < len(workers):
        if not queue.empty():
            outcomes.append(queue.get())
        elif any(worker.exitcode not in (None, 0) for worker in workers):
            for worker in workers:
                worker.kill()
            raise TacitusError("a benchmark worker process died; rerun with --processes 1 to see why")
        else:
            time.sleep(0.05)
    seconds = time.perf_counter() - started
    for worker in workers:
        worker.join()
    stages: dict[str, float] = {}
    for _, worker_stages in outcomes:
        for name, value in worker_stages.items():
            stages[name] = round(stages.get(name, 0.0) + value, 3)
    return seconds, stages


def run_bench(corpus: str | Path, *, limit: int | None = None, processes: int = 1, model: str | None = None) -> dict[str, Any]:
    """Benchmark the pipeline on a corpus and return the figures as a JSON-ready dict.

    Keys: ``articles``, ``articles_per_s``, ``words_per_s``, ``spacy_articles_per_s``, ``ratio``
    (ours / plain spaCy, wall clock), ``ratio_cpu`` (the same on CPU seconds, steadier on a busy
    machine), ``stages`` (seconds per stage), ``peak_rss_mb``, ``processes``. Model loading is
    not timed, except in spawned workers (``workers`` says "fork" or "spawn"; with spawn,
    ``worker_load_s`` is the longest worker load). Raises InputError for a missing or empty corpus.
    """
    if processes < 1:
        raise InputError(f"processes must be 1 or more, not {processes}")
    articles = _read(Path(corpus), limit)
    from .coder import load
    from .nlp import load_plain_model, make_doc_text

    words = sum(len(article.text.split()) for article in articles)
    coder = load(model)
    texts = [make_doc_text(article.text) for article in articles]
    # The reference is the model as shipped (every component, none of ours), same batch size.
    reference = load_plain_model(model)
    extra: dict[str, Any] = {}
    if processes == 1:
        ours, plain = _interleaved(coder, reference, articles, texts)
        seconds, spacy_seconds = ours.wall, plain.wall
        stages = {name: round(value, 3) for name, value in coder.stage_seconds.items()}
        extra["ratio_cpu"] = round(plain.cpu / ours.cpu, 3) if ours.cpu else 0.0
        extra["cpu_articles_per_s"] = round(len(articles) / ours.cpu, 2) if ours.cpu else 0.0
    else:
        plain = _Clock()
        with plain:
            for _ in reference.pipe(texts, batch_size=coder.settings.batch_size):
                pass
        spacy_seconds = plain.wall
        if "fork" in get_all_start_methods():
            seconds, stages = _in_forked(coder, articles, processes)
            extra["workers"] = "fork"
        else:  # no fork (Windows, macOS defaults): each worker loads its own model, inside the clock
            seconds, stages, load_seconds = _in_processes(model, articles, processes)
            extra.update(workers="spawn", worker_load_s=round(load_seconds, 2))
    del reference

    articles_per_s = len(articles) / seconds if seconds else 0.0
    spacy_per_s = len(articles) / spacy_seconds if spacy_seconds else 0.0
    return {
        "corpus": str(corpus),
        "articles": len(articles),
        "words": words,
        "articles_per_s": round(articles_per_s, 2),
        "words_per_s": round(words / seconds, 1) if seconds else 0.0,
        "spacy_articles_per_s": round(spacy_per_s, 2),
        "ratio": round(articles_per_s / spacy_per_s, 3) if spacy_per_s else 0.0,
        **extra,
        "stages": stages,
        "peak_rss_mb": _peak_rss_mb(),
        "processes": processes,
        "cpus": os.cpu_count(),
        "batch_size": coder.settings.batch_size,
    }


def render(result: Mapping[str, Any]) -> Table:
    """Return a rich Table of a benchmark result: the figures, then seconds per stage."""
    table = Table(title=f"tacitus bench: {result.get('corpus', '')}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    rows: Sequence[tuple[str, str]] = [
        ("articles", str(result["articles"])),
        ("articles/s (Tacitus)", f"{result['articles_per_s']:.2f}"),
        ("words/s (Tacitus)", f"{result['words_per_s']:.0f}"),
        ("articles/s (plain spaCy)", f"{result['spacy_articles_per_s']:.2f}"),
        ("ratio Tacitus / spaCy", f"{result['ratio']:.3f}"),
        *((("ratio on CPU seconds", f"{result['ratio_cpu']:.3f}"),) if "ratio_cpu" in result else ()),
        ("peak memory (MB)", f"{result['peak_rss_mb']:.0f}"),
        ("processes", str(result["processes"])),
    ]
    for name, value in rows:
        table.add_row(name, value)
    for stage, seconds in result.get("stages", {}).items():
        table.add_row(f"  stage {stage} (s)", f"{seconds:.2f}")
    return table
