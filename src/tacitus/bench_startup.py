"""`tacitus bench --startup`: how long `tacitus code` takes on a short article, and where it goes.

An analyst who codes one article at a time, or a test suite that shells out, pays the start-up
on every call. The end-to-end figure is the wall time of the real command in a fresh process
(best and median of ``repeats``); the breakdown runs the same steps one after the other in
another fresh process: the interpreter, the CLI's imports, spaCy and the pipeline's modules, the
model, the built tables (from the on-disk cache after the first run: resource_cache.py), and
reading and coding the article.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Mapping

from rich.table import Table

from .errors import TacitusError

__all__ = ["run_startup", "render_startup", "SHORT_ARTICLE"]

# Three lines we wrote: an attack, a reaction, a quotation.
SHORT_ARTICLE = ("Rebels attacked an army base near Goma on Monday, the military said.\n\n"
                 "The president condemned the attack and promised to send more troops to the region.\n\n"
                 "\"We will not let this stand,\" the defence minister told reporters in Kinshasa.\n")

# Run in a fresh interpreter: each step timed after the previous one (the model loaded by the
# "model" step is loaded again by the coder; that step is subtracted from the tables' time).
_STEPS = r"""
import json, sys, time
marks = {"start": time.perf_counter()}
import tacitus.cli
marks["cli"] = time.perf_counter()
import tacitus.coder
marks["imports"] = time.perf_counter()
from tacitus.nlp import load_nlp
load_nlp(None)
marks["model"] = time.perf_counter()
from tacitus.options import RunOptions
coder = RunOptions().load_coder()
marks["coder"] = time.perf_counter()
from tacitus.ingest import read_article
coder.code(read_article(sys.argv[1]))
marks["code"] = time.perf_counter()
print(json.dumps(marks))
"""


def _wall(command: list[str], env: Mapping[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one command in a fresh process (raises
    TacitusError when it fails). On a shared machine the CPU time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=dict(env))
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise TacitusError(f"{' '.join(command[:4])} ... failed: {done.stderr.strip().splitlines()[-1:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run_startup(article: str | Path | None = None, *, repeats: int = 3) -> dict[str, Any]:
    """Time `tacitus code ARTICLE` end to end ``repeats`` times, and its steps once."""
    env = dict(os.environ)
    described = str(article) if article is not None else "built-in short article"
    with tempfile.TemporaryDirectory() as folder:
        if article is None:
            article = Path(folder) / "short.txt"
            article.write_text(SHORT_ARTICLE, encoding="utf-8")
        command = [sys.executable, "-m", "tacitus.cli", "code", str(article), "--json"]
        _wall(command, env)  # the first call may build the tables' cache: not what is measured
        runs = [_wall(command, env) for _ in range(max(1, repeats))]
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        interpreter = _wall([sys.executable, "-c", "pass"], env)[0]
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _STEPS, str(article)], capture_output=True, text=True, env=env)
        launched = time.perf_counter() - started
    if done.returncode != 0:
        raise TacitusError(f"the start-up breakdown failed: {done.stderr.strip().splitlines()[-1:]}")
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    model = marks["model"] - marks["imports"]
    steps = {
        "interpreter_s": interpreter,
        "cli_imports_s": marks["cli"] - marks["start"],
        "spacy_and_pipeline_imports_s": marks["imports"] - marks["cli"],
        "model_s": model,
        "tables_s": max(marks["coder"] - marks["model"] - model, 0.0),
        "read_and_code_s": marks["code"] - marks["coder"],
    }
    return {
        "article": described,
        "wall_s": {"best": round(min(walls), 3), "median": round(statistics.median(walls), 3),
                   "runs": [round(w, 3) for w in walls]},
        "cpu_s": {"best": round(min(cpus), 3), "median": round(statistics.median(cpus), 3)},
        "breakdown_s": {name: round(value, 3) for name, value in steps.items()},
        "breakdown_process_s": round(launched, 3),
        "load_average": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "target_s": 3.0,
    }


def render_startup(result: Mapping[str, Any]) -> Table:
    """The start-up figures as a table."""
    wall = result["wall_s"]
    table = Table(title=f"tacitus code start-up: wall best {wall['best']:.2f} s, median {wall['median']:.2f} s; "
                        f"CPU best {result['cpu_s']['best']:.2f} s (target {result['target_s']:.0f} s; "
                        f"load average {result['load_average']})")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    for name, value in result["breakdown_s"].items():
        table.add_row(name.removesuffix("_s").replace("_", " "), f"{value:.3f}")
    return table
