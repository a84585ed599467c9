"""News digests: several wire stories under one record, each opened by its own dateline.

A wire service's digest ("KHARTOUM, Nov. 8 (Xinhua) -- A British aid worker ... (Sudan-Attack)
TEHRAN, Nov. 8 (Xinhua) -- Iran on Tuesday rejected ...") is one record but several stories.
Read as one article, every story takes the first story's dateline, scene and country: the
Sudan ambush is placed in Baghdad and Iran's rejection is coded as Iraq's. Each item is a story
of its own, filed from its own dateline; its slug ("(Sudan-Attack)") is a filing tag, not text.

This module only finds the items (character spans of the article body); the coder codes each
item as a story of its own (see coder.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .datelines import match_dateline

__all__ = ["DigestItem", "digest_items", "item_text"]

# A paragraph's closing filing slug: "(Sudan-Attack)", "(Iraq-Saddam-Lawyers-2nd Lead)",
# "(Palestinians- Hamas)": capitalised words joined by hyphens, in brackets, ending the paragraph.
_SLUG = re.compile(r"\((?:[A-Z][\w.']*)(?:\s?-\s?[A-Z0-9][\w.']*(?: [A-Z0-9][\w.']*)?)+\)[ \t]*(?=\n|$)")
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class DigestItem:
    """One story of a digest: its span of the article body and the dateline that opens it
    (None for the first story, which has the record's own dateline)."""

    start: int
    end: int
    dateline: str | None
    dateline_end: int  # where the story's words begin, after its dateline


def digest_items(text: str) -> list[DigestItem]:
    """The stories of a digest, in order, or an empty list when ``text`` is one story.

    A later paragraph opening with a wire dateline that names its agency ("TEHRAN, Nov. 8 (Xinhua)
    --") starts a new story; without the agency a capitalised opening ("UN - ...", "WASHINGTON -")
    is too often the story's own words to split on.
    """
    starts: list[tuple[int, str, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        if paragraph.start() == 0:
            continue  # the record's own opening: its dateline, if any, was read at ingest
        found = match_dateline(paragraph.group())
        if found is None or found.agency is None or not found.rest:
            continue
        starts.append((paragraph.start(), found.text, paragraph.end() - len(found.rest)))
    if not starts:
        return []
    items = [DigestItem(0, starts[0][0], None, 0)]
    for k, (start, dateline, words) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        items.append(DigestItem(start, end, dateline, words))
    return items


def item_text(text: str, item: DigestItem) -> str:
    """The article body with everything but the item's own words blanked to spaces (line breaks
    kept): the same length as ``text``, so offsets found in it are offsets in the article. The
    item's dateline and its filing slugs are blanked too (they are metadata, not sentences)."""
    chars = [ch if ch == "\n" else " " for ch in text]
    chars[item.dateline_end:item.end] = text[item.dateline_end:item.end]
    for slug in _SLUG.finditer(text, item.dateline_end, item.end):
        chars[slug.start():slug.end()] = " " * (slug.end() - slug.start())
    return "".join(chars)
