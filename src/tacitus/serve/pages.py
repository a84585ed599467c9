"""The dashboard's pages: static HTML files from the package, each with its own script file.

Pages hold no data: their scripts read the JSON API. Only names listed here are served as pages;
everything else under /static goes through Starlette's StaticFiles, which refuses paths that
leave the folder.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

__all__ = ["router", "PAGES", "static_dir"]

# URL path -> HTML file under static/.
PAGES = {
    "/": "overview.html",
    "/timeline": "timeline.html",
    "/network": "network.html",
    "/map": "map.html",
    "/events": "events.html",
    "/article": "article.html",
    "/code": "code.html",
    "/docs": "docs.html",
}

router = APIRouter(include_in_schema=False)


def static_dir() -> Path:
    """The folder of the dashboard's HTML, scripts, styles and map geometry."""
    return Path(str(resources.files(__package__).joinpath("static")))


def _page_route(filename: str):
    """A handler that serves one HTML page."""
    def serve() -> FileResponse:
        return FileResponse(static_dir() / filename, media_type="text/html; charset=utf-8")
    serve.__doc__ = f"Serve {filename}."
    return serve


for _path, _file in PAGES.items():
    router.add_api_route(_path, _page_route(_file), methods=["GET"], name=f"page {_file}")
