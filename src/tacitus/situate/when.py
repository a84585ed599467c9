"""An event's date from its clause and the discourse around it.

Rules, in order (the first that applies decides; ``why`` names it):

1. **Own expression**: a date attached to the trigger ("met on Sunday"), to a modifier of an event
   noun ("Sunday's explosion", "the embargo imposed in 1962"), to a simultaneous clause under it
   ("were killed when gunmen attacked a bus on New Year's Eve in 2004"), or the time expression
   the trigger's clause describes ("since March 30, when the party withdrew its support").
2. **Coordination**: a conjunct verb in the same tense shares its first conjunct's date ("arrested
   him on Tuesday and charged him").
3. **Anchor on another event**: a clause after "after"/"before" takes the other event's date
   shifted by the stated distance ("came two days after bombs killed six": the killing is two days
   before the coming); without a distance, or after "since", it is only known to be earlier or later.
   An undated anchor whose subject is a definite event noun refers back to the lead ("The attack came
   a week after gunmen killed three": a week before the lead's date). Such a happening is at another
   time than the story of the day (``elsewhen``): neither the lead's scene nor the dateline places it.
4. **Governing clause**: an expression of a clause that governs the trigger dates it, except across
   a reporting verb: "Two people were killed ..., the agency said Monday" keeps Monday off the
   killing (``date_text`` stays None), which is only known to be on or before Monday: it gets the
   article's date ("publication date: no expression"), or the report's day when that is earlier,
   never a vaguer date than the article's. A statement of intent or a future reported ("said on
   Monday it will send troops") is dated by the saying.
5. **Consequence**: a past happening whose consequence clause is dated before the publication
   month ("triggered protests, leading to last year's revolution") is of that date or before: the
   consequence's date, the latest it can be, never the publication day.
6. **Tense and aspect**: with no expression, a past perfect ("had pleaded") or a past adverb
   ("previously") puts the happening before the report without saying when: the date is then the
   publication month only, never the publication day.
7. Otherwise the publication date, and ``why`` says "publication date: no expression".

Dates are ISO prefixes as precise as the text allows (2018-10-07, 2018-10, 2018).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Token

from ..temporal import TimeExpression, TimeTable
from ..temporal.extract import governing_head
from .resources import SituateResources

__all__ = ["TimeChoice", "event_time", "NO_EXPRESSION", "no_expression", "past_clause"]

NO_EXPRESSION = "publication date: no expression"
_REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_DURATION = re.compile(r"^P(\d+)(D|W|M|Y)$")
_UNIT_WORDS = {"day": "D", "week": "W", "month": "M", "year": "Y"}
_NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Markers that mean "after" ("two days following the attack").
_LATER_MARKERS = {"following": "after"}
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "going", "could", "may", "might", "can", "should"})


@dataclass(frozen=True)
class TimeChoice:
    """The date chosen for one event: ``date`` (ISO prefix or None), ``date_text`` (the words that
    gave it, None when no expression did) and ``note`` (for ``why``)."""

    date: str | None
    date_text: str | None
    note: str
    # True when the happening is set at another time than the clause it hangs on ("two days after
    # bombs killed six", "since the group took up arms"): not the story of the day, so neither the
    # lead's scene nor the dateline places it.
    elsewhen: bool = False


def event_time(trigger: Token, statement: bool, times: TimeTable, published: str | None,
               words: SituateResources, lead: TimeChoice | None = None) -> TimeChoice:
    """Decide an event's date from its trigger token (see the module docstring for the rules).
    ``statement``: the event is made by saying it (an intention, an accusation, an appeal), so a
    reporting verb's date is its date. ``lead``: the date of the article's first event, which a
    later "The attack came a week after ..." refers back to."""
    dater = _Dater(times, words, lead)
    own = dater.own(trigger)
    if own is not None:
        return _narrowed(dater.choice(own, ""), trigger, published)
    shared = dater.shared_by_coordination(trigger)
    if shared is not None:
        return _narrowed(dater.choice(shared, " (shared with the coordinated verb)"), trigger, published)
    anchored = dater.anchored(trigger)
    if anchored is not None:
        return anchored
    governing = dater.governing(trigger)
    if governing is not None:
        expression, reporter = governing
        if reporter is None or statement or _future(trigger):
            how = f" (of the reporting verb '{reporter.text}')" if reporter is not None else ""
            return _narrowed(dater.choice(expression, how), trigger, published)
        reported = _reported_day(_calendar(expression), expression, reporter, trigger, words, published)
        if reported is not None:
            return reported
    bound = dater.consequence_bound(trigger, published)
    if bound is not None:
        return bound
    earlier = _undated_past(trigger, words)
    if earlier is not None and published:
        return TimeChoice(published[:7], None, f"date {published[:7]}: undated past ({earlier}), "
                                               "publication month only")
    if published:
        return TimeChoice(published, None, NO_EXPRESSION)
    return TimeChoice(None, None, "date: none (no expression and no publication date)")


def _reported_day(date: str | None, expression: TimeExpression, reporter: Token, trigger: Token,
                  words: SituateResources, published: str | None) -> TimeChoice | None:
    """The date of a reported happening with no expression of its own ("Two people were killed, the
    agency said Monday"): the report's expression dates the saying, not the killing, which lies on
    or before it. Its date is the article's (the publication day, note "publication date: no
    expression") when the report is of that day, else the report's day, the latest it can be: never
    vaguer than the article's date. A past perfect ("had been killed") is an undated past (None:
    the tense rule decides); a report dated by a month or a year gives that prefix."""
    if date is None or _undated_past(trigger, words) is not None:
        return None
    said = f"'{reporter.text}' on '{expression.text}'"
    if len(date) != 10:
        return TimeChoice(date, None, f"date {date}: reported by {said}, the happening on or before it")
    if published and date >= published[:10]:
        return TimeChoice(published, None, f"{NO_EXPRESSION} (reported by {said}: the report's date, "
                                           "not the happening's)")
    return TimeChoice(date, None, f"date {date}: no expression of its own; reported by {said}, the "
                                  "latest day it can be")


def no_expression(choice: TimeChoice | None) -> bool:
    """True when the choice is the publication date for want of any expression."""
    return choice is not None and choice.date_text is None and choice.note.startswith(NO_EXPRESSION)


def _narrowed(choice: TimeChoice, trigger: Token, published: str | None) -> TimeChoice:
    """The publication year narrowed by tense to the part of it the happening can fall in, when
    that part is one month: "will deploy officers this year" in a December story is in December,
    "arrested ten this year" in a January story in January."""
    if not published or len(published) < 7 or choice.date != published[:4]:
        return choice
    month = published[5:7]
    if month == "12" and _future(trigger):
        rest = "the rest of the year"
    elif month == "01" and _tense(_clause_verb(trigger)) in ("past", "perfect"):
        rest = "the year so far"
    else:
        return choice
    return TimeChoice(published[:7], choice.date_text, f"{choice.note}, narrowed to {published[:7]} ({rest} "
                                                       "is the publication month)", choice.elsewhen)


class _Dater:
    """The expressions of one article seen from event triggers."""

    def __init__(self, times: TimeTable, words: SituateResources, lead: TimeChoice | None = None) -> None:
        self.times = times
        self.words = words
        self.lead = lead
        # Weeks and weekends ("last week": 1997-W13) date an event too; reference words ("now") do not.
        # "the period" alone is a guess at the quarter under discussion: it dates no event.
        self.dated = [(e, r) for e, r in times.anchored() if e.type in ("DATE", "TIME")
                      and e.value not in _REFERENCE_VALUES
                      and not (e.granularity == "quarter" and "quarter" not in e.text.lower())]
        self.durations = [(e, r) for e, r in times.anchored() if e.type == "DURATION"]

    def choice(self, expression: TimeExpression, how: str) -> TimeChoice:
        """The choice for an expression that dates the event."""
        date = _calendar(expression) or expression.value
        return TimeChoice(date, self.times.date_text(expression), f"date {date} from '{expression.text}'{how}")

    def own(self, trigger: Token) -> TimeExpression | None:
        """The expression attached to the trigger itself, its noun modifiers or a simultaneous clause."""
        found: list[tuple[int, TimeExpression]] = []
        if trigger.dep_ in ("relcl", "acl") and trigger.head.i != trigger.i:
            # "since March 30, when the party withdrew support", "the day the troops left": a clause
            # that describes a time expression happened at that time.
            head = trigger.head
            for expression, root in self.dated:
                if root.sent == trigger.sent and expression.start <= head.idx < expression.end:
                    return expression
        simultaneous = [c for c in trigger.children if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in self.words.simultaneous_markers for m in c.children)]
        for expression, root in self.dated:
            if root.sent != trigger.sent:
                continue
            head = governing_head(root)
            owner = head if head is not None else root.head
            distance = abs(root.i - trigger.i)
            if owner.i == trigger.i or root.head.i == trigger.i:
                found.append((distance, expression))
            elif owner.dep_ in ("acl", "relcl") and owner.head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN"):
                found.append((distance, expression))  # "the embargo imposed in 1962"
            elif owner.dep_ in ("acl", "relcl") and _in_phrase_of(owner.head, trigger):
                # "protested in a statement issued late Sunday", "were killed in a raid launched on
                # Monday": the happening was made in (or during) what the clause dates.
                found.append((distance, expression))
            elif any(clause.left_edge.i <= root.i <= clause.right_edge.i for clause in simultaneous):
                found.append((distance + 100, expression))  # the clause's own expression comes first
        return min(found, key=lambda item: item[0])[1] if found else None

    def shared_by_coordination(self, trigger: Token) -> TimeExpression | None:
        """The first conjunct's own expression, for a conjunct verb in the same tense; for a first
        conjunct, the expression that trails its last conjunct ("was attacked and robbed in Lagos
        two weeks ago": the trailing adverbial holds for both verbs)."""
        trailing = self._trailing(trigger)
        if trailing is not None:
            return trailing
        node = trigger
        while node.dep_ == "conj" and node.head.i != node.i:
            first = node.head
            if first.pos_ not in ("VERB", "AUX") or trigger.pos_ not in ("VERB", "AUX"):
                return None
            if _tense(first) != _tense(trigger):
                return None
            found = self.own(first)
            if found is not None:
                return found
            node = first
        return None

    def _trailing(self, trigger: Token) -> TimeExpression | None:
        """The own expression of the trigger's last verb conjunct in the same tense, when it stands
        after that conjunct; None otherwise."""
        if trigger.pos_ not in ("VERB", "AUX"):
            return None
        conjuncts = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        if not conjuncts or _tense(conjuncts[-1]) != _tense(trigger):
            return None
        last = conjuncts[-1]
        found = self.own(last)
        return found if found is not None and found.start > last.idx else None

    def anchored(self, trigger: Token) -> TimeChoice | None:
        """A date relative to another event ("two days after bombs killed six"), or None."""
        marker, anchor = _anchor_of(trigger, self.words)
        if marker is None or anchor is None:
            return None
        inside = self.own(marker) if marker.pos_ in ("VERB", "AUX") else None
        if inside is not None and inside.start > marker.idx:
            # "following the civil war in 1994": the phrase's own expression dates its event
            return self.choice(inside, "")
        expression = self.own(anchor) or self.shared_by_coordination(anchor)
        if expression is None:
            governing = self.governing(anchor)
            expression = governing[0] if governing is not None and governing[1] is None else None
        base = _calendar(expression) if expression is not None else None
        source = f"'{expression.text}'" if expression is not None else ""
        if base is None and self.lead is not None and self.lead.date_text is not None and _refers_back(anchor):
            # "The attack came a week after ...": a definite event noun refers back to the lead.
            base, source = self.lead.date, f"the lead's '{self.lead.date_text}'"
        if base is None:
            return None
        distance = self._distance(trigger, marker)
        word = _LATER_MARKERS.get(marker.lower_, marker.lower_)
        if distance is not None and len(base) == 10 and word in ("after", "before"):
            count, unit, first = distance
            sign = -1 if word == "after" else 1
            shifted = _shift(dt.date.fromisoformat(base), sign * count, unit)
            if shifted is not None:
                words_ = trigger.doc[first:marker.i + 1].text
                return TimeChoice(shifted, words_, f"date {shifted}: {count}{unit} {word} '{anchor.text}' "
                                                   f"dated {source}", elsewhen=True)
        return TimeChoice(base[:7], None, f"date {base[:7]}: '{word}' the event '{anchor.text}' dated "
                                          f"{source} (month only)", elsewhen=True)

    def consequence_bound(self, trigger: Token, published: str | None) -> TimeChoice | None:
        """The latest date of a past happening whose consequence clause is dated before the
        publication month ("triggered nationwide protests, leading to last year's revolution": the
        protests are of last year or before, not of the day), or None."""
        if not published or not past_clause(trigger):
            return None
        verb = _clause_verb(trigger)
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.lemma_.lower() not in self.words.consequence_verbs:
                continue
            if clause.dep_ == "conj" and clause.tag_ != "VBG":
                continue  # "and ended the talks" is a second happening, not a consequence of this one
            for expression, root in self.dated:
                date = _calendar(expression)
                if date and clause.left_edge.i <= root.i <= clause.right_edge.i and date[:7] < published[:min(len(date), 7)]:
                    return TimeChoice(date, None, f"date {date}: before '{expression.text}' that it led to "
                                                  f"('{clause.text}'), the latest it can be", elsewhen=True)
        return None

    def _distance(self, trigger: Token, marker: Token) -> tuple[int, str, int] | None:
        """The distance stated before the marker ("two days after"): (count, unit D/W/M/Y, index of
        its first word)."""
        holders = {trigger.i, marker.i}
        for expression, root in self.durations:
            if root.head.i in holders and root.i < marker.i:
                match = _DURATION.match(expression.value)
                if match:
                    first = min((t.i for t in root.subtree), default=root.i)
                    return int(match.group(1)), match.group(2), first
        for token in (*trigger.children, *marker.children):
            unit = _UNIT_WORDS.get(token.lemma_.lower())
            if unit is None or token.i > marker.i:
                continue
            for number in token.children:
                if number.dep_ in ("nummod", "det") and number.i < token.i:
                    count = int(number.text) if number.text.isdigit() else _NUMBER_WORDS.get(number.lower_)
                    if count:
                        return count, unit, number.i
        return None

    def governing(self, trigger: Token) -> tuple[TimeExpression, Token | None] | None:
        """The nearest expression attached to a clause above the trigger, with the reporting verb
        crossed on the way (None when none was). Stops at coordination and at "after"/"before"/"since"."""
        node = trigger
        reporter: Token | None = None
        for _ in range(12):
            if node.head.i == node.i:
                return None
            if node.dep_ == "conj":
                # "crashed on Dec. 6, 2005 and hit a block, killing 108": a clause under a conjunct
                # verb takes the date that conjunct shares with its first conjunct.
                shared = self.shared_by_coordination(node) if node.i != trigger.i else None
                return (shared, reporter) if shared is not None else None
            marker = _anchor_of(node, self.words)[0]
            if marker is not None:
                # "following the launch of the offensive in October": an expression on the marker
                # belongs to the anchored phrase; the clause above it is another time.
                found = self.own(marker) if marker.pos_ in ("VERB", "AUX") else None
                return (found, reporter) if found is not None else None
            parent = node.head
            if node.dep_ in ("ccomp", "parataxis") and parent.pos_ in ("VERB", "AUX") \
                    and self.words.is_reporting_verb(parent.lemma_.lower()):
                reporter = reporter or parent
            if parent.pos_ in ("VERB", "AUX") or parent.dep_ == "ROOT":
                found = self.own(parent)
                if found is not None:
                    return found, reporter
            node = parent
        return None


def _in_phrase_of(noun: Token, trigger: Token) -> bool:
    """True when the noun is the object of an "in" or "during" phrase of the trigger ("protested in a
    statement", "killed during a raid")."""
    preposition = noun.head
    return (noun.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.lower_ in ("in", "during")
            and preposition.head.i == trigger.i and preposition.i != trigger.i)


def _anchor_of(trigger: Token, words: SituateResources) -> tuple[Token | None, Token | None]:
    """The temporal subordinator of the trigger's clause ("after", "since") and the event it is
    relative to: (marker, anchor) or (None, None)."""
    for child in trigger.children:
        if child.dep_ == "mark" and child.lower_ in words.anchor_markers and trigger.dep_ == "advcl":
            return child, trigger.head
    head = trigger.head
    if trigger.dep_ in ("pobj", "pcomp") and head.lower_ in words.anchor_markers and head.head.i != head.i:
        return head, head.head
    return None, None


def _refers_back(anchor: Token) -> bool:
    """True when the anchor clause is about an earlier-named happening: its subject (or the anchor
    itself) is an event noun under "the", "this" or "that" ("The attack came a week after ...")."""
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")] if anchor.pos_ in ("VERB", "AUX") \
        else [anchor]
    return any(s.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in s.children)
               for s in subjects)


