"""Source and target of an event from the dependency parse, through the article's ActorTable.

Source: the subject (``nsubj``); in the passive the ``by`` agent, while the passive subject becomes
the target. A trigger without its own subject inherits one: an ``xcomp`` from its controller ("X
asked Y to call off": Y; "X was scheduled to meet": X), a conjoined verb from the first verb, a
relative clause or participle from the noun it modifies. An event noun takes its source from a
possessor ("X's meeting"), an actor modifier ("US sanctions", "a US-North Korea summit"), a "by"
phrase, or the subject of the light verb that governs it ("X held talks").

Target: see ``targets.py``, which uses the helpers here (``actors_of``, ``slot_arguments``,
``noun_arguments``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from spacy.tokens import Token

from ..model import Actor
from .arguments import Arguments

__all__ = ["COLLECTIVE", "RELATIVE", "Role", "actors_of", "find_noun_source", "find_source", "is_passive", "marked_clause",
           "noun_arguments", "noun_governor", "noun_preps", "slot_arguments", "verb_lemma_in", "with_evidence", "without"]

_SUBJECTS = frozenset({"nsubj", "csubj"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
# Prepositions through which a noun is the complement of its governing verb ("in Moscow for talks",
# "engaged in talks", "went on strike").
_GOVERNING_PREPS = frozenset({"for", "in", "into", "on"})
# Nouns that count a happening in spans or rounds: in "ended two days of talks", "held a second
# round of negotiations" the verb governs the happening through them.
_SPAN_NOUNS = frozenset({"day", "week", "hour", "round", "session", "series"})


# Verbs whose "be ...ed in" form is a state of the subject, not a passive ("were engaged in fighting").
_STATIVE_PARTICIPLES = frozenset({"engage", "involve"})
# Heads of "N of X" subjects whose members are the actors ("a group of", "thousands of").
COLLECTIVE = frozenset({"group", "groups", "members", "member", "delegation", "team", "number", "hundreds",
                         "thousands", "dozens", "scores", "millions", "some", "many", "most", "one", "two",
                         "third", "half", "majority", "crowd", "crowds", "leaders", "representatives",
                         "supporters", "followers", "loyalists", "delegates", "activists", "militants"})
# Of those, the heads whose "from X" also names the body they belong to ("delegates from the party",
# "representatives from Chile"); "thousands from the town" names where people came from, not whose.
_MEMBERS_FROM = frozenset({"delegates", "delegation", "representatives", "members", "member", "envoys"})
# Prepositions that name a meeting as the occasion of a clause: "In a meeting with Hu, the president
# said ...", "During talks with X, Y signed ...". The meeting is a happening of its own, held by the
# clause's subject with the "with" partner, and not the clause verb's object.
_OCCASION_PREPS = frozenset({"in", "at", "during", "after", "following"})
# Verbs that only place their subject in a happening ("is in talks with", "engaged in talks with"):
# the noun's governor as before.
_PLACING_VERBS = frozenset({"be", "engage", "involve", "participate", "join"})

@dataclass(frozen=True)
class Role:
    """The actors found for one role, how they were found, and how much to trust that."""

    actors: tuple[Actor, ...]
    how: str
    quality: float


def actors_of(table: Arguments, token: Token) -> list[Actor]:
    """Actors of an argument head, following coordination of the head and of its modifiers.

    "Chinese and Russian officials" coordinates the adjectives, not the noun: both count.
    """
    found = table.for_argument(token)
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.conjuncts:
            for token_ in (child, *child.conjuncts):
                actor = table.for_token(token_)
                if actor is not None and all(actor.id != a.id for a in found):
                    found.append(actor)
    return found


def _subject(token: Token) -> Token | None:
    """The nominal subject child of a verb, if any."""
    return next((c for c in token.children if c.dep_ in _SUBJECTS), None)


def is_passive(token: Token) -> bool:
    """True when the verb is passive ("was scheduled", "were imposed"), not a state ("were engaged in")."""
    if token.lemma_.lower() in _STATIVE_PARTICIPLES and not any(c.dep_ == "agent" for c in token.children):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def find_source(verb: Token, table: Arguments, depth: int = 0) -> Role | None:
    """Return the source of a verb trigger, or None when no actor can be found."""
    if depth > 4:
        return None
    if is_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    found = actors_of(table, pobj)
                    if found:
                        return Role(tuple(found), f"agent 'by {pobj.text}'", 1.0)
                    # "mobbed by supporters of the ruling party": the members named after "of".
                    role = _indirect_subject(verb, pobj, table, depth)
                    if role is not None:
                        return Role(role.actors, role.how.replace("nsubj", "agent", 1), role.quality)
        if verb.dep_ == "advcl" and _conditional(verb):
            # "(cancelled the visit) should he be denied a meeting", "if he is arrested": a passive
            # condition names the one it would befall; its doer is unnamed, not the main clause's
            # subject ("although he was not charged, the prosecutor said" keeps the sharing).
            return None
    else:
        subject = _subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            if subject.lower_ in RELATIVE and verb.dep_ in ("relcl", "acl"):
                # The coreference map may have linked the pronoun itself ("to Pyongyang, who hailed":
                # Pompeo, not the place); otherwise the noun the clause modifies.
                found = actors_of(table, subject) or actors_of(table, verb.head)
                return Role(tuple(found), f"relative clause on '{verb.head.text}'", 0.8) if found else None
            found = actors_of(table, subject)
            if found and _destination_subject(verb, found, table):
                # "left for Kiev to attend the summit": the small model reads "for Kiev to attend" as a
                # clause with the destination for its subject; the traveller attends.
                role = find_source(verb.head, table, depth + 1)
                return Role(role.actors, f"{role.how} via '{verb.head.text}'", 0.75) if role else None
            if found:
                return Role(tuple(found), f"nsubj '{subject.text}'", 1.0)
            return _indirect_subject(verb, subject, table, depth)
    return _inherited_source(verb, table, depth)


def _destination_subject(verb: Token, found: Sequence[Actor], table: Arguments) -> bool:
    """True for a to-clause marked "for" whose subject is a capital named as a place, under a verb
    of its own. A country may be asked to act ("its call for the UK to leave the EU"); a city
    named after "left for" is where one goes."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return (subject is not None and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX")
            and all(table.is_place(a) for a in found) and table.countries.country_of_capital(subject.text) is not None
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children))


