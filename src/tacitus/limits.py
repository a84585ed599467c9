"""Size and time budgets per input, checked before the expensive work.

A corpus run must survive hostile or broken inputs (a 50 MB JSONL line, a 20 MB one-line text,
100,000 empty paragraphs, HTML nested 100,000 levels deep, XML entity bombs): each becomes a
Failure with a reason that names the budget, and the run goes on. The defaults are far above any
real news article (the longest articles in our corpora are ~60,000 characters and ~300
paragraphs) so that they never refuse real text; every budget is configurable.

The checks are cheap on purpose: byte counts before decoding, line reads with a cap before
``json.loads``, a linear tag scan before handing HTML to lxml.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, fields, replace
from typing import Any, Callable, Mapping

from .errors import InputError

__all__ = ["Limits", "LimitError", "Budget", "html_depth", "check_html"]


class LimitError(InputError):
    """An input is over one of the budgets in :class:`Limits`; the message names the budget."""


@dataclass(frozen=True)
class Limits:
    """Budgets per input. A value of 0 switches that check off.

    - ``max_file_bytes``: one-article files (text, HTML, JSON) and decompressed .gz members.
    - ``max_record_bytes``: one JSONL line or one CSV row (read with a cap, never parsed whole).
    - ``max_chars``: characters of an article's raw text before structure detection.
    - ``max_paragraphs``: paragraphs of one article.
    - ``max_html_depth``: element nesting depth of an HTML page.
    - ``max_seconds``: wall-clock seconds for coding one article (checked between stages).
    """

    max_file_bytes: int = 16_000_000
    max_record_bytes: int = 8_000_000
    max_chars: int = 500_000
    max_paragraphs: int = 5_000
    max_html_depth: int = 512
    max_seconds: float = 120.0

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> "Limits":
        """Build Limits from a mapping of field names (e.g. CLI options), ignoring None values.

        Raises InputError for an unknown name or a negative value.
        """
        known = {f.name: f.type for f in fields(cls)}
        changes: dict[str, Any] = {}
        for name, value in values.items():
            if value is None:
                continue
            if name not in known:
                raise InputError(f"unknown limit {name!r}; use one of {sorted(known)}")
            number = float(value) if name == "max_seconds" else int(value)
            if number < 0:
                raise InputError(f"limit {name} must be 0 (off) or positive, got {value!r}")
            changes[name] = number
        return replace(cls(), **changes)

    def check_bytes(self, size: int, what: str, *, record: bool = False) -> None:
        """Raise LimitError when ``size`` bytes is over the file (or record) budget."""
        budget = self.max_record_bytes if record else self.max_file_bytes
        name = "max_record_bytes" if record else "max_file_bytes"
        if budget and size > budget:
            raise LimitError(f"{what} is over the size limit ({_size(size)} > {name} {_size(budget)}); "
                             "split it or raise the limit")

    def check_chars(self, count: int, what: str) -> None:
        """Raise LimitError when an article text of ``count`` characters is over ``max_chars``."""
        if self.max_chars and count > self.max_chars:
            raise LimitError(f"{what} has {count:,} characters, over max_chars {self.max_chars:,}; "
                             "split the article or raise the limit")

    def check_paragraphs(self, count: int, what: str) -> None:
        """Raise LimitError when an article has more than ``max_paragraphs`` paragraphs."""
        if self.max_paragraphs and count > self.max_paragraphs:
            raise LimitError(f"{what} has {count:,} paragraphs, over max_paragraphs {self.max_paragraphs:,}; "
                             "check that it is one article, or raise the limit")


def _size(size: int) -> str:
    """Return a byte count for messages ("52.4 MB", "812 bytes")."""
    return f"{size / 1e6:.1f} MB" if size >= 1_000_000 else f"{size:,} bytes"


# One tag, comment or CDATA section. Attribute text stops at "<" and quoted values are bounded, so
# that a page of ten thousand unterminated tags is still scanned in linear time.
_TAG = re.compile(
    r"""<(/?)([A-Za-z][\w:-]*)(?:[^<>"']|"[^"<]{0,4000}"|'[^'<]{0,4000}')*?(/?)>|<!--|<!\[CDATA\[""")
# Elements that never have a closing tag, or whose closing tag HTML lets authors omit: counting
# them would make every old page with unclosed <p> or <li> look deep.
_NOT_NESTING = frozenset("""
    area base br col embed hr img input link meta param source track wbr keygen command basefont frame isindex
    p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rtc rp caption html head body
""".split())
# Elements whose content is raw text (scripts hold "<div>" in strings): skipped to their end.
_RAW_TEXT = frozenset({"script", "style", "textarea", "template", "xmp", "plaintext"})
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)


def html_depth(html: str, stop_at: int = 0) -> int:
    """Return the deepest element nesting of ``html`` by a linear scan of its tags.

    Unclosed elements count as open to the end (deliberately: malformed pages of ten thousand
    unclosed ``<div>`` are what this guards against). With ``stop_at`` the scan ends as soon as
    that depth is reached.
    """
    depth = deepest = 0
    lowered = html.lower()
    position = 0
    while True:
        match = _TAG.search(html, position)
        if match is None:
            return deepest
        position = match.end()
        name = match.group(2)
        if name is None:  # a comment or CDATA section: jump to its end (or stop: it never ends)
            end = html.find("-->" if match.group(0) == "<!--" else "]]>", position)
            if end < 0:
                return deepest
            position = end + 3
            continue
        name = name.lower()
        if match.group(1) or match.group(3) or name in _NOT_NESTING:
            if match.group(1) and name not in _NOT_NESTING:
                depth = max(depth - 1, 0)
            continue
        if name in _RAW_TEXT:
            end = lowered.find(f"</{name}", position)
            if end < 0:
                return deepest
            position = end + len(name) + 2
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if stop_at and deepest >= stop_at:
                return deepest


def check_html(html: str, what: str, limits: Limits) -> None:
    """Raise LimitError for an HTML page nested deeper than ``max_html_depth`` or one that
    declares XML entities (the "billion laughs" expansion trick; no news page declares any)."""
    if _ENTITY_DECLARATION.search(html):
        raise LimitError(f"{what} declares XML entities (<!ENTITY ...>), a known entity-expansion attack; "
                         "news pages never do: remove the file")
    if limits.max_html_depth:
        depth = html_depth(html, stop_at=limits.max_html_depth + 1)
        if depth > limits.max_html_depth:
            raise LimitError(f"{what} nests HTML elements over max_html_depth {limits.max_html_depth:,} deep; "
                             "it is malformed or hostile: fix the page or raise the limit")


class Budget:
    """The time budget of one article: started when its coding starts, checked between stages.

    Stages cannot be interrupted midway (spaCy and regexes hold the GIL), so an article that
    overruns is stopped at the next stage boundary; the check costs one clock read.
    """

    def __init__(self, seconds: float, what: str, clock: Callable[[], float] = time.monotonic) -> None:
        """Start the clock for ``what`` (an article id or origin); ``seconds`` 0 means no budget."""
        self.seconds = seconds
        self.what = what
        self._clock = clock
        self._started = clock()

    def check(self, stage: str) -> None:
        """Raise LimitError when the article has used more than its seconds by the end of ``stage``."""
        if not self.seconds:
            return
        elapsed = self._clock() - self._started
        if elapsed > self.seconds:
            raise LimitError(f"{self.what}: coding took {elapsed:.1f} s, over max_seconds {self.seconds:g} "
                             f"(stopped after the {stage} stage); shorten the article or raise the limit")
