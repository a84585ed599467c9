"""The one error envelope of the HTTP API: ``{"error": {"code", "message", "details"}}``."""

from __future__ import annotations

from typing import Any

from ..errors import TacitusError

__all__ = ["ApiError", "envelope"]


class ApiError(TacitusError):
    """An error the API answers with its HTTP status and a stable machine-readable code."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        """Remember the status, the code, the message (saying what to do) and optional details."""
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


def envelope(code: str, message: str, details: Any = None) -> dict[str, Any]:
    """The JSON body of every error answer."""
    return {"error": {"code": code, "message": message, "details": details}}
