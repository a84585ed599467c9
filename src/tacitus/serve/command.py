"""The `tacitus serve` command (registered on the CLI app by ``register``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from ..errors import TacitusError
from ..options import DEFAULT_DB

__all__ = ["register", "serve"]


def serve(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB database file."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; another address than loopback "
                             "needs --token for POST /api/code."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    token: Optional[str] = typer.Option(None, "--token", envvar="TACITUS_TOKEN",
                                        help="Token for POST /api/code (also from TACITUS_TOKEN)."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes (each answers requests on "
                                "its own; each loads its own model for POST /api/code)."),
) -> None:
    """Serve the HTTP API (/api, OpenAPI at /docs and /openapi.json) and the dashboard."""
    import uvicorn

    from .app import app_environment, create_app
    from .coding import is_loopback

    if not db.exists():
        raise TacitusError(f"no database at {db}: run `tacitus run INPUT --db {db}` first")
    if not is_loopback(host) and not token:
        typer.echo(f"note: {host} is reachable from other machines and no token is set: "
                   "POST /api/code is disabled (set --token or TACITUS_TOKEN to enable it)", err=True)
    typer.echo(f"Tacitus dashboard on http://{host}:{port}/  (API docs: /docs)  database: {db}"
               + (f"  ({workers} processes)" if workers > 1 else ""), err=True)
    if workers == 1:
        uvicorn.run(create_app(db, token=token, bind_host=host), host=host, port=port, log_level="warning")
        return
    # Worker processes import the app themselves: they find its settings in their environment.
    os.environ.update(app_environment(db, token=token, bind_host=host))
    uvicorn.run("tacitus.serve.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning")


def register(app: typer.Typer) -> None:
    """Add `serve` to the CLI app."""
    app.command("serve")(serve)
