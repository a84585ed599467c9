"""Temporal expressions of one article: detection over a spaCy Doc, tense, and event attachment.

``extract_times(doc, reference)`` finds expressions with the rules of rules.py plus spaCy's
DATE/TIME entities, decides each clause's tense direction from the parse (past: look back from the
publication date; future: look forward), normalizes them, and returns a TimeTable that tells the
events stage which expression dates a given trigger.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from ..errors import InputError
from ..nlp import doc_text as cached_doc_text
from .rules import Match, Normalized, TemporalRules
from .tense_words import tense_words

__all__ = ["TimeExpression", "TimeTable", "TimeResources", "extract_times", "clause_direction", "parse_reference"]

_DATE_TYPES = frozenset({"DATE", "TIME"})
# Part-of-day and clock suffixes stripped to get a calendar date for an event.
_CALENDAR = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)")


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression in the article text with its TimeML value.

    ``start``/``end`` are character offsets into the article text; ``value`` is TimeML
    ("2018-10-07", "2018-06", "199X", "2013-Q1", "PRESENT_REF", "P2D", ...); ``type`` is DATE,
    TIME, DURATION or SET.
    """

    text: str
    start: int
    end: int
    value: str
    granularity: str | None
    type: str

    @property
    def iso_date(self) -> str | None:
        """The calendar part of a DATE/TIME value as an ISO date string ("2018-10-07TMO" ->
        "2018-10-07"), or None for reference words, weeks, quarters and durations."""
        if self.type not in _DATE_TYPES:
            return None
        m = _CALENDAR.match(self.value)
        if not m or (len(self.value) > len(m.group(1)) and self.value[len(m.group(1))] != "T"):
            return None
        return m.group(1)


@dataclass(frozen=True)
class TimeResources:
    """What the time stage loads once: the compiled rules and their lexicon."""

    rules: TemporalRules

    @classmethod
    def load(cls) -> "TimeResources":
        """Load the packaged lexicon and compile the rules."""
        return cls(TemporalRules.load())


class TimeTable:
    """The temporal expressions of one article, in text order, with lookups for event triggers."""

    def __init__(self, expressions: Iterable[TimeExpression], reference: str | None,
                 roots: Iterable[Token | None] = ()) -> None:
        """Keep the expressions and, where known, the syntactic root token of each."""
        self.expressions: tuple[TimeExpression, ...] = tuple(expressions)
        self.reference = reference
        self._roots: tuple[Token | None, ...] = tuple(roots) or tuple(None for _ in self.expressions)
        # Expressions by the start of their root's sentence, built on first use: scanning every
        # expression (and finding its sentence) for every trigger was quadratic in article length.
        self._by_sentence: dict[int, list[tuple[TimeExpression, Token]]] | None = None

    def __len__(self) -> int:
        """Number of expressions."""
        return len(self.expressions)

    def anchored(self) -> tuple[tuple[TimeExpression, Token], ...]:
        """The expressions whose syntactic root is known, with that root, in text order."""
        return tuple((e, r) for e, r in zip(self.expressions, self._roots) if r is not None)

    def for_trigger(self, trigger: Token) -> TimeExpression | None:
        """Return the DATE/TIME expression attached to the trigger's clause, else the nearest
        governing one in the same sentence, else None. Durations and sets are never returned."""
        attached: list[tuple[int, TimeExpression]] = []
        governing: list[tuple[int, TimeExpression]] = []
        if self._by_sentence is None:
            self._by_sentence = {}
            for expression, root in zip(self.expressions, self._roots):
                if root is not None:
                    self._by_sentence.setdefault(root.sent.start, []).append((expression, root))
        ancestors = _clause_ancestors(trigger)
        for expression, root in self._by_sentence.get(trigger.sent.start, ()):
            if expression.type not in _DATE_TYPES:
                continue
            if expression.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
                continue
            distance = abs(root.i - trigger.i)
            head = governing_head(root)
            if head is not None and head.i == trigger.i:
                attached.append((distance, expression))
            elif head is not None and head.i in ancestors:
                governing.append((distance, expression))
        for group in (attached, governing):
            if group:
                return min(group, key=lambda item: item[0])[1]
        return None

    def date_text(self, expression: TimeExpression) -> str:
        """Return the expression with its governing preposition ("on Sunday"), for ``date_text``."""
        index = self.expressions.index(expression)
        root = self._roots[index]
        if root is not None and root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i < root.i:
            prep = root.head
            # Slice the sentence, not Doc.text: spaCy rebuilds Doc.text from every token on each
            # access, which made an article of N events cost N whole-document joins (quadratic:
            # 31 s of a 57,000-character article went here).
            sentence = prep.sent
            offset = sentence.start_char
            if prep.idx < expression.start and expression.end <= sentence.end_char:
                return sentence.text[prep.idx - offset:expression.end - offset]
            if prep.idx < expression.start:
                return cached_doc_text(root.doc)[prep.idx:expression.end]
        return expression.text


