"""Indirect quotations: a reporting verb and the clause it reports ("Pompeo said he agreed ...").

The content is the clausal complement (ccomp) of a reporting verb outside quotation marks, with
its "that"; a reporting verb in a parenthetical after its content ("The talks failed, officials
said.") reports the clause it hangs from, up to the verb's own phrase. "X, according to Y" reports
the clause the phrase attaches to. Reports whose content is mostly a direct quotation are left to
the direct quotation.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from .context import QuoteContext
from .direct import Attribution, _according_to
from .speakers import Speaker, resolve_speaker, subject_of

__all__ = ["find_indirect"]

_MIN_CONTENT_WORDS = 3
_TRIM = " \t\n,;:-\"'"


def find_indirect(direct: list[Attribution], ctx: QuoteContext) -> list[Attribution]:
    """Return the indirect quotations of the document, skipping those a direct one covers."""
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = [(a.start, a.end) for a in direct]
    for token in ctx.doc:
        report = _verb_report(token, ctx) or _noun_report(token, ctx) or _according_report(token, ctx)
        if report is None:
            continue
        content, speaker, rule = report
        start, end = _trim(ctx.text, *_before_sourcing(content, ctx))
        if _asks_anonymity(ctx.text[start:end], ctx):
            continue  # "an official who asked not to be named": a condition, not a quotation
        words = [t for t in ctx.tokens_between(start, end) if t.is_alpha]
        if len(words) < _MIN_CONTENT_WORDS or any(_mostly_covered(start, end, low, high) for low, high in taken):
            continue
        taken.append((start, end))
        found.append(Attribution(start, end, "indirect", None if rule == "according-to" else token, speaker, rule))
    return found


def _asks_anonymity(content: str, ctx: QuoteContext) -> bool:
    """Whether the content is only a source's request not to be named ("not to be identified")."""
    words = [w for w in content.lower().split() if w != "not"]
    return " ".join(words) in ctx.resources.anonymity


def _before_sourcing(content: tuple[int, int], ctx: QuoteContext) -> tuple[int, int]:
    """The content up to a sourcing participle after a comma ("the man was arrested, citing a
    statement": the citing is the reporter's attribution, not what was said)."""
    start, end = content
    tokens = ctx.tokens_between(start, end)
    for previous, token in zip(tokens, tokens[1:]):
        if token.lower_ in ctx.resources.sourcing and previous.text == "," and previous.idx > start:
            return start, previous.idx
    return start, end


class Report(NamedTuple):
    """One reported clause: its content span, its speaker (or None) and the rule that found it."""

    content: tuple[int, int]
    speaker: Speaker | None
    rule: str


def _verb_report(token: Token, ctx: QuoteContext) -> Report | None:
    """The clause a verb reports: a reporting verb's clause, a belief's, or an intention's."""
    if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")) or ctx.in_quote(token):
        return None
    if _is_infinitive(token) or token.lower_ in ctx.resources.sourcing:
        return None  # "..., citing the ministry": where the report comes from, not what was said
    lemma = token.lemma_
    content: tuple[int, int] | None = None
    if ctx.resources.is_cue_verb(lemma):
        content, rule = _reported_clause(token), "cue-ccomp"
    if content is None and ctx.resources.is_claim_verb(lemma):
        content, rule = _complement(token), "claim-ccomp"
    if content is None and ctx.resources.is_intent_verb(lemma):
        content, rule = _intention(token), "intent-to"
    if content is None and ctx.resources.is_topic_verb(lemma):
        content, rule = _object(token, predicate=False), "topic-object"
    if content is None and ctx.resources.is_naming_verb(lemma):
        content, rule = _object(token, predicate=True), "naming-object"
    if content is None:
        content, rule = _phrasal_object(token, ctx), "phrasal-object"
    if content is None:
        return None
    # An inserted cue phrase lies inside its content: its own subject is the speaker.
    subject = subject_of(token, None if rule == "cue-ccomp" and _is_inserted(token) else content, ctx.resources.quoting)
    speaker = resolve_speaker(subject, ctx.actors, ctx.resources) if subject is not None else None
    return Report(content, speaker, rule)


