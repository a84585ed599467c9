"""The ``why`` of a Quote: how the quotation and its speaker were found, in a short trace.

The same trace the events stage gives its records: the rule that fired, the cue, and the path from
the speaker phrase to the actor ("cue 'said' after the quotation; coreference: 'he' -> Kim
Jong-un"). Read by people checking a quote and by the evaluation's error report.
"""

from __future__ import annotations

from .direct import Attribution
from .rules import PARTIAL, rule_meanings

__all__ = ["explain"]


def explain(attribution: Attribution, text: str, phrase_speaker: bool = False) -> str:
    """The trace of one attribution: rule, cue, and how the speaker phrase became an actor.

    ``text`` is the field the attribution's offsets point into; ``phrase_speaker`` says the
    speaker is an actor made of the phrase itself (phrase_speakers.py).
    """
    rule = attribution.rule
    partial = rule.startswith(PARTIAL)
    base = rule.removeprefix(PARTIAL)
    parts = [("partial quotation inside a clause; " if partial else "") + rule_meanings()[base]]
    if attribution.cue is not None:
        parts.append(f"cue '{attribution.cue.text}'")
    speaker = attribution.speaker
    if speaker is None:
        parts.append("no speaker phrase")
        return "; ".join(parts)
    phrase = " ".join(text[speaker.start:speaker.end].split())
    if speaker.nearby:
        parts.append(f"nearest noun '{phrase}' (the cue has no subject)")
    if speaker.actor is not None:
        name = speaker.actor.name
        if speaker.how == "coreference":
            parts.append(f"coreference: '{phrase}' -> {name}")
        elif speaker.how:
            parts.append(f"speaker '{phrase}' -> {name} ({speaker.how})")
        else:
            parts.append(f"speaker '{phrase}' -> {name}")
    elif phrase_speaker:
        parts.append(f"phrase speaker '{phrase}'")
    else:
        parts.append(f"speaker '{phrase}' -> no actor")
    return "; ".join(parts)
