"""Indirect quotations: a reporting verb and the clause it reports ("Pompeo said he agreed ...").

The content is the clausal complement (ccomp) of a reporting verb outside quotation marks, with
its "that"; a reporting verb in a parenthetical after its content ("The talks failed, officials
said.") reports the clause it hangs from, up to the verb's own phrase. "X, according to Y" reports
the clause the phrase attaches to. Reports whose content is mostly a direct quotation are left to
the direct quotation.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import QuoteContext
from .direct import Attribution, _according_to
from .speakers import resolve_speaker, subject_of

__all__ = ["find_indirect"]

_MIN_CONTENT_WORDS = 3
_TRIM = " \t\n,;:-\"'"


def find_indirect(direct: list[Attribution], ctx: QuoteContext) -> list[Attribution]:
    """Return the indirect quotations of the document, skipping those a direct one covers."""
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = [(a.start, a.end) for a in direct]
    for token in ctx.doc:
        if ctx.is_cue(token) and not _is_infinitive(token):
            content = _reported_clause(token)
            if content is None:
                continue
            subject = subject_of(token, content)
            speaker = resolve_speaker(subject, ctx.actors, ctx.resources) if subject is not None else None
            rule = "cue-ccomp"
        elif token.lower_ == "according" and not ctx.in_quote(token):
            source = _according_to([token], ctx)
            content = _clause_without(token) if source is not None else None
            if content is None or source is None:
                continue
            speaker = resolve_speaker(source, ctx.actors, ctx.resources)
            rule = "according-to"
        else:
            continue
        start, end = _trim(ctx.text, *content)
        words = [t for t in ctx.tokens_between(start, end) if t.is_alpha]
        if len(words) < _MIN_CONTENT_WORDS or any(_mostly_covered(start, end, low, high) for low, high in taken):
            continue
        taken.append((start, end))
        found.append(Attribution(start, end, "indirect", token if rule == "cue-ccomp" else None, speaker, rule))
    return found


def _reported_clause(cue: Token) -> tuple[int, int] | None:
    """The character span of the clause a reporting verb reports, or None."""
    for child in cue.children:
        if child.dep_ == "ccomp":
            return _span(child)
    has_subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in cue.children)
    if has_subject and cue.dep_ in ("parataxis", "advcl") and cue.head.i < cue.i:
        # "<clause>, officials said": from the start of the head clause up to the cue's phrase.
        head = cue.head
        left = min(t.i for t in cue.subtree)
        tokens = [t for t in head.subtree if t.i < left]
        if tokens:
            return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return None


def _clause_without(according: Token) -> tuple[int, int] | None:
    """The clause an "according to" phrase attaches to, without the phrase itself."""
    head = according.head
    phrase = {t.i for t in according.subtree}
    tokens = [t for t in head.subtree if t.i not in phrase]
    if not tokens:
        return None
    before = [t for t in tokens if t.i < according.i]
    after = [t for t in tokens if t.i > according.i]
    part = before if len(before) >= len(after) else after
    return part[0].idx, part[-1].idx + len(part[-1].text)


def _span(token: Token) -> tuple[int, int]:
    """Character span of a token's subtree."""
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right.text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, commas and stray quotation marks from a content span."""
    while start < end and text[start] in _TRIM + "\u201c\u201d\u2018\u2019":
        start += 1
    while end > start and text[end - 1] in _TRIM + ".\u201c\u201d\u2018\u2019":
        end -= 1
    return start, end


def _mostly_covered(start: int, end: int, low: int, high: int) -> bool:
    """Whether [low, high) covers at least half of the shorter of the two spans."""
    overlap = min(end, high) - max(start, low)
    shorter = min(end - start, high - low)
    return shorter > 0 and overlap >= shorter / 2


def _is_infinitive(cue: Token) -> bool:
    """A reporting verb under "to" ("to confirm it had been ...") reports nothing yet."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in cue.children)
