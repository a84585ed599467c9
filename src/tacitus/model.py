"""The record contract (DESIGN.md section 2) as frozen dataclasses.

Every record converts to a plain dict with ``to_dict()`` (the field names of the contract, optional
fields present as ``None``, dates as ISO strings, sequences as lists) and back with ``from_dict()``.
Sequences are stored as tuples so that records stay immutable and hashable where it matters.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

__all__ = [
    "MODALITIES",
    "EVENT_TYPES",
    "Mention",
    "Article",
    "Actor",
    "ActorRef",
    "Place",
    "Event",
    "Quote",
    "Coded",
    "Failure",
    "content_id",
]

MODALITIES = ("asserted", "intended", "planned", "cancelled", "negated", "hypothetical")

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def content_id(*parts: str | None, length: int = 16) -> str:
    """Return a stable hexadecimal id hashed from the given text parts.

    ``None`` parts hash like empty strings; parts are separated so that ("ab", "c") and
    ("a", "bc") differ.
    """
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


def _to_plain(value: Any) -> Any:
    """Convert nested records, tuples and lists into JSON-ready plain values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, (list, tuple)):
        return [_to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_plain(item) for key, item in value.items()}
    return value


class _Record:
    """Shared ``to_dict`` for the record dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict with the contract's field names."""
        return {f.name: _to_plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True)
class Mention(_Record):
    """One occurrence of an actor in the article text: ``text[start:end] == text``."""

    text: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Mention":
        """Build a Mention from its dict form."""
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


@dataclass(frozen=True)
class Article(_Record):
    """A news article after ingest: metadata, structure, and the clean body ``text``.

    ``text`` is what every offset in actors, events and quotes points into. ``removed`` counts the
    template debris taken out of the body, by kind (for instance ``{"placeholder": 2}``).
    """

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    published: str | None = None
    title: str | None = None
    standfirst: str | None = None
    captions: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    subheads: tuple[str, ...] = ()
    source_line: str | None = None
    byline: str | None = None
    dateline: str | None = None
    language: str = "en"
    removed: Mapping[str, int] = field(default_factory=dict)
    origin: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Article":
        """Build an Article from its dict form."""
        return cls(
            id=data["id"],
            text=data.get("text") or "",
            url=data.get("url"),
            source=data.get("source"),
            published=data.get("published"),
            title=data.get("title"),
            standfirst=data.get("standfirst"),
            captions=tuple(data.get("captions") or ()),
            credits=tuple(data.get("credits") or ()),
            subheads=tuple(data.get("subheads") or ()),
            source_line=data.get("source_line"),
            byline=data.get("byline"),
            dateline=data.get("dateline"),
            language=data.get("language") or "en",
            removed=dict(data.get("removed") or {}),
            origin=data.get("origin"),
        )


@dataclass(frozen=True)
class Actor(_Record):
    """A resolved participant: one per real-world actor per article, with all its mentions."""

    id: str
    name: str
    mentions: tuple[Mention, ...] = ()
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    title: str | None = None
    kind: str | None = None
    wikidata: str | None = None
    why: str | None = None  # the clues that decided country and sector (actors/coding.py)

    def ref(self) -> "ActorRef":
        """Return the short reference used inside events and quotes."""
        return ActorRef(actor_id=self.id, name=self.name, country=self.country, sector=self.sector, code=self.code)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Actor":
        """Build an Actor from its dict form."""
        return cls(
            id=data["id"],
            name=data["name"],
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions") or ()),
            country=data.get("country"),
            sector=data.get("sector"),
            code=data.get("code"),
            title=data.get("title"),
            kind=data.get("kind"),
            wikidata=data.get("wikidata"),
            why=data.get("why"),
        )


@dataclass(frozen=True)
class ActorRef(_Record):
    """How an event or quote refers to an actor of the same article."""

    actor_id: str
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "ActorRef | None":
        """Build an ActorRef from its dict form (``None`` stays ``None``)."""
        if not data:
            return None
        return cls(
            actor_id=data["actor_id"],
            name=data["name"],
            country=data.get("country"),
            sector=data.get("sector"),
            code=data.get("code"),
        )


