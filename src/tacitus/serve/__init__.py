"""`tacitus serve`: the HTTP API and the dashboard (FastAPI, offline, read-only by default).

``create_app`` is imported on first use: the CLI imports this package to register the command,
and importing FastAPI on every `tacitus` call would cost about a second of start-up.
"""

from typing import Any

from .command import register

__all__ = ["create_app", "register"]


def __getattr__(name: str) -> Any:
    """Load ``create_app`` (and FastAPI with it) only when it is asked for."""
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
