"""Latency of the API on a store of >= 100,000 events, through a real uvicorn server on loopback.

    .venv/bin/python benchmarks/serve_latency.py                         # seed: the example articles
    .venv/bin/python benchmarks/serve_latency.py --corpus ../shared/data/corpora/newswire-1997.jsonl --limit 200
    .venv/bin/python benchmarks/serve_latency.py --db /tmp/big.duckdb    # reuse a store built before

Measures p50/p95 of /api/events (several filter mixes), /api/timeline and /api/network over
`--requests` sequential requests each (httpx client, one keep-alive connection). Target: p95 <
100 ms. Also reports the server's CPU time per request (user + system, all its threads): on a
machine busy with other work, wall-clock latency includes waiting for a core, and the CPU time
says what the request itself costs. The load average is printed with the figures. See
benchmarks/common.py for how the big store is built.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import httpx
import psutil

from common import build_store, free_port, start_server, summary_ms

MIXES = {
    "events": ["", "type=CONSULT", "country=USA", "actor=minister", "dyad=USA:RUS&either_direction=true",
               "date_from=1997-03&date_to=1997-06&modality=asserted", "text=talks", "sort=-goldstein&offset=2000",
               "cameo=04&quad_class=1&limit=200"],
    "timeline": ["interval=day&by=type", "interval=week&by=quad_class", "interval=week&by=type&country=USA"],
    "network": ["", "level=country", "type=ASSAULT&min_count=2"],
}


def measure(base: str, path: str, params: list[str], requests: int) -> dict[str, float]:
    """Time `requests` GETs of /api/<path>, cycling through the parameter mixes."""
    durations = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for i in range(requests):
            query = params[i % len(params)]
            started = time.perf_counter()
            response = client.get(f"/api/{path}?{query}")
            durations.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise RuntimeError(f"/api/{path}?{query} answered {response.status_code}: {response.text[:200]}")
    return summary_ms(durations)


def main() -> None:
    """Build (or reuse) the big store, start the server, measure, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="Use this store (built before) instead of building one.")
    parser.add_argument("--seed-db", type=Path, help="Replicate the events of this coded database.")
    parser.add_argument("--corpus", type=Path, help="Code this corpus (first --limit articles) as the seed.")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--events", type=int, default=100_000, help="Target number of events.")
    parser.add_argument("--requests", type=int, default=300, help="Requests per endpoint.")
    parser.add_argument("--keep", type=Path, help="Save the built store here for reuse with --db.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        built = None
        if db is None:
            db = args.keep or Path(tmp) / "bench.duckdb"
            started = time.perf_counter()
            built = build_store(db, target_events=args.events, seed_db=args.seed_db, corpus=args.corpus,
                                limit=args.limit)
            built["build_seconds"] = round(time.perf_counter() - started, 1)
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            process = psutil.Process(server.pid)
            results = {}
            for path, params in MIXES.items():
                before = sum(process.cpu_times()[:2])
                results[path] = measure(base, path, params, args.requests)
                results[path]["server_cpu_ms_per_request"] = round(
                    (sum(process.cpu_times()[:2]) - before) * 1000 / args.requests, 1)
        finally:
            server.terminate()
            server.wait(10)
    print(json.dumps({"store": built or str(db), "latency_ms": results, "load_average": psutil.getloadavg(),
                      "cores": psutil.cpu_count(),
                      "target_p95_ms": 100,
                      "met": all(r["p95"] < 100 for r in results.values())}, indent=2))


if __name__ == "__main__":
    main()
