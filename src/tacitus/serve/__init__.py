"""`tacitus serve`: the HTTP API and the dashboard (FastAPI, offline, read-only by default)."""

from .app import create_app
from .command import register

__all__ = ["create_app", "register"]
