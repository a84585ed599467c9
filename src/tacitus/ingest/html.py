"""HTML pages to Articles with trafilatura: title, date and main text, then our structure pass."""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from ..limits import Limits, check_html
from ..model import Article
from .patterns import StructurePatterns
from .structure import parse_text_article

__all__ = ["html_to_article", "looks_like_html"]


def looks_like_html(text: str) -> bool:
    """Return True when decoded text is an HTML document rather than plain text."""
    head = text.lstrip()[:1000].lower()
    return head.startswith("<") and any(tag in head for tag in ("<html", "<!doctype html", "<body", "<head", "<article"))


def _get(document: Any, name: str) -> str | None:
    """Read a metadata field from trafilatura's result (an object in 2.x, a dict in 1.x)."""
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    return str(value).strip() if value else None


def html_to_article(
    html: str,
    *,
    origin: str,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    patterns: StructurePatterns | None = None,
    limits: Limits | None = None,
) -> Article:
    """Extract the main text and metadata of an HTML page and return its Article.

    The page's own date wins over the caller's ``published`` default only when the caller gave
    none. Raises InputError when trafilatura finds no article text, and LimitError (before any
    parsing) for a page over the size or nesting budget or one that declares XML entities.
    """
    import trafilatura

    limits = limits or Limits()
    limits.check_bytes(len(html.encode("utf-8", "surrogatepass")), origin)
    check_html(html, origin, limits)
    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(f"{origin}: the HTML page cannot be parsed ({type(exc).__name__}); check the file") from exc
    text = _get(document, "text") if document is not None else None
    if not text:
        raise InputError(f"{origin}: no article text found in the HTML page; give the article page, not an index page")
    return parse_text_article(
        text,
        title=_get(document, "title"),
        published=_get(document, "date") or published,
        source=source or _get(document, "sitename"),
        url=url or _get(document, "url"),
        origin=origin,
        detect_headline=False,
        patterns=patterns,
        limits=limits,
    )
