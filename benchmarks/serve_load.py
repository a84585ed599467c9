"""Bounded load test: 200 concurrent clients on /api/events, from a second process, zero errors.

    .venv/bin/python benchmarks/serve_load.py --db /tmp/big.duckdb            # a store built before
    .venv/bin/python benchmarks/serve_load.py --clients 200 --seconds 20      # builds one from examples/
    .venv/bin/python benchmarks/serve_load.py --workers 1,4                   # one and four server processes

The server (`tacitus serve --workers N`, loopback) runs in one child process group for each N; the load
generator (asyncio + httpx, one connection per client, each client sending its next request as
soon as the previous one is answered) runs in another, for `--seconds`. Requests cycle through
filter mixes and pages. Prints requests, errors, throughput and p50/p95/p99 latency as JSON and
exits 1 when any request failed (a non-200 answer or a transport error).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from common import build_store, free_port, start_server, summary_ms

QUERIES = ["", "type=CONSULT", "country=USA", "actor=minister", "text=talks", "sort=-goldstein&offset=500",
           "dyad=USA:RUS&either_direction=true", "date_from=1997-03&date_to=1997-06", "offset=100&limit=20"]


async def _client(base: str, index: int, deadline: float, latencies: list[float], errors: list[str]) -> None:
    """One client: its own connection, requests back to back until the deadline."""
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=1)) as client:
        n = index
        while time.monotonic() < deadline:
            query = QUERIES[n % len(QUERIES)]
            n += 1
            started = time.perf_counter()
            try:
                response = await client.get(f"/api/events?{query}")
                if response.status_code != 200:
                    errors.append(f"{response.status_code}: {response.text[:120]}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            latencies.append(time.perf_counter() - started)


async def generate(base: str, clients: int, seconds: float) -> dict:
    """Run `clients` concurrent clients for `seconds`; return the measurements."""
    latencies: list[float] = []
    errors: list[str] = []
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.gather(*(_client(base, i, deadline, latencies, errors) for i in range(clients)))
    elapsed = time.monotonic() - started
    return {"clients": clients, "seconds": round(elapsed, 1), "requests": len(latencies) + len(errors),
            "errors": len(errors), "error_samples": errors[:5],
            "requests_per_second": round(len(latencies) / elapsed, 1),
            "latency_ms": summary_ms(latencies) if latencies else None}


def main() -> None:
    """Start the server, run the generator in a second process, report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="A store built before (else one is built from examples/).")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", default="1,2", help="Server processes to compare, e.g. 1,4 (default 1,2).")
    parser.add_argument("--generate", metavar="URL", help=argparse.SUPPRESS)  # the generator process
    args = parser.parse_args()
    if args.generate:
        print(json.dumps(asyncio.run(generate(args.generate, args.clients, args.seconds))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "load.duckdb"
            build_store(db, target_events=args.events)
        results = {}
        for workers in (int(n) for n in args.workers.split(",")):
            results[f"workers={workers}"] = _measure(db, workers, args.clients, args.seconds)
    print(json.dumps(results, indent=2))
    if any(result["errors"] for result in results.values()):
        sys.exit(1)


def _measure(db: Path, workers: int, clients: int, seconds: float) -> dict:
    """Serve ``db`` with ``workers`` processes and load it from a second process."""
    port = free_port()
    server = start_server(db, port, workers=workers)
    try:
        done = subprocess.run([sys.executable, __file__, "--generate", f"http://127.0.0.1:{port}",
                               "--clients", str(clients), "--seconds", str(seconds)],
                              capture_output=True, text=True, timeout=seconds + 300)
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and its worker processes
        server.wait(30)
    if done.returncode != 0:
        sys.exit(f"the load generator failed: {done.stderr[-2000:]}")
    return {"workers": workers, **json.loads(done.stdout)}


if __name__ == "__main__":
    main()
