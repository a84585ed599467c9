"""Tacitus: political event data from news articles, offline.

    import tacitus
    coder = tacitus.load()
    coded = coder.code(text, published="2018-10-07", source="Al Jazeera")

``__all__`` is the public API (tests/test_api.py guards it).
"""

from importlib import import_module
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


def __getattr__(name: str) -> Any:
    """Import the module of a public name on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tacitus' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__version__ = "0.1.0"