def _noun_report(token: Token, ctx: QuoteContext) -> Report | None:
    """The "that" clause of a statement noun, spoken by the noun's possessor ("her claim that")."""
    if token.pos_ != "NOUN" or not ctx.resources.is_claim_noun(token.lemma_) or ctx.in_quote(token):
        return None
    content = _noun_clause(token)
    if content is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None and any(c.dep_ in ("prep", "acl") for c in token.children if c.idx < content[0]):
        owner = token  # "a statement from the embassy that ...": resolve_speaker goes through to its author
    if owner is None and token.dep_ == "pobj" and token.head.lower_ in ("in", "through"):
        verb = token.head.head  # "It said in a statement that ...": the statement is the verb's subject's
        if ctx.resources.is_cue_verb(verb.lemma_):
            owner = subject_of(verb, content, ctx.resources.quoting)
    speaker = resolve_speaker(owner, ctx.actors, ctx.resources) if owner is not None else None
    if speaker is not None and owner is token and speaker.actor is None:
        speaker = None  # the statement names no author the article knows
    return Report(content, speaker, "noun-that")


def _according_report(token: Token, ctx: QuoteContext) -> Report | None:
    """The clause an "according to X" phrase attaches to, spoken by X."""
    if token.lower_ != "according" or ctx.in_quote(token):
        return None
    source = _according_to([token], ctx)
    content = _clause_without(token) if source is not None else None
    if content is None or source is None:
        return None
    return Report(content, resolve_speaker(source, ctx.actors, ctx.resources), "according-to")


def _object(verb: Token, predicate: bool) -> tuple[int, int] | None:
    """The direct object a verb of speech is about, through its predicate when ``predicate``.

    A naming verb without a predicate ("called the office") names nothing: it reports nothing.
    """
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return None
    first = objects[0]
    if not predicate:
        return _span(first)
    labels = [c for c in verb.children if c.dep_ == "oprd" and c.i > first.i]
    if not labels:
        return None
    return first.left_edge.idx, labels[0].right_edge.idx + len(labels[0].right_edge.text)


def _phrasal_object(verb: Token, ctx: QuoteContext) -> tuple[int, int] | None:
    """What a phrasal cue is about: the object of its preposition ("called for new elections")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and ctx.resources.is_phrasal_cue(verb.lemma_, child.lower_):
            rest = [t for t in child.subtree if t.i > child.i]
            if rest:
                return rest[0].idx, rest[-1].idx + len(rest[-1].text)
    return None


def _intention(verb: Token) -> tuple[int, int] | None:
    """The "to" complement of a verb of will, with its object ("urged voters to register")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
            left = objects[0].left_edge if objects else child.left_edge
            return left.idx, child.right_edge.idx + len(child.right_edge.text)
    return None


def _complement(verb: Token) -> tuple[int, int] | None:
    """The character span of a verb's complement clause (its ccomp), or None.

    Unlike a reporting verb, a verb of belief in a parenthetical ("..., he thinks") is left alone:
    "it seems" and "I think" asides are too often the writer's own voice.
    """
    for child in verb.children:
        if child.dep_ == "ccomp":
            return _span(child)
    return None


def _noun_clause(noun: Token) -> tuple[int, int] | None:
    """The "that" clause a statement noun carries ("her claim that ..."), or None.

    Only a complement clause counts, marked by "that" with its own subject: in a relative clause
    ("the report that the committee published") "that" is an argument, not a mark.
    """
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and child.i > noun.i and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            return _span(child)
    return None


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
    if has_subject and _is_inserted(cue):
        # "The bridge, the mayor said, will open in spring": the whole clause around the cue's
        # phrase is reported (the span runs across the inserted phrase).
        return _span(cue.head)
    return None


def _is_inserted(cue: Token) -> bool:
    """Whether a cue is a phrase set inside the clause it reports, before that clause's verb.

    Only a parenthetical (parataxis) or an "as" clause ("As the mayor said, ...") qualifies:
    "After X said so, the council voted" reports nothing.
    """
    if cue.head.i <= cue.i or cue.head.pos_ not in ("VERB", "AUX"):
        return False
    if cue.dep_ == "parataxis":
        return True
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


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
