"""Tacitus: political event data from news articles, offline.

    import tacitus
    coder = tacitus.load()
    coded = coder.code(text, published="2018-10-07", source="Al Jazeera")

``__all__`` is the public API (tests/test_api.py guards it).
"""

from .lazy import lazy_exports
from typing import TYPE_CHECKING, Any

# The public API loads lazily (PEP 562): `import tacitus` and `tacitus --help` import neither spaCy
# nor DuckDB; each name's module is imported on first use.
_EXPORTS = {
    "load": "coder", "Coder": "coder", "Settings": "coder", "Annotation": "coder",
    "Store": "store", "EventFilter": "store",
    "iter_articles": "ingest", "read_article": "ingest", "parse_text_article": "ingest",
    "Article": "model", "Actor": "model", "ActorRef": "model", "Mention": "model", "Event": "model",
    "Place": "model", "Quote": "model", "Coded": "model", "Failure": "model",
    "TacitusError": "errors", "InputError": "errors", "ModelError": "errors", "StoreError": "errors",
}
__all__ = list(_EXPORTS)

if TYPE_CHECKING:  # for type checkers and editors: the eager imports
    from .coder import Annotation, Coder, Settings, load
    from .errors import InputError, ModelError, StoreError, TacitusError
    from .ingest import iter_articles, parse_text_article, read_article
    from .model import Actor, ActorRef, Article, Coded, Event, Failure, Mention, Place, Quote
    from .store import EventFilter, Store


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


__version__ = "0.1.0"
