"""Tacitus: political event data from news articles, offline.

    import tacitus
    coder = tacitus.load()
    coded = coder.code(text, published="2018-10-07", source="Al Jazeera")

``__all__`` is the public API (tests/test_api.py guards it).
"""

from .coder import Annotation, Coder, Settings, load
from .errors import InputError, ModelError, StoreError, TacitusError
from .ingest import iter_articles, parse_text_article, read_article
from .model import Actor, ActorRef, Article, Coded, Event, Failure, Mention, Place, Quote
from .store import EventFilter, Store

__all__ = [
    "load", "Coder", "Settings", "Annotation",
    "Store", "EventFilter",
    "iter_articles", "read_article", "parse_text_article",
    "Article", "Actor", "ActorRef", "Mention", "Event", "Place", "Quote", "Coded", "Failure",
    "TacitusError", "InputError", "ModelError", "StoreError",
]
__version__ = "0.1.0"
