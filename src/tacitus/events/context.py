"""Roles an event takes from its context: who speaks for a country, whom a demand or a denial
addresses, and a country acting as its government.

Rules that read beyond the trigger's own arguments:

- A country named as the doer of a statement in its own representative's words is that
  representative's act: '"China supports the role Madagascar has played," said Hu' is Hu's
  (Chinese government's) SUPPORT, as the CAMEO and PLOVER coders code a government's spokesman;
  "Hu said China supports ..." likewise. Only statements (verbal acts) are re-attributed: a
  material act the speaker reports ("Russia sent troops, the minister said") stays the country's.
- A demand for political reform with no addressee is made of the government: "the opposition
  leader demanded early elections" (CAMEO 104, demand political reform; 1041, change in
  leadership) is a demand on the government of the demander's country, the article's most
  mentioned government actor of that country (when the article names one).
- A country that is a side of a political act is its government: "India suspended talks with
  Pakistan" is INDGOV against PAKGOV, as a reader codes a place standing for its government. In
  acts of force only the doer changes ("the United States attacked Iraq": USAMIL against IRQ): the
  country attacked is more than its government.
- A denial of charges answers the one who made them: "Pakistan denied the charges" after "India
  alleged that Pakistani agents ..." is Pakistan rejecting India's accusation (CAMEO 014-016 and
  PLOVER REJECT take the accuser as the target). The accuser is the source of the nearest earlier
  accusation of the article (within a few sentences) by another actor.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Sequence

from spacy.tokens import Doc, Token

from ..actors.coding import government_ref
from ..model import Actor, ActorRef, Event
from .modality import governing_chain
from .roles import Role

__all__ = ["speaking_for", "answer_denials", "address_government", "states_acting", "STATEMENT_TYPES"]

# PLOVER types whose record is the saying itself: a spokesman's words are his government's act.
STATEMENT_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})
# Kinds of actor that speak for a country (not a country, place, crowd or participant phrase).
_SPEAKER_KINDS = frozenset({"person", "organization"})
# Objects of a denial that name an accusation ("denied the charges", "rejected the allegations").
_ACCUSATION_NOUNS = frozenset({"charge", "allegation", "accusation", "claim", "report", "suggestion"})
# CAMEO codes of demands and appeals for political change: what only a government can grant.
_REFORM_CODES = ("104", "024")
# How many sentences back the accusation a denial answers may be.
_ANSWER_WINDOW = 4


def speaking_for(source: Role, trigger: Token, event_type: str | None,
                 quoted_by: Callable[[Token], Sequence[Actor]] | None,
                 reporting_verbs: frozenset[str], actors_of: Callable[[Token], Sequence[Actor]]) -> Role:
    """The source of a statement whose doer is the speaker's own country: the speaker.

    ``quoted_by`` gives the speaker of the direct quotation a token stands in; a reported clause's
    speaker is the subject of its verb of saying ("Hu said China supports ...").
    """
    if event_type not in STATEMENT_TYPES or len(source.actors) != 1 or source.actors[0].kind != "country":
        return source
    country = source.actors[0].country
    speakers: Sequence[Actor] = quoted_by(trigger) if quoted_by is not None else ()
    how = "in a quotation of"
    if not speakers:
        top = governing_chain(trigger)[-1]
        verb = top.head
        if top.dep_ in ("ccomp", "parataxis") and verb.i != top.i and verb.lemma_.lower() in reporting_verbs:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            speakers = actors_of(subject) if subject is not None else ()
            how = f"reported by '{verb.text}' of"
    speakers = [s for s in speakers if s.kind in _SPEAKER_KINDS and s.country and s.country == country]
    if len(speakers) != 1:
        return source
    speaker = speakers[0]
    return Role((speaker,), f"{source.how}, {how} its own {speaker.name}: the speaker's statement", source.quality)


def answer_denials(events: Sequence[Event], doc: Doc) -> list[Event]:
    """Give a denial of charges without a target the accuser as its target (see the module docstring)."""
    out: list[Event] = []
    for index, event in enumerate(events):
        if event.event_type != "REJECT" or event.target is not None or event.source is None:
            out.append(event)
            continue
        if not _denies_accusation(event, doc):
            out.append(event)
            continue
        accuser = _accuser(events[:index], event)
        if accuser is None:
            out.append(event)
            continue
        answer = f"target '{accuser.name}', whose accusation (an earlier sentence) the denial answers"
        why = event.why.replace("no target", answer, 1) if "no target" in event.why else f"{event.why}; {answer}"
        out.append(dataclasses.replace(event, target=accuser, why=why))
    return out


def _denies_accusation(event: Event, doc: Doc) -> bool:
    """True when the trigger's direct object is an accusation noun ("denied the charges")."""
    if event.trigger_start is None or event.trigger_end is None:
        return False
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    trigger = span.root
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _ACCUSATION_NOUNS for c in trigger.children)


