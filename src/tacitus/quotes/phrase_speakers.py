"""Speakers the text names but the actor stage did not list: "said one Democratic source on the
panel", "a friend commented:", a byline "― Ana Ruiz" under a reader's letter.

The quote rules found the speaker's phrase; no actor of the article stands for it. Rather than
leave the quotation without a speaker, the phrase becomes an actor of kind "phrase" (like the
events stage's participants read from a noun phrase), uncoded: nothing in a bare phrase says a
country or sector, and coding is the actors stage's decision (actors/coding.py). One phrase
spelled the same way twice is one actor.

Never for a pronoun ("he", "who", "that": unresolved is unresolved), and never for a phrase with
a proper name an actor of the article already carries ("Clinton" when two Clintons are listed):
that is an ambiguous mention of a listed actor, not a new participant.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from spacy.tokens import Doc, Span

from ..actors.coding import phrase_actor
from ..actors.table import ActorTable
from ..model import Actor, Mention, content_id
from .speakers import Speaker

__all__ = ["SpeakerPhrases"]

_MAX_TOKENS = 12
_HEADS = frozenset({"NOUN", "PROPN"})


class SpeakerPhrases:
    """The phrase actors of one article's speakers, one per spelling (a working object per article)."""

    def __init__(self, doc: Doc, article_id: str, actors: ActorTable) -> None:
        """Keep the Doc, the article id (for stable actor ids) and the words of the listed actors."""
        self.doc = doc
        self.article_id = article_id
        self.known_words = _name_words(actors)
        self._mentions: dict[str, list[Mention]] = {}
        self._names: dict[str, str] = {}

    def actor_for(self, speaker: Speaker) -> Actor | None:
        """The phrase actor for a speaker phrase without an actor, or None when the phrase is a
        pronoun, too long, not headed by a noun, or a name of a listed actor."""
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or not _is_new_participant(span, self.known_words):
            return None
        text = self.doc.text[speaker.start:speaker.end].strip()
        key = " ".join(text.casefold().split())
        self._names.setdefault(key, text)
        mentions = self._mentions.setdefault(key, [])
        if not any(m.start == speaker.start for m in mentions):
            mentions.append(Mention(text=text, start=speaker.start, end=speaker.start + len(text)))
        return self._actor(key)

    def actors(self) -> list[Actor]:
        """Every phrase actor made so far, with all its mentions."""
        return [self._actor(key) for key in self._mentions]

    def _actor(self, key: str) -> Actor:
        actor = phrase_actor(content_id(self.article_id, "speaker", key), self._names[key], ())
        mentions = tuple(sorted(self._mentions[key], key=lambda m: m.start))
        return replace(actor, mentions=mentions)


def _is_new_participant(span: Span, known_words: set[str]) -> bool:
    """Whether a speaker phrase names someone the actor table does not hold."""
    if not len(span) or len(span) > _MAX_TOKENS:
        return False
    root = span.root
    if root.pos_ not in _HEADS or root.tag_ in ("WP", "WDT", "PRP"):
        return False
    names = {t.text for t in span if t.pos_ == "PROPN"}
    return not names & known_words


def _name_words(actors: Iterable[Actor]) -> set[str]:
    """The capitalized words of the listed actors' names and proper-name mentions."""
    words: set[str] = set()
    for actor in actors:
        words.update(w for w in actor.name.split() if w[:1].isupper())
        for mention in actor.mentions:
            if mention.text[:1].isupper():
                words.update(w for w in mention.text.split() if w[:1].isupper())
    return words
