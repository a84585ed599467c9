"""Situating: the one step that decides every event's date and place (issue 16).

``situate_events(events, doc, article, times, places, place_resources, words)`` returns the events
with ``date``, ``date_text`` and ``location`` set and the deciding rule appended to ``why``. The
time rules (when.py) read the trigger's clause, coordinated verbs, anchors on other events, the
reporting verb and tense; the place rules (where.py) read the clause, the sentence, the article's
scene and the dateline. Records with no time expression say so: ``date_text`` is None and ``why``
holds "publication date: no expression" (or "undated past ..." when the tense puts the happening
before the report; the date is then the publication month only).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Sequence

from spacy.tokens import Doc, Token

from ..geo import PlaceResources, PlaceTable, dateline_place
from ..model import Actor, Article, Event, Place
from ..temporal import TimeTable
from .foreign import ForeignStates, home_city
from .refer import find_antecedent, referred_time
from .resources import SituateDataError, SituateResources
from .when import NO_EXPRESSION, TimeChoice, event_time, no_expression, past_clause
from .where import DESTINATION, PlaceChoice, said_here, Scene, clause_places, fallback_place, find_scene, here_refined, own_place, place_from_dateline

__all__ = ["situate_events", "SituateResources", "SituateDataError", "NO_EXPRESSION", "TimeChoice", "PlaceChoice",
           "Scene", "event_time", "own_place", "fallback_place", "place_from_dateline"]

_STATEMENT_MODALITIES = frozenset({"intended", "planned", "hypothetical"})


def situate_events(events: Sequence[Event], doc: Doc, article: Article, times: TimeTable, places: PlaceTable,
                   place_resources: PlaceResources, words: SituateResources,
                   actors: Sequence[Actor] = ()) -> list[Event]:
    """Give every event its date and place (see the package docstring); events keep their order.

    Two passes: each event's own date and place from its sentence; then the article's scene (where
    its lead happened) and the dateline for the events whose sentence names no place. ``actors``:
    the article's actors, whose kinds tell a foreign state's act (not at the dateline) from a
    visiting person's."""
    if not events:
        return []
    dateline = dateline_place(article.dateline, place_resources, places.context)
    located = clause_places(places, words)
    states = ForeignStates(actors, dateline, place_resources, words, doc.text, doc)
    published = article.published
    firsts: list[_First] = []
    for event in events:
        trigger = _trigger_token(doc, event)
        statement = _statement(event)
        if trigger is None:
            time = TimeChoice(published, None, NO_EXPRESSION) if published else None
            firsts.append((event, None, statement, time, None))
            continue
        lead_time = firsts[0][3] if firsts and firsts[0][0].sentence < event.sentence else None
        time = event_time(trigger, statement, times, published, words, lead=lead_time)
        place = own_place(trigger, located, statement=statement, words=words,
                          material_conflict=event.quad_class == 4,
                          verbal=event.quad_class in (1, 3) and event.event_type != "CONSULT",
                          target_country=event.target.country if event.target is not None else None)
        firsts.append((event, trigger, statement, time, here_refined(place, trigger, dateline)))
    firsts = _referred(firsts)
    firsts = _continued(firsts, published)
    lead = firsts[0]
    dated_lead = next((item for item in firsts if item[0].sentence < _LEAD_SENTENCES and item[3] is not None
                       and item[3].date_text is not None), None)
    if dated_lead is not None:
        firsts = [(e, t, st, _lead_dated(e, t, st, time, dated_lead, published), p) for e, t, st, time, p in firsts]
    placed = [(e.sentence, e.event_type, t.date if t else None, p.place, p.place.name) for e, _, _, t, p in firsts
              if p is not None and p.place is not None and p.note != DESTINATION]

    def clause_date(token: Token) -> tuple[str | None, bool]:
        """The date a clause's own words give (None when they give none), and whether the clause
        is set before the report ("had suspended talks following the blasts in Mumbai"), or is no
        happening: a reported clause that is not in the past ("he hopes firms enter Kenya") is what is
        said, not where anything took place."""
        choice = event_time(token, False, times, published, words)
        if "reported by" in choice.note and not past_clause(token):
            return None, True
        return (None if no_expression(choice) else choice.date), _earlier(choice, published)

    triggers = frozenset(t.i for _, t, _, _, _ in firsts if t is not None)
    acts = frozenset(t.i for e, t, _, _, _ in firsts if t is not None and e.quad_class == 4)
    present = _present(firsts, dateline, words)
    scene = find_scene((lead[0].sentence, lead[0].event_type, lead[3].date if lead[3] else None,
                        lead[3] is not None and lead[3].date_text is not None), placed, located,
                       clause_date, dateline, triggers, acts)
    situated: list[Event] = []
    for event, trigger, statement, time, place in firsts:
        if place is None and trigger is not None:
            date = time.date if time else None
            earlier = time is not None and _earlier(time, published)
            foreign = states.acting(event, trigger)
            home = home_city(event, places, states.kinds)
            if home is not None and not (dateline is not None and said_here(trigger)):
                situated.append(_with(event, time, PlaceChoice(home, "the home city of its source, a local body")))
                continue
            absent = states.absent_person(event, present)
            place = fallback_place(trigger, event.event_type, statement=statement, earlier=earlier,
                                   dated_today=_near(date, published) and not (time is not None and time.elsewhen), scene=scene, dateline=dateline,
                                   words=words, material_conflict=event.quad_class == 4, foreign_state=foreign,
                                   own_date=date if time is not None and time.date_text is not None else None,
                                   absent=absent)
        situated.append(_with(event, time, place or PlaceChoice(None, "")))
    return situated


