"""Quotations in the headline (issue 7): the body rules, plus the shapes only headlines use.

A headline is analysed like a one-line body (marks, scare quotes, cues, partial quotes; see
extract.attribute_text) against the body's actors found again in the headline by their words
(title_actors.py). Headline style adds three shapes the body rules miss:
- a present-tense cue the tagger reads as a plural noun ('"Progress made": Trump tweets'):
  after the quotation, a short phrase then a word that is a cue lemma plus -s;
- a verbless lead before a colon or dash naming the speaker ('Trump: "We will win"'), or a
  verbless tail after one ('"We will win": Trump'): the colon or dash is the cue;
- the speaker phrase is often a description ("Kenyan president"), resolved only when it fits
  exactly one actor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.table import ActorTable
from ..errors import InputError
from ..model import Article, Quote, content_id
from .context import QuoteContext
from .direct import Attribution
from .extract import attribute_text
from .marks import QuotedSpan, find_quoted_spans
from .resources import QuoteResources
from .speakers import Speaker, resolve_speaker
from .title_actors import title_actor_table
from .why import explain

__all__ = ["extract_title_quotes", "has_quotation"]

_SECTION = "title"
_STRIP_END = " \t\n,"
_LEAD_MARKS = (":", "-", "\u2013", "\u2014", "|")
_MAX_LEAD_WORDS = 6
_MAX_SPEAKER_WORDS = 5
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb`"


def has_quotation(text: str | None) -> bool:
    """Whether ``text`` holds a quoted stretch (from the marks alone, no parse): the cheap test
    that decides whether a headline is worth parsing. Apostrophes ("Trump's") do not count."""
    return bool(text) and bool(find_quoted_spans(text or ""))


def extract_title_quotes(title_doc: Doc, article: Article, actors: ActorTable, resources: QuoteResources) -> list[Quote]:
    """Return the quotations of the headline, in order, with ``section="title"``.

    ``title_doc`` is ``nlp(make_doc_text(article.title))``; ``actors`` is the body's ActorTable
    (speakers are matched to it by text, never guessed). Offsets and text point into
    ``article.title``; a plain indirect report without quotation marks is left out (the headline
    is only read for its quotations).
    """
    title = article.title or ""
    if not has_quotation(title):
        return []
    if len(title_doc.text) != len(title):
        raise InputError(
            "the headline Doc does not match the article title (lengths differ); build it with "
            "nlp(make_doc_text(article.title))"
        )
    table = title_actor_table(title_doc, actors, resources)
    marked = [(s.open_at, s.close_at if s.close_at is not None else s.end) for s in find_quoted_spans(title)]
    quotes: list[Quote] = []
    for attribution in attribute_text(title_doc, title, table, resources, refine=_headline_rules, keep=_stands_alone):
        if attribution.kind == "indirect" and not any(attribution.start <= high and low < attribution.end for low, high in marked):
            continue
        start, end = attribution.start, attribution.end
        while end > start and title[end - 1] in _STRIP_END:
            end -= 1
        if end <= start:
            continue
        speaker = attribution.speaker.actor.ref() if attribution.speaker and attribution.speaker.actor else None
        quotes.append(
            Quote(
                id=content_id(article.id, _SECTION, str(start), str(end)),
                article_id=article.id,
                text=title[start:end],
                kind=attribution.kind,
                cue=attribution.cue.text if attribution.cue is not None else None,
                speaker=speaker,
                start=start,
                end=end,
                sentence=None,
                section=_SECTION,
                why=explain(attribution, title),
            )
        )
    return quotes


def _stands_alone(span: QuotedSpan, ctx: QuoteContext) -> bool:
    """A short quotation that opens the headline and is set off by a colon, dash or comma
    ('"Progress made": Trump tweets') is a quotation, however short: a scare quote sits inside
    the writer's own clause."""
    if span.close_at is None or ctx.text[:span.open_at].strip():
        return False
    rest = ctx.text[span.close_at + 1:].lstrip()
    return rest[:1] in (",", *_LEAD_MARKS) or ctx.text[span.close_at - 1:span.close_at] == ","


def _headline_rules(direct: list[Attribution], spans: list[QuotedSpan], ctx: QuoteContext) -> list[Attribution]:
    """Give headline cues to the quotations the body rules left without one (see module doc)."""
    refined: list[Attribution] = []
    for attribution, span in zip(direct, spans):
        if attribution.rule in ("colon-lead", "dash-byline"):
            mark = _mark_token(span, ctx)
            refined.append(replace(attribution, cue=mark) if mark is not None else attribution)
            continue
        if attribution.cue is not None:
            refined.append(attribution)
            continue
        refined.append(_noun_cue_after(attribution, span, ctx) or _lead_or_tail(attribution, span, ctx) or attribution)
    return refined


