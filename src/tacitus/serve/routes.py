"""The read-only JSON endpoints under /api (open to anyone who can reach the server)."""

from __future__ import annotations

from typing import Any, Literal, Optional

from fastapi import APIRouter, Depends, Path as PathParam, Query, Request
from fastapi.responses import JSONResponse, Response

from ..db.columns import ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS
from ..db.rows import actor_from_row, article_from_row, event_from_row
from . import aggregates, details, queries
from .db import Database
from .errors import ApiError
from .filters import EventQuery, checked_date, event_query
from .settings import ApiSettings
from .spans import article_spans

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["data"])

# Dates are checked by filters.checked_date (the CLI's rules); this only bounds the length.
_DATE = r"^.{1,10}$"


def _db(request: Request) -> Database:
    """The app's database handle (app.state, no module globals)."""
    return request.app.state.database


def _settings(request: Request) -> ApiSettings:
    """The app's API settings."""
    return request.app.state.api_settings


def _page_args(limit: Optional[int] = Query(None, description="Page size (1 to the maximum, default 50)."),
               offset: Optional[int] = Query(None, description="Rows to skip."),
               sort: Optional[str] = Query(None, max_length=40,
                                           description="A whitelisted column, '-' prefix for descending.")
               ) -> tuple[int | None, int | None, str | None]:
    """Raw paging arguments, validated per table by ApiSettings.page."""
    return limit, offset, sort


@router.get("/events", summary="Events, filtered, paged and sorted")
def events(request: Request, query: EventQuery = Depends(event_query),
           paging: tuple = Depends(_page_args)) -> JSONResponse:
    """Events matching the filters (the same filters as `tacitus events`)."""
    page = _settings(request).page("events", *paging)
    db = _db(request)
    with db.connect() as con:
        answer = queries.list_events(db, con, query, page)
        # The outlet of each listed event, beside the records (the items stay contract Events).
        answer["outlets"] = details.outlets(db, con, sorted({item["article_id"] for item in answer["items"]}))
        return _json(answer)


@router.get("/events/download", summary="The filtered events as a CSV or JSON file, newest first")
def events_download(request: Request, query: EventQuery = Depends(event_query),
                    format: Literal["csv", "json"] = Query("csv", description="csv or json")) -> Response:
    """Every matching event (up to the download limit) as a file to save: the dashboard's download links."""
    limit = int(_settings(request).limits.get("download", 100000))
    db = _db(request)
    with db.connect() as con:
        body, _ = details.download_events(db, con, query, format, limit)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/json"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="tacitus-events.{format}"'})


@router.get("/articles", summary="Articles (without their text), paged")
def articles(request: Request, paging: tuple = Depends(_page_args),
             source: Optional[str] = Query(None, max_length=200), text: Optional[str] = Query(None, max_length=200),
             date_from: Optional[str] = Query(None, pattern=_DATE), date_to: Optional[str] = Query(None, pattern=_DATE),
             ) -> JSONResponse:
    """Stored articles: id, title, source, publication date, number of events."""
    page = _settings(request).page("articles", *paging)
    db = _db(request)
    with db.connect() as con:
        return _json(queries.list_articles(db, con, page, source=source, text=text,
                                           date_from=checked_date(date_from, "date_from"),
                                           date_to=checked_date(date_to, "date_to")))


@router.get("/articles/{article_id}", summary="One article: its text and every span")
def article(request: Request, article_id: str = PathParam(..., max_length=100)) -> JSONResponse:
    """The article, its actors, events and quotes, and the spans the article view highlights."""
    db = _db(request)
    with db.connect() as con:
        found = db.rows(con, f"SELECT {_columns(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", [article_id])
        if not found:
            raise ApiError(404, "not_found", f"no article with id {article_id!r}; list ids with /api/articles")
        actor_rows = db.rows(con, f"SELECT {_columns(ACTOR_COLUMNS)} FROM actors WHERE article_id = ? "
                             "ORDER BY position", [article_id])
        event_rows = db.rows(con, f"SELECT {_columns(EVENT_COLUMNS)} FROM events WHERE article_id = ? "
                             "ORDER BY position", [article_id])
        quote_rows = db.rows(con, f"SELECT {_columns(QUOTE_COLUMNS)} FROM quotes WHERE article_id = ? "
                             "ORDER BY position", [article_id])
    record = article_from_row(found[0]).to_dict()
    actors = [actor_from_row(r).to_dict() for r in actor_rows]
    events_ = [event_from_row(r).to_dict() for r in event_rows]
    quotes_ = [queries.quote_dict(r) for r in quote_rows]
    return _json({"article": record, "actors": actors, "events": events_, "quotes": quotes_,
                  "spans": article_spans(record["text"], actors, events_, quotes_)})