_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(?:SP|SU|FA|WI)$")


def _calendar(expression: TimeExpression | None) -> str | None:
    """The calendar date of an expression (day, month or year), or None. A week ("last week":
    2006-W43) is the month that holds all of it, else its year; a season its year: a record's date
    is an ISO prefix (2006-10, 2006), never a TimeML week or season value."""
    if expression is None:
        return None
    if expression.iso_date is not None:
        return expression.iso_date
    week = _WEEK.match(expression.value)
    if week is not None:
        try:
            first = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None
        last = first + dt.timedelta(days=6)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.year:04d}" if first.year == last.year else None
    season = _SEASON.match(expression.value)
    return season.group(1) if season is not None else None


def _shift(day: dt.date, count: int, unit: str) -> str | None:
    """``day`` moved by count units (D, W exact; M, Y to the month or year)."""
    try:
        if unit == "D":
            return (day + dt.timedelta(days=count)).isoformat()
        if unit == "W":
            return (day + dt.timedelta(weeks=count)).isoformat()
        if unit == "M":
            index = day.year * 12 + day.month - 1 + count
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        return f"{day.year + count:04d}"
    except (OverflowError, ValueError):
        return None


def _clause_verb(trigger: Token) -> Token:
    """The verb whose tense holds for the trigger: itself, or the verb governing an event noun."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    return governing_head(trigger) or trigger


def _tense(verb: Token) -> str:
    """A coarse tense of a verb: "future", "perfect" (past perfect), "past", "present" or "other"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    if ("had" in lowers or "'d" in lowers) and verb.tag_ == "VBN":
        return "perfect"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or lowers & {"has", "have", "is", "are", "am"}:
        return "present"
    return "other"


