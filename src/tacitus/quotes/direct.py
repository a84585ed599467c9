"""Direct quotations: which quoted stretches are quotes, and who said them.

Rules, in the order they are tried for one quotation (the first that fires wins):
1. a reporting verb right after the closing mark, in the same sentence ("...," Pompeo told Moon /
   "...," said McBride), or right before the opening mark (Trump said: "..." / "We had," Pompeo
   said, "a good day." - a quote split by its cue gives two quotes sharing speaker and cue);
2. "according to X" next to the quotation;
3. a byline after a dash, or a verbless lead before a colon, naming an actor (bylines.py);
4. continuation: a quotation with no cue of its own continues the speaker of the quotation before
   it in the same paragraph, or, when it opens its paragraph, of the last quotation of the
   paragraph before (newswire: "..." Pompeo told Moon. / "As President Trump said, ...").
Quoted stretches of one or two words inside a sentence ("productive" talks) are scare quotes, not
quotations; a short quote standing alone ("Never," he said.) still counts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..actors.coreference import BODY_PRONOUNS, PERSON_PRONOUNS
from ..model import Actor

from .context import QuoteContext
from .marks import QuotedSpan
from .bylines import colon_lead, dash_byline, intro_paragraph_start
from .rules import check_rule
from .speakers import Speaker, resolve_speaker, subject_of

__all__ = ["Attribution", "attribute_direct", "is_scare_quote", "is_embedded", "is_title", "reads_like_title", "continues"]

_MAX_SCARE_WORDS = 2
_MAX_TITLE_WORDS = 8
# A non-cue verb with one of these relations after the quote ends the search for a cue: it heads
# a clause of its own. Participles inside the speaker's phrase ("a senior official, speaking on
# condition of anonymity, said") have other relations and are skipped.
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
_SENTENCE_END = ".!?)\u2026"
_COMPLEMENTIZERS = frozenset({"that", "whether"})
_PERSON_WORDS = frozenset({"he", "she"})
_PRONOUNS = PERSON_PRONOUNS | BODY_PRONOUNS
_ARTICLES = frozenset({"the", "a", "an"})
# Speaker paths that name the speaker (not a pronoun or description the coreference map linked).
_NAMED = frozenset({"mention", "by name", "in the phrase"})


@dataclass(frozen=True)
class Attribution:
    """A quotation found in the text with its cue and speaker (character offsets into the text)."""

    start: int
    end: int
    kind: str
    cue: Token | None
    speaker: Speaker | None
    rule: str

    def __post_init__(self) -> None:
        """Refuse a rule name data/rules.yaml does not list (the ``why`` could not explain it)."""
        check_rule(self.rule)


def is_scare_quote(span: QuotedSpan, ctx: QuoteContext) -> bool:
    """Whether a quoted stretch is a scare quote or a quoted term rather than a quotation."""
    words = [t for t in ctx.tokens_between(span.start, span.end) if t.is_alpha or t.like_num]
    if len(words) > _MAX_SCARE_WORDS:
        return False
    para_start, _ = ctx.paragraph(span.open_at)
    before = ctx.text[para_start:span.open_at].rstrip()
    content = ctx.text[span.start:span.end].rstrip()
    standalone = before == "" or before.endswith((":", ","))
    return not (standalone and content.endswith((",", ".", "!", "?")))


def is_title(attribution: Attribution, ctx: QuoteContext) -> bool:
    """Whether a quotation without a cue of its own reads like a title ("Fox News Sunday", "All
    Bets Are Off."): a few words, every longer one capitalized. One with its own cue, byline or
    "according to" is kept whatever it says; one that only continues the previous speaker is not
    protected (a headline quoted after a quotation paragraph is not the speaker's next words)."""
    if attribution.rule not in ("none", "continuation"):
        return False
    return reads_like_title(attribution.start, attribution.end, ctx)


def reads_like_title(start: int, end: int, ctx: QuoteContext) -> bool:
    """Whether a stretch is a few words with every longer one capitalized ("Face the Nation")."""
    words = [t for t in ctx.tokens_between(start, end) if t.is_alpha]
    long_words = [t for t in words if len(t.text) > 3]
    return 0 < len(words) <= _MAX_TITLE_WORDS and all(t.text[0].isupper() for t in long_words)


def is_embedded(span: QuotedSpan, ctx: QuoteContext) -> bool:
    """Whether a quotation opens inside a clause (a partial quote: "agreed to meet "as soon as
    possible"") rather than after a sentence start, a colon, a comma or a reporting verb."""
    para_start, _ = ctx.paragraph(span.open_at)
    before = ctx.text[para_start:span.open_at].rstrip()
    words = [t for t in ctx.tokens_between(para_start, span.open_at) if not t.is_space]
    if before.endswith(",") and len(words) > 1 and (
        words[-2].lower_ in _COMPLEMENTIZERS or words[-2].pos_ in ("ADP", "SCONJ")
    ):
        # "tweeted that, "..."", "questions, including, "..."", "described him as, "...""
        return True  # the quotation finishes the writer's own clause
    if before.endswith(",") and _inside_that_clause(words, ctx):
        return True  # "said on Sunday that under Obama, "...""
    if before == "" or before.endswith((":", ",")) or before[-1] in "\"\u201c\u201d\u2018\u2019'":
        return False
    if before[-1] in _SENTENCE_END:
        return False  # a quotation opening a new sentence inside its paragraph stands alone
    return not (words and ctx.is_cue(words[-1]))


def _inside_that_clause(words: list[Token], ctx: QuoteContext) -> bool:
    """Whether the words before a quotation, in its sentence, leave a "that" clause open: a
    "that" after the sentence's last reporting verb."""
    if not words:
        return False
    sentence_start = words[-1].sent.start
    seen_that = False
    for token in reversed(words):
        if token.i < sentence_start or ctx.is_cue(token):
            break
        if token.lower_ == "that" and token.dep_ == "mark":
            seen_that = True
    return seen_that


def attribute_direct(spans: list[QuotedSpan], ctx: QuoteContext) -> list[Attribution]:
    """Attribute every quotation among ``spans`` (already without scare quotes), in text order."""
    found: list[Attribution] = []
    for index, span in enumerate(spans):
        previous = found[-1] if found else None
        attribution = _attribute_one(span, spans, index, previous, ctx)
        found.append(attribution)
    return found


def _attribute_one(span: QuotedSpan, spans: list[QuotedSpan], index: int, previous: Attribution | None, ctx: QuoteContext) -> Attribution:
    """Find the cue and speaker of one quotation (see the module docstring for the rule order)."""
    end_mark = span.close_at if span.close_at is not None else span.end
    quote_range = (span.open_at, end_mark + 1)
    para_start, para_end = ctx.paragraph(span.open_at)
    _, last_para_end = ctx.paragraph(end_mark)
    prev_close = max((s.close_at or s.end) for s in spans[:index]) if index else -1
    next_open = spans[index + 1].open_at if index + 1 < len(spans) else len(ctx.text)

    after = _after_frame(end_mark + 1, min(last_para_end, next_open), ctx)
    if _ends_sentence(span, after, ctx):
        after = []
    intro_start = intro_paragraph_start(para_start, span.open_at, ctx)
    before = _before_frame(max(intro_start, prev_close + 1), span.open_at, ctx)
    opens_sentence = not any(t.is_alpha for t in before)
    tries = (("after", "before") if opens_sentence or not _cue_adjacent(before) else ("before", "after"))
    for where in tries:
        frame = after if where == "after" else before
        cue = _cue_after(frame, ctx) if where == "after" else _cue_before(frame, quote_range, ctx)
        if cue is not None and where == "after" and _has_own_report(cue, span, ctx):
            cue = None
        if cue is not None:
            speaker = _pronoun_continues(_speaker_of(cue, frame, quote_range, ctx), previous, span, ctx)
            return _make(span, "direct", cue, speaker, "cue-after" if where == "after" else "cue-before")
    for frame in (after, before):
        according = _according_to(frame, ctx)
        if according is not None:
            return _make(span, "direct", None, resolve_speaker(according, ctx.actors, ctx.resources), "according-to")
    byline = dash_byline(end_mark, ctx) if span.close_at is not None else None
    if byline is not None:
        return _make(span, "direct", None, byline, "dash-byline")
    lead = colon_lead(before, ctx)
    if lead is not None:
        return _make(span, "direct", None, lead, "colon-lead")
    announcer = _colon_statement(before, ctx)
    if announcer is not None:
        return _make(span, "direct", None, announcer, "colon-statement")
    if previous is not None and previous.speaker is not None and continues(previous, span, ctx):
        return _make(span, "direct", previous.cue, previous.speaker, "continuation")
    return _make(span, "direct", None, None, "none")


def _pronoun_continues(speaker: Speaker | None, previous: Attribution | None, span: QuotedSpan,
                       ctx: QuoteContext) -> Speaker | None:
    """A "he"/"she" cue subject right after a quotation whose speaker was named is that speaker.

    '"...," Dupont said. / "...," he said.': the writer names a new speaker; a bare pronoun goes
    on with the one just quoted. Only for a pronoun the coreference map left unresolved or gave
    to an actor never named (a description: "a former interior minister ... he", the same
    person the actor stage listed apart), when nothing between the two quotations names anyone
    else, and the speaker before is no country or group (a "he" is a person).
    """
    if speaker is None or previous is None or previous.speaker is None or previous.speaker.actor is None:
        return speaker
    if ctx.text[speaker.start:speaker.end].lower() not in _PERSON_WORDS or previous.speaker.how not in _NAMED:
        return speaker
    before = previous.speaker.actor
    if (speaker.actor is not None and speaker.actor.id == before.id) or before.kind in ("country", "group"):
        return speaker
    if speaker.actor is not None and _has_name(speaker.actor):
        return speaker  # the coreference map linked the pronoun to a named person: its reading stands
    if not continues(previous, span, ctx):
        return speaker
    for mention, actor in ctx.actors.mentions_in(previous.end, span.open_at):
        if actor.id != before.id and mention.text.lower() not in _PRONOUNS:
            return speaker  # someone else is named in between: the pronoun may be theirs
    return replace(speaker, actor=before, how="the speaker of the quotation before")


def _has_name(actor: Actor) -> bool:
    """Whether an actor has a mention with a capitalized word that is no pronoun or article (a
    description actor such as "a former interior minister ... he" has none)."""
    for mention in actor.mentions:
        words = mention.text.split()
        if any(w[:1].isupper() and w.lower() not in _PRONOUNS and w.lower() not in _ARTICLES for w in words):
            return True
    return False


def _colon_statement(before: list[Token], ctx: QuoteContext) -> Speaker | None:
    """The subject of a clause ending in a colon whose object is a statement noun ('Ruiz had a
    blunt message for the board: "..."'): the statement is the quotation, its holder the speaker.
    Only a subject that is an actor of the article counts."""
    words = [t for t in before if not t.is_space]
    if len(words) < 3 or words[-1].text != ":":
        return None
    verb = words[-2]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.head.i < words[-1].i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") and ctx.resources.is_cue_noun(c.lemma_)]
    subject = subject_of(verb) if objects else None
    if subject is None or ctx.in_quote(subject):
        return None
    speaker = resolve_speaker(subject, ctx.actors, ctx.resources)
    return speaker if speaker.actor is not None else None


def _make(span: QuotedSpan, kind: str, cue: Token | None, speaker: Speaker | None, rule: str) -> Attribution:
    return Attribution(span.start, span.end, kind, cue, speaker, rule)


def _after_frame(start: int, limit: int, ctx: QuoteContext) -> list[Token]:
    """Tokens after the closing mark, up to the end of that sentence, paragraph or next quote."""
    tokens = ctx.tokens_between(start, limit)
    words = [t for t in tokens if not t.is_space]
    if not words:
        return []
    sentence_end = words[0].sent.end_char
    return [t for t in words if t.idx < sentence_end]


def _ends_sentence(span: QuotedSpan, after: list[Token], ctx: QuoteContext) -> bool:
    """Whether a quotation closes its sentence: it ends with a full stop inside the marks and the
    next word opens a new sentence ('"... the comfort zone." However, one dealer told ...'), so
    no reporting verb after it is its cue. A name right after it ('"It's over." Ruiz said.') may
    still be its speaker."""
    content = ctx.text[span.start:span.end].rstrip()
    if not content.endswith(".") or not after:
        return False
    first = after[0]
    return first.text[:1].isupper() and first.pos_ not in ("PROPN", "PRON") and not ctx.is_cue(first)


def _has_own_report(cue: Token, span: QuotedSpan, ctx: QuoteContext) -> bool:
    """Whether a reporting verb after a quotation that ends its own sentence opens a report of its
    own: it takes a clause ('"... I must recover." Andy Robinson said he would keep working'), a
    modal ('"..." England will announce their squad on Saturday') or a colon before the next
    quotation. An attribution after a finished quotation is a bare "X said."."""
    content = ctx.text[span.start:span.end].rstrip()
    if not content.endswith((".", "!", "?")):
        return False
    if _introduces_next(cue):
        return True  # 'Ireland captain O'Driscoll said: "..."': the verb opens the next quotation
    # The parse often takes a quotation, this one or the next, as the verb's clause: only one after
    # the verb and outside quotation marks counts.
    return any((c.dep_ in ("ccomp", "xcomp") and c.i > cue.i and not ctx.in_quote(c)) or (c.dep_ == "aux" and c.tag_ == "MD")
               for c in cue.children)


def _introduces_next(cue: Token) -> bool:
    """Whether a colon follows the reporting verb, or its subject after it ("said Ruiz:")."""
    doc = cue.doc
    after = [cue] + [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i]
    edge = max(t.right_edge.i if t is not cue else cue.i for t in after)
    return edge + 1 < len(doc) and doc[edge + 1].text == ":"


def _before_frame(start: int, open_at: int, ctx: QuoteContext) -> list[Token]:
    """Tokens before the opening mark, from the start of its sentence (or the previous one after
    a colon, where the parser often splits), not before ``start``."""
    tokens = [t for t in ctx.tokens_between(start, open_at) if not t.is_space]
    if not tokens:
        return []
    sentence_start = tokens[-1].sent.start_char
    if tokens[-1].text == ":" or (tokens[-1].is_punct and tokens[-1].i == tokens[-1].sent.start):
        sentence_start = tokens[-1].doc[max(tokens[-1].sent.start - 1, 0)].sent.start_char
    return [t for t in tokens if t.idx >= sentence_start]


def _cue_adjacent(before: list[Token]) -> bool:
    """Whether the text before the quote ends with a colon or a reporting verb (+ comma)."""
    words = [t for t in before if t.text not in (",",)]
    return bool(words) and (words[-1].text == ":" or words[-1].tag_.startswith("VB"))


def _cue_after(frame: list[Token], ctx: QuoteContext) -> Token | None:
    """The reporting verb of the clause that follows the quotation, if it is the first verb."""
    for token in frame:
        if ctx.is_cue(token):
            return token
        if token.pos_ == "VERB" and token.dep_ in _CLAUSE_DEPS and not ctx.resources.is_quoting_verb(token.lemma_):
            return None  # "he was quoted as saying" goes on to its "saying"
    return None


def _cue_before(frame: list[Token], quote_range: tuple[int, int], ctx: QuoteContext) -> Token | None:
    """The last reporting verb before the quotation whose clause holds the quotation."""
    for position in range(len(frame) - 1, -1, -1):
        token = frame[position]
        if not ctx.is_cue(token):
            continue
        rest = frame[position + 1:]
        # Adjacent: only punctuation between the cue, or the end of its own phrase ("saying
        # during the debate last week, "...""), and the opening mark.
        tail = [t for t in rest if t.i > token.right_edge.i]
        adjacent = all(t.is_punct or t.is_space for t in rest) or (
            bool(rest) and rest[-1].text in (",", ":") and all(t.is_punct or t.is_space for t in tail)
        )
        right = max(t.idx + len(t.text) for t in token.subtree)
        if adjacent or right > quote_range[0]:
            return token
    return None


def _speaker_of(cue: Token, frame: list[Token], quote_range: tuple[int, int], ctx: QuoteContext) -> Speaker | None:
    """The speaker of a cue: its subject, else the nearest name or pronoun around it in the frame."""
    subject = subject_of(cue, quote_range, ctx.resources.quoting)
    previous = cue.doc[cue.i - 1] if cue.i > 0 else None
    if cue.tag_ == "VBG" and previous is not None and previous.pos_ == "PROPN" and ctx.actors.for_token(previous) is not None:
        # "footage of Clinton asking, "..."": the participle's noun is the speaker, whatever
        # clause the parser hung the participle from.
        subject = previous
    nearby = subject is None
    if subject is None:
        candidates = [t for t in frame if t.pos_ in ("PROPN", "PRON", "NOUN") and not ctx.in_quote(t)]
        before = [t for t in candidates if t.i < cue.i]
        after = [t for t in candidates if t.i > cue.i]
        if before:
            subject = before[-1]
        elif after:
            subject = after[0]
    if subject is None:
        return None
    speaker = resolve_speaker(subject, ctx.actors, ctx.resources)
    return replace(speaker, nearby=True) if nearby else speaker


def _according_to(frame: list[Token], ctx: QuoteContext) -> Token | None:
    """The object of "according to" in the frame, if any."""
    for token in frame:
        if token.lower_ == "according" and not ctx.in_quote(token):
            for child in token.children:
                if child.lower_ == "to":
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    if objects:
                        return objects[0]
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                objects = [g for g in nxt.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def continues(previous: Attribution, span: QuotedSpan, ctx: QuoteContext) -> bool:
    """Whether ``span`` continues the quotation ``previous`` (same paragraph, or the next one)."""
    para_start, _ = ctx.paragraph(span.open_at)
    if previous.end >= para_start:
        return True
    opens_paragraph = ctx.text[para_start:span.open_at].strip() == ""
    if not opens_paragraph:
        return False
    # The previous quotation must sit in the paragraph right before this one.
    prev_para_start, _ = ctx.paragraph(previous.end)
    between = ctx.text[prev_para_start:para_start]
    return between.count("\n") <= 2 and ctx.text[ctx.paragraph(previous.end)[1]:para_start].strip() == ""
