"""Tacitus exceptions. Every message says what went wrong and what to do about it."""

from __future__ import annotations

__all__ = ["TacitusError", "InputError", "ModelError", "StoreError"]


class TacitusError(Exception):
    """Base class of every error Tacitus raises on purpose; the CLI prints it as one line."""


class InputError(TacitusError):
    """An input file or record cannot be read as an article (binary, empty, malformed, ...)."""


class ModelError(TacitusError):
    """The spaCy model cannot be loaded."""


class StoreError(TacitusError):
    """The database cannot be opened, written or read."""
