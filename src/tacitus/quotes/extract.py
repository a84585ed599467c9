"""extract_quotes: the quotations of one article as Quote records."""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Callable

from spacy.tokens import Doc

from ..actors.table import ActorTable
from ..errors import InputError
from ..model import Actor, Article, Quote, content_id
from ..nlp import doc_length
from .context import QuoteContext
from .direct import Attribution, attribute_direct, is_embedded, is_scare_quote, is_title, reads_like_title
from .indirect import find_indirect
from .leads import paraphrase_leads
from .marks import QuotedSpan, find_quoted_spans
from .phrase_speakers import SpeakerPhrases
from .resources import QuoteResources
from .rules import PARTIAL
from .why import explain

__all__ = ["extract_quotes", "extract_quotes_and_speakers", "find_attributions", "attribute_text"]

_STRIP_END = " \t\n,"

# Reworks the direct attributions of a field (see attribute_text).
Refine = Callable[[list[Attribution], list[QuotedSpan], QuoteContext], list[Attribution]]


def find_attributions(doc: Doc, article: Article, actors: ActorTable, resources: QuoteResources) -> list[Attribution]:
    """Return every quotation (direct, then indirect) with its cue, speaker phrase and rule.

    The richer form behind extract_quotes, kept for measurement: it also carries the speaker's
    text span when no actor could be found for it.
    """
    if doc_length(doc) != len(article.text):
        raise InputError(
            "the spaCy Doc does not match the article text (lengths differ); build it with "
            "nlp(make_doc_text(article.text))"
        )
    return attribute_text(doc, article.text, actors, resources)


def attribute_text(doc: Doc, text: str, actors: ActorTable, resources: QuoteResources,
                   refine: Refine | None = None,
                   keep: Callable[[QuotedSpan, QuoteContext], bool] | None = None) -> list[Attribution]:
    """Return the attributions of one analysed field (the body, or the headline), in text order.

    ``doc`` is the spaCy Doc of ``make_doc_text(text)``; ``actors`` must point into ``text``.
    ``refine`` may rework the direct attributions (one per quotation, same order) before the
    partial, title and indirect rules run: the headline rules add their cues there. ``keep``
    marks short quoted stretches that are quotations although they read like scare quotes.
    """
    spans = find_quoted_spans(text)
    ctx = QuoteContext(doc, text, actors, resources, [(s.open_at, s.close_at if s.close_at is not None else s.end) for s in spans])
    quotations = [span for span in spans if not is_scare_quote(span, ctx) or (keep is not None and keep(span, ctx))]
    direct = attribute_direct(quotations, ctx)
    if refine is not None:
        direct = refine(direct, quotations, ctx)
    # A partial quote inside a reported clause ("said Kim's visit had "been a success"") is part
    # of that indirect quotation. One that no reported clause covers is still a mixed quotation
    # in the writer's syntax ("vowed to punish "those who leak""): it is kept, marked indirect,
    # because its content does not open with the speaker's words. Titles inside a sentence
    # (on CBS's "Face the Nation") are not quotations at all.
    embedded = {id(a) for a, span in zip(direct, quotations) if is_embedded(span, ctx)}
    kept = [(a, span) for a, span in zip(direct, quotations) if id(a) not in embedded and not is_title(a, ctx)]
    whole = [a for a, _ in kept]
    indirect = find_indirect(whole, ctx)
    whole = paraphrase_leads(whole, [span for _, span in kept], indirect, ctx)
    partial = [
        replace(a, kind="indirect", rule=PARTIAL + a.rule) for a in direct
        if id(a) in embedded and a.speaker is not None
        and not reads_like_title(a.start, a.end, ctx)
        and not any(i.start <= a.start and a.end <= i.end + 2 for i in indirect)
    ]
    return sorted(whole + partial + indirect, key=lambda a: (a.start, a.end))


def extract_quotes(doc: Doc, article: Article, actors: ActorTable, resources: QuoteResources) -> list[Quote]:
    """Return the direct and indirect quotations of an article, in text order.

    ``doc`` is ``nlp(make_doc_text(article.text))``. Quote text comes from ``article.text`` (the
    original characters, curly quotes included), without the quotation marks and without a
    trailing comma; ``speaker`` is None when no actor of ``actors`` can be found for the speaker
    (``extract_quotes_and_speakers`` also makes actors of the speaker phrases the table lacks).
    """
    return _extract(doc, article, actors, resources, None)


def extract_quotes_and_speakers(doc: Doc, article: Article, actors: ActorTable,
                                resources: QuoteResources) -> tuple[list[Quote], list[Actor]]:
    """Return the quotations of an article and the actors made of speaker phrases no actor of
    ``actors`` stands for ("said one source on the panel": see phrase_speakers.py); the quotes'
    speakers refer to them, so the caller adds them to the article's actors."""
    phrases = SpeakerPhrases(doc, article.id, actors)
    quotes = _extract(doc, article, actors, resources, phrases)
    made = {actor.id: actor for actor in phrases.actors()}
    # The refs were taken while mentions accumulated: point every quote at the finished actor.
    quotes = [replace(q, speaker=made[q.speaker.actor_id].ref()) if q.speaker and q.speaker.actor_id in made else q
              for q in quotes]
    return quotes, list(made.values())


def _extract(doc: Doc, article: Article, actors: ActorTable, resources: QuoteResources,
             phrases: SpeakerPhrases | None) -> list[Quote]:
    """The quotations as Quote records; a speaker phrase without an actor goes to ``phrases``
    when given."""
    sentence_starts = [sent.start_char for sent in doc.sents]
    quotes: list[Quote] = []
    for attribution in find_attributions(doc, article, actors, resources):
        start, end = attribution.start, attribution.end
        while end > start and article.text[end - 1] in _STRIP_END:
            end -= 1
        if end <= start:
            continue
        speaker = attribution.speaker.actor.ref() if attribution.speaker and attribution.speaker.actor else None
        made = None
        if speaker is None and attribution.speaker is not None and phrases is not None and _names_a_speaker(attribution):
            made = phrases.actor_for(attribution.speaker)
            speaker = made.ref() if made is not None else None
        quotes.append(
            Quote(
                id=content_id(article.id, str(start), str(end)),
                article_id=article.id,
                text=article.text[start:end],
                kind=attribution.kind,
                cue=attribution.cue.text if attribution.cue is not None else None,
                speaker=speaker,
                start=start,
                end=end,
                sentence=_sentence_index(sentence_starts, start),
                why=explain(attribution, article.text, phrase_speaker=made is not None),
            )
        )
    return quotes


def _names_a_speaker(attribution: Attribution) -> bool:
    """Whether the attribution's phrase is someone speaking: the speaker of a direct quotation, or
    the subject of a reporting verb's reported clause. The phrases of the weaker rules (the
    holder of a belief or intention, "according to a schedule", a statement noun's possessor)
    are as often things as speakers, and make no actor."""
    if attribution.speaker is None or attribution.speaker.nearby:
        return False  # no subject: the nearest noun is a guess ("Countries using the death penalty were urged")
    return attribution.kind == "direct" or attribution.rule == "cue-ccomp"


def _sentence_index(starts: list[int], char: int) -> int:
    """Index of the sentence holding character ``char`` (sentence starts are sorted)."""
    return max(bisect.bisect_right(starts, char) - 1, 0)