def _clause_ancestors(trigger: Token) -> set[int]:
    """Indices of the trigger's ancestors, stopping at coordination: in "visited Tokyo on Friday
    and is due to travel", the Friday of the first conjunct does not govern the second."""
    found: set[int] = set()
    node = trigger
    while node.head.i != node.i and node.dep_ != "conj":
        node = node.head
        found.add(node.i)
    return found


def governing_head(token: Token) -> Token | None:
    """Return the first verb (or nominal event word reached through a preposition) that governs
    ``token``: the head chain is followed up past prepositions and nouns until a verb or the
    sentence root."""
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return node if node.i != token.i else None
        node = node.head
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            return node
    return None


def clause_direction(token: Token, weekday: bool = False) -> int:
    """Return the tense direction of the clause governing ``token``: -1 past, +1 future, 0 unknown.

    Walks up the head chain: a past-tense verb or auxiliary gives -1; "will"/"would"/"going to"
    gives +1; an infinitive ("due to travel", "is to meet") takes +1 unless a past verb governs
    it ("agreed to buy" is 0: either side); gerunds and participles defer to the verb above; a
    "since" phrase on the way up is past. A timetable word on the way up ("due to open", "is
    scheduled for") looks forward; told in the past ("was set to resume") it looks forward only
    for a ``weekday``: "was due to meet Tuesday" is the coming Tuesday, but "was scheduled to visit
    in August" in an October story may be the August gone by.
    """
    node = token
    infinitive = False
    for _ in range(12):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lower_ == "since" and node.dep_ == "prep" and not infinitive:
            return -1  # "since the Oct. 23 shooting": whatever follows "since" lies before the report
        scheduled = _scheduled_direction(node, weekday)
        if scheduled is not None:
            return scheduled
        if node.pos_ not in ("VERB", "AUX") and node.dep_ != "ROOT":
            continue
        verdict = _verb_direction(node)
        if verdict == "infinitive":
            infinitive = True
            continue
        if verdict is not None and infinitive:
            # "agreed to buy the unit in February", "planned to leave on Thursday": the infinitive's
            # event follows the past report, so it may lie on either side of the publication date.
            return 0 if verdict < 0 else 1
        if verdict is not None:
            return verdict
        if node.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in node.children):
            return 1 if infinitive else 0
    return 1 if infinitive else 0


def _scheduled_direction(word: Token, weekday: bool) -> int | None:
    """Direction of a timetable word ("due", "scheduled", "set", "expected"), else None.

    A plan told by its timetable in the present lies ahead (+1). Told in the past, it lies at or
    after the moment of writing when it is days away ("was due to meet Tuesday" in a Monday story
    is this Tuesday: +1 for a ``weekday``), on either side when months away (0); the pluperfect
    ("had been scheduled for Sunday") tells a plan that changed, on either side of the report (0). Active past verbs are no timetable ("South Africa
    set them a target", "he planned the attack on Monday"), nor is the preposition "due to"
    ("postponed due to bad weather").
    """
    if word.lower_ not in tense_words().scheduling:
        return None
    if word.tag_ == "VBN":
        passive = any(c.dep_ in ("auxpass", "aux") for c in word.children) or word.dep_ in ("acl", "amod")
        if not passive:
            return None
    elif word.tag_ != "JJ":
        return None
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if word.lower_ == "due" and following is not None and following.lower_ == "to" and following.pos_ == "ADP":
        return None  # "due to bad weather": a cause, not a timetable
    if word.lower_ == "set" and not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in word.children):
        return None  # "a plan was set in action on Sunday": put, not timetabled
    verbs = [word] + ([word.head] if word.dep_ in ("acomp", "attr", "oprd") else [])
    if any(c.lower_ in ("had", "'d") and c.dep_ == "aux" for verb in verbs for c in verb.children):
        return 0  # "had been due to end Sunday" is past, "had been expected at the funeral Tuesday" may be ahead
    past = any(v.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in v.children) for v in verbs)
    return 0 if past and not weekday else 1