@dataclass(frozen=True)
class Place(_Record):
    """A resolved location (GeoNames-style)."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "Place | None":
        """Build a Place from its dict form (``None`` stays ``None``)."""
        if not data:
            return None
        return cls(
            name=data["name"],
            country=data.get("country"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonameid=data.get("geonameid"),
            feature=data.get("feature"),
        )


@dataclass(frozen=True)
class Event(_Record):
    """Who did what to whom, when and where, with the evidence and a trace of what fired."""

    id: str
    article_id: str
    sentence: int
    evidence: str
    event_type: str
    cameo: str
    quad_class: int
    goldstein: float
    source: ActorRef | None
    target: ActorRef | None = None
    mode: str | None = None
    date: str | None = None
    date_text: str | None = None
    location: Place | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    why: str = ""
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    # One record per happening within an article (events/merge.py): how many mentions were merged
    # into this record, and the evidence sentences of the other mentions, in article order.
    mentions: int = 1
    mention_evidence: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Event":
        """Build an Event from its dict form."""
        return cls(
            id=data["id"],
            article_id=data["article_id"],
            sentence=int(data["sentence"]),
            evidence=data["evidence"],
            event_type=data["event_type"],
            cameo=data["cameo"],
            quad_class=int(data["quad_class"]),
            goldstein=float(data["goldstein"]),
            source=ActorRef.from_dict(data.get("source")),
            target=ActorRef.from_dict(data.get("target")),
            mode=data.get("mode"),
            date=data.get("date"),
            date_text=data.get("date_text"),
            location=Place.from_dict(data.get("location")),
            modality=data.get("modality") or "asserted",
            confidence=float(data.get("confidence", 0.5)),
            why=data.get("why") or "",
            trigger=data.get("trigger"),
            trigger_start=data.get("trigger_start"),
            trigger_end=data.get("trigger_end"),
            mentions=int(data.get("mentions") or 1),
            mention_evidence=tuple(data.get("mention_evidence") or ()),
        )


@dataclass(frozen=True)
class Quote(_Record):
    """A quotation, its reporting cue and its speaker (``None`` when no speaker can be found).

    ``event_ids`` lists the events coded from the same sentence, so a quote can be read next to
    what happened. ``section`` says which field ``start``/``end`` point into: ``"text"`` (the
    body, the usual case) or ``"title"`` (a quotation in the headline). ``why`` says how the
    quotation and its speaker were found (the rule, the cue, and the path from the speaker phrase
    to the actor: "coreference: 'he' -> Kim Jong-un").
    """

    id: str
    article_id: str
    text: str
    kind: str
    cue: str | None
    speaker: ActorRef | None
    start: int
    end: int
    sentence: int | None = None
    event_ids: tuple[str, ...] = ()
    section: str = "text"
    why: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Quote":
        """Build a Quote from its dict form."""
        return cls(
            id=data["id"],
            article_id=data["article_id"],
            text=data["text"],
            kind=data["kind"],
            cue=data.get("cue"),
            speaker=ActorRef.from_dict(data.get("speaker")),
            start=int(data["start"]),
            end=int(data["end"]),
            sentence=data.get("sentence"),
            event_ids=tuple(data.get("event_ids") or ()),
            section=data.get("section") or "text",
            why=data.get("why") or "",
        )


@dataclass(frozen=True)
class Coded(_Record):
    """The result for one article: ``{article, actors, events, quotes}``."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Coded":
        """Build a Coded result from its dict form."""
        return cls(
            article=Article.from_dict(data["article"]),
            actors=tuple(Actor.from_dict(a) for a in data.get("actors") or ()),
            events=tuple(Event.from_dict(e) for e in data.get("events") or ()),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes") or ()),
        )


@dataclass(frozen=True)
class Failure(_Record):
    """An input that could not become an article: where it was and why."""

    path: str
    position: str | None
    reason: str
    kind: str = "input"

    @property
    def id(self) -> str:
        """A stable id, so that recording the same failure twice stores it once."""
        return content_id(self.path, self.position, self.reason)


def as_tuple(items: Sequence[Any] | None) -> tuple[Any, ...]:
    """Return ``items`` as a tuple (``None`` becomes empty)."""
    return tuple(items or ())