_First = tuple[Event, Token | None, bool, TimeChoice | None, PlaceChoice | None]


def _present(firsts: list[_First], dateline: Place | None, words: SituateResources) -> frozenset[str]:
    """The actors shown at the dateline's country: a side of a meeting or visit the sentence places
    there ("visited Xi'an"), or of a meeting with someone of that country ("held talks with his
    Iranian counterpart" under TEHRAN), or of a journey whose sentence names no place ("hoped his
    visit would promote ties": the visit the story reports, to the dateline's country)."""
    if dateline is None or not dateline.country:
        return frozenset()
    found: set[str] = set()
    for event, trigger, _, _, place in firsts:
        if event.event_type != "CONSULT":
            continue
        sides = [ref for ref in (event.source, event.target) if ref is not None]
        placed = place is not None and place.place is not None and place.place.country == dateline.country
        journey = place is None and trigger is not None and trigger.lemma_.lower() in words.place_object_words
        if placed or journey or any(ref.country == dateline.country for ref in sides):
            found.update(ref.actor_id for ref in sides)
    return frozenset(found)


def _referred(firsts: list[_First]) -> list[_First]:
    """Definite event nouns with no expression take the date (and, lacking a place of their own,
    the place) of the earlier mention they refer back to (see refer.py)."""
    ordered = sorted(((e, t, time, p) for e, t, _, time, p in firsts if t is not None), key=lambda item: item[1].i)
    result: list[_First] = []
    for event, trigger, statement, time, place in firsts:
        antecedent = find_antecedent(event, trigger, time, ordered)
        if antecedent is not None and trigger is not None:
            time = referred_time(trigger, antecedent) or time
            before = antecedent[3]
            if place is None and before is not None and before.place is not None and before.note != DESTINATION:
                place = PlaceChoice(before.place, f"of '{antecedent[1]}', which '{trigger.text}' refers back to")
        result.append((event, trigger, statement, time, place))
    return result


def _continued(firsts: list[_First], published: str | None) -> list[_First]:
    """An undated material conflict told in the simple past right after a dated past one goes on
    telling that happening ("Eight children were killed when a bus plunged into a river last Tuesday
    in Zhoujia. Thirty-nine others were injured": Tuesday, in Zhoujia): it takes the date of the
    previous sentence's material conflict, dated by its own words before the publication day, and,
    naming no place of its own, that one's place."""
    if not published:
        return firsts
    result: list[_First] = []
    for item in firsts:
        event, trigger, statement, time, place = item
        if trigger is None or statement or event.quad_class != 4 or event.modality != "asserted" \
                or not no_expression(time) or not past_clause(trigger):
            result.append(item)
            continue
        before = [other for other in result if other[0].sentence < event.sentence]
        last = max((other[0].sentence for other in before), default=-1)
        told = next((other for other in before if other[0].sentence == last == event.sentence - 1
                     and other[0].quad_class == 4 and other[0].modality == "asserted" and other[3] is not None
                     and other[3].date_text is not None and "reporting verb" not in other[3].note
                     and other[3].date is not None and other[3].date[:10] < published[:10]), None)
        if told is None:
            result.append(item)
            continue
        told_time, told_place = told[3], told[4]
        assert told_time is not None
        time = TimeChoice(told_time.date, told_time.date_text, f"date {told_time.date}: '{told_time.date_text}' of "
                          f"'{told[1].text if told[1] is not None else told[0].event_type}' in the sentence before, "
                          "whose happening it goes on telling", told_time.elsewhen)
        if place is None and told_place is not None and told_place.place is not None and told_place.note != DESTINATION:
            place = PlaceChoice(told_place.place, "of the happening told in the sentence before")
        result.append((event, trigger, statement, time, place))
    return result


