"""Datelines ("SEOUL (Reuters) -", "KUALA LUMPUR, April 1, 1997 (AFP) -") and bylines ("By Jane Doe").

The dateline is metadata about where and when the story was filed; it is cut from the first
paragraph so that "SEOUL" is not read as the subject of the first sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "match_dateline", "match_byline"]

_UPPER_WORD = r"[A-Z][A-Z'.\-]+"
_MIXED_WORD = r"[A-Z][A-Za-z.'\-]+"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_DATELINE = re.compile(
    rf"""^(?P<dateline>
        (?P<place>{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,3}})         # SEOUL, KUALA LUMPUR, ST. PETERSBURG
        (?:\s*,\s*(?:(?P<date>{_DATE})|(?P<region>{_MIXED_WORD}(?:[ ]{_MIXED_WORD}){{0,2}})))?  # , Kenya | , Oct 7
        (?:\s*,\s*(?P<date2>{_DATE}))?                                # , April 1 , 1997
        (?:\s*\((?P<agency>[^()\n]{{1,40}})\))?                        # (Reuters)
    )
    (?(agency)\s*(?:[-–—]{{1,2}}|:)?|\s*(?:[-–—]{{1,2}}))                # the separator (needed without agency)
    (?:\s+|$)""",
    re.VERBOSE,
)
_BYLINE = re.compile(r"^[Bb]y\s+(?P<name>[^.!?;:]+?)\s*$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]+")


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph, and the paragraph without it."""

    text: str
    place: str
    date: str | None
    agency: str | None
    rest: str


def match_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline that starts ``paragraph`` (and the rest of it), or None."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match["place"]
    # Without an agency, a two-letter capital word before a dash ("UN - ...") is no dateline.
    if sum(ch.isalpha() for ch in place) < (2 if match["agency"] else 3):
        return None
    text = re.sub(r"\s+", " ", match["dateline"]).strip()
    return Dateline(
        text=text,
        place=place.strip(),
        date=match["date2"] or match["date"],
        agency=match["agency"],
        rest=paragraph[match.end():].strip(),
    )


def match_byline(paragraph: str) -> str | None:
    """Return the author(s) of a byline paragraph "By Jane Doe[, Reuters]", or None."""
    # A name has at least two capitalised words ("By Jane Doe", "by Xinhua writer Tian Sulei");
    # "By contrast, the ministry said" has one and ends like a sentence.
    text = paragraph.strip()
    match = _BYLINE.match(text)
    if not match or len(text.split()) > 12 or len(_CAPITALISED.findall(match["name"])) < 2:
        return None
    if re.search(r"\b(?:said|says|was|were|is|are|has|have|had|will|would)\b", match["name"]):
        return None
    return match["name"]