def _accuser(earlier: Sequence[Event], denial: Event) -> ActorRef | None:
    """The source of the nearest earlier accusation, by another actor, within the window."""
    assert denial.source is not None
    for event in reversed(earlier):
        if denial.sentence - event.sentence > _ANSWER_WINDOW:
            return None
        if event.event_type != "ACCUSE" or event.sentence >= denial.sentence or event.source is None:
            continue
        if event.source.actor_id in (denial.source.actor_id, "unidentified"):
            continue
        if event.target is not None and event.target.country and denial.source.country and \
                event.target.country != denial.source.country:
            continue  # an accusation against a third party is not what this denial answers
        return event.source
    return None


def address_government(events: Sequence[Event], actors: Sequence[Actor]) -> list[Event]:
    """Give a demand for political reform without a target the government of its country."""
    out: list[Event] = []
    for event in events:
        source = event.source
        if (event.event_type != "REQUEST" or event.target is not None or source is None or not source.country
                or source.sector == "GOV" or not event.cameo.startswith(_REFORM_CODES)):
            out.append(event)
            continue
        government = _government(actors, source.country, source.actor_id)
        if government is None:
            out.append(event)
            continue
        answer = f"target '{government.name}', the government asked for political change (no addressee named)"
        why = event.why.replace("no target", answer, 1) if "no target" in event.why else f"{event.why}; {answer}"
        out.append(dataclasses.replace(event, target=government.ref(), why=why))
    return out


def _government(actors: Sequence[Actor], country: str, exclude: str) -> Actor | None:
    """The article's most mentioned government actor (person or body) of ``country``."""
    found = [a for a in actors if a.country == country and a.sector == "GOV" and a.id != exclude
             and a.kind in _SPEAKER_KINDS]
    return max(found, key=lambda a: len(a.mentions), default=None)


# PLOVER types of force: the country attacked or coerced is more than its government, so a target
# stays the country; a country using force acts through its armed forces (ASSAULT, MOBILIZE: MIL)
# or its government (COERCE: expulsions, seizures, bans).
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_ARMED = {"ASSAULT": "MIL", "MOBILIZE": "MIL"}


def states_acting(events: Sequence[Event], actors: Sequence[Actor]) -> list[Event]:
    """Code a country that is a side of a political act as its government, and a country using
    force as its armed forces (actors/coding.py ``government_ref`` decides the code)."""
    countries = {a.id: a.name for a in actors if a.kind == "country" and not a.sector}
    out: list[Event] = []
    for event in events:
        sides = {"source": event.source, "target": event.target}
        changed = {role: government_ref(ref, _ARMED.get(event.event_type, "GOV") if role == "source" else "GOV")
                   for role, ref in sides.items() if ref is not None and ref.actor_id in countries
                   and (event.event_type not in _FORCE_TYPES or role == "source")}
        changed = {role: ref for role, ref in changed.items() if ref != sides[role]}
        if changed:
            notes = "; ".join(f"{role} '{ref.name}': a country acting is its government" for role, ref in changed.items())
            event = dataclasses.replace(event, **changed, why=f"{event.why}; {notes}")
        out.append(event)
    return out

