"""A quotation after the sentence that paraphrases its speaker: 'Kirwan says his side can win.
"We have to make sure the games are tough."' The writer reports what someone says, then quotes
them; the quotation has no cue of its own and no quotation before it to continue, and its
speaker is the one the sentence right before it reports (a reporting verb's clause: "says",
"insisted"; or a present verb of belief's: "believes", "feels"). The quotations that continue it in its
paragraph (or the next ones) take the same speaker.
"""

from __future__ import annotations

from dataclasses import replace

from .context import QuoteContext
from .direct import Attribution, continues
from .marks import QuotedSpan

__all__ = ["paraphrase_leads"]

_SENTENCE_END = ".!?"


def paraphrase_leads(direct: list[Attribution], spans: list[QuotedSpan], indirect: list[Attribution],
                     ctx: QuoteContext) -> list[Attribution]:
    """Give each cueless quotation (rule "none") the speaker of the report right before it, and
    the quotations that continue it the same; ``spans`` are the quotations of ``direct``."""
    found: list[Attribution] = []
    previous: Attribution | None = None
    for attribution, span in zip(direct, spans, strict=True):
        if attribution.rule == "none":
            lead = _lead(span, indirect, ctx)
            if lead is not None:
                attribution = replace(attribution, cue=lead.cue, speaker=lead.speaker, rule="paraphrase-lead")
            elif previous is not None and previous.rule == "paraphrase-lead" and continues(previous, span, ctx):
                attribution = replace(attribution, cue=previous.cue, speaker=previous.speaker, rule="continuation")
        found.append(attribution)
        if attribution.speaker is not None or attribution.rule != "none":
            previous = attribution
    return found


def _lead(span: QuotedSpan, indirect: list[Attribution], ctx: QuoteContext) -> Attribution | None:
    """The report in the sentence that ends right before the quotation opens, if any."""
    before = ctx.text[:span.open_at].rstrip()
    if not before or before[-1] not in _SENTENCE_END:
        return None
    token = ctx.token_at(len(before) - 1)
    if token is None:
        return None
    sentence = token.sent
    reports = [a for a in indirect if _leads(a) and a.speaker is not None and a.speaker.actor is not None
               and sentence.start_char <= a.start < sentence.end_char and not ctx.in_quote(a.cue or token)]
    return reports[-1] if reports else None


def _leads(report: Attribution) -> bool:
    """A report of speech ("says", "said", "insisted"), or a verb of belief in the present, the
    view the quotation goes on to give ("Woodward believes ...", "Ruddock feels ..."); a past
    verb of finding is the writer's own account ("Viduka proved what an asset he is")."""
    if report.rule == "cue-ccomp":
        return True
    return report.rule == "claim-ccomp" and report.cue is not None and report.cue.tag_ in ("VBZ", "VBP")
