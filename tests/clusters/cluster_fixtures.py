"""Hand-built articles and events for the clustering tests (no model needed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from tacitus.model import ActorRef, Article, Coded, Event, Place, content_id
from tacitus.store import Store

PLACES = {
    "Pyongyang": Place("Pyongyang", "PRK", 39.03, 125.75, None, "city"),
    "Wonsan": Place("Wonsan", "PRK", 39.15, 127.44, None, "city"),
    "Seoul": Place("Seoul", "KOR", 37.57, 126.98, None, "city"),
    "North Korea": Place("North Korea", "PRK", 40.0, 127.0, None, "country"),
    "Nairobi": Place("Nairobi", "KEN", -1.29, 36.82, None, "city"),
    "Gaza": Place("Gaza", "PSE", 31.50, 34.47, None, "city"),
    "Palestine": Place("Palestine", "PSE", 31.9, 35.2, None, "country"),
}


@dataclass(frozen=True)
class E:
    """A compact event spec: type, cameo, source code, target code (or None), date, place."""

    event_type: str
    cameo: str
    source: str | None
    target: str | None
    date: str | None
    place: str | None = None
    modality: str = "asserted"
    confidence: float = 0.8
    sentence: int | None = None  # default: the event's position
    stated: bool = True  # False: a date the coder took from the publication day (no date_text)


def _ref(code: str | None, article_id: str) -> ActorRef | None:
    if code is None:
        return None
    country = code[:3] if code[:3] != "???" else None
    sector = code[3:] or None
    return ActorRef(actor_id=content_id(article_id, code), name=f"actor {code}", country=country,
                    sector=sector, code=code if country else None)


def coded(name: str, published: str | None, outlet: str, events: Sequence[E]) -> Coded:
    """An article named ``name`` holding ``events`` (ids stable from the name and position)."""
    article = Article(id=content_id("article", name), text=f"Text of {name}.", source=outlet, published=published,
                      title=name)
    built = []
    for i, spec in enumerate(events):
        built.append(Event(
            id=content_id(article.id, str(i)), article_id=article.id, sentence=i if spec.sentence is None else spec.sentence, evidence=f"{name} sentence {i}",
            event_type=spec.event_type, cameo=spec.cameo, quad_class=1, goldstein=1.0,
            source=_ref(spec.source, article.id), target=_ref(spec.target, article.id), date=spec.date,
            date_text=None if spec.date is None or not spec.stated else "on that day",
            location=PLACES.get(spec.place) if spec.place else None, modality=spec.modality,
            confidence=spec.confidence, why="fixture"))
    return Coded(article=article, events=tuple(built))


def event_id(name: str, position: int) -> str:
    """The id ``coded`` gives to event ``position`` of article ``name``."""
    return content_id(content_id("article", name), str(position))


def store_with(path: Path, articles: Sequence[Coded]) -> Store:
    """A store at ``path`` holding ``articles``."""
    store = Store(path)
    store.write(articles)
    return store


def partition(store: Store) -> dict[str, frozenset[str]]:
    """Every cluster id with its event ids, as stored."""
    rows = store.connection.execute("SELECT cluster_id, list(event_id) FROM cluster_events GROUP BY cluster_id").fetchall()
    return {cid: frozenset(ids) for cid, ids in rows}


def same_cluster(store: Store, first: str, second: str) -> bool:
    """True when two events are in one cluster."""
    rows = store.connection.execute(
        "SELECT count(DISTINCT cluster_id) FROM cluster_events WHERE event_id IN (?, ?)", [first, second]).fetchone()
    return rows[0] == 1