def _after_tokens(span: QuotedSpan, ctx: QuoteContext) -> list[Token]:
    """Words after the closing mark up to the next quotation (or the end of the headline)."""
    if span.close_at is None:
        return []
    limit = min((low for low, _ in ctx.quoted if low > span.close_at), default=len(ctx.text))
    return [t for t in ctx.tokens_between(span.close_at + 1, limit) if not t.is_space and t.text not in _QUOTE_MARKS]


def _before_tokens(span: QuotedSpan, ctx: QuoteContext) -> list[Token]:
    """Words before the opening mark, after the previous quotation."""
    previous = max((high for _, high in ctx.quoted if high < span.open_at), default=-1)
    return [t for t in ctx.tokens_between(previous + 1, span.open_at) if not t.is_space and t.text not in _QUOTE_MARKS]


def _noun_cue_after(attribution: Attribution, span: QuotedSpan, ctx: QuoteContext) -> Attribution | None:
    """'"...": Trump tweets after ...': a cue lemma plus -s after a short phrase, whatever its tag."""
    words = _after_tokens(span, ctx)
    if words and words[0].text in (",", *_LEAD_MARKS):
        words = words[1:]
    for position, token in enumerate(words[:_MAX_SPEAKER_WORDS + 1]):
        if position and _is_present_cue(token, ctx):
            phrase = words[:position]
            if any(t.is_punct for t in phrase):
                return None
            return replace(attribution, cue=token, speaker=_phrase_speaker(phrase, ctx), rule="headline-cue")
        if token.pos_ in ("VERB", "AUX"):
            return None  # another verb first: the phrase after the quotation is a clause of its own
    return None


def _is_present_cue(token: Token, ctx: QuoteContext) -> bool:
    """A third-person present form of a reporting verb ("says", "tweets", "warns", "denies")."""
    word = token.lower_
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    return token.text[:1].islower() and any(ctx.resources.is_cue_verb(stem) for stem in stems)


def _lead_or_tail(attribution: Attribution, span: QuotedSpan, ctx: QuoteContext) -> Attribution | None:
    """'Trump: "..."' or '"...": Trump': a verbless name phrase joined to the quotation by a colon
    or dash; the mark is the cue."""
    before = _before_tokens(span, ctx)
    if len(before) >= 2 and before[-1].text in _LEAD_MARKS:
        phrase = before[:-1]
        if _verbless(phrase, ctx):
            return replace(attribution, cue=before[-1], speaker=_phrase_speaker(phrase, ctx), rule="headline-lead")
    after = _after_tokens(span, ctx)
    if len(after) >= 2 and after[0].text in _LEAD_MARKS:
        phrase = after[1:]
        if _verbless(phrase, ctx) and not any(t.is_punct for t in phrase):
            return replace(attribution, cue=after[0], speaker=_phrase_speaker(phrase, ctx), rule="headline-tail")
    return None


def _verbless(phrase: list[Token], ctx: QuoteContext) -> bool:
    """A short phrase without a verb that holds a name or a noun (a speaker, not a clause)."""
    return (
        0 < len(phrase) <= _MAX_LEAD_WORDS
        and not any(t.pos_ in ("VERB", "AUX") and not ctx.is_cue(t) for t in phrase)
        and any(t.pos_ in ("PROPN", "NOUN") for t in phrase)
    )


def _phrase_speaker(phrase: list[Token], ctx: QuoteContext) -> Speaker | None:
    """The speaker a headline phrase names: an actor mention in it, else the body's resolution of
    its last noun (which gives no actor when the phrase names none)."""
    if not phrase:
        return None
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    actor = ctx.actors.for_span(start, end)
    if actor is not None:
        return Speaker(start, end, actor, how="mention")
    nouns = [t for t in phrase if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return resolve_speaker(nouns[-1], ctx.actors, ctx.resources) if nouns else Speaker(start, end, None)


def _mark_token(span: QuotedSpan, ctx: QuoteContext) -> Token | None:
    """The colon or dash joining a lead or byline to the quotation."""
    before = _before_tokens(span, ctx)
    if before and before[-1].text in _LEAD_MARKS:
        return before[-1]
    after = _after_tokens(span, ctx)
    if after and after[0].text[:1] in "".join(_LEAD_MARKS):
        return after[0]
    return None