# Days either side of the publication date within which a happening is the story of the day:
# "arrived on Tuesday" and "will meet again on Sunday" in a Saturday dispatch are at its dateline.
_NEAR_DAYS = 2


def _near(date: str | None, published: str | None) -> bool:
    """True when the date is the publication day or a day within ``_NEAR_DAYS`` of it."""
    if not date or not published or len(date) != 10:
        return False
    try:
        return abs((dt.date.fromisoformat(date) - dt.date.fromisoformat(published[:10])).days) <= _NEAR_DAYS
    except ValueError:
        return False


# The opening sentences whose first dated happening is the story the next sentences tell.
_LEAD_SENTENCES = 3
# Days before the publication within which a dated lead is the story of the day whose details the
# next sentences tell ("Gunmen killed five on Thursday. ... Two more were wounded").
_LEAD_DAYS = 7


def _lead_dated(event: Event, trigger: Token | None, statement: bool, time: TimeChoice | None,
                lead: tuple[Event, Token | None, bool, TimeChoice | None, PlaceChoice | None],
                published: str | None) -> TimeChoice | None:
    """An undated past happening of the lead's story takes the lead's day: same type as the lead
    (the first dated happening of the opening sentences) or a material conflict like it, told in
    the past after it, when the lead is dated a day of the last week ("Gunmen killed five soldiers on Thursday. Two civilians were wounded" in a Saturday
    story: the wounding was on Thursday too). Statements are not: a saying is of the report's day."""
    lead_event, _, _, lead_time, _ = lead
    if time is None or not no_expression(time) or trigger is None or statement or lead_time is None:
        return time
    if lead_event is event or lead_event.sentence >= event.sentence or lead_time.date_text is None:
        return time
    date = lead_time.date
    if not date or len(date) != 10 or not published or date == published[:10] or lead_time.elsewhen:
        return time
    try:
        days = (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(date)).days
    except ValueError:
        return time
    same_story = event.event_type == lead_event.event_type or (event.quad_class == 4 and lead_event.quad_class == 4)
    if not 0 < days <= _LEAD_DAYS or not same_story or not past_clause(trigger):
        return time
    return TimeChoice(date, lead_time.date_text, f"date {date}: the lead's '{lead_time.date_text}' (a past "
                                                 "happening of the same story, no expression of its own)")


def _earlier(time: TimeChoice, published: str | None) -> bool:
    """True when the happening is set before the story of the day: an undated past, another
    time than its clause's, or a month (or year) before the publication's."""
    return "undated past" in time.note or time.elsewhen or _before(time.date, published)


def _before(date: str | None, published: str | None) -> bool:
    """True when an ISO prefix lies in a month (or year) before the publication's: an earlier story,
    not the lead's happening of the last days."""
    if not date or not published:
        return False
    return date[:7] < published[:min(len(date), 7)]


def _statement(event: Event) -> bool:
    """True when the event is made by saying it: an intention or plan, or a verbal event (PLOVER
    quad classes 1 and 3, except meetings). A reporting verb's date and place are then its own;
    a reported material happening ("two people were killed, the agency said Monday") is not dated
    or placed by the report."""
    if event.modality in _STATEMENT_MODALITIES:
        return True
    return event.quad_class in (1, 3) and event.event_type != "CONSULT"


def _with(event: Event, time: TimeChoice | None, place: PlaceChoice) -> Event:
    """The event with the chosen date and place, and the rules that chose them in ``why``."""
    changes: dict[str, object] = {}
    notes: list[str] = []
    if time is not None:
        changes.update(date=time.date, date_text=time.date_text)
        notes.append(time.note)
    if place.place is not None:
        changes["location"] = place.place
        notes.append(f"place {place.place.name} {place.note}")
    if notes:
        changes["why"] = "; ".join([event.why, *notes]) if event.why else "; ".join(notes)
    return dataclasses.replace(event, **changes) if changes else event  # type: ignore[arg-type]


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    """The token at the event's trigger offsets, or None."""
    if event.trigger_start is None or event.trigger_end is None:
        return None
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root
