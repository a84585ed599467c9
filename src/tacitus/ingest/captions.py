"""Photo captions and credits: "[File: Name/Agency]", "Photo: ...", "(AP Photo/Name)", " - Agency".

Captions describe a picture, not the story; they often repeat or pre-date the news ("Trump met
Kim in Singapore in June") and must not be coded as body sentences. Each function looks at one
paragraph and returns what it found, or None when the paragraph is not caption material.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import StructurePatterns

__all__ = ["CaptionParts", "match_caption", "match_photo_title"]

# "[File: Kevin Lim/The Straits Times/Anadolu]" at the end of a paragraph.
_BRACKET_CREDIT = re.compile(r"^(?P<caption>.*?)\s*\[(?P<credit>[^\[\]]{2,150})\]\s*$", re.DOTALL)
# "(AP Photo/Jane Doe)" or "(Photo: Jane Doe/Reuters)" at the end of a paragraph.
_PAREN_CREDIT = re.compile(r"^(?P<caption>.*?)\s*\((?P<credit>[^()]{2,120})\)\s*$", re.DOTALL)
# "... in Nairobi. Photograph: Jane Doe/AP" (credit trailing a caption).
_TRAILING_CREDIT = re.compile(
    r"^(?P<caption>.+?[.!?\"”’])\s+(?:Photograph|Photo|Picture|Image|Credit)\s*:\s*(?P<credit>[^.]{2,100})$",
    re.IGNORECASE | re.DOTALL,
)
# A credit's label ("File:", "Photo:", "AP Photo/") that is not part of the name.
_CREDIT_LABEL = re.compile(r"^(?:file(?:\s+photo)?|photo|photograph|picture|image|credit|video)\s*:\s*", re.IGNORECASE)
_NAME_SLASH_NAME = re.compile(r"[A-Za-z]\s*/\s*[A-Za-z]")
_MAX_CAPTION_WORDS = 80


@dataclass(frozen=True)
class CaptionParts:
    """What one caption paragraph holds: caption text (may be empty) and credits."""

    captions: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()


def _is_credit(text: str, patterns: StructurePatterns, *, bracketed: bool) -> bool:
    """Return True when a bracketed or parenthesised text is a picture credit.

    A bare agency name counts only in square brackets: "(Reuters)" ending a body paragraph is an
    attribution, "[Reuters]" after a caption is a credit.
    """
    text = text.strip()
    if _CREDIT_LABEL.match(text) or re.search(r"\bphoto\b", text, re.IGNORECASE):
        return True
    if bracketed and text.lower() in patterns.agencies:
        return True
    # "Name/Agency": a slash between words, few words, no sentence inside.
    return bool(_NAME_SLASH_NAME.search(text)) and len(text.split()) <= 12 and not re.search(r"[.!?]\s", text)


def _clean_credit(text: str) -> str:
    """Return the credit without its "File:"/"Photo:" label."""
    return _CREDIT_LABEL.sub("", text.strip()).strip()


def _words(text: str) -> int:
    """Return the number of whitespace-separated words in ``text``."""
    return len(text.split())


def _split_credit(text: str, patterns: StructurePatterns) -> CaptionParts | None:
    """Split a paragraph ending in a bracketed/parenthesised/labelled credit into caption and credit."""
    for pattern in (_BRACKET_CREDIT, _PAREN_CREDIT, _TRAILING_CREDIT):
        match = pattern.match(text)
        if match and (
            pattern is _TRAILING_CREDIT or _is_credit(match["credit"], patterns, bracketed=pattern is _BRACKET_CREDIT)
        ):
            caption = match["caption"].strip()
            if _words(caption) > _MAX_CAPTION_WORDS:
                return None
            return CaptionParts(captions=(caption,) if caption else (), credits=(_clean_credit(match["credit"]),))
    return None


def match_caption(text: str, patterns: StructurePatterns) -> CaptionParts | None:
    """Return the caption and credits of ``text`` when the paragraph is a caption or a credit line."""
    credit = patterns.credit_prefix.fullmatch(text)
    if credit:
        return CaptionParts(credits=(credit["rest"].strip(),))
    if re.fullmatch(r"\(?(?:[A-Z][\w.-]*\s+)?Photo\s*/\s*[^()]{2,80}\)?", text):
        return CaptionParts(credits=(text.strip("() "),))  # "AP Photo/Jane Doe"
    labelled = patterns.caption_prefix.fullmatch(text)
    if labelled:
        rest = labelled["rest"].strip()
        split = _split_credit(rest, patterns) or match_photo_title(rest, patterns)
        if split:
            return split
        if _words(rest) <= 8 and not re.search(r"[.!?]$", rest) and (_NAME_SLASH_NAME.search(rest) or rest.lower() in patterns.agencies):
            return CaptionParts(credits=(rest,))
        return CaptionParts(captions=(rest,))
    return _split_credit(text, patterns)


def match_photo_title(text: str, patterns: StructurePatterns, *, before_caption: bool = False) -> CaptionParts | None:
    """Return caption and credit of a photo title line "Title words - Agency".

    A known agency after the dash is enough; any short capitalised name is accepted when the line
    comes just before a caption (``before_caption``), as in the photo block of a web page.
    """
    match = re.fullmatch(r"(?P<title>.+?)\s+[-–—]\s+(?P<agency>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})", text, re.DOTALL)
    if not match or _words(text) > 30 or re.search(r"[.!?;:]$", match["title"]):
        return None
    if match["agency"].lower() not in patterns.agencies and not before_caption:
        return None
    return CaptionParts(captions=(match["title"].strip(),), credits=(match["agency"],))
