"""Engines that run the Tacitus pipeline somewhere other than this process.

``run_with_ray`` (ray_engine.py) codes a corpus on a Ray cluster with the same results as the
local engine (``tacitus.runner.run_inputs``). Ray is imported only when an engine runs, and it
is an optional extra (``pip install 'tacitus[ray]'``, about 240 MB): without it, ``--engine ray``
stops with a message saying how to install it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import TacitusError

__all__ = ["run_with_ray", "require_ray"]

RAY_MISSING = ("--engine ray needs Ray, which is an optional extra: install it with "
               "pip install 'tacitus[ray]' (or code on this machine with --engine local)")


def require_ray() -> None:
    """Raise TacitusError saying how to install Ray when Ray Data cannot be imported."""
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise TacitusError(RAY_MISSING) from exc


def run_with_ray(inputs: Any, *, db: str | Path, **options: Any) -> Any:
    """Run the pipeline on Ray: see ``tacitus.engines.ray_engine.run_with_ray`` for the options."""
    require_ray()
    from .ray_engine import run_with_ray as run

    return run(inputs, db=db, **options)
