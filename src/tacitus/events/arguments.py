"""Event arguments: the article's actors, and participants that are not names.

The actor stage finds most participants, but an event argument is often a phrase it has no reason
to keep ("two teenagers", "a security patrol in Karak", "Ugandan opposition candidates"), or an
actor it found without a country ("Bosnian Serbs", "police"). ``Arguments`` wraps the ActorTable
and, for an argument head:

- an actor of the table stands for itself; one without a country gets the country the phrase's
  context gives (below);
- a noun phrase with no actor becomes a *participant phrase* (kind "phrase", not in the actor
  list until the coder adds it; its id derives from the phrase) when its head noun names people
  or an institution (``data/arguments.yaml``: "teenagers" CVL, "patrol" COP, "worshippers" CVL),
  or when its own modifiers name a country ("Serbia's feuding republics");
- a thing is never a participant ("Molotov cocktails", "the bill"): an artifact head gives no
  side, except through a possessive or a country word naming its owner ("Israeli tanks").

Whether a noun phrase is a participant is decided in one function, ``code_participant_phrase``
(``participants.py``);
what its words and context say of its country and sector is reported as clues (``Evidence``, in
``PhraseEvidence``; ``country_clues``): its own modifiers ("German police"), its location phrase
("a patrol in Karak", when the place is known to the article), the place of its clause or
sentence, the article's own country (``ActorTable.home``, decided once by the actor stage) and the
sentence's only country. The actor-coding owner (``actors/coding.py``: ``phrase_actor``,
``with_evidence``) ranks the clues and makes the Actor records.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from ..actors.coding import Evidence, Rank, phrase_actor, with_country, with_evidence
from ..actors.countries import CountryTable
from ..actors.table import ActorTable
from ..model import Actor, Article, content_id
from ..nlp import doc_text
from .argument_words import ArgumentWords
from .participants import (OWN_WORDS, PHRASE_DEPS, PhraseEvidence, code_participant_phrase, country_clues,
                           in_condition, name_of, place_tokens)

__all__ = ["ArgumentWords", "Arguments", "PhraseEvidence", "code_participant_phrase", "country_clues"]

_NOMINAL = frozenset({"NOUN", "PROPN"})
# Prepositions after a participant that say where it is ("a patrol in Karak", "residents of Gaza").
_LOCATION_PREPS = frozenset({"in", "at", "of", "from", "near", "outside", "inside"})


class Arguments:
    """The ActorTable of one article, seen as the pool of event arguments (see the module docstring)."""

    def __init__(self, table: ActorTable, countries: CountryTable, article: Article | str,
                 words: ArgumentWords | None = None, event_nouns: frozenset[str] = frozenset()) -> None:
        """Wrap ``table``; ``countries`` codes phrases; ``article`` (or its id) makes phrase actor ids
        unique; ``words`` are the participant lists (loaded when omitted);
        ``event_nouns`` are the lemmas of event nouns ("invasion", "uprising"), never participants."""
        self.table = table
        self.event_nouns = event_nouns
        self.countries = countries
        self.article = article if isinstance(article, Article) else Article(id=article, text="")
        self.article_id = self.article.id
        self.words = words if words is not None else ArgumentWords.load()
        # What was decided about each participant phrase (for the actors owner), and a short
        # trace per actor id of any country or sector filled in here (for the event's ``why``).
        self.evidence: dict[str, PhraseEvidence] = {}
        self.notes: dict[str, str] = {}

    def __len__(self) -> int:
        """The number of actors of the article (phrase actors are not counted)."""
        return len(self.table)

    def for_token(self, token: Token) -> Actor | None:
        """The actor one of whose mentions covers ``token`` (the table's answer, country filled in)."""
        actor = self.table.for_token(token)
        return self._with_country(actor, token) if actor is not None else None

    def for_argument(self, token: Token) -> list[Actor]:
        """The actors an argument head denotes: the table's, else a participant phrase, else none.

        An artifact ("Molotov cocktails") is not a side: only a possessive or a country word of its
        own phrase names its owner.
        """
        if token.lower_ in self.words.deictic_places:
            place = self.dateline_place(token)
            return [place] if place is not None else []
        if token.pos_ in _NOMINAL and self.words.is_measure(token):
            return []  # "625,000 US dollars", "5 million yuan": money is what changes hands, not a side
        if token.pos_ in _NOMINAL and self.words.is_artifact(token):
            owners = [a for c in token.children if c.dep_ == "poss" for a in self.table.for_argument(c)]
            if owners:
                return [self._with_country(actor, token) for actor in owners]
            phrase = self.phrase_actor(token)
            return [phrase] if phrase is not None else []
        if token.lemma_.lower() in self.words.not_participants and self.table.for_token(token) is None:
            return []  # "the use of the Russian language": a country word on an abstract noun
        found = self.table.for_argument(token)
        if found and self.table.for_token(token) is None and token.lemma_.lower() in self.words.relation_nouns:
            # "told his friends", "met his Iraqi counterpart": a relation is someone other than the
            # one it is related to; only a name of its own ("his counterpart Jalal Talabani") says who.
            named = (self.table.for_token(c) for c in token.children if c.dep_ in ("appos", "flat", "compound"))
            found = list({actor.id: actor for actor in named if actor is not None}.values())
        if found and self.table.for_token(token) is None:
            # "signed a 5.3 million-US dollar financing agreement": the country in a currency's name
            # is no side of the noun it modifies.
            money = {actor.id for word in (token, *token.conjuncts) for child in word.children
                     if self.words.in_measure_name(child) and (actor := self.table.for_token(child)) is not None}
            found = [actor for actor in found if actor.id not in money]
        if found and self.table.for_token(token) is None and self.words.sector_of(token) and all(
                self.is_place(actor) for actor in found):
            # "twelve Ugandan students": the demonym gives the country, the noun the sector.
            phrases = self._coordinated_phrases(token)
            if phrases:
                return phrases
        if found and all(actor.country is None for actor in found):
            # "other delegations, including Russia and Japan": the members it lists say whose
            # they are better than any guess about the whole.
            members = self._member_phrases(token)
            if members:
                return members
        if found:
            return [self._with_country(actor, token) for actor in found]
        return self._member_phrases(token) or self._coordinated_phrases(token)

    def _member_phrases(self, token: Token) -> list[Actor]:
        """The members a participant noun lists, each as that noun of its country: "delegations,
        including Russia and Japan" are Russia's delegation and Japan's (sector of the noun)."""
        sector = self.words.sector_of(token)
        if sector is None or token.pos_ not in _NOMINAL:
            return []
        members: list[Actor] = []
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.words.member_preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for word in (pobj, *pobj.conjuncts):
                    # "the Democratic People's Republic of Korea (DPRK)": the short name in apposition
                    # names the member as a whole; the words of the long one may hold another name.
                    actor = next((a for c in word.children if c.dep_ == "appos"
                                  and (a := self.table.for_token(c)) is not None and a.country), None) \
                        or self.table.for_token(word)
                    # A country as a whole (no sector of its own, not a person): "including Russia".
                    if actor is None or not actor.country or actor.sector or actor.kind == "person":
                        continue
                    if any(m.country == actor.country for m in members):
                        continue
                    name = f"{token.text} ({actor.name})"
                    actor_id = "phrase-" + content_id(self.article_id, str(word.idx), name)
                    clues = [Evidence(Rank.WORDS, f"country of '{actor.name}', a member the phrase lists",
                                      country=actor.country),
                             Evidence(Rank.WORDS, f"sector {sector} from the noun '{token.text}'", sector=sector)]
                    member = phrase_actor(actor_id, name, clues)
                    self.notes[actor_id] = member.why or ""
                    members.append(member)
        return members

    def _coordinated_phrases(self, token: Token) -> list[Actor]:
        """Participant phrases of a head and its conjuncts, as one side where they agree.

        "Israeli helicopters and tanks": the conjunct shares the first one's country, and two
        phrases of one country and sector are one side.
        """
        phrases: list[Actor] = []
        for word in (token, *token.conjuncts):
            phrase = self.phrase_actor(word)
            if phrase is None:
                continue
            if phrases and phrase.country is None and phrases[0].country:
                country = phrases[0].country
                why = f"country of '{phrases[0].name}', its conjunct"
                phrase = with_country(phrase, country, why)
                self.notes[phrase.id] = why
            if any((p.country, p.sector) == (phrase.country, phrase.sector) for p in phrases):
                continue
            phrases.append(phrase)
        return phrases

    def is_place(self, actor: Actor) -> bool:
        """True when the actor is a country or a capital named as a place, not a body acting."""
        return actor.kind in ("country", "place") and not actor.sector

    def country_of(self, token: Token) -> str | None:
        """The country a noun phrase names through its head or its own modifiers, or None."""
        if token.pos_ not in _NOMINAL:
            return None
        for text in self._candidate_texts(token):
            if not text[:1].isupper():
                continue
            country = self.countries.lookup(text) or self.countries.country_of_capital(text)
            if country is not None:
                return country
            if _region_words(text, self.countries):
                return None  # "South American countries": a region, not the Americans' United States
        return None

    def _candidate_texts(self, token: Token) -> Iterable[str]:
        """Texts that may name the phrase's country: whole modifiers first ("North Korean"), then words."""
        # Modifiers before the head: "Bosnian Serbs" are Bosnia's, not Serbia's.
        for child in reversed([c for c in token.children if c.dep_ in PHRASE_DEPS and c.i < token.i]):
            parts = [t for t in child.subtree if t.dep_ != "case" and t.i < token.i]
            if len(parts) > 1:
                yield " ".join(t.text for t in parts)
            yield child.text
            # "the Peruvian reporter Jan Novak": modifiers of the modifier.
            yield from (t.text for t in child.subtree if t.i != child.i and t.dep_ in PHRASE_DEPS)
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if compounds:
            yield token.doc[compounds[0].i:token.i + 1].text
        yield token.text

    def phrase_actor(self, token: Token) -> Actor | None:
        """A participant phrase for a noun phrase that holds no actor of the table, or None."""
        evidence = code_participant_phrase(token, self)
        if evidence is None:
            return None
        actor_id = "phrase-" + content_id(self.article_id, str(evidence.start), evidence.name)
        self.evidence[actor_id] = evidence
        actor = phrase_actor(actor_id, evidence.name, evidence.clues, kind="place" if evidence.place else "phrase")
        self.notes[actor_id] = actor.why or ""
        return actor

    def dateline_place(self, token: Token) -> Actor | None:
        """The place a deictic word ("here") points at: the dateline's place, as a side standing for
        its country ("arrived here" in a story datelined BEIJING), or None without such a dateline."""
        country = self.countries.of_dateline(self.article.dateline)
        home = self.table.home
        if country is None and self.article.dateline and home.country and "dateline" in (home.why or ""):
            country = home.country  # a dateline city that is no capital ("MAR DEL PLATA"): the places stage's country
        if country is None:
            return None
        place = (self.article.dateline or "").split(",")[0].split("(")[0].strip()
        name = place.title() if place.isupper() else place
        actor_id = "phrase-" + content_id(self.article_id, str(token.idx), name)
        clues = [Evidence(Rank.PLACE, f"'{token.text}': the place of the article's dateline", country=country)]
        actor = phrase_actor(actor_id, name, clues, kind="place")
        self.notes[actor_id] = actor.why or ""
        return actor

    def host_place(self, token: Token) -> Actor | None:
        """The place a gathering is held in ("in Pusan, ROK"), as a side standing for its country: an
        actor of the table that is a place with a country, else a country or capital the words name."""
        for word in place_tokens(token):
            actor = self.table.for_token(word)
            if actor is not None and actor.country and self.is_place(actor):
                return actor
        for word in place_tokens(token):
            country = self._place_country(word)
            if country is not None:
                name = name_of(word)
                actor_id = "phrase-" + content_id(self.article_id, str(word.idx), name)
                clues = [Evidence(Rank.PLACE, f"'{name}': the place the gathering is held in", country=country)]
                actor = phrase_actor(actor_id, name, clues, kind="place")
                self.notes[actor_id] = actor.why or ""
                return actor
        return None

    def place_phrase(self, token: Token) -> Actor | None:
        """A common-noun place ("a strategic village in western Cambodia", "the town") as the side
        of an event that falls on the people there, with the country of its context; or None."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.words.place_nouns:
            return None
        clues = country_clues(token, self)
        if not clues:
            return None
        start, end = token.left_edge.idx, token.idx + len(token.text)
        name = doc_text(token.doc)[start:end]
        actor_id = "phrase-" + content_id(self.article_id, str(start), name)
        self.evidence[actor_id] = PhraseEvidence(name=name, start=start, end=end, clues=tuple(clues), place=True)
        actor = phrase_actor(actor_id, name, clues, kind="place")
        self.notes[actor_id] = actor.why or ""
        return actor

    def location_country(self, token: Token) -> tuple[str, str] | None:
        """The country of the place a participant is said to be in ("a patrol in Karak", "residents
        of Gaza"), with the place's text, when the article knows the place."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATION_PREPS:
                continue
            found: dict[str, str] = {}
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for place in place_tokens(pobj):
                    country = self._place_country(place)
                    if country is not None:
                        found.setdefault(country, name_of(place))
                if not found and prep.lower_ in ("of", "from") and (country := self.country_of(pobj)):
                    # "leaders of the Serbian opposition": the country words of what they belong to.
                    found[country] = pobj.text
            if len(found) == 1:
                return next(iter(found.items()))
            if found:
                return None  # "delegations from China and Vietnam": two countries, none decided
        return None

    def _place_country(self, token: Token) -> str | None:
        """The country of a place word: an actor of the table that is a place, or a country or capital."""
        actor = self.table.for_token(token)
        if actor is not None and actor.country and actor.kind == "country":
            return actor.country
        if token.text[:1].isupper():
            return self.countries.lookup(token.text) or self.countries.country_of_capital(token.text)
        return None

    def sentence_place_country(self, token: Token) -> tuple[str, str] | None:
        """The country of the places the token's sentence names in locative phrases ("... when they
        blew themselves up in Tel Aviv"), with a place's text, when they all lie in one country."""
        found: dict[str, str] = {}
        for word in token.sent:
            if word.dep_ == "pobj" and word.head.lower_ in self.words.locative_preps and not in_condition(word):
                for place in place_tokens(word):
                    country = self._place_country(place)
                    if country is not None:
                        found.setdefault(country, name_of(place))
        return next(iter(found.items())) if len(found) == 1 else None

    def sentence_country(self, token: Token) -> str | None:
        """The single country named in the token's sentence (by actors of the table), or None."""
        sentence = token.sent
        found: set[str] = set()
        for _mention, actor in self.table.mentions_in(sentence.start_char, sentence.end_char):
            if actor.country and len(actor.country) == 3 and actor.country in self.countries:
                found.add(actor.country)
        return next(iter(found)) if len(found) == 1 else None

    def article_country(self) -> tuple[str, str] | None:
        """The article's own country and how it was found, as the actor stage decided it once
        (``ActorTable.home``: the dateline's, else the country the article names clearly most)."""
        home = self.table.home
        return (home.country, f"country of the article ({home.why})") if home.country else None

    def _with_country(self, actor: Actor, token: Token) -> Actor:
        """The actor, with a country when the actor stage left it empty: a name takes only the
        country its own phrase names ("the Peruvian reporter Jan Novak"); a description ("police",
        "gunmen") takes its context's, as a participant phrase does."""
        if actor.country:
            return actor
        if token.pos_ == "NOUN" and actor.kind != "person":
            clues = country_clues(token, self)
        else:
            own = self.country_of(token)
            clues = [Evidence(Rank.WORDS, OWN_WORDS, country=own)] if own else []
        if not clues:
            return actor
        coded = with_evidence(actor, clues)
        self.notes[actor.id] = coded.why or ""
        return coded


# Points of the compass that make a demonym a region's ("South American", "West African").
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})


def _region_words(text: str, countries: CountryTable) -> bool:
    """True for a compass word and a demonym that together name no country: a region ("South
    American", "West African"; "South African" and "North Korean" are countries, read before)."""
    first, _, rest = text.partition(" ")
    return first.lower() in _COMPASS and bool(rest) and countries.by_demonym(rest) is not None

