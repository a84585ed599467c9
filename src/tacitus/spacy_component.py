"""Tacitus as a spaCy pipeline component, for users who already run spaCy pipelines.

    import spacy
    import tacitus.spacy_component  # registers the factory (an installed tacitus also declares it
                                    # as a spaCy entry point, so the import is then optional)
    nlp = spacy.blank("en")          # or any pipeline of yours
    nlp.add_pipe("tacitus", config={"published": "2018-10-07"})
    doc = nlp("Pompeo met Kim Jong-un in Pyongyang on Sunday.")
    doc._.events, doc._.actors, doc._.quotes   # contract records (tacitus.model)
    doc._.tacitus                              # the whole Coded record

The component codes the Doc's text as one article body with Tacitus's own pipeline (its own
spaCy model, loaded once when the component is created): Tacitus's rules rely on its own
sentence and paragraph handling, so it does not reuse the annotations of the pipeline it sits
in. Every offset in the records (mentions, triggers, quotes) points into ``doc.text``, so
``doc.char_span(event.trigger_start, event.trigger_end)`` finds the trigger. A Doc's publication
date may be given per document in ``doc.user_data["published"]`` (ISO YYYY-MM-DD); the
component's ``published`` setting is the default for documents without one.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc

from .model import Article, Coded, content_id

__all__ = ["TacitusComponent", "make_tacitus", "EXTENSIONS"]

# The Doc extensions the component fills (None until it has run).
EXTENSIONS = ("events", "actors", "quotes", "tacitus")


def _register_extensions() -> None:
    """Declare the Doc extensions once; an extension of the same name declared by another
    library is left alone (the component then raises when it runs, rather than overwrite it)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class TacitusComponent:
    """Codes each Doc's text and puts the records on ``doc._`` (see the module notes)."""

    def __init__(self, coder_factory: Callable[[], Any], published: str | None = None,
                 source: str | None = None) -> None:
        """Hold how to get the coder (loaded on the first Doc) and the default article metadata."""
        self._coder_factory = coder_factory
        self._coder: Any = None
        self.published = published
        self.source = source
        _register_extensions()

    @property
    def coder(self) -> Any:
        """The Tacitus coder, loaded on first use (spaCy builds components when a pipeline loads)."""
        if self._coder is None:
            self._coder = self._coder_factory()
        return self._coder

    def __call__(self, doc: Doc) -> Doc:
        """Code ``doc.text`` and set ``doc._.events``, ``doc._.actors``, ``doc._.quotes`` and ``doc._.tacitus``."""
        published = doc.user_data.get("published", self.published)
        article = Article(id=content_id("spacy", doc.text), text=doc.text, published=published, source=self.source)
        coded: Coded = self.coder.code(article)
        doc._.tacitus = coded
        doc._.events = list(coded.events)
        doc._.actors = list(coded.actors)
        doc._.quotes = list(coded.quotes)
        return doc

    def pipe(self, docs: Any, batch_size: int = 32) -> Any:
        """Code a stream of Docs in order (nlp.pipe calls this)."""
        for doc in docs:
            yield self(doc)


@Language.factory("tacitus", default_config={"model": None, "published": None, "source": None})
def make_tacitus(nlp: Language, name: str, model: str | None, published: str | None,
                 source: str | None) -> TacitusComponent:
    """spaCy factory: ``nlp.add_pipe("tacitus", config={"model": ..., "published": ..., "source": ...})``."""
    from .coder import load

    return TacitusComponent(lambda: load(model), published=published, source=source)
