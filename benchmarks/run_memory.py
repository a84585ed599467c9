"""Peak memory of `tacitus run` as the corpus grows (issue 8: "memory stays flat").

Runs `tacitus run` in a child process on a corpus, on the corpus repeated N times, and on the
corpus with K distinct copies, each into a fresh database, and reports the peak resident memory
of each child (from wait4's rusage, so every figure is that one child's own peak).

The repeated file is mostly duplicates (same content ids), skipped without coding: it measures
that reading and skipping do not grow memory. The distinct copies (each copy's texts get a
different suffix, hence different ids) measure coding and storing K times more articles.

    .venv/bin/python benchmarks/run_memory.py                       # BBC, x5 repeated, x2 distinct
    .venv/bin/python benchmarks/run_memory.py --limit 300 --json    # quick look

Corpus texts are only copied to a temporary folder, never into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpora" / "bbc-2005.jsonl"


def _lines(corpus: Path, limit: int | None) -> Iterator[str]:
    """The corpus's non-blank lines (at most ``limit``)."""
    with corpus.open(encoding="utf-8") as stream:
        count = 0
        for line in stream:
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            yield line if line.endswith("\n") else line + "\n"


def write_repeated(corpus: Path, target: Path, copies: int, limit: int | None) -> int:
    """Write the corpus ``copies`` times over into ``target``; return the number of lines."""
    written = 0
    with target.open("w", encoding="utf-8") as out:
        for _ in range(copies):
            for line in _lines(corpus, limit):
                out.write(line)
                written += 1
    return written


def write_distinct(corpus: Path, target: Path, copies: int, limit: int | None) -> int:
    """Write ``copies`` copies whose texts differ (a suffix per copy), so every id is new."""
    written = 0
    with target.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for line in _lines(corpus, limit):
                record = json.loads(line)
                if copy:
                    record["text"] = f"{record.get('text', '')}\n\n(Copy {copy}.)"
                    if record.get("id") is not None:
                        record["id"] = f"{record['id']}-copy{copy}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


def measure(corpus: Path, workdir: Path) -> dict[str, Any]:
    """Run `tacitus run CORPUS --db <fresh> --json` in a child; return its peak RSS and summary."""
    db = workdir / f"{corpus.stem}.duckdb"
    for stale in (db, Path(f"{db}.wal"), Path(f"{db}.lock")):
        stale.unlink(missing_ok=True)
    command = [str(REPO / ".venv" / "bin" / "tacitus"), "run", str(corpus), "--db", str(db), "--json", "--no-progress"]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        # wait4 gives the rusage of this one child: ru_maxrss is its own peak, in KiB on Linux.
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    seconds = time.perf_counter() - started
    summary = json.loads(output) if child.returncode == 0 else {"error": output[-500:]}
    summary.pop("failures", None)
    return {"input": corpus.name, "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "seconds": round(seconds, 1), "exit_code": child.returncode, "summary": summary,
            "db_mb": round(db.stat().st_size / 2**20, 1) if db.exists() else None}


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements and print them (a table, or JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, default=5, help="repetitions of the corpus (duplicates)")
    parser.add_argument("--distinct-copies", type=int, default=2, help="copies with distinct texts (0: skip)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="tacitus-memory-"))
    try:
        base = workdir / "base.jsonl"
        write_repeated(args.corpus, base, 1, args.limit)
        repeated = workdir / f"repeated-x{args.copies}.jsonl"
        write_repeated(args.corpus, repeated, args.copies, args.limit)
        runs = [measure(base, workdir), measure(repeated, workdir)]
        if args.distinct_copies > 1:
            distinct = workdir / f"distinct-x{args.distinct_copies}.jsonl"
            write_distinct(args.corpus, distinct, args.distinct_copies, args.limit)
            runs.append(measure(distinct, workdir))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    peak = runs[0]["peak_rss_mb"]
    for run in runs:
        run["vs_base"] = round(run["peak_rss_mb"] / peak - 1, 4) if peak else None
    if args.json:
        print(json.dumps(runs, indent=2))
    else:
        for run in runs:
            s = run["summary"]
            print(f"{run['input']:<24} peak {run['peak_rss_mb']:>7.1f} MB ({run['vs_base']:+.1%})  "
                  f"{run['seconds']:>7.1f} s  read {s.get('read')} new {s.get('new')} "
                  f"skipped {s.get('skipped')} failed {s.get('failed')}  db {run['db_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