@router.get("/actors", summary="Actors (one row per actor per article), paged")
def actors(request: Request, paging: tuple = Depends(_page_args),
           name: Optional[str] = Query(None, max_length=200), country: Optional[str] = Query(None, max_length=10),
           sector: Optional[str] = Query(None, max_length=10),
           article_id: Optional[str] = Query(None, max_length=100)) -> JSONResponse:
    """Stored actors matching name (substring), country, sector or article."""
    page = _settings(request).page("actors", *paging)
    db = _db(request)
    with db.connect() as con:
        return _json(queries.list_actors(db, con, page, name=name, country=country, sector=sector, article_id=article_id))


@router.get("/quotes", summary="Quotations and their speakers, paged")
def quotes(request: Request, paging: tuple = Depends(_page_args),
           speaker: Optional[str] = Query(None, max_length=200), country: Optional[str] = Query(None, max_length=10),
           text: Optional[str] = Query(None, max_length=200),
           article_id: Optional[str] = Query(None, max_length=100)) -> JSONResponse:
    """Stored quotes matching speaker (substring), speaker country, text or article."""
    page = _settings(request).page("quotes", *paging)
    db = _db(request)
    with db.connect() as con:
        return _json(queries.list_quotes(db, con, page, speaker=speaker, country=country, text=text, article_id=article_id))


@router.get("/clusters", summary="Event clusters (one happening, many reports), paged")
def clusters(request: Request, paging: tuple = Depends(_page_args),
             type: Optional[str] = Query(None, max_length=20), country: Optional[str] = Query(None, max_length=10),
             date_from: Optional[str] = Query(None, pattern=_DATE),
             date_to: Optional[str] = Query(None, pattern=_DATE)) -> JSONResponse:
    """Clusters with their event ids; an empty list until clusters have been built."""
    page = _settings(request).page("clusters", *paging)
    db = _db(request)
    with db.connect() as con:
        return _json(queries.list_clusters(db, con, page, event_type=type, country=country,
                                           date_from=checked_date(date_from, "date_from"),
                                           date_to=checked_date(date_to, "date_to")))


@router.get("/clusters/{cluster_id}", summary="One cluster (a happening) with its reports")
def cluster(request: Request, cluster_id: str = PathParam(..., max_length=100)) -> JSONResponse:
    """The cluster, its events (one per report) and their outlets."""
    db = _db(request)
    with db.connect() as con:
        found = details.cluster_detail(db, con, cluster_id)
    if found is None:
        raise ApiError(404, "not_found", f"no cluster with id {cluster_id!r}; list ids with /api/clusters")
    return _json(found)


@router.get("/overview", summary="Counts, top actors and top dyads")
def overview(request: Request, query: EventQuery = Depends(event_query),
             top: int = Query(10, ge=1, le=100)) -> JSONResponse:
    """What the dashboard's overview shows, for the filtered events."""
    db = _db(request)
    with db.connect() as con:
        return _json(aggregates.overview(db, con, query, top))


@router.get("/timeline", summary="Event counts per day, week or month, by type or quad class")
def timeline(request: Request, query: EventQuery = Depends(event_query),
             interval: Literal["day", "week", "month"] = Query("day"),
             by: Literal["type", "quad_class", "none"] = Query("type")) -> JSONResponse:
    """Counts of day-dated events per period and group."""
    db = _db(request)
    with db.connect() as con:
        return _json(aggregates.timeline(db, con, query, interval, by))


@router.get("/network", summary="Actor network: dyads with counts and mean Goldstein")
def network(request: Request, query: EventQuery = Depends(event_query),
            level: Literal["code", "country"] = Query("code"),
            limit: int = Query(150, ge=1, le=1000), min_count: int = Query(1, ge=1)) -> JSONResponse:
    """Nodes (actor codes or countries) and directed edges (dyads)."""
    db = _db(request)
    with db.connect() as con:
        return _json(aggregates.network(db, con, query, level, min(limit, _settings(request).limits["network_edges"]),
                                               min_count))


@router.get("/map", summary="Event locations")
def map_(request: Request, query: EventQuery = Depends(event_query),
         limit: int = Query(500, ge=1, le=5000)) -> JSONResponse:
    """Places with coordinates and their event counts."""
    db = _db(request)
    with db.connect() as con:
        return _json(aggregates.map_points(db, con, query, min(limit, _settings(request).limits["map_points"])))


def _json(content: Any) -> JSONResponse:
    """Answer plain JSON directly: FastAPI's generic encoder costs more than the query here."""
    return JSONResponse(content)


def _columns(names: tuple[str, ...]) -> str:
    """A quoted column list from one of the store's fixed column tuples."""
    return ", ".join(f'"{n}"' for n in names)
