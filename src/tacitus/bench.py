"""Throughput: the full pipeline against plain spaCy on the same texts, as a ratio.

``run_bench`` reads a corpus through ``tacitus.ingest.iter_articles``, times a plain
``nlp.pipe`` over the article bodies (the reference: the same model, no Tacitus stages), then the
full pipeline (``coder.pipe``) over the same articles, and reports articles/s, words/s, the ratio
ours / plain spaCy, seconds per stage and peak memory. The ratio is the project's speed figure:
it holds on a noisy, shared machine where absolute rates do not.

With ``processes`` > 1 the full pipeline runs in that many worker processes, each loading its own
coder (the way a corpus run scales on one machine); the spaCy reference stays one process, so
the ratio then shows the gain from the extra processes.
"""

from __future__ import annotations

import os
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Mapping, Sequence

from rich.table import Table

from .errors import InputError
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


def _code_chunk(args: tuple[str | None, list[Article]]) -> tuple[int, dict[str, float]]:
    """Worker: load a coder, code a chunk of articles, return (count, stage seconds)."""
    from .coder import load

    model, articles = args
    coder = load(model)
    count = sum(1 for _ in coder.pipe(articles, on_error="record"))
    return count, dict(coder.stage_seconds)


def run_bench(corpus: str | Path, *, limit: int | None = None, processes: int = 1, model: str | None = None) -> dict[str, Any]:
    """Benchmark the pipeline on a corpus and return the figures as a JSON-ready dict.

    Keys: ``articles``, ``articles_per_s``, ``words_per_s``, ``spacy_articles_per_s``, ``ratio``
    (ours / plain spaCy), ``stages`` (seconds per stage), ``peak_rss_mb``, ``processes``.
    Model loading is not timed. Raises InputError for a missing or empty corpus.
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
    started = time.perf_counter()
    for _ in reference.pipe(texts, batch_size=coder.settings.batch_size):
        pass
    spacy_seconds = time.perf_counter() - started
    del reference

    if processes == 1:
        before = dict(coder.stage_seconds)
        started = time.perf_counter()
        for _ in coder.pipe(articles, on_error="record"):
            pass
        seconds = time.perf_counter() - started
        stages = {name: round(value - before.get(name, 0.0), 3) for name, value in coder.stage_seconds.items()}
    else:
        chunks = [articles[i::processes] for i in range(processes)]
        started = time.perf_counter()
        with ProcessPoolExecutor(max_workers=processes) as pool:
            # Workers load their own model: that time is inside the wall clock, as in a real run.
            outcomes = list(pool.map(_code_chunk, [(model, chunk) for chunk in chunks if chunk]))
        seconds = time.perf_counter() - started
        stages = {}
        for _, worker_stages in outcomes:
            for name, value in worker_stages.items():
                stages[name] = round(stages.get(name, 0.0) + value, 3)

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
        "stages": stages,
        "peak_rss_mb": _peak_rss_mb(),
        "processes": processes,
        "cpus": os.cpu_count(),
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
        ("peak memory (MB)", f"{result['peak_rss_mb']:.0f}"),
        ("processes", str(result["processes"])),
    ]
    for name, value in rows:
        table.add_row(name, value)
    for stage, seconds in result.get("stages", {}).items():
        table.add_row(f"  stage {stage} (s)", f"{seconds:.2f}")
    return table
