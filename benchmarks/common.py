"""Shared helpers of the serving benchmarks: a big store, a real uvicorn server, percentiles.

How the big store is made (``build_store``): code a seed of real articles once (the example
articles, or the first N articles of a corpus such as ../shared/data/corpora/newswire-1997.jsonl),
or start from an already coded database; then replicate its events with SQL until the events
table holds the target count: copy k gets the id ``<id>-r<k>`` and, for day-precise dates, the
date shifted by k days, so the timeline spreads and every row is distinct. Articles, actors and
quotes are not replicated (events keep pointing at their real article).
"""

from __future__ import annotations

import math
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Sequence

import duckdb
import httpx

REPO = Path(__file__).resolve().parents[1]


def build_store(path: Path, *, target_events: int, seed_db: Path | None = None, corpus: Path | None = None,
                limit: int = 200) -> dict[str, int]:
    """Create ``path`` holding at least ``target_events`` events (see the module docstring)."""
    if seed_db is not None:
        shutil.copyfile(seed_db, path)
    else:
        from tacitus.options import RunOptions
        from tacitus.runner import run_inputs

        source = corpus or REPO / "examples" / "articles"
        inputs = [str(source)]
        if limit and source.suffix == ".jsonl":
            # Take the first `limit` records only: a small seed, coded once.
            head = path.with_suffix(".seed.jsonl")
            with source.open(encoding="utf-8") as src, head.open("w", encoding="utf-8") as dst:
                for i, line in enumerate(src):
                    if i >= limit:
                        break
                    dst.write(line)
            inputs = [str(head)]
        run_inputs(RunOptions(inputs=inputs, db=path, progress=False))
    con = duckdb.connect(str(path))
    try:
        seed = con.execute("SELECT count(*) FROM events").fetchone()[0]
        copies = max(0, math.ceil(target_events / max(seed, 1)) - 1)
        if copies:
            con.execute("""
                INSERT INTO events
                SELECT e.* REPLACE (
                    e.id || '-r' || r.k AS id,
                    CASE WHEN length(e.date) = 10
                         THEN strftime(CAST(e.date AS DATE) + CAST(r.k AS INTEGER), '%Y-%m-%d')
                         ELSE e.date END AS date)
                FROM events e, (SELECT range AS k FROM range(1, ?)) r
                WHERE e.id NOT LIKE '%-r%'""", [copies + 1])
        con.execute("CHECKPOINT")
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "events", "actors", "quotes")}
    finally:
        con.close()


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, *, workers: int = 1) -> subprocess.Popen:
    """Run `tacitus serve` (``workers`` processes) in a child process and wait until it answers."""
    proc = subprocess.Popen([sys.executable, "-m", "tacitus.cli", "serve", "--db", str(db), "--port", str(port),
                             "--workers", str(workers)], start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start within 60 s")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by the nearest-rank method."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def summary_ms(values: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99/mean/max of durations given in seconds, in milliseconds."""
    return {"n": len(values), "p50": round(percentile(values, 50) * 1000, 1),
            "p95": round(percentile(values, 95) * 1000, 1), "p99": round(percentile(values, 99) * 1000, 1),
            "mean": round(statistics.fmean(values) * 1000, 1), "max": round(max(values) * 1000, 1)}
