"""The target of an event: the other side, from the trigger's slots and its argument paths.

The first slot of the pattern's ``targets`` that holds a side (direct object, dative, or the object
of a named preposition), searched on the trigger and then on the complement tokens the pattern
consumed ("agreed to hold a summit with Y"). A side is an actor of the article or a participant
phrase ("two teenagers", see ``arguments.py``); an object that is neither gives the side its own
arguments name ("demanded an admission by Moscow", "Serbia's suppression of ..."). Failing the
slots, the first participant along argument links below the trigger (objects, prepositional
phrases, a noun's own arguments; never another clause, an attribution or a condition), at lower
confidence. A place is the other side only where the event type falls on the people of a place
("a curfew in Algiers") and no participant is named; no target is better than a wrong one.
The source side and the shared role helpers live in ``roles.py``.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..model import Actor
from .arguments import Arguments
from .trips import gathering_host, hostless_trip
from .roles import (COLLECTIVE, RELATIVE, Role, actors_of, find_source, is_passive, noun_arguments, noun_preps, slot_arguments,
                    with_evidence, without)

__all__ = ["find_target"]

# Subtrees that never hold the target of this trigger: other clauses and reported speech.
_FALLBACK_SKIP = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "ccomp", "parataxis", "punct", "conj", "cc",
                             "relcl", "mark", "aux", "auxpass", "neg", "npadvmod"})

# Attribution and concession phrases name a source of the report or a bystander, not a participant.
_ATTRIBUTION = frozenset({"according", "per", "citing", "quoting", "despite", "notwithstanding", "regardless"})

# How many dependency links below the trigger the argument-path search looks ("called off a
# strike after deliberations with the government": called -> after -> deliberations -> with ->
# government).
_PATH_DEPTH = 5
# Dependents of a noun an argument path may follow: its own phrase and arguments.
_NOUN_PATH_DEPS = frozenset({"prep", "poss", "compound", "amod", "nmod", "appos", "pobj", "dobj"})


def find_target(
    trigger: Token,
    slots: Sequence[str],
    extra_heads: Sequence[Token],
    table: Arguments,
    exclude: set[str],
    event_type: str | None = None,
    source: Sequence[Actor] = (),
) -> Role | None:
    """Return the target role of a trigger, or None.

    ``extra_heads`` are the tokens the pattern consumed and, for event nouns, the governing verb:
    their slots are searched after the trigger's own. Actors in ``exclude`` (the source) are skipped.
    ``event_type`` (PLOVER) decides whether the place where the event happened may stand for the
    other side (``locative_types`` of ``data/arguments.yaml``) and whether an object is judged
    (``evaluative_types``). ``source`` (the source's actors) decides whether the place a traveller
    goes to hosts a visit (``trips.py``).
    """
    role = _find_target(trigger, slots, extra_heads, table, exclude, event_type)
    if role is not None and role.actors and all(table.is_place(a) or a.kind == "place" for a in role.actors):
        if hostless_trip(trigger, (trigger, *extra_heads), source, role.actors, table.words) is not None:
            return None
    return role if role is not None else gathering_host(trigger, source, table)


def _find_target(trigger: Token, slots: Sequence[str], extra_heads: Sequence[Token], table: Arguments,
                 exclude: set[str], event_type: str | None) -> Role | None:
    """``find_target`` before the check of travel destinations."""
    places_stand = event_type in table.words.locative_types
    if trigger.pos_ in ("NOUN", "PROPN") and table.words.undergoes(trigger):
        # "Chile faced sanctions from the United States", "facing criticism, the FDA said": the one
        # who faced them (the verb's own or inherited subject) is the target, or no one.
        role = find_source(trigger.head, table)
        found = without(role.actors, exclude) if role is not None else []
        if not found:
            return None
        return Role(tuple(found), with_evidence(f"{role.how} of '{trigger.head.text}' (who underwent it)", found, table), 1.0)
    if trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        # A passive participle on a noun ("civilians imprisoned for ..."): the noun is the patient.
        found = without(actors_of(table, trigger.head), exclude)
        if found:
            return Role(tuple(found), with_evidence(f"noun '{trigger.head.text}' of the passive participle", found, table), 1.0)
    if trigger.pos_ in ("VERB", "AUX") and is_passive(trigger):
        # Nearest first: the small model makes a fronted place a second passive subject ("in Solo,
        # Central Java, a journalist was mobbed"); the one next to the verb is the true one.
        for child in sorted(trigger.children, key=lambda c: abs(trigger.i - c.i)):
            if child.dep_ == "nsubjpass":
                if child.lower_ in RELATIVE and trigger.dep_ == "relcl":
                    # "four leaders who had been detained": the noun the clause modifies.
                    child = trigger.head
                found = without(actors_of(table, child), exclude)
                if found:
                    return Role(tuple(found), with_evidence(f"passive subject '{child.text}'", found, table), 1.0)
                # "France's stance is supported by Germany": the sides of a nominal passive subject.
                found, inner = noun_arguments(child, table, exclude,
                                               evaluative=event_type in table.words.evaluative_types)
                if found:
                    return Role(tuple(found), with_evidence(f"passive subject '{child.text}': {inner}", found, table), 1.0)
    # The trigger's own slots first ("agreed with X to hold a summit"), then the complements'.
    for head in (trigger, *extra_heads):
        for slot in slots:
            for argument in slot_arguments(head, slot):
                if slot == "dobj" and _moved_forces(head, argument, table):
                    continue
                found = without(actors_of(table, argument), exclude)
                how = f"{slot} '{argument.text}'" if slot in ("dobj", "dative") else f"'{slot} {argument.text}'"
                quality = 1.0
                if not found:
                    # "demanded the withdrawal of Serbian forces": the sides of a nominalized object.
                    found, inner = noun_arguments(argument, table, exclude,
                                                   evaluative=event_type in table.words.evaluative_types)
                    # "a group of students" is the students; "an offer from Kabul" is Kabul's, a
                    # step further from the trigger.
                    collective = argument.lower_ in COLLECTIVE
                    how, quality = (f"{how}: {inner}", 1.0 if collective else 0.9) if found else (how, quality)
                if not found and places_stand:
                    # "retook a strategic village in western Cambodia": the people of the place.
                    place = table.place_phrase(argument)
                    found, quality = ([place], 0.8) if place is not None and place.id not in exclude else ([], quality)
                if found:
                    if not any(a.country or a.kind == "person" for a in found):
                        # "strengthened its forces in Lebanon": a phrase with no side is weaker than
                        # a named side among the complements (a named person of unknown country
                        # stays the target).
                        other = _argument_path(trigger, extra_heads, table, exclude, places_stand, countries_only=True,
                                               evaluative=event_type in table.words.evaluative_types)
                        if other is not None:
                            return Role(other.actors, f"{other.how} (the {how} names no side)", other.quality)
                    return Role(tuple(found), with_evidence(how, found, table), quality)
    for head in extra_heads:
        # "gave him a warm reception", "paid X a visit": the dative of the verb that governs an
        # event noun is the one the event is for.
        for argument in slot_arguments(head, "dative"):
            found = without(actors_of(table, argument), exclude)
            if found:
                return Role(tuple(found), with_evidence(f"dative '{argument.text}' of '{head.text}'", found, table), 1.0)
    evaluative = event_type in table.words.evaluative_types
    return (_argument_path(trigger, extra_heads, table, exclude, places_stand, evaluative=evaluative)
            or _purpose_target(trigger, extra_heads, table, exclude, places_stand))


def _moved_forces(verb: Token, argument: Token, table: Arguments) -> bool:
    """True when ``argument`` is forces that ``verb`` moves with no country word of their own.

    "Washington aims to pull about 70,000 troops out of Germany", "Ethiopia has sent thousands of
    troops across the border": the forces a side sends, deploys or withdraws are its own (the
    theme of the move), never the other side; the place they go to or leave may be.
    """
    if verb.lemma_.lower() not in table.words.moving_verbs:
        return False
    heads = [argument]
    if argument.lower_ in COLLECTIVE:  # "thousands of troops"
        heads.extend(p for prep in argument.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj")
    forces = [h for h in heads if table.words.sector_of(h) in ("MIL", "COP")
              or h.lemma_.lower() in table.words.force_nouns]
    return bool(forces) and all(table.country_of(h) is None for h in forces)


def _purpose_target(trigger: Token, extra_heads: Sequence[Token], table: Arguments, exclude: set[str],
                    places_stand: bool) -> Role | None:
    """A named side in the purpose clause of the trigger or its governing verb.

    "staged a hunger strike to demand the resignation of President X": the protest is aimed at X.
    """
    for head in (trigger, *extra_heads):
        for clause in head.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                role = _argument_path(clause, (), table, exclude, places_stand, countries_only=True)
                if role is not None:
                    return Role(role.actors, f"{role.how} of the purpose clause 'to {clause.text}'", 0.5)
    return None


def _argument_path(trigger: Token, extra_heads: Sequence[Token], table: Arguments, exclude: set[str],
                   places_stand: bool, countries_only: bool = False, evaluative: bool = False) -> Role | None:
    """The first participant among the trigger's complements, found along argument links only.

    Breadth first, ``_PATH_DEPTH`` links deep, from the trigger and the heads its pattern consumed:
    objects, complement clauses, prepositional phrases (not attributions, times or conditions),
    and a noun's own arguments ("after talks with X", "in protest against violations by X", "a
    war against Iraq"). Other clauses, subjects and reported speech are never entered. A place
    reached through a locative preposition ("a curfew in Algiers") is where the event happened;
    it stands for the other side only when ``places_stand`` (see ``find_target``), only when no
    participant is found, and never inside a topic ("warnings about democracy in Hong Kong").
    With ``countries_only``, only an actor whose country is known counts.
    """
    words = table.words
    seen: set[int] = set()
    frontier: list[tuple[Token, bool, bool]] = []
    moved = {t.i for head in (trigger, *extra_heads) for c in head.children
             if c.dep_ == "dobj" and _moved_forces(head, c, table) for t in c.subtree}
    for head in (trigger, *extra_heads):
        if head.i not in moved:
            frontier.extend((c, False, False) for c in head.children if _enter(c, words))
    place: tuple[Actor, Token] | None = None
    for _depth in range(_PATH_DEPTH):
        following: list[tuple[Token, bool, bool]] = []
        for token, locative, topical in frontier:
            if token.i in seen or token.i == trigger.i:
                continue
            seen.add(token.i)
            if token.i in moved:
                continue  # "sent thousands of troops across the border": the mover's own forces
            for actor in _path_actors(token, table):
                if actor.id in exclude or (countries_only and not actor.country):
                    continue
                if locative and token.pos_ == "PRON":
                    continue  # "crushed one in her sleep": the owner of a place or a state is no place
                if (table.is_place(actor) or (locative and not actor.sector)) and (
                        locative or token.dep_ in ("compound", "amod", "nmod")):
                    if not topical:
                        place = place or (actor, token)
                    continue
                return Role((actor,), with_evidence(f"argument '{token.text}' among the complements", (actor,), table), 0.5)
            entering = locative or (token.dep_ == "prep" and token.lower_ in words.locative_preps)
            topic = topical or (token.dep_ == "prep" and token.lower_ in words.topic_preps)
            children = [c for c in token.children if _enter(c, words)]
            allowed = noun_preps(token, table, evaluative) if token.pos_ in ("NOUN", "PROPN") else None
            if allowed is not None:
                children = [c for c in children if c.dep_ != "prep" or c.lower_ in allowed]
            if token.pos_ in ("NOUN", "PROPN") and words.is_artifact(token):
                # "threw Molotov cocktails": the kind of a thing is not a side, its owner is
                # ("the computers of army officers").
                children = [c for c in children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")]
            following.extend((c, entering, topic) for c in children)
        frontier = following
    # "impounded 80 kg of heroin in eastern Turkey": a happening done to an amount of goods falls on
    # no one there.
    goods = any(c.dep_ == "dobj" and words.is_measure(c) for head in (trigger, *extra_heads) for c in head.children)
    if place is not None and places_stand and not goods:
        actor, token = place
        return Role((actor,), f"place '{token.text}' stands for the side there (no participant named)", 0.4)
    return None


def _path_actors(token: Token, table: Arguments) -> list[Actor]:
    """The actor a token on an argument path denotes: an actor's mention, or a participant phrase."""
    if table.words.in_measure_name(token):
        return []  # "US" in "a 5.3 million-US dollar agreement": a kind of money, not a side
    actor = table.for_token(token)
    if actor is not None:
        return [actor]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod", "nmod", "poss"):
        phrase = table.phrase_actor(token)
        if phrase is not None:
            return [phrase]
    return []


def _enter(token: Token, words) -> bool:
    """True when an argument path may go down to ``token``.

    Below a noun the path follows only the noun's own phrase and arguments (prepositional
    phrases, possessors, modifiers, coordination), never a clause hanging on it.
    """
    if token.dep_ in _FALLBACK_SKIP or token.lower_ in _ATTRIBUTION:
        return False
    if token.head.pos_ in ("NOUN", "PROPN") and token.dep_ not in _NOUN_PATH_DEPS:
        return False
    if token.dep_ == "prep" and token.lower_ in words.skipped_preps:
        return False
    # An adverbial clause is a condition, a background, a purpose (``_purpose_target``) or a
    # happening of its own ("..., killing two officers"): never this event's argument, except a
    # participle of address, whose addressee is the one spoken to ("praised the meeting, telling
    # Pompeo ...").
    if token.dep_ == "advcl":
        return (token.tag_ == "VBG" and token.lemma_.lower() in words.addressing_verbs
                and not any(c.dep_ == "mark" for c in token.children))
    return True
