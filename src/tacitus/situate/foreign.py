"""A foreign state's own act is not at the dateline ("CARACAS - Panama cut ties with Taiwan"), and
a town's own body acts in its town ("Jakarta police will deploy 18,000 officers").

The dateline is where the reporting was done. An act of the dateline's own country, or of a person
or a body there (a visiting minister "said here", a presidency at a summit), is placed at it; the
act of another state as a whole was made at home: a statement is placed in the state's capital,
any other act gets no place from the dateline. A body of another state that sits in its capital
(its parliament, cabinet or government: words.yaml ``seated_bodies``) acts there, whatever the act
("LUANDA - Sao Tome's parliament voted against a referendum": in Sao Tome). The doer is the event's
source or an actor named in the subject of its clause; a person in that subject ("Visiting Prime
Minister of the ROK Lee said") is a person speaking where the report was made, not a state at home.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Doc, Token

from ..geo import PlaceResources, PlaceTable
from ..model import Actor, Event, Place
from ..quotes.marks import find_quoted_spans
from .resources import SituateResources

__all__ = ["ForeignState", "ForeignStates", "home_city"]

# Actor kinds that stand for a state as a whole ("Japan has refused", "Panama cut ties"). Not its
# bodies: a presidency, a delegation or a commission is often at the dateline's summit or talks.
_STATE_KINDS = frozenset({"country"})
# Dependencies of a clause's subject; the parser reads "Visiting Prime Minister ... said" as a
# clausal subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


@dataclass(frozen=True)
class ForeignState:
    """The state whose own act an event is, other than the dateline's: its code and its capital;
    ``seated`` when the doer is a body that sits in the capital (a parliament, a government)."""

    country: str
    capital: Place
    seated: bool = False
    body: str = ""


class ForeignStates:
    """Tells, for the events of one article, which are a foreign state's own acts."""

    def __init__(self, actors: Sequence[Actor], dateline: Place | None, resources: PlaceResources,
                 words: SituateResources, text: str = "", doc: Doc | None = None) -> None:
        """Index the actors by id and by mention offsets, and the article's direct quotations."""
        self.dateline = dateline
        self.resources = resources
        self.words = words
        self.kinds = {actor.id: actor.kind for actor in actors if actor.kind}
        self._actors = {actor.id: actor for actor in actors}
        spans = sorted(((m.start, m.end, actor) for actor in actors if actor.kind for m in actor.mentions),
                       key=lambda item: (item[0], item[1]))
        self._spans = [(start, end, actor.kind) for start, end, actor in spans]
        self._owners = [actor for _, _, actor in spans]
        self._starts = [start for start, _, _ in spans]
        # Where a person speaks in the article's own words: the quotes stage's reading of the marks.
        self._quoted = [(q.start, q.end) for q in find_quoted_spans(text)]
        self._doc = doc

    def acting(self, event: Event, trigger: Token) -> ForeignState | None:
        """The foreign state whose own act the event is, or None: its doer (the source, or an actor
        named in the subject of its clause) is another country than the dateline city's, as a whole
        or as a body seated in its capital, and no person reports it or is its subject ("Russia's
        negotiator said here that Russia will cooperate" is said at the dateline). None for people,
        for international bodies (no capital) and without a dateline."""
        dateline = self.dateline
        if dateline is None or not dateline.country:
            return None
        if self._reported_by_person(trigger) or self._in_quotation(trigger) or self._person_subject(trigger):
            return None
        source = self._actors.get(event.source.actor_id) if event.source is not None else None
        for actor in (source, *self._subject_actors(trigger)):
            if actor is None or not actor.country:
                continue
            if actor.country == dateline.country:
                return None
            seated = actor.kind == "organization" and self._seated(actor.name)
            if actor.kind not in _STATE_KINDS and not seated:
                continue
            capital = self.resources.capital(actor.country)
            if capital is None:
                return None
            return ForeignState(actor.country, capital.place(), seated, actor.name if seated else "")
        return None

    def absent_person(self, event: Event, present: frozenset[str]) -> str | None:
        """The name of the event's source when it is a person of another country than the dateline's
        with no sign of being there, else None. The dateline is where the reporting was done; such a
        person acted where he was ("NICOSIA - Finland's foreign minister has invited his Turkish and
        Cypriot counterparts to Tampere": not in Nicosia). Signs he was there: ``present`` (actors met
        or visiting in the dateline's country), a sentence naming him that holds a presence word
        ("visiting", "here"), or a title of people posted abroad ("ambassador")."""
        dateline = self.dateline
        if dateline is None or not dateline.country or event.source is None:
            return None
        actor = self._actors.get(event.source.actor_id)
        if actor is None or actor.kind != "person" or actor.id in present:
            return None
        country = actor.country or ""
        if len(country) != 3 or country == dateline.country or self.resources.capital(country) is None:
            return None  # no state's citizen (an international official), or at home
        if actor.title and set(actor.title.lower().split()) & self.words.stationed_titles:
            return None
        return None if self._present_in_text(actor) else actor.name

    def _present_in_text(self, actor: Actor) -> bool:
        """True when a sentence naming the actor holds a presence word ("visiting", "here")."""
        if self._doc is None:
            return True  # no sentences to read: assume the usual, a person where the report was made
        for mention in actor.mentions:
            span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and any(t.lower_ in self.words.presence_words for t in span.sent):
                return True
        return False

    def _seated(self, name: str) -> bool:
        """True when a body's name ends in a word for a body seated in the capital ("Parliament",
        "the Panamanian government")."""
        words = name.lower().split()
        return bool(words) and words[-1] in self.words.seated_bodies

    def _subject(self, trigger: Token) -> list[Token]:
        """The subject tokens of the trigger's clause (of the verb governing an event noun)."""
        verb = trigger
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return [t for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree]

    def _subject_actors(self, trigger: Token) -> list[Actor]:
        """The actors named in the subject of the trigger's clause, in text order."""
        found: list[Actor] = []
        for token in self._subject(trigger):
            actor = self._actor_at(token)
            if actor is not None and actor not in found:
                found.append(actor)
        return found

    def _person_subject(self, trigger: Token) -> bool:
        """True when the subject of the trigger's clause names a person or a visitor ("Visiting Prime
        Minister of the ROK Lee Hae-chan"): a person acts where he is, not as a state at home."""
        verb = trigger
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return any(self._names_person(c) for c in verb.children if c.dep_ in _SUBJECTS)

    def _names_person(self, head: Token) -> bool:
        """True when a subject's head, or a word naming it (compound, apposition, modifier), is a
        person or "visiting"; a person further down ("the rating of President Bush") is not the subject."""
        naming = (head, *(c for c in head.children if c.dep_ in ("compound", "appos", "amod", "nmod")))
        return any(t.lower_ == "visiting" or self._kind_at(t) == "person" for t in naming)

    def _in_quotation(self, trigger: Token) -> bool:
        """True when the trigger is inside a direct quotation ("'We asked ourselves ...'": a person speaks)."""
        return any(start <= trigger.idx < end for start, end in self._quoted)

    def _reported_by_person(self, trigger: Token) -> bool:
        """True when a reporting verb above the trigger has a person as its subject."""
        node = trigger
        for _ in range(12):
            if node.head.i == node.i:
                return False
            parent = node.head
            if node.dep_ in ("ccomp", "parataxis") and self.words.is_reporting_verb(parent.lemma_.lower()):
                if any(self._names_person(c) for c in parent.children if c.dep_ in _SUBJECTS):
                    return True
            node = parent
        return False

    def _kind_at(self, token: Token) -> str | None:
        """The kind of the actor whose mention covers the token, or None."""
        actor = self._actor_at(token)
        return actor.kind if actor is not None else None

    def _actor_at(self, token: Token) -> Actor | None:
        """The actor whose mention covers the token, or None."""
        position = bisect_right(self._starts, token.idx) - 1
        while position >= 0:
            start, end, _ = self._spans[position]
            if start <= token.idx < end:
                return self._owners[position]
            if end <= token.idx and start < token.idx - 200:
                return None
            position -= 1
        return None


# Kinds of actors that are a town's own bodies when a city's name leads theirs ("Jakarta police",
# "Kabul residents", "the Baghdad city council"); a person so named is no town's body.
_LOCAL_KINDS = frozenset({"organization", "group"})


def home_city(event: Event, places: PlaceTable, kinds: dict[str, str]) -> Place | None:
    """The city whose own body the event's source is ("Jakarta police have said they will deploy
    18,000 officers": in Jakarta), or None: the city's name opens the source's name."""
    source = event.source
    if source is None or kinds.get(source.actor_id) not in _LOCAL_KINDS:
        return None
    name = source.name.lower()
    if name.startswith("the "):
        name = name[4:]
    for mention in places.mentions:
        if mention.place.feature != "city" or mention.text.isupper():
            continue  # an acronym is a body's name ("the UN General Assembly"), not a town's
        text = mention.text.lower()
        for opening in (text + " ", text + "'s "):
            rest = source.name[len(opening) + (len(source.name) - len(name)):]
            # The rest names a kind of body in common nouns ("police", "city council"), not a body
            # of its own ("Washington Apple Commission", "North Koreans", "Tampa Bay Devil Rays").
            if name.startswith(opening) and rest and rest == rest.lower():
                return mention.place
    return None
