"""Tacitus: political event data from news articles, offline."""

from .model import Actor, ActorRef, Article, Coded, Event, Failure, Mention, Place, Quote

__all__ = ["Actor", "ActorRef", "Article", "Coded", "Event", "Failure", "Mention", "Place", "Quote"]
__version__ = "0.1.0"
