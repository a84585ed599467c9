"""POST /api/code: code a pasted article and return the Coded record, without storing anything.

The coder is loaded lazily, once per app (loading spaCy takes seconds, and a read-only dashboard
never needs it). Coding is CPU-bound and the coder is not meant for concurrent use, so requests
are coded one at a time in a worker thread. This endpoint runs our NLP on anyone's text, so it
requires the token whenever one is configured, and is refused outright on a non-loopback bind
without a token.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import threading
from typing import Any, Callable, Optional

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, TacitusError
from .errors import ApiError
from .spans import article_spans

__all__ = ["router", "CodeRequest", "LazyCoder", "is_loopback", "check_token"]

router = APIRouter(prefix="/api", tags=["coding"])


class CodeRequest(BaseModel):
    """The article to code: raw text (headline first), with optional metadata."""

    text: str = Field(..., min_length=1, description="The article text; the first line is read as the headline.")
    published: Optional[str] = Field(None, max_length=40, description="Publication date, YYYY-MM-DD.")
    source: Optional[str] = Field(None, max_length=200, description="Publisher name.")
    title: Optional[str] = Field(None, max_length=1000, description="Headline, when the text has none.")


class LazyCoder:
    """Builds the coder on first use (thread-safe) and serializes its use."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        """Remember the factory (``tacitus.load`` by default)."""
        self._factory = factory
        self._coder: Any = None
        self._lock = threading.Lock()

    def code(self, request: CodeRequest) -> dict[str, Any]:
        """Code one article and return the Coded record as a dict, with its ``spans``."""
        with self._lock:
            if self._coder is None:
                self._coder = self._factory()
            coded = self._coder.code(request.text, published=request.published, source=request.source,
                                     title=request.title)
        result = coded.to_dict()
        # The Coded record, plus the spans the dashboard highlights (the same as for stored articles).
        result["spans"] = article_spans(result["article"]["text"], result["actors"], result["events"], result["quotes"])
        return result


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost': addresses only this machine can reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_token(request: Request) -> None:
    """Raise 401/403 unless this request may use a protected endpoint."""
    token: str | None = request.app.state.token
    if token is None:
        if is_loopback(request.app.state.bind_host):
            return
        raise ApiError(403, "token_required",
                       "this server listens beyond this machine without a token: restart it with --token "
                       "(or TACITUS_TOKEN) to enable POST /api/code")
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else request.headers.get("x-tacitus-token", "")
    if not hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "missing or wrong token: send 'Authorization: Bearer <token>'")


async def _read_limited(request: Request, limit: int) -> bytes:
    """Read the request body, stopping with 413 as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"the article is over {limit} bytes; send a shorter text")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, "too_large", f"the article is over {limit} bytes; send a shorter text")
    return bytes(body)


_BODY_SCHEMA = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": CodeRequest.model_json_schema()}}}}


@router.post("/code", summary="Code a pasted article (nothing is stored)", openapi_extra=_BODY_SCHEMA)
async def code(request: Request) -> dict[str, Any]:
    """Code the posted article and return ``{article, actors, events, quotes}``."""
    check_token(request)
    raw = await _read_limited(request, request.app.state.api_settings.max_code_bytes)
    try:
        payload = CodeRequest.model_validate(json.loads(raw))
    except (ValueError, ValidationError) as exc:
        details = exc.errors(include_url=False, include_input=False) if isinstance(exc, ValidationError) else None
        raise ApiError(422, "invalid_body", 'send JSON like {"text": "...", "published": "2024-01-31"}',
                       details) from exc
    try:
        return await run_in_threadpool(request.app.state.coder.code, payload)
    except InputError as exc:
        raise ApiError(422, "invalid_article", str(exc)) from exc
    except TacitusError as exc:
        raise ApiError(500, "coding_failed", str(exc)) from exc
