"""The FastAPI app factory: API routes, dashboard pages, one error envelope, security headers.

State lives on ``app.state`` (database, settings, token, coder), never in module globals, so two
apps over two databases can live in one process (the tests do that).
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import coding, pages, routes
from .db import Database
from .errors import ApiError, envelope
from .settings import ApiSettings

__all__ = ["create_app", "app_environment", "app_from_environment", "SECURITY_HEADERS", "SecurityHeaders"]

log = logging.getLogger(__name__)

# No inline script, nothing from other origins: data rendered by mistake as HTML still runs nothing.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                                "form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}

_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 413: "too_large", 422: "invalid_parameter", 503: "unavailable"}


def create_app(db: Path, *, token: str | None = None, bind_host: str = "127.0.0.1",
               coder_factory: Callable[[], Any] | None = None, db_wait_seconds: float = 5.0) -> FastAPI:
    """Build the app over the database at ``db``.

    ``token`` protects POST /api/code (required there when ``bind_host`` is not a loopback
    address); ``coder_factory`` builds the coder on first use (default: ``tacitus.load``);
    ``db_wait_seconds`` is how long a request waits for a writer to let go of the file before
    answering 503.
    """
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.database.close()  # release the file at shutdown

    app = FastAPI(title="Tacitus", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Political event data from news articles: events, actors, quotes, clusters.")
    app.state.database = Database(Path(db), wait_seconds=db_wait_seconds)
    app.state.api_settings = ApiSettings.load()
    app.state.token = token or None
    app.state.bind_host = bind_host
    app.state.coder = coding.LazyCoder(coder_factory or _default_coder)
    app.include_router(routes.router)
    app.include_router(coding.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=pages.static_dir()), name="static")
    _install_error_handlers(app)

    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every answer (and no-store to the API's).

    A plain ASGI wrapper rather than ``@app.middleware("http")``, whose request/response
    plumbing costs about a millisecond per request.
    """

    def __init__(self, app: Any) -> None:
        """Wrap the ASGI app."""
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        """Add the headers to the response start message."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
        if scope["path"].startswith("/api/"):
            extra.append((b"cache-control", b"no-store"))

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in extra if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _default_coder() -> Any:
    """Load the real coder (spaCy model and resources)."""
    from ..coder import load

    return load()


def _install_error_handlers(app: FastAPI) -> None:
    """Every error, ours or the framework's, answers in the one envelope."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(envelope(exc.code, exc.message, exc.details), status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        message = {404: f"nothing at {request.url.path}; see /docs for the API",
                   405: f"{request.method} is not allowed on {request.url.path}"}.get(exc.status_code, str(exc.detail))
        return JSONResponse(envelope(code, message), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"location": list(e.get("loc", ())), "message": e.get("msg", "")} for e in exc.errors()]
        names = ", ".join(str(d["location"][-1]) for d in details if d["location"])
        return JSONResponse(envelope("invalid_parameter", f"invalid value for: {names}; see /docs", details),
                            status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Logged with its traceback for the operator; the client gets the envelope, not internals.
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse(envelope("internal_error", "unexpected server error; see the server log"),
                            status_code=500)


# The settings of `tacitus serve --workers N`, passed to the worker processes in their environment.
_ENV_DB, _ENV_TOKEN, _ENV_BIND = "TACITUS_SERVE_DB", "TACITUS_SERVE_TOKEN", "TACITUS_SERVE_BIND"


def app_environment(db: Path, *, token: str | None, bind_host: str) -> dict[str, str]:
    """The environment variables from which each worker process builds the app."""
    return {_ENV_DB: str(db), _ENV_TOKEN: token or "", _ENV_BIND: bind_host}


def app_from_environment() -> FastAPI:
    """The app of one worker process of `tacitus serve --workers N` (a uvicorn factory)."""
    import os

    return create_app(Path(os.environ[_ENV_DB]), token=os.environ.get(_ENV_TOKEN) or None,
                      bind_host=os.environ.get(_ENV_BIND, "127.0.0.1"))
