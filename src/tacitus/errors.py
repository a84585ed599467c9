"""Tacitus exceptions. Every message says what went wrong and what to do about it."""

from __future__ import annotations

import logging

__all__ = ["TacitusError", "InputError", "ModelError", "StoreError", "UsageError", "log_failure"]


class TacitusError(Exception):
    """Base class of every error Tacitus raises on purpose; the CLI prints it as one line."""


class InputError(TacitusError):
    """An input file or record cannot be read as an article (binary, empty, malformed, ...)."""


class ModelError(TacitusError):
    """The spaCy model cannot be loaded."""


class StoreError(TacitusError):
    """The database cannot be opened, written or read."""


class UsageError(TacitusError):
    """A command-line value that cannot be used (a malformed date, an unknown filter value); the
    CLI prints the message, with a hint when it has one, and exits with code 2 as for other
    usage errors."""


def log_failure(logger: str, what: str, exc: BaseException) -> None:
    """Log an exception that is being turned into a failure record (or a one-line message), with
    its traceback, at debug level on ``logger``: `tacitus --traceback` (or TACITUS_TRACEBACK=1)
    shows these, so a rule that crashes on 3% of a corpus can be found from its stack."""
    logging.getLogger(logger).debug("%s: %s: %s", what, type(exc).__name__, exc, exc_info=exc)