def _verb_direction(verb: Token) -> int | str | None:
    """Tense of one verb from its tag and auxiliaries; "infinitive" defers to the governor."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in tense_words().future_modals for a in auxes):
        return 1
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return -1
    if any(a.lower_ in ("has", "have", "'ve") for a in auxes) and (
            verb.tag_ == "VBN" or any(a.lower_ == "been" for a in auxes)):
        return -1  # present perfect, also progressive: "have been searching since the shooting"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes:
        return -1  # a reduced relative reports what was done: "the decision announced Wednesday"
    if any(a.tag_ == "TO" for a in auxes) or (verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl", "ccomp", "relcl")):
        return "infinitive"
    if verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'s", "'re", "am") for a in auxes):
        return 1
    return None


def parse_reference(reference: str | None) -> dt.date | None:
    """Parse the publication date ("YYYY-MM-DD", longer ISO strings allowed); raise InputError when
    it is not a date."""
    if reference is None or reference == "":
        return None
    try:
        return dt.date.fromisoformat(str(reference)[:10])
    except ValueError as exc:
        raise InputError(f"publication date {reference!r} is not an ISO date; pass it as YYYY-MM-DD") from exc


def extract_times(doc: Doc, reference: str | None, resources: TimeResources | None = None) -> TimeTable:
    """Find and normalize the temporal expressions of a Doc relative to the publication date.

    ``reference`` is the publication date "YYYY-MM-DD" (or None: relative expressions are then
    left out). Pass the ``resources`` the coder loaded once; without them the rules are compiled
    for this call.
    """
    rules = (resources or TimeResources.load()).rules
    ref_date = parse_reference(reference)
    doc_text = cached_doc_text(doc)  # spaCy rebuilds Doc.text on every access: cached per Doc
    entities = [e for e in doc.ents if e.label_ in _DATE_TYPES]
    matches = rules.scan(doc_text, tuple((e.start_char, e.end_char) for e in entities))
    covered = [(m.start, m.end) for m in matches]
    # spaCy DATE/TIME entities the patterns missed: kept when one rule normalizes the whole phrase.
    extra = [e for e in entities if all(e.end_char <= s or e.start_char >= t for s, t in covered)]

    expressions: list[TimeExpression] = []
    roots: list[Token | None] = []
    last_quarter: str | None = None
    previous: str | None = None  # the calendar value mentioned last, for "that year", "the next day"
    items: list[tuple[int, int, Match | Span]] = [(m.start, m.end, m) for m in matches]
    items += [(e.start_char, e.end_char, e) for e in extra]
    for start, end, item in sorted(items, key=lambda entry: entry[0]):
        span = doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        text = doc_text[start:end]
        direction = _lexical_direction(text)
        if direction == 0 and root is not None:
            direction = clause_direction(root, weekday=isinstance(item, Match) and bool(item.groups.get("weekday")))
        if isinstance(item, Match):
            value = rules.normalize(item, ref_date, direction, last_quarter, previous)
        else:
            value = rules.normalize_phrase(text, ref_date, direction)
        if value is None or _year_of_a_name(text, root):
            continue
        if value.granularity == "quarter" and isinstance(item, Match) and item.rule in ("quarter", "relunit"):
            # Only quarters named outright set the discourse quarter; "a year earlier" derived
            # from it must not become the new anchor, or the years would keep sliding back.
            last_quarter = value.value
        expression = _expression(text, start, end, value)
        if expressions and _YEAR.fullmatch(expression.value) and _YEAR_JOIN.fullmatch(doc_text[expressions[-1].end:start]):
            # "on Christmas Eve in 2000", "on May 3, 1998" read as two expressions: the year that
            # follows completes the day or month before it, whose year was only guessed.
            expressions[-1] = _with_year(expressions[-1], expression.value)
        previous = expression.iso_date or previous
        expressions.append(expression)
        roots.append(root)
    return TimeTable(expressions, reference, roots)


_YEAR = re.compile(r"\d{4}")
# Entities whose name may end in a year: "Expo 2010", "the World Cup 2006".
_NAMED = frozenset({"EVENT", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"})


def _year_of_a_name(text: str, root: Token | None) -> bool:
    """True for a year that is part of a name, not a time: "Forum 2006", "Expo 2010", "Euro 2004"
    (a year right after the capitalised name it numbers, or inside a named entity)."""
    if root is None or not _YEAR.fullmatch(text.strip()):
        return False
    if root.ent_type_ in _NAMED:
        return True
    head = root.head
    return head.i == root.i - 1 and head.pos_ == "PROPN" and root.dep_ in ("nummod", "appos", "compound") \
        and head.ent_type_ not in ("DATE", "TIME")
_YEAR_JOIN = re.compile(r"\s*(?:,|in|of)\s*", re.I)
_GUESSED_YEAR = re.compile(r"\d{4}(?=-\d{2})")


def _with_year(expression: TimeExpression, year: str) -> TimeExpression:
    """The expression with the year of its month or day set to ``year``, unless its own words
    already give a year."""
    if re.search(r"\b\d{4}\b|'\d{2}\b", expression.text) or not _GUESSED_YEAR.match(expression.value):
        return expression
    return dataclasses.replace(expression, value=year + expression.value[4:])


def _lexical_direction(text: str) -> int:
    """Direction given by the words of the expression itself ("earlier", "ago", "next")."""
    lowered = text.lower()
    if re.search(r"\b(earlier|ago|last|past|previous|yesterday)\b", lowered):
        return -1
    if re.search(r"\b(next|coming|later|tomorrow)\b", lowered):
        return 1
    return 0


def _expression(text: str, start: int, end: int, value: Normalized) -> TimeExpression:
    """Build a TimeExpression from a span and its normalized value."""
    return TimeExpression(text=text, start=start, end=end, value=value.value,
                          granularity=value.granularity, type=value.type)
