"""Structure of a plain-text news article: headline, standfirst, captions, subheads, body.

``parse_text_article`` turns the raw text of one article into an Article whose ``text`` is the
clean body only (paragraphs joined by a blank line); everything else goes to its own field, and
template debris is removed and counted. Detection is by layout and a few patterns (data in
data/structure.yaml), conservative where a mistake would cost body text: a paragraph is taken
out of the body only when it clearly is something else.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from ..limits import Limits, LimitError
from ..model import Article, content_id
from .captions import CaptionParts, match_caption, match_photo_title
from .datelines import match_byline, match_dateline
from .dates import normalize_date
from .paragraphs import split_paragraphs
from .patterns import StructurePatterns

__all__ = ["parse_text_article"]

_HEADLINE_MAX_WORDS = 25
_STANDFIRST_MAX_WORDS = 60
_SUBHEAD_MAX_WORDS = 8
_CLOSING_QUOTES = "\"'”’»)]"
# "Published ..." lines read per article: dateparser takes milliseconds per call, and a text of
# thousands of such lines took 35 s; a real article has one or two.
_MAX_DATE_LINES = 10


@dataclass
class _Parts:
    """The pieces collected while reading one article (mutable only inside one parse)."""

    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    removed: Counter[str] = field(default_factory=Counter)
    byline: str | None = None
    source_line: str | None = None
    published: str | None = None
    date_lines: int = 0  # "Published ..." lines handed to the date parser so far

    def add_caption(self, parts: CaptionParts) -> None:
        """Keep a caption paragraph's captions and credits."""
        self.captions.extend(parts.captions)
        self.credits.extend(parts.credits)


def _words(text: str) -> int:
    """Return the number of whitespace-separated words in ``text``."""
    return len(text.split())


def _ends_sentence(text: str) -> bool:
    """Return True when ``text`` ends like a sentence (a period, colon, ... before closing quotes)."""
    return bool(re.search(r"[.,;:!?…]$", text.rstrip(_CLOSING_QUOTES)))


def _remove_debris(paragraphs: list[str], patterns: StructurePatterns, parts: _Parts) -> list[str]:
    """Cut template debris out of paragraphs and drop debris paragraphs, counting each by kind."""
    kept: list[str] = []
    skip_next = False
    for paragraph in paragraphs:
        if skip_next:
            skip_next = False
            if _words(paragraph) <= 15 and not _ends_sentence(paragraph):
                continue  # the headline a lone "Read more:" line announced
        for kind, pattern in patterns.inline_debris:
            paragraph, count = pattern.subn(" ", paragraph)
            if count:
                parts.removed[kind] += count
                paragraph = re.sub(r"[ \t]{2,}", " ", paragraph).strip()
                paragraph = re.sub(r"\s+([,.;:!?])", r"\1", paragraph)
        if not paragraph:
            continue
        if patterns.read_more_alone.fullmatch(paragraph):
            parts.removed["read_more"] += 1
            skip_next = True
            continue
        kind = next((k for k, rx in patterns.line_debris if rx.fullmatch(paragraph)), None)
        if kind:
            parts.removed[kind] += 1
            continue
        kept.append(paragraph)
    return kept


