"""Shared view of one article for the quote rules: tokens by character, paragraphs, quoted spans."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ..actors.table import ActorTable
from ..nlp import doc_length
from .resources import QuoteResources

__all__ = ["QuoteContext"]


@dataclass
class QuoteContext:
    """The Doc, the original text, the actors and the resources, with a few position lookups.

    Built once per article by extract_quotes and only read by the rules.
    """

    doc: Doc
    text: str
    actors: ActorTable
    resources: QuoteResources
    quoted: list[tuple[int, int]]  # (open mark, closing mark or end) of every quoted stretch
    # Start character of every token, in order: tokens starting in a range are one slice of the Doc.
    starts: list[int] = field(init=False, repr=False)
    # The quoted stretches by opening mark, with the furthest end reached so far: "inside some
    # stretch" is then one bisection (stretches may nest or overlap).
    _lows: list[int] = field(init=False, repr=False)
    _reach: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        """Index token starts and quoted stretches once per article (the rules ask per token)."""
        self.starts = self.doc.to_array(IDX).tolist() if len(self.doc) else []
        ordered = sorted(self.quoted)
        self._lows = [low for low, _ in ordered]
        self._reach = []
        for _, high in ordered:
            self._reach.append(max(high, self._reach[-1]) if self._reach else high)

    def token_at(self, char: int) -> Token | None:
        """The token covering (or first starting after) character ``char``."""
        span = self.doc.char_span(char, min(char + 1, doc_length(self.doc)), alignment_mode="expand")
        if span is not None and len(span):
            return span[0]
        first = bisect_left(self.starts, char)
        return self.doc[first] if first < len(self.starts) else None

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens that start within ``[start, end)``."""
        span = self.doc.char_span(start, end, alignment_mode="contract") if end > start else None
        if span is None:
            if end <= start:
                return []
            return list(self.doc[bisect_left(self.starts, start):bisect_left(self.starts, end)])
        return list(span)

    def paragraph(self, char: int) -> tuple[int, int]:
        """The (start, end) of the line holding ``char``."""
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        return start, (len(self.text) if end < 0 else end)

    def in_quote(self, token: Token) -> bool:
        """Whether the token lies inside (or on the marks of) a quoted stretch."""
        position = bisect_right(self._lows, token.idx)
        return position > 0 and self._reach[position - 1] >= token.idx

    def is_cue(self, token: Token) -> bool:
        """A reporting verb, or a cue phrase such as "put it", outside quotations."""
        if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")) or self.in_quote(token):
            return False
        if self.resources.is_cue_verb(token.lemma_):
            return not self.asks_anonymity(token)
        objects = [c.lower_ for c in token.children if c.dep_ == "dobj"]
        return bool(objects) and self.resources.is_cue_phrase(token.lemma_, objects)  # "as X put it"

    def asks_anonymity(self, verb: Token) -> bool:
        """Whether a reporting verb only asks for its speaker's anonymity ("who asked not to be
        named", "declined to be identified"): a condition of the source, no report of speech."""
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                words = [t.lower_ for t in child.subtree if t.lower_ != "not" and not t.is_punct]
                if " ".join(words) in self.resources.anonymity:
                    return True
        return False