def past_clause(trigger: Token) -> bool:
    """True when the trigger's clause is in the simple past ("were wounded", "attacked", "the
    attack" under "was carried out")."""
    return _tense(_clause_verb(trigger)) == "past"


def _future(trigger: Token) -> bool:
    """True when the trigger's clause is future, modal or an infinitive ("will send", "to meet")."""
    verb = _clause_verb(trigger)
    return _tense(verb) == "future" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _past_above(verb: Token, words: SituateResources) -> str | None:
    """A past adverb on a clause that reports or governs the verb ("In the past, Hamas has said
    that its battle was only with Israel"): the reported past is of that past too."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "parataxis", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
        for child in node.children:
            if child.dep_ == "advmod" and child.lower_ in words.past_adverbs:
                return f"'{child.text}' on '{node.text}'"
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    g.lower_ == "past" and g.dep_ == "pobj" and any(d.lower_ == "the" for d in g.children)
                    for g in child.children):
                return f"'in the past' on '{node.text}'"
    return None


def _undated_past(trigger: Token, words: SituateResources) -> str | None:
    """Why the happening lies before the report with no date given ("past perfect 'had pleaded'",
    "'previously'", "'since' clause"), or None."""
    verb = _clause_verb(trigger)
    for token in (trigger, verb):
        if _tense(token) == "perfect":
            return f"past perfect '{token.text}'"
        for child in token.children:
            if child.dep_ == "advmod" and child.lower_ in words.past_adverbs:
                return f"'{child.text}'"
            if child.dep_ == "prep" and child.lower_ == "since" and _tense(verb) in ("present", "perfect", "past"):
                return "'since'"  # "has launched attacks since then": from an undated past on
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    g.lower_ == "past" and g.dep_ == "pobj" and any(d.lower_ == "the" for d in g.children)
                    for g in child.children):
                return "'in the past'"
            if child.dep_ == "amod" and child.lower_ in ("former", "previous", "past") and token.i == trigger.i:
                return f"'{child.text}'"
    past_above = _past_above(verb, words) if past_clause(trigger) else None
    if past_above is not None:
        return past_above
    marker, _ = _anchor_of(trigger, words)
    if marker is not None and _LATER_MARKERS.get(marker.lower_, marker.lower_) in ("since", "after"):
        return f"'{marker.text}' clause"
    return None
