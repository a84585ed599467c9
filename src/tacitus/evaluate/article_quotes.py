"""Gold quotes of whole-article gold: whether an output quote is the gold one with the right
speaker, and, for the error report, what became of each gold quote not found.

A gold quote (``{"contains": ..., "speaker": ...}``) is found when an output quote contains its
words and the quote's speaker is the gold speaker: the speaker's name, or one of the speaker
actor's mention texts, is the gold full name, with or without the honorifics before it ("Lord",
"Mrs"). The report gives, per quote not found, the output quotes holding its words, their speaker
and mentions, and how the quote stage chose that speaker (rule, cue, speaker phrase).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from ..model import Actor, Coded, Quote
from .matching import actor_named, fold_text

if TYPE_CHECKING:
    from .articles import GoldArticle

__all__ = ["honorifics", "quote_found", "quote_errors", "speaker_rules"]


def _holding(want: Mapping[str, Any], coded: Coded) -> list[Quote]:
    """The output quotes whose text contains the gold quote's words."""
    words = fold_text(want.get("contains"))
    return [quote for quote in coded.quotes if words and words in fold_text(quote.text)]


def _speaker_names(want: Mapping[str, Any], honorifics: frozenset[str]) -> set[str]:
    """The gold speaker's full name, and the same name without the honorifics before it ("Lord
    Goldsmith" -> "Goldsmith"): an honorific is a form of address, not part of the name, so an
    actor named without it is the same person named the same way (folded for comparison)."""
    wanted = fold_text(want.get("speaker"))
    if not wanted:
        return set()
    words = wanted.split()
    while len(words) > 1 and words[0] in honorifics:
        words = words[1:]
    return {wanted, " ".join(words)}


def _is_speaker(want: Mapping[str, Any], quote: Quote, by_id: Mapping[str, Actor], honorifics: frozenset[str]) -> bool:
    """Whether the quote's speaker is the gold speaker: the speaker's name, or one of the speaker
    actor's mention texts, is the gold speaker's full name (with or without its honorifics).

    The gold actor's ``also`` names are not used here: descriptions such as "the president" are
    exactly what a wrongly merged output actor carries, and would credit a wrong attribution.
    """
    names = _speaker_names(want, honorifics)
    if quote.speaker is None or not names:
        return False
    if fold_text(quote.speaker.name) in names:
        return True
    speaker = by_id.get(quote.speaker.actor_id)
    return speaker is not None and actor_named(speaker, names)


def quote_found(want: Mapping[str, Any], coded: Coded, honorifics: frozenset[str]) -> bool:
    """True when an output quote contains the gold words and its speaker is the gold speaker (see
    ``_is_speaker``)."""
    by_id = {a.id: a for a in coded.actors}
    return any(_is_speaker(want, quote, by_id, honorifics) for quote in _holding(want, coded))


def honorifics() -> frozenset[str]:
    """The honorifics and peerages of the actors' gender table ("mr", "mrs", "lord", "sir"), folded:
    forms of address a gold speaker's name may carry or not."""
    from ..actors.datafiles import read_table

    return frozenset(fold_text(row["word"]) for row in read_table("gender.tsv", "gender word table")
                     if row.get("kind") in ("honorific", "peerage"))


def quote_errors(item: "GoldArticle", coded: Coded, rules: Mapping[int, str], honorific: frozenset[str]) -> list[dict[str, Any]]:
    """Every gold quote not found: the output quotes holding its words, with their speaker and how
    it was chosen, and the reason it did not count (no quote holds the words, no speaker, or
    another speaker)."""
    by_id = {a.id: a for a in coded.actors}
    report = []
    for want in item.quotes:
        holding = _holding(want, coded)
        if any(_is_speaker(want, quote, by_id, honorific) for quote in holding):
            continue
        ours = []
        for quote in holding:
            actor = by_id.get(quote.speaker.actor_id) if quote.speaker is not None else None
            ours.append({
                "text": quote.text, "kind": quote.kind, "cue": quote.cue, "section": quote.section,
                "speaker": None if quote.speaker is None else quote.speaker.name,
                "speaker_mentions": sorted({m.text for m in actor.mentions}) if actor is not None else [],
                # The record's own trace; the attributions read again only for records without one.
                "why": quote.why or (rules.get(quote.start) if quote.section == "text" else None),
            })
        if not holding:
            reason = "no output quote holds these words"
        elif all(q["speaker"] is None for q in ours):
            reason = "no speaker found"
        else:
            reason = "another speaker"
        report.append({"gold": {"contains": want.get("contains"), "speaker": want.get("speaker")},
                       "reason": reason, "ours": ours})
    return report


def speaker_rules(annotation: Any, coder: Any) -> dict[int, str]:
    """How each body quote's speaker was chosen (quote start -> "rule; speaker phrase 'he'"), read
    again from the quote stage's attributions, for the error report."""
    from ..quotes import find_attributions

    resources = getattr(coder, "quote_resources", None)
    if resources is None:
        return {}
    text = annotation.article.text
    found: dict[int, str] = {}
    for attribution in find_attributions(annotation.doc, annotation.article, annotation.actors, resources):
        why = f"rule {attribution.rule}"
        if attribution.cue is not None:
            why += f"; cue '{attribution.cue.text}'"
        speaker = attribution.speaker
        if speaker is not None:
            why += f"; speaker phrase '{text[speaker.start:speaker.end]}'"
            why += f" -> {speaker.actor.name}" if speaker.actor is not None else " -> no actor"
        found.setdefault(attribution.start, why)
    return found
