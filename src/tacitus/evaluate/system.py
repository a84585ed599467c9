"""Running the real pipeline on gold texts: building articles and mapping gold offsets onto them.

The scorers are pure; this module is the only place that touches the coder. It builds an Article
from a gold text the way a user's text would be read (``tacitus.ingest.parse_text_article``, with
headline detection off for single sentences) and maps gold offsets into ``Article.text`` when
ingest changed the text (debris, whitespace).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from ..model import Article, content_id
from .scoring import OffsetMap

__all__ = ["GoldText", "Prepared", "prepare", "annotate", "load_coder"]


@dataclass(frozen=True)
class GoldText:
    """A text to run through the pipeline, with its publication date and source."""

    key: str
    text: str
    published: str | None = None
    source: str | None = None
    detect_headline: bool = False


@dataclass(frozen=True)
class Prepared:
    """The article built from a gold text and the map from gold offsets to article offsets."""

    gold: GoldText
    article: Article
    offsets: OffsetMap


def _build_article(item: GoldText, patterns: Any) -> Article:
    """Build the Article through the project's own text reader.

    A gold text that ingest rejects (nothing left after structure removal) is scored as its raw
    text, so that every gold item keeps its place in the results.
    """
    from ..errors import InputError
    from ..ingest import parse_text_article

    try:
        return parse_text_article(
            item.text, published=item.published, source=item.source,
            detect_headline=item.detect_headline, patterns=patterns,
        )
    except InputError:
        return Article(id=content_id(item.text), text=item.text, published=item.published, source=item.source)


def prepare(items: Iterable[GoldText]) -> Iterator[Prepared]:
    """Yield each gold text as a Prepared article with its offset map."""
    from ..ingest.structure import StructurePatterns

    patterns = StructurePatterns.load()  # once per gold set, not once per item
    for item in items:
        article = _build_article(item, patterns)
        yield Prepared(gold=item, article=article, offsets=OffsetMap(item.text, article.text))


def annotate(coder: Any, prepared: Sequence[Prepared], batch_size: int = 32) -> list[Any]:
    """Run ``coder.annotate`` over the prepared articles and return the Annotations in order."""
    return list(coder.annotate((p.article for p in prepared), batch_size=batch_size))


def load_coder(coder: Any, dictionaries: str | None) -> tuple[Any, bool]:
    """Return (coder, dictionaries_applied).

    Dictionaries are applied only by loading a coder with ``tacitus.load(dictionaries=...)``, and
    only when ``tacitus.load`` accepts that argument; otherwise the given coder (or a default one
    when ``coder`` is None) is used and the caller reports that the dictionaries were not applied.
    """
    import tacitus

    if coder is not None and dictionaries is not None and getattr(getattr(coder, "settings", None), "dictionaries", ()):
        return coder, True  # the caller loaded the coder with these dictionaries already
    load = getattr(tacitus, "load", None)
    if dictionaries is not None and load is not None and "dictionaries" in inspect.signature(load).parameters:
        return load(dictionaries=dictionaries), True
    if coder is None:
        if load is None:
            from ..errors import TacitusError

            raise TacitusError("tacitus.load is not available yet; pass a coder to evaluate()")
        return load(), False
    return coder, False
