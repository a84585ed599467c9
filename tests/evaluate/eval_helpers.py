"""Builders for hand-made system outputs (Coded records) used by the scorer tests."""

from __future__ import annotations

from tacitus.model import Actor, ActorRef, Article, Coded, Event, Mention, Quote


def actor(actor_id: str, name: str, country: str | None, text: str, *spans: tuple[int, int]) -> Actor:
    """An actor with mentions at the given spans of ``text``."""
    return Actor(id=actor_id, name=name, country=country, mentions=tuple(Mention(text[s:e], s, e) for s, e in spans))


def ref(a: Actor | None) -> ActorRef | None:
    """The reference of an actor (None stays None)."""
    return a.ref() if a is not None else None


def event(event_type: str, source: Actor | None, target: Actor | None = None, cameo: str = "040", **extra) -> Event:
    """A minimal event of the given type between two actors."""
    return Event(
        id=f"e-{event_type}-{source.id if source else ''}-{target.id if target else ''}",
        article_id="a", sentence=0, evidence="", event_type=event_type, cameo=cameo,
        quad_class=1, goldstein=1.0, source=ref(source), target=ref(target), **extra,
    )


def quote(start: int, end: int, text: str, speaker: Actor | None, kind: str = "direct") -> Quote:
    """A quote over ``text[start:end]``."""
    return Quote(id=f"q{start}", article_id="a", text=text[start:end], kind=kind, cue="said",
                 speaker=ref(speaker), start=start, end=end)


def coded(text: str, actors=(), events=(), quotes=()) -> Coded:
    """A Coded record for ``text``."""
    return Coded(article=Article(id="a", text=text), actors=tuple(actors), events=tuple(events), quotes=tuple(quotes))