def _conditional(verb: Token) -> bool:
    """True for a passive condition with its own subject: "if/unless he is ...", or inverted
    ("should he be denied", "were it approved")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.i < subject.i and c.lower_ in ("should", "were", "had")
               for c in verb.children)


def _indirect_subject(verb: Token, subject: Token, table: Arguments, depth: int) -> Role | None:
    """Source behind a subject that is not itself an actor.

    "A group of Moroccan diplomats", "thousands of Kenyans": the members named after "of".
    Any other non-actor subject ("the two", "officials", a pronoun the coreference map left
    unlinked) means no source.
    """
    if subject.lower_ in COLLECTIVE:
        for prep in subject.children:
            if prep.dep_ == "prep" and (prep.lower_ == "of" or (prep.lower_ == "from" and subject.lower_ in _MEMBERS_FROM)):
                for pobj in prep.children:
                    found = actors_of(table, pobj)
                    if found:
                        return Role(tuple(found), f"nsubj '{subject.text} {prep.lower_} {pobj.text}'", 0.9)
    # A pronoun ("Japan said it had halted aid") is resolved by the article's coreference map
    # (actors/coreference.py) or not at all: it is then a mention of its actor in the table.
    return None


# Subordinators of a participle clause with no subject of its own ("when asked", "if elected").
_PARTICIPLE_MARKS = frozenset({"when", "if", "once", "unless", "until", "as", "though", "although", "while"})


def _bare_participle(verb: Token) -> bool:
    """A past participle with no subject and no auxiliary ("asked about X", "when asked"): passive,
    its patient is the subject of the clause it hangs on. With a subordinator the small model often
    tags it a simple past (VBD), which without a subject can only be the participle."""
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _PARTICIPLE_MARKS for c in verb.children))


def _inherited_source(verb: Token, table: Arguments, depth: int) -> Role | None:
    """Source of a verb without its own subject: controller, shared subject, or modified noun."""
    head = verb.head
    if head.i == verb.i:
        return None
    dep = verb.dep_
    is_to_clause = dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if dep == "xcomp" and is_passive(verb):
        return None  # "will not mind being voted down", "wants to be elected": the controller undergoes it
    if dep == "xcomp" or is_to_clause:
        # Object control first ("asked X to ...": X, even when X is not an actor), then the
        # passive subject ("X was scheduled to ..."), then the subject of the governing verb. A
        # purpose clause is controlled by the subject ("X shunned work to protest": X, not work).
        for child in (head.children if dep == "xcomp" else ()):
            if child.dep_ in ("dobj", "nsubjpass"):
                found = actors_of(table, child)
                if found:
                    return Role(tuple(found), f"controller '{child.text}' of '{head.text}'", 0.8)
                if child.dep_ == "dobj":
                    return None
        role = find_source(head, table, depth + 1)
        return Role(role.actors, f"{role.how} via '{head.text}'", 0.75) if role else None
    if dep == "acomp":
        # "X is due to travel": the adjective's subject is the copula's.
        return find_source(head, table, depth + 1)
    if dep == "acl" and verb.tag_ == "VBN":
        return None  # "soldiers killed in the attack": the modified noun is the patient, not the doer
    if dep == "relcl" and is_passive(verb):
        return None  # "the government, which was voted out": the modified noun is the patient
    if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        found = actors_of(table, head)
        return Role(tuple(found), f"modified noun '{head.text}'", 0.7) if found else None
    if dep == "advcl" and _bare_participle(verb):
        return None  # "When asked about X, Y said": a bare passive participle's subject is its patient
    if dep in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        role = find_source(head, table, depth + 1)
        return Role(role.actors, f"{role.how} shared with '{head.text}'", 0.7) if role else None
    return None


def noun_governor(noun: Token) -> Token | None:
    """Return the verb that governs an event noun ("held talks", "in Moscow for talks"), or None."""
    if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SPAN_NOUNS \
            and head.head.dep_ == "dobj" and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head  # "ended two days of talks": the span is the verb's object, the talks its event
    if noun.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _GOVERNING_PREPS and occasion_of(noun) is None:
        verb = head.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb
    return None


def occasion_of(noun: Token) -> Token | None:
    """The clause verb a meeting with a named partner is the occasion of, or None.

    "In a meeting with Hu in Beijing, the president referred to China as a partner": the meeting is
    the subject's happening with the "with" partner, whatever the clause verb codes. A verb that
    only places its subject in the happening ("is in talks with", "engaged in talks") governs the
    noun as usual.
    """
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in _OCCASION_PREPS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return None
    if noun.tag_ != "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None  # "in collaboration with X", "in cooperation with": a manner, not one meeting
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _PLACING_VERBS:
        return None
    return verb


def verb_lemma_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """True when the verb's lemma, or its text stripped of a regular ending, is in ``lemmas``.

    The statistical lemmatizer misreads some regular forms ("staged" -> "stag"); the plain
    de-inflections of the word as written catch those.
    """
    if verb.lemma_.lower() in lemmas:
        return True
    word = verb.lower_
    for ending, restore in (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2 and word[: -len(ending)] + restore in lemmas:
            return True
    return False


def find_noun_source(
    noun: Token, governor: Token | None, table: Arguments, light_verbs: frozenset[str], symmetric: bool = False,
    of_source: bool = False,
) -> Role | None:
    """Return the source of an event noun, or None.

    For symmetric nouns a single actor modifier is usually the venue ("the Geneva talks"), so
    modifiers count only when they name two sides ("a US-North Korea summit"). With ``of_source``
    (nouns of intransitive happenings, the lexicon's ``of_source: true``) the "of" phrase names the
    doer: "the arrival of the US delegation".
    """
    for child in noun.children:
        if child.dep_ == "poss" and not table.words.possessor_undergoes(noun):
            found = actors_of(table, child)
            if found:
                return Role(tuple(found), f"possessor '{child.text}'", 0.9)
    modifiers: list[Actor] = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
            for token in child.subtree:
                # "a 10 million US dollar grant": the country of a currency is not the giver.
                actor = None if table.words.in_measure_name(token) else table.for_token(token)
                if actor is not None and all(actor.id != a.id for a in modifiers):
                    modifiers.append(actor)
    if modifiers and (len(modifiers) >= 2 or not symmetric):
        return Role(tuple(modifiers), "modifier " + " + ".join(f"'{a.name}'" for a in modifiers), 0.8)
    if symmetric:
        # "talks between Chile and Peru": the sides of a meeting are both named after "between"; they
        # are its participants whoever attended or hosted it.
        sides = _between_sides(noun, table)
        if len(sides) < 2 and governor is not None and noun.dep_ == "nsubjpass":
            # "Talks were held between Chile and Peru": the passive verb carries the sides.
            sides = _between_sides(governor, table)
        if len(sides) >= 2:
            return Role(tuple(sides), "'between' " + " + ".join(f"'{a.name}'" for a in sides), 0.9)
    undergone = table.words.undergoes(noun)
    # "faced sanctions from the United States": with an undergoing verb, "from" names the doer (the
    # small model hangs it on the noun or on the verb).
    phrases = [*noun.children, *(noun.head.children if undergone else ())]
    for child in phrases:
        if child.dep_ == "prep" and (child.lower_ == "by" or (undergone and child.lower_ == "from")):
            for pobj in child.children:
                found = actors_of(table, pobj)
                if found:
                    return Role(tuple(found), f"'by {pobj.text}'", 0.9)
    for child in (noun.children if of_source else ()):
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                found = actors_of(table, pobj)
                if found:
                    return Role(tuple(found), f"'of {pobj.text}'", 0.9)
    occasion = occasion_of(noun) if governor is None else None
    if occasion is not None:
        role = find_source(occasion, table)
        if role is not None:
            return Role(role.actors, f"{role.how} of '{occasion.text}', whose occasion the '{noun.text}' is", role.quality * 0.9)
    if governor is not None and verb_lemma_in(governor, light_verbs) and not undergone:
        role = find_source(governor, table)
        if role is not None:
            return Role(role.actors, f"{role.how} of '{governor.text}'", role.quality * 0.9)
    return None


def _between_sides(noun: Token, table: Arguments) -> list[Actor]:
    """The actors a "between X and Y" phrase of the noun names, once each, in order."""
    sides: list[Actor] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for word in (pobj, *pobj.conjuncts):
                for actor in actors_of(table, word):
                    if all(actor.id != a.id for a in sides):
                        sides.append(actor)
    return sides


def slot_arguments(head: Token, slot: str) -> Iterable[Token]:
    """Yield the argument tokens that fill a target slot on ``head``."""
    if slot == "dobj":
        yield from (c for c in head.children if c.dep_ in ("dobj", "obj"))
    elif slot == "dative":
        yield from (c for c in head.children if c.dep_ in ("dative", "iobj"))
    elif slot == "advmod":
        # "arrived here": a place adverb (arguments.py reads "here" as the dateline's place).
        yield from (c for c in head.children if c.dep_ == "advmod")
    elif slot == "ccomp":
        # "demanded that X quit": the subject of the complement clause.
        for clause in head.children:
            if clause.dep_ == "ccomp":
                yield from (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    else:
        for child in head.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == slot:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                yield from objects or _stranded_object(head, child)
        # "called for X to resign": the subject of a clause the preposition introduces.
        clause = marked_clause(head, frozenset({slot}))
        if clause is not None:
            yield from (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))


def _stranded_object(head: Token, prep: Token) -> list[Token]:
    """The object of a preposition the parser left empty, read as the subject of the clause right
    after it: "granted asylum to five officers holed up in a residence" (the participle made a
    clause of its own, "officers" its subject)."""
    return [subject for clause in head.children if clause.dep_ in ("advcl", "ccomp", "xcomp", "conj") and clause.i > prep.i
            for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass") and subject.left_edge.i == prep.i + 1]


def marked_clause(head: Token, preps: frozenset[str]) -> Token | None:
    """The verb of a to-clause with its own subject that one of ``preps`` introduces under ``head``.

    "called for Netanyahu to resign", "pushed for the talks to resume": the parser makes "for" the
    clause's marker rather than a preposition of the governing verb.
    """
    for clause in head.children:
        if clause.dep_ in ("advcl", "ccomp", "xcomp") and any(
                c.dep_ == "mark" and c.lower_ in preps for c in clause.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return clause
    return None


def without(actors: Iterable[Actor], exclude: set[str]) -> list[Actor]:
    """``actors`` less those whose id is in ``exclude`` (the other side of the event)."""
    return [a for a in actors if a.id not in exclude]


def noun_arguments(noun: Token, table: Arguments, exclude: set[str], depth: int = 2,
                    evaluative: bool = False) -> tuple[list[Actor], str]:
    """The participants of an object that is not itself a side, found through its own arguments.

    "demanded an admission by Moscow", "rejected an offer from Kabul", "boycott contact with the
    United States", "denounced Serbia's suppression of ...": a nominalized object keeps its
    arguments, and the side they name is the target.
    """
    if depth <= 0 or noun.pos_ not in ("NOUN", "PROPN"):
        return [], ""
    # A document speaks of things ("the Treaty on the Non-Proliferation of ..."): only its maker
    # ("of", "by", "from") is a side.
    preps = noun_preps(noun, table, evaluative) or table.words.noun_argument_preps
    for child in noun.children:
        # "condemned Hariri's assassination": the possessor is the victim, not the doer judged.
        if child.dep_ == "poss" and not (evaluative and table.words.possessor_undergoes(noun)):
            found = without(table.for_argument(child), exclude)
            if found:
                return found, f"'{child.text}' of '{noun.text}'"
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            found = without(table.for_argument(pobj), exclude)
            if found:
                return found, f"'{noun.text} {prep.text} {pobj.text}'"
            found, how = noun_arguments(pobj, table, exclude, depth - 1)
            if found:
                return found, f"'{noun.text} {prep.text}' {how}"
    for clause in noun.children:
        # "supports the role Nepal has played", "praised the efforts the UN made": the doer of a
        # relative clause on the object is whose role or effort it is.
        if clause.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in clause.children):
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                found = without(table.for_argument(subject), exclude)
                if found:
                    return found, f"'{subject.text}' of the clause on '{noun.text}'"
    return [], ""


def noun_preps(noun: Token, table: Arguments, evaluative: bool) -> frozenset[str] | None:
    """The prepositions through which a noun's own sides hang, where the noun restricts them.

    A text names its maker ("of", "by", "from"), not what it speaks of ("the treaty on ...").
    An act of force judged as the object of a judging verb ("condemned the attack on X",
    "denounced the arrest of Y") has its doer as the side, never the one it was done to.
    """
    if table.words.is_document(noun):
        return table.words.maker_preps
    if evaluative and noun.lemma_.lower() in table.words.judged_nouns and noun.dep_ == "dobj":
        return table.words.doer_preps
    return None


def with_evidence(how: str, actors: Sequence[Actor], table: Arguments) -> str:
    """``how``, with what was decided about any participant phrase among ``actors``."""
    notes = [f"'{a.name}': {table.notes[a.id]}" for a in actors if table.notes.get(a.id)]
    return f"{how} ({'; '.join(notes)})" if notes else how
