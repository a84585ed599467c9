"""Speakers named without a reporting verb: bylines after a dash, names before a colon.

Opinion round-ups print a quotation with its author after a dash (`"...." - Ana Ruiz`), and
headlines and lead-ins name the speaker before a colon (`A lesson from Loretta Lynch: "..."`,
`Warren to Wells Fargo: "..."`). Neither has a cue verb, so the cue rules miss them; these rules
only fire when the surrounding words hold no verb at all, which keeps an ordinary sentence ending
in a colon ("The report found three problems:") from handing its subject a quotation.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import QuoteContext
from .speakers import Speaker, resolve_speaker

__all__ = ["dash_byline", "colon_lead", "intro_paragraph_start"]

_DASH_CHARS = "-\u2013\u2014\u2015"


def dash_byline(close_at: int, ctx: QuoteContext) -> Speaker | None:
    """The author named after a dash right behind the closing mark, with nothing else around it.

    Returns None when there is no byline, and a Speaker (whose actor may be None) when there is.

    Read from the characters, not the tokens: the tokenizer glues a mark and a dash ('"-').
    """
    _, para_end = ctx.paragraph(close_at)
    position = close_at + 1
    while position < para_end and ctx.text[position].isspace():
        position += 1
    if position >= para_end or ctx.text[position] not in _DASH_CHARS:
        return None
    rest = [t for t in ctx.tokens_between(position + 1, para_end) if not (t.is_punct or t.is_space)]
    if not rest or len(rest) > 6 or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    names = [t for t in rest if t.pos_ == "PROPN"]
    if not names:
        return None
    # A byline names its author even when the actor stage has no actor for them: the speaker
    # is then unknown (None), and the quotation must not fall back to the previous speaker.
    return resolve_speaker(_head(names), ctx.actors, ctx.resources)


def colon_lead(before: list[Token], ctx: QuoteContext) -> Speaker | None:
    """The name in a verbless lead ending in a colon ("A lesson from Loretta Lynch:")."""
    words = [t for t in before if not t.is_space]
    if len(words) < 2 or words[-1].text != ":":
        return None
    lead = words[:-1]
    ends = [k for k, t in enumerate(lead) if t.text in (".", "!", "?")]
    if ends:
        lead = lead[ends[-1] + 1:]  # the frame may reach into the sentence before the colon
    # An inverted cue ("Said Ellis:") is the only verb allowed: the lead is still just a name.
    if any(t.pos_ in ("VERB", "AUX") and not ctx.is_cue(t) for t in lead) or len(lead) > 10:
        return None
    names = [t for t in lead if t.pos_ == "PROPN"]
    if not names:
        return None
    return _with_actor(resolve_speaker(_head(names), ctx.actors, ctx.resources))


def intro_paragraph_start(para_start: int, open_at: int, ctx: QuoteContext) -> int:
    """Where the words introducing a quotation start.

    A quotation that opens its paragraph right after a paragraph ending in a colon ("He said:"
    / "Caddell continued:") is introduced by that paragraph: return its start; else ``para_start``.
    """
    if ctx.text[para_start:open_at].strip() or para_start == 0:
        return para_start
    previous_end = len(ctx.text[:para_start].rstrip())
    if previous_end == 0 or ctx.text[previous_end - 1] != ":":
        return para_start
    start, _ = ctx.paragraph(previous_end - 1)
    return start


def _head(names: list[Token]) -> Token:
    """The last token of the first run of proper nouns: the head of "Loretta Lynch"."""
    run_end = names[0]
    for token in names[1:]:
        if token.i != run_end.i + 1:
            break
        run_end = token
    return run_end


def _with_actor(speaker: Speaker) -> Speaker | None:
    """A byline speaker only counts when it is one of the article's actors."""
    return speaker if speaker.actor is not None else None
