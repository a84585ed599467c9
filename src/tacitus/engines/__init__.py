"""Engines that run the Tacitus pipeline somewhere other than this process.

``run_with_ray`` (ray_engine.py) codes a corpus on a Ray cluster with the same results as the
local engine (``tacitus.runner.run_inputs``). Ray is imported only when an engine runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["run_with_ray"]


def run_with_ray(inputs: Any, *, db: str | Path, **options: Any) -> Any:
    """Run the pipeline on Ray: see ``tacitus.engines.ray_engine.run_with_ray`` for the options."""
    from .ray_engine import run_with_ray as run

    return run(inputs, db=db, **options)
