"""Engines that run the Tacitus pipeline somewhere other than this process.

``run_with_ray`` (ray_engine.py) codes a corpus on a Ray cluster with the same results as the
local engine (``tacitus.runner.run_inputs``). Ray is imported only when an engine runs, and it
is an optional extra (``pip install 'tacitus[ray]'``, about 240 MB): without it, ``--engine ray``
stops with a message saying how to install it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from ..options import RunOptions
    from ..runner import RunSummary

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


def run_with_ray(options: "RunOptions", *, on_wait: Callable[[str], None] | None = None) -> "RunSummary":
    """Run the pipeline on Ray with the run's options: see ``tacitus.engines.ray_engine.run_with_ray``."""
    require_ray()
    from .ray_engine import run_with_ray as run

    return run(options, on_wait=on_wait)
