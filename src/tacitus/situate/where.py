"""An event's place from its clause, the article's scene and the dateline.

Rules, in order (``why`` names the one that decided):

1. **Clause place**: a place in a locative phrase of the trigger's clause ("killed in Kayseri",
   "the blast in the city of Kayseri", "met at the border near Rafah"), or the destination or
   object of a journey or an attack on a place ("visited Tokyo", "shelled the town", "flew to
   Seoul"). A place that is a target, recipient, partner or topic is not where the happening took
   place: "urged the United States", "cut ties with Cuba", "an attack on Iraq", "aid to Haiti".
2. **Sentence place**: a locative place of a clause governing the trigger ("In Istanbul, police
   raided homes and arrested ten"), or of a clause under it; a reporting verb's place ("said in
   Beijing") reaches only statements and intentions, not the happenings reported.
3. **Here**: "arrived here" is the dateline city.
4. **Scene**: an event of the lead's type, or any material conflict (protest, arrest, attack), with
   no place of its own happened where the lead did (a saying only when the scene is finer than a
   country: the country a story names is often its topic, not where anyone spoke):
   the first locative place of the article's opening sentences ("A suicide car bomb killed 13
   soldiers. The blast ... in the city of Kayseri").
5. **Dateline**: the dateline city (resolved with the countries the article names) for happenings
   of the day of publication that are not reported from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from spacy.tokens import Token

from ..geo import PlaceTable
from ..model import Place
from .foreign import ForeignState
from .resources import SituateResources

__all__ = ["DESTINATION", "PlaceChoice", "said_here", "Scene", "clause_places", "own_place", "fallback_place", "find_scene", "here_refined",
           "place_from_dateline"]

# The note of a place reached as a journey's destination: the place of what the journey is for,
# never the article's scene (the lead may be the leaving itself).
DESTINATION = "the destination of the journey it is for"
_LINK_THROUGH = frozenset({"conj", "appos", "compound", "poss", "nmod", "amod"})
# The opening sentences in which the article sets its scene.
_LEAD_SENTENCES = 3


@dataclass(frozen=True)
class PlaceChoice:
    """The place chosen for one event (or None) and a note for ``why``."""

    place: Place | None
    note: str


@dataclass(frozen=True)
class Scene:
    """Where the article's lead happening took place, and the lead event's type."""

    place: Place
    event_type: str
    text: str
    # The lead's date: a happening its own words date to another day is not of the lead's scene.
    date: str | None = None
    # True when the lead's own words gave its date (not the publication day for want of any).
    dated: bool = False
    # The sentence that named the scene's place: an event told there is where that sentence says,
    # whatever day its words give ("Iraq condemned on Thursday the bombings of hotels in Amman last night").
    sentence: int | None = None


@dataclass(frozen=True)
class _Located:
    """A place mention with the clause word it is a location of (``governor``)."""

    place: Place
    root: Token
    governor: Token
    # A departure's destination ("left for New Delhi on Monday to resume talks"): the place of the
    # clauses under the departure (the talks), not of the leaving, nor the article's scene.
    destination: bool = False
    # What a shot or a throw is aimed at ("trying to launch a rocket at Israel"): the place of that
    # act alone, never of another clause's happening ("a drone fired at militants as they were
    # trying to launch a rocket at Israel" was not in Israel).
    aimed: bool = False


def clause_places(places: PlaceTable, words: SituateResources) -> list[_Located]:
    """Every place mention that is the location of some clause word, with that word."""
    found: list[_Located] = []
    # Provinces without a point ("in Helmand province") are places of events too, in text order.
    rooted = sorted((*places.rooted(), *places.rooted_regions()), key=lambda item: item[0].start)
    for mention, root, locative in rooted:
        if not locative:
            continue
        governor = _governor(root, words)
        if governor is not None:
            aimed = governor.lemma_.lower() in words.aim_verbs and _preposition(root) == "at"
            found.append(_Located(mention.place, root, governor, aimed=aimed))
        else:
            departure = _departure(root, words)
            if departure is not None:
                found.append(_Located(mention.place, root, departure, destination=True))
    return found


def _preposition(root: Token) -> str | None:
    """The preposition a place mention is the object of, through conjuncts and appositions."""
    node = root
    while node.dep_ in _LINK_THROUGH and node.head.i != node.i:
        node = node.head
    return node.head.lower_ if node.dep_ == "pobj" else None


def _departure(root: Token, words: SituateResources) -> Token | None:
    """The departure verb whose destination the place is ("left for New Delhi"), or None."""
    node = root
    while node.dep_ in _LINK_THROUGH and node.head.i != node.i:
        node = node.head
    preposition = node.head
    if node.dep_ == "pobj" and preposition.lower_ == "for" and preposition.head.lemma_.lower() in words.departure_words:
        return preposition.head
    return None


def _governor(root: Token, words: SituateResources) -> Token | None:
    """The verb or event noun a place is the location of, or None when the place is not a location
    (an actor, target, recipient or topic). Conjuncts, appositions and "of" phrases ("the city of
    Kayseri") pass through; "Istanbul's district" counts as Istanbul."""
    node = root
    for _ in range(10):
        if node.head.i == node.i:
            return None
        if node.dep_ in _LINK_THROUGH:
            node = node.head
            continue
        if node.dep_ == "pobj":
            preposition = node.head
            word = preposition.lower_
            governor = preposition.head
            if word == "of" and governor.pos_ in ("NOUN", "PROPN") and governor.lemma_.lower() in words.of_place_nouns:
                return governor  # "the occupation of Bukavu", "the shelling of Grozny": the place taken or struck
            if word == "of" and governor.pos_ in ("NOUN", "PROPN") and governor.head.i != governor.i:
                node = governor  # "in the city of Kayseri", "in the north of the country"
                continue
            if preposition.dep_ not in ("prep", "agent", "dative") or governor.i == preposition.i:
                return None
            if word in words.locative_prepositions or (word == "on" and {node.lower_, node.lemma_.lower()} & words.on_place_nouns):
                if _public_place(governor, words):
                    return governor.head.head  # "took to the street in Lima": the street's place is the verb's
                return governor
            if word in ("to", "into") and governor.lemma_.lower() in words.place_object_words:
                return governor
            return None
        if node.dep_ == "dobj" and node.head.lemma_.lower() in words.place_object_words:
            return node.head
        return None
    return None


def _public_place(noun: Token, words: SituateResources) -> bool:
    """True when a noun is a public place a crowd goes to, after "to" or "into" of a verb ("took to
    the street", "marched into the square"), so a place named on it is the verb's place. A place
    on a noun after a locative preposition stays the noun's ("held at a camp near the border
    town"): measured on the articles' held-out half, climbing through those moved places wrongly."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.head.i == noun.head.i:
        return False
    if noun.head.head.pos_ not in ("VERB", "AUX"):
        return False
    return noun.head.lower_ in ("to", "into") and noun.lemma_.lower() in words.public_place_nouns


def own_place(trigger: Token, located: Iterable[_Located], *, statement: bool,
              words: SituateResources, material_conflict: bool = False, verbal: bool = False,
              target_country: str | None = None) -> PlaceChoice | None:
    """The place the event's own sentence gives it (rules 1 and 2), or None. ``statement``: the
    event is made by saying it, so a reporting verb's place reaches it. ``material_conflict``: an
    attack, arrest or protest happens where its object or subject is ("attacked an army post in the
    town of Hakkari", "arrested five men at a hotel in Karak", "a knife attack in Guizhou killed
    two"); a talk about "the crisis in Syria" is not in Syria, so only these events take the place
    of their object. ``verbal``: the event is a saying (an appeal, a hope, an agreement), whose
    clause under it is what is said: "hopes more companies enter Madagascar", "urged them to
    hold talks in Geneva" are not said there. ``target_country``: of two places of the clause,
    the one in the event's target country is its place ("visited Benin and Nigeria": the visit to
    Nigeria is in Nigeria)."""
    attached: list[tuple[int, Place]] = []
    nearby: list[tuple[int, Place]] = []
    destinations: list[tuple[int, Place]] = []
    above = _ancestors(trigger, words, statement)
    for item in located:
        if item.root.sent != trigger.sent:
            continue
        distance = abs(item.root.i - trigger.i)
        if item.destination:
            if _under(trigger, item.governor, words):
                destinations.append((distance, item.place))
            continue
        if item.governor.i == trigger.i or (material_conflict and _object_of(item.governor, trigger)):
            attached.append((distance, item.place))
        elif item.aimed:
            continue
        elif _clause_word(item.governor, words) and (
                item.governor.i in above or (not verbal and _under(item.governor, trigger, words))):
            # Only a clause's or a journey's place: "the problem in Iraq" describes a noun, not
            # where the event was; "is to pay a visit to Taiwan to meet Lee" is in Taiwan.
            nearby.append((distance, item.place))
    if attached:
        own = [item for item in attached if target_country and item[1].country == target_country]
        return PlaceChoice(min(own or attached, key=lambda x: x[0])[1], "attached to the trigger")
    if nearby:
        return PlaceChoice(min(nearby, key=lambda x: x[0])[1], "from a locative phrase of the sentence")
    if destinations:
        return PlaceChoice(min(destinations, key=lambda x: x[0])[1], DESTINATION)
    return None


def _object_of(governor: Token, trigger: Token) -> bool:
    """True when the place's word is the trigger's object or subject, or a noun under one
    ("attacked a post in X", "a market in X was bombed", "killed 12 people at a market in X",
    "a knife attack in X killed two", "police in X arrested ten"), or the side it fights ("clashed
    with rebels on the island of X", "fought against police in X")."""
    node = governor
    for _ in range(4):
        if node.pos_ not in ("NOUN", "PROPN") or node.head.i == node.i:
            return False
        if node.head.i == trigger.i:
            return node.dep_ in ("dobj", "nsubjpass", "nsubj")
        if node.dep_ == "pobj" and node.head.head.i == trigger.i and node.head.lower_ in ("with", "against"):
            return True
        if node.dep_ != "pobj" or node.head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        node = node.head.head  # "people at a market": the market's place is the people's
    return False


def here_refined(choice: PlaceChoice | None, trigger: Token, dateline: Place | None) -> PlaceChoice | None:
    """A country the clause names gives way to the dateline city inside it when the clause says
    "here" ("arrived here Sunday for a visit to China" under a BEIJING dateline is in Beijing)."""
    if choice is None or choice.place is None or dateline is None or not said_here(trigger):
        return choice
    if choice.place.feature == "country" and choice.place.country == dateline.country:
        return PlaceChoice(dateline, "'here': the dateline")
    return choice


# The "why" note of the dateline rule: the place of the reporting, stamped on most of an article's
# happenings of the day.
_FROM_DATELINE = re.compile(r"; place [^;]* from the dateline")


def place_from_dateline(why: str) -> bool:
    """True when the situating step gave an event's place from the dateline, not from its own
    sentence or the article's scene (read from the record's ``why``): such a place is no evidence
    that two records are one happening."""
    return _FROM_DATELINE.search(why) is not None


def _clause_word(token: Token, words: SituateResources) -> bool:
    """True for a verb, or an event noun whose object is a place ("a visit to Taiwan")."""
    return token.pos_ in ("VERB", "AUX") or token.lemma_.lower() in words.place_object_words


def fallback_place(trigger: Token, event_type: str, *, statement: bool, earlier: bool, dated_today: bool,
                   scene: Scene | None, dateline: Place | None, words: SituateResources,
                   material_conflict: bool = False, foreign_state: ForeignState | None = None,
                   own_date: str | None = None, absent: str | None = None) -> PlaceChoice:
    """The place of an event whose sentence names none (rules 3 to 5). ``earlier``: it is dated
    before the report; ``dated_today``: its date is the publication date; ``material_conflict``:
    a protest, arrest, attack (CAMEO quad class 4), which happens where the story's scene is
    whatever the lead's type ("British police probing the killings in Ipswich ... a second man was
    arrested on Tuesday": in Ipswich, not at the LONDON dateline). ``foreign_state``: the event is
    the act of another state than the dateline's ("CARACAS - Panama cut ties with Taiwan"): it is not
    at the dateline; a statement of a state's organ, or any act of a body seated in the capital (its
    parliament, its government), is made in its capital. ``own_date``: the date the event's own words
    give (None when they give none); a happening dated to another day than the lead's is not at the
    lead's scene ("Olmert, speaking in Rahat on Sunday ... accepted the offer on Saturday").
    ``absent``: the name of the source, a person of another country with no sign of being at the
    dateline: the dateline does not place the act (ForeignStates.absent_person)."""
    if dateline is not None and said_here(trigger):
        return PlaceChoice(dateline, "'here': the dateline")
    # A saying does not take a country as its scene: "Pyongyang agreed to return to the talks on
    # lifting U.S. sanctions" names the country the story is about, not where the agreeing was.
    said_in_country = statement and not material_conflict and scene is not None and scene.place.feature == "country"
    # Fighting spreads over days in one place, so a material conflict keeps the scene of a lead the
    # text does not date; a saying or a meeting on another day is another occasion.
    other_day = own_date is not None and scene is not None and scene.date is not None and not (
        own_date.startswith(scene.date) or scene.date.startswith(own_date)) and (scene.dated or not material_conflict) \
        and scene.sentence != _sentence_index(trigger)
    if scene is not None and (event_type == scene.event_type or material_conflict) and not earlier and not said_in_country \
            and not other_day:
        return PlaceChoice(scene.place, f"the lead's scene '{scene.text}'")
    if foreign_state is not None:
        if foreign_state.seated:
            return PlaceChoice(foreign_state.capital, f"the capital of {foreign_state.country}, where its "
                                                      f"'{foreign_state.body}' sits, not the dateline")
        if statement:
            return PlaceChoice(foreign_state.capital, f"the capital of the acting state {foreign_state.country}, "
                                                      "not the dateline")
        return PlaceChoice(None, "")
    if absent is not None:
        return PlaceChoice(None, "")
    if dateline is not None and dated_today and (statement or not _reported(trigger, words)):
        return PlaceChoice(dateline, "from the dateline")
    return PlaceChoice(None, "")


def find_scene(lead: tuple[int, str, str | None, bool], placed: Iterable[tuple[int, str, str | None, Place, str]],
               located: Iterable[_Located], clause_date: Callable[[Token], tuple[str | None, bool]],
               dateline: Place | None, triggers: frozenset[int] = frozenset(),
               acts: frozenset[int] = frozenset()) -> Scene | None:
    """The article's scene: where its lead happening took place, if the opening sentences say.

    ``lead`` is the first event (sentence, type, date, whether its words dated it); ``placed`` the events with a place of their
    own (sentence, type, date, place, place words). The scene is the place of an opening event of the
    lead's type and date, else the first locative place of the opening sentences in a clause of the
    lead's date or of none ("A suicide car bomb killed 13 soldiers. The blast ripped through a bus in the city
    of Kayseri"), and not set before the story ("India had suspended talks following the blasts in
    Mumbai" is background, not the scene). A country gives way to a place inside it that the opening
    sentences name next for the story of the day, and a country that holds the dateline city to the city.
    ``triggers``: the token indices of the article's event triggers; a country under a noun that is
    none of them, and what a verb other than a material act (``acts``) is about, is a topic ("briefed
    the king on the latest developments in Lebanon"), not a scene."""
    sentence, event_type, date, dated = lead
    if sentence >= _LEAD_SENTENCES:
        return None
    chosen: tuple[Place, str, int] | None = None
    for where_sentence, kind, when, place, text in placed:
        if where_sentence < _LEAD_SENTENCES and kind == event_type and when == date:
            chosen = (place, text, where_sentence)
            break
    if chosen is None or chosen[0].feature == "country":
        for item in located:
            if _sentence_index(item.root) >= _LEAD_SENTENCES:
                break
            if item.destination or item.place.feature == "continent" or (item.aimed and item.governor.i not in triggers):
                continue
            if item.place.feature == "country" and _topic_noun(item.governor, triggers, acts):
                # "briefed the king on the latest developments in Lebanon": a country named under a
                # noun that is no happening is what the story is about, not where it took place.
                continue
            if chosen is not None and (item.place.feature == "country" or item.place.country != chosen[0].country):
                continue
            when, earlier = clause_date(item.governor)
            if not earlier and (when is None or when == date):
                chosen = (item.place, item.root.text, _sentence_index(item.root))
                if item.place.feature != "country":
                    break
                # "crashed in the northern Philippines. ... crashed in Alabat island in Quezon": a
                # place inside the country, told next, is the same scene more precisely.
    if chosen is None:
        return None
    place, text, named_in = chosen
    if place.feature == "country" and dateline is not None and dateline.country == place.country:
        place = dateline
    return Scene(place, event_type, text, date, dated, named_in)


def _topic_noun(governor: Token, triggers: frozenset[int], acts: frozenset[int]) -> bool:
    """A noun, no event trigger, that names what the story is about ("briefed the king on the latest
    developments in Lebanon", "solving the problem in Iraq"). A noun a material act works on keeps
    its place ("attacks on three hotels in Jordan": the hotels were in Jordan, and so were the attacks)."""
    if governor.pos_ in ("VERB", "AUX") or governor.i in triggers:
        return False
    acted_on_by = governor.head.head if governor.dep_ == "pobj" else governor.head
    return acted_on_by.i not in acts


def _sentence_index(token: Token) -> int:
    """The index of the token's sentence in its Doc (counted once per Doc and cached on it)."""
    doc = token.doc
    starts = doc.user_data.get("tacitus.situate.sentence_starts")
    if starts is None:
        starts = [sent.start for sent in doc.sents]
        doc.user_data["tacitus.situate.sentence_starts"] = starts
    from bisect import bisect_right

    return bisect_right(starts, token.i) - 1


def _ancestors(trigger: Token, words: SituateResources, statement: bool) -> set[int]:
    """Indices of the clause words above the trigger whose places reach it: up to coordination,
    and not past a reporting verb unless the event is a statement or an intention."""
    found: set[int] = set()
    node = trigger
    for _ in range(12):
        if node.head.i == node.i or node.dep_ == "conj":
            break
        parent = node.head
        if node.dep_ in ("ccomp", "parataxis") and words.is_reporting_verb(parent.lemma_.lower()) and not statement:
            break
        found.add(parent.i)
        node = parent
    return found


def _under(governor: Token, trigger: Token, words: SituateResources) -> bool:
    """True when the place's clause word sits in a clause under the trigger (not a reported one)."""
    node = governor
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.head.i == trigger.i:
            if node.dep_ == "advcl":
                # "killed when a bomb exploded in a market", "fled, leaving ten dead in the town"; not
                # "While the riots in X went on, protesters marched in Y", nor "after"/"before" clauses.
                marks = [c.lower_ for c in node.children if c.dep_ in ("mark", "advmod") and c.i < node.i]
                return not marks or any(m in words.simultaneous_markers and m != "while" for m in marks)
            return node.dep_ in ("xcomp", "prep", "npadvmod", "dobj", "pobj", "acl", "relcl") or (
                node.dep_ == "ccomp" and not words.is_reporting_verb(trigger.lemma_.lower()))
        node = node.head
    return False


def said_here(trigger: Token) -> bool:
    """True when "here" is an adverb of the trigger, of the verb governing it, or of the verb that
    verb's clause hangs on ("opened here by holding a meeting", "arrived here to attend talks")."""
    verb = trigger
    for _ in range(4):  # "arrived here for a visit to China": from the event noun up to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    chain = [trigger, verb]
    for _ in range(2):  # "opened here Wednesday by holding a meeting": the verb the clause hangs on
        node = chain[-1]
        if node.dep_ not in ("pcomp", "advcl", "xcomp", "conj") or node.head.i == node.i:
            break
        chain.append(node.head if node.dep_ != "pcomp" else node.head.head)
    return any(c.lower_ == "here" and c.dep_ == "advmod" for t in chain for c in t.children)


def _reported(trigger: Token, words: SituateResources) -> bool:
    """True when the trigger is in the clause a reporting verb reports."""
    node = trigger
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("ccomp", "parataxis") and words.is_reporting_verb(node.head.lemma_.lower()):
            return True
        node = node.head
    return False
