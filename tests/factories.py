"""Records for tests, built the one way: articles of text we wrote, actors and events whose
offsets are found in that text, ids derived as the pipeline derives them (``content_id`` of the
article id and a key). Test modules build their scenes from these instead of their own helpers.
"""

from __future__ import annotations

from typing import Any, Iterable

from tacitus.model import Actor, ActorRef, Article, Coded, Event, Mention, Quote, content_id

__all__ = ["article", "actor", "event", "quote", "coded"]


def article(text: str, *, id: str | None = None, **fields: Any) -> Article:
    """An Article of ``text`` (id: the content hash of the text unless given)."""
    return Article(id=id or content_id(text), text=text, **fields)


def actor(of: Article, name: str, country: str | None = None, sector: str | None = None, *,
          code: str | None = None, **fields: Any) -> Actor:
    """An actor named ``name`` with one mention at its first occurrence in the article's text; its
    code is country + sector unless given."""
    start = of.text.index(name)
    code = code if code is not None else ((country or "") + (sector or "") or None)
    return Actor(id=content_id(of.id, name), name=name, mentions=(Mention(name, start, start + len(name)),),
                 country=country, sector=sector, code=code, **fields)


def event(of: Article, key: str, *, trigger: str | None = None, evidence: str | None = None, sentence: int = 0,
          event_type: str = "CONSULT", cameo: str = "040", quad_class: int = 1, goldstein: float = 1.0,
          source: Actor | ActorRef | None = None, target: Actor | ActorRef | None = None, **fields: Any) -> Event:
    """An event of the article (id from ``key``): ``trigger`` is found inside ``evidence`` (by default
    the whole text), which gives its offsets."""
    evidence = of.text if evidence is None else evidence
    offsets: dict[str, Any] = {}
    if trigger is not None:
        start = of.text.index(evidence) + evidence.index(trigger)
        offsets = {"trigger": trigger, "trigger_start": start, "trigger_end": start + len(trigger)}
    return Event(id=content_id(of.id, key), article_id=of.id, sentence=sentence, evidence=evidence,
                 event_type=event_type, cameo=cameo, quad_class=quad_class, goldstein=goldstein,
                 source=_ref(source), target=_ref(target), **offsets, **fields)


def quote(of: Article, words: str, *, speaker: Actor | ActorRef | None = None, cue: str | None = "said",
          kind: str = "direct", key: str = "q", **fields: Any) -> Quote:
    """A quotation of ``words``, at their first occurrence in the article's text."""
    start = of.text.index(words)
    return Quote(id=content_id(of.id, key), article_id=of.id, text=words, kind=kind, cue=cue,
                 speaker=_ref(speaker), start=start, end=start + len(words), **fields)


def coded(of: Article, actors: Iterable[Actor] = (), events: Iterable[Event] = (),
          quotes: Iterable[Quote] = ()) -> Coded:
    """The Coded record of an article."""
    return Coded(article=of, actors=tuple(actors), events=tuple(events), quotes=tuple(quotes))


def _ref(side: Actor | ActorRef | None) -> ActorRef | None:
    return side.ref() if isinstance(side, Actor) else side