def _take_metadata(paragraphs: list[str], patterns: StructurePatterns, parts: _Parts) -> list[str | None]:
    """Replace caption, credit, byline and "Published ..." paragraphs by None, keeping their content."""
    slots: list[str | None] = list(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        caption = match_caption(paragraph, patterns)
        if caption:
            # A photo title line just before a caption ("Leaders meet in Singapore - Anadolu").
            if index > 0 and slots[index - 1] is not None:
                title = match_photo_title(paragraphs[index - 1], patterns, before_caption=True)
                if title:
                    parts.add_caption(title)
                    slots[index - 1] = None
            parts.add_caption(caption)
            slots[index] = None
            continue
        title = match_photo_title(paragraph, patterns)
        if title:
            parts.add_caption(title)
            slots[index] = None
            continue
        published = patterns.published_line.fullmatch(paragraph)
        if published and _words(paragraph) <= 12 and parts.date_lines < _MAX_DATE_LINES:
            parts.date_lines += 1
            date = normalize_date(published.group(1))
            if date:
                parts.published = parts.published or date
                slots[index] = None
                continue
        byline = match_byline(paragraph) if index < 6 or index >= len(paragraphs) - 2 else None
        if byline and parts.byline is None:
            parts.byline = byline
            slots[index] = None
    return slots


def _looks_like_headline(paragraph: str) -> bool:
    """Return True for a short paragraph without final sentence punctuation."""
    return (
        _words(paragraph) <= _HEADLINE_MAX_WORDS
        and len(paragraph) <= 200
        and not re.search(r"[.,;:]$", paragraph.rstrip(_CLOSING_QUOTES))
        and match_dateline(paragraph) is None
    )


def _take_source_line(body: list[str], patterns: StructurePatterns, parts: _Parts) -> list[str]:
    """Remove the closing "Source: ..." line (among the last two paragraphs) into ``source_line``."""
    for index in range(len(body) - 1, max(len(body) - 3, -1), -1):
        candidate = body[index].strip("() ")
        match = patterns.source_line.fullmatch(candidate)
        if match and _words(candidate) <= 15 and len(body) > 1:
            parts.source_line = match.group(1).strip().rstrip(".")
            return body[:index] + body[index + 1:]
    return body


def _is_subhead(paragraph: str, following: str | None) -> bool:
    """Return True for a short title-like line between body paragraphs ("Bumpy road")."""
    words = _words(paragraph)
    # A comma means a list or a clause ("BBC1, Radio 4 and this website"), not a section title.
    if words > _SUBHEAD_MAX_WORDS or len(paragraph) > 60 or following is None or "," in paragraph:
        return False
    if not (paragraph[:1].isupper() or paragraph[:1].isdigit() or paragraph[:1] in "‘'\"“"):
        return False
    stripped = paragraph.rstrip(_CLOSING_QUOTES)
    if re.search(r"[.,;:!…]$", stripped) or (stripped.endswith("?") and words > 6):
        return False
    return _words(following) >= 10 and _ends_sentence(following)


def _take_subheads(body: list[str], parts: _Parts) -> list[str]:
    """Move subheads (never the first paragraph) out of the body, unless nothing would remain."""
    kept: list[str] = body[:1]
    found: list[str] = []
    for index in range(1, len(body)):
        following = body[index + 1] if index + 1 < len(body) else None
        if _is_subhead(body[index], following):
            found.append(body[index])
        else:
            kept.append(body[index])
    if not kept:
        return body
    parts.subheads.extend(found)
    return kept


def parse_text_article(
    raw: str,
    *,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    origin: str | None = None,
    detect_headline: bool = True,
    dateline: str | None = None,
    standfirst: str | None = None,
    patterns: StructurePatterns | None = None,
    limits: Limits | None = None,
) -> Article:
    """Read the structure of a plain-text article and return it as an Article.

    ``title`` (from a JSONL/CSV record or an HTML page) skips headline detection; captions,
    credits, debris, bylines, datelines, subheads, the source line and hard wraps are always
    handled. ``published`` is normalised to "YYYY-MM-DD"; when it is missing, a date in the
    dateline or a "Published ..." line fills it. ``dateline`` and ``standfirst`` come from records
    that carry them. ``patterns`` (StructurePatterns.load()) can be passed to avoid reloading the
    pattern file per article. Raises InputError when no body text is left, and LimitError (before
    the structure pass) for a text over ``limits.max_chars`` or ``limits.max_paragraphs`` or one
    holding NUL characters (binary data smuggled in a text field).
    """
    limits = limits or Limits()
    what = origin or "the article"
    limits.check_chars(len(raw), what)
    if "\x00" in raw:
        raise LimitError(f"{what} contains NUL characters, so it is binary data, not article text; fix the record")
    patterns = patterns or StructurePatterns.load()
    parts = _Parts()
    split = split_paragraphs(raw)
    limits.check_paragraphs(len(split), what)
    paragraphs = _remove_debris(split, patterns, parts)
    slots = _take_metadata(paragraphs, patterns, parts)

    title = title.strip() if title and title.strip() else None
    remaining = [(i, p) for i, p in enumerate(slots) if p is not None]
    headline_from_text = False
    front = 0  # the slot index where the story (standfirst or body) may start
    if title is not None:
        # A page body often repeats its title as the first line.
        if len(remaining) > 1 and _fold(remaining[0][1]) == _fold(title):
            front = remaining[0][0] + 1
            remaining = remaining[1:]
    elif detect_headline and len(remaining) > 1 and _looks_like_headline(remaining[0][1]):
        title = remaining[0][1]
        headline_from_text = True
        front = remaining[0][0] + 1
        remaining = remaining[1:]

    # Standfirst: the paragraph right after the headline (nothing taken out in between) when front
    # matter (a caption, a byline) or a dateline follows it: it stands before the story starts.
    if standfirst is None and (headline_from_text or title is not None) and len(remaining) > 1:
        first_index, first = remaining[0]
        next_index, following = remaining[1]
        front_matter_follows = any(slots[i] is None for i in range(first_index + 1, next_index))
        if (
            first_index == front
            and _words(first) <= _STANDFIRST_MAX_WORDS
            and match_dateline(first) is None
            and (front_matter_follows or match_dateline(following) is not None)
        ):
            standfirst = first
            remaining = remaining[1:]

    body = _take_source_line([p for _, p in remaining], patterns, parts)
    if not body:
        raise InputError(f"{origin or 'the article'} has no body text after its headline and captions; give the article body")

    found_dateline = match_dateline(body[0])
    if dateline and body[0].startswith(dateline):
        body[0] = body[0][len(dateline):].lstrip(" -–—:")
    elif found_dateline:
        dateline = found_dateline.text
        body[0] = found_dateline.rest
        if not body[0]:
            body = body[1:]
    body = _take_subheads(body, parts)
    text = "\n\n".join(body).strip()
    if not text:
        raise InputError(f"{origin or 'the article'} has no body text after its dateline; give the article body")

    published_iso = normalize_date(published) if published else None
    if published_iso is None:
        published_iso = parts.published or _date_from_dateline(dateline)
    return Article(
        id=content_id(title or "", text),
        text=text,
        url=url or None,
        source=source or None,
        published=published_iso,
        title=title,
        standfirst=standfirst,
        captions=tuple(c for c in parts.captions if c),
        credits=tuple(c for c in parts.credits if c),
        subheads=tuple(parts.subheads),
        source_line=parts.source_line,
        byline=parts.byline,
        dateline=dateline,
        removed=dict(parts.removed),
        origin=origin,
    )


def _fold(text: str) -> str:
    """Return ``text`` reduced to lower-case letters and digits, for comparing titles."""
    return re.sub(r"\W+", "", text).lower()


def _date_from_dateline(dateline: str | None) -> str | None:
    """Return the full date written in a dateline ("KUALA LUMPUR, April 1, 1997 (AFP)"), if any."""
    if not dateline:
        return None
    match = re.search(r"([A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*,\s*\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})", dateline)
    return normalize_date(match.group(1)) if match else None
