"""Whether the place a traveller goes to is the host of a visit (the other side) or only a place.

CAMEO's visits (042, 043) and PLOVER's CONSULT code a trip as an encounter with the host: "Talabani
arrived in Paris for an official visit" is Iraq's president visiting France. A trip with no host
is not one: a private trip ("went home to Seattle to have the ankle examined"), a homecoming
("returned to Phnom Penh"), or the trip of a private side (reporters, fans, a person the article
gives no country or public role, unless the trip is "for a visit" or "for talks"). Then the place
is where the traveller went, never the other side.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..model import Actor
from .argument_words import ArgumentWords
from .arguments import Arguments
from .roles import Role

__all__ = ["gathering_host", "hostless_trip"]

# Words after a travel verb that make it a homecoming ("went home", "came back").
_HOMEWARD = frozenset({"home", "back", "homeward"})
# Kinds of actors whose trips may be private (``Actor.kind``); countries and organisations never are.
_PRIVATE_KINDS = frozenset({"person", "phrase", "group"})


def hostless_trip(trigger: Token, heads: Sequence[Token], travellers: Sequence[Actor], places: Sequence[Actor],
                  words: ArgumentWords) -> str | None:
    """Why the places of a travel verb host nobody, or None when they are the host of a visit.

    ``heads`` are the trigger and the tokens its pattern consumed; the rule applies only when one
    of them is a verb of travel (``travel_verbs`` of ``data/arguments.yaml``).
    """
    verbs = [h for h in heads if h.pos_ == "VERB" and h.lemma_.lower() in words.travel_verbs]
    if not verbs or not places:
        return None
    for verb in verbs:
        if any(c.lower_ in _HOMEWARD and c.dep_ in ("advmod", "prt", "npadvmod", "dobj") for c in verb.children):
            return f"'{verb.text} {next(c.text for c in verb.children if c.lower_ in _HOMEWARD)}' is a homecoming"
    if not travellers:
        return None
    countries = {a.country for a in places if a.country}
    if any(v.lemma_.lower() == "return" for v in verbs) and all(a.country in countries for a in travellers):
        # Only on a return: a traveller of unknown country is often given the dateline's, which is
        # where the visit took place ("X arrived in Harare"), so an outward trip is not judged by it.
        return "a return to the traveller's own country is a homecoming"
    official = any(_visit_purpose(verb, words) for verb in verbs)
    return next((why for why in (_private(actor, official, words) for actor in travellers) if why), None)


def _private(actor: Actor, official: bool, words: ArgumentWords) -> str | None:
    """Why ``actor`` travels privately, or None: a person or a group of a private sector, or with no
    country and no role (unless the trip is ``official``); a state or an organisation never."""
    sector = (actor.sector or "").upper()
    if actor.kind not in _PRIVATE_KINDS:
        return None
    if sector in words.private_sectors:
        return f"'{actor.name}' ({sector}) travels privately: no host"
    if not actor.country and not sector and not official:
        return f"'{actor.name}' has no country or public role: a private trip"
    return None


def gathering_host(trigger: Token, attendees: Sequence[Actor], table: Arguments) -> Role | None:
    """The host of a gathering a side attends, when the text names no other participant.

    "might attend the APEC Summit slated for mid-November in Pusan, ROK", "Bush, who arrived here
    Thursday, was attending the two-day summit": a summit or a conference (``gathering_nouns``)
    is hosted by the country it is held in: the place of a locative phrase of the noun's own
    (or of its participle, "slated for ... in X"), else, when the sentence says "here", the
    dateline's. A host does not host itself: no target when the attendees are its own, and a
    private attendee has none.
    """
    words = table.words
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() not in words.gathering_nouns or not attendees:
        return None
    if any(_private(actor, True, words) for actor in attendees):
        return None
    host: Actor | None = None
    for holder in (trigger, *(c for c in trigger.children if c.dep_ == "acl")):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    host = host or table.host_place(pobj)
    how = "the place the gathering is held in"
    if host is None:
        here = next((t for t in trigger.sent if t.lower_ in words.deictic_places), None)
        host = table.dateline_place(here) if here is not None else None
        how = "the dateline's place ('here'), where the gathering is held"
    if host is None or not host.country or any(a.country == host.country for a in attendees):
        return None
    return Role((host,), f"host '{host.name}' of the {trigger.lemma_.lower()}: {how}", 0.5)


def _visit_purpose(verb: Token, words: ArgumentWords) -> bool:
    """True when the trip is for a visit or talks ("arrived ... for a two-day goodwill visit")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and g.dep_ == "pobj" and g.lemma_.lower() in words.visit_nouns
               for c in verb.children for g in c.children)
