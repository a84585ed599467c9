"""Participant phrases: whether a noun phrase with no actor is an event participant, and the clues
its words and context give to its country and sector.

Split from ``arguments.py`` (which wraps the ActorTable as the pool of event arguments and asks this
module about phrases). ``code_participant_phrase`` is the one place where the event stage decides a
phrase is a participant ("two teenagers": CVL; "Serbia's feuding republics": a country word on a
plural); ``country_clues`` reports what the context says of its country (its own modifiers, its
location phrase, the place of its clause or sentence, the article's own country, the sentence's only
country). The actor-coding owner (``actors/coding.py``) ranks the clues and makes the Actor records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Token

from ..actors.coding import Evidence, Rank
from ..actors.outsiders import of_several_states, outsider_evidence
from ..nlp import doc_text

if TYPE_CHECKING:  # only for annotations: arguments.py imports this module
    from .arguments import Arguments

__all__ = ["OWN_WORDS", "PHRASE_DEPS", "PhraseEvidence", "code_participant_phrase", "country_clues",
           "in_condition", "name_of", "phrase_words", "place_tokens"]

# Dependents that belong to the noun phrase of their head and may name its country.
PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# The trace of a country read in the phrase's own modifiers ("German police", "Serbia's republics").
OWN_WORDS = "country from the words of its phrase"


@dataclass(frozen=True)
class PhraseEvidence:
    """What ``code_participant_phrase`` read in one noun phrase: its words, and the clues to its
    country and sector (``actors/coding.py`` decides from them)."""

    name: str
    start: int  # character offsets of the phrase in the article text
    end: int
    clues: tuple[Evidence, ...]
    place: bool = False  # a named place ("Kampala"): the other side only where a place may be one


def phrase_words(token: Token) -> Iterable[Token]:
    """The head and its pre-modifiers (with their own modifiers), nearest first."""
    yield token
    for child in reversed([c for c in token.children if c.dep_ in PHRASE_DEPS and c.i < token.i]):
        yield child
        yield from (t for t in child.subtree if t.i != child.i and t.dep_ in PHRASE_DEPS)


def code_participant_phrase(token: Token, arguments: Arguments) -> PhraseEvidence | None:
    """Decide whether a noun phrase with no actor is an event participant, and its country and sector.

    The one place where the event stage codes a phrase (to become evidence for the actors owner).
    A participant either has a head noun of the participant table ("two teenagers": CVL) or names
    a country through its own modifiers ("Serbia's feuding republics"). Artifacts and abstract
    heads ("the Chinese economy") are not participants; an artifact's owner counts only when a
    possessive or a country word names it.
    """
    lemma = token.lemma_.lower()
    if token.pos_ not in _NOMINAL or lemma in arguments.words.not_participants or lemma in arguments.event_nouns:
        return None  # "the Chinese economy", "last month's U.S. invasion": not participants
    if arguments.words.is_measure(token):
        return None  # "3 billion U.S. dollars": money, whatever country its name carries
    place = token.ent_type_ in ("GPE", "LOC", "FAC")  # "Kampala", "the South China Sea"
    words = arguments.words
    sector = words.sector_of(token) if token.pos_ == "NOUN" and not place else None
    sector_why = f"sector {sector} from the noun '{token.text}'" if sector else ""
    if token.pos_ == "NOUN" and token.lemma_.lower() in words.generic:
        # "army patrol", "police station": a generic head takes its modifier's sector.
        for child in token.children:
            if child.dep_ in ("compound", "amod") and child.i < token.i:
                modifier = words.modifier_sectors.get(child.lower_)
                if modifier:
                    sector, sector_why = modifier, f"sector {modifier} from the modifier '{child.text}'"
    if any(_names_actor(pobj, arguments) for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
           for pobj in prep.children if pobj.dep_ == "pobj"):
        return None  # "19 members of the PKK", "delegations of 48 countries": the side is after "of"
    own = arguments.country_of(token)
    clues: list[Evidence] = []
    if sector is None:
        if own is None or (token.pos_ == "NOUN" and (token.tag_ != "NNS" or lemma in words.place_nouns)):
            # Only a plural or a name is a participant by its country word alone ("Serbia's feuding
            # republics", "Danish Web sites"); a singular noun is a thing or a happening ("the
            # Israeli offensive", "the Palestinian uprising"), and a place noun is a place ("beyond
            # China's borders", "Iraq's cities": see ``Arguments.place_phrase``).
            return None
        # A phrase named only by a country word: "Serbia's feuding republics", "Danish Web sites".
        clues.append(Evidence(Rank.WORDS, OWN_WORDS, country=own))
    else:
        clues.extend(country_clues(token, arguments))
        clues.append(Evidence(Rank.WORDS, sector_why, sector=sector))
    phrase = sorted({t.i: t for t in phrase_words(token)}.values(), key=lambda t: t.i)
    # Numbers and determiners belong to the name a reader sees ("two teenagers", "a security patrol").
    lefts = [t for t in token.lefts if t.dep_ in ("nummod", "det", "quantmod") and t.i < token.i]
    first = min([t.i for t in phrase] + [t.left_edge.i for t in lefts])
    start, end = token.doc[first].idx, token.idx + len(token.text)
    name = doc_text(token.doc)[start:end]
    return PhraseEvidence(name=name, start=start, end=end, clues=tuple(clues), place=place)


def _names_actor(token: Token, arguments: Arguments) -> bool:
    """True when the token is covered by an actor of the table that is not a mere place."""
    return any(not arguments.is_place(actor) for actor in arguments.table.for_argument(token))


def country_clues(token: Token, arguments: Arguments) -> list[Evidence]:
    """What the context of a participant says of its country, as clues for ``actors/coding.py``
    (which ranks them, ``PHRASE_ORDER``): its own words, its location phrase, the place of its
    clause, the place its sentence names, the article's own country, the sentence's only country."""
    clues: list[Evidence] = []
    own = arguments.country_of(token)
    if own is not None:
        clues.append(Evidence(Rank.WORDS, OWN_WORDS, country=own))
        return clues  # the phrase's own words are the strongest clue there is: no need to look further
    outsider = outsider_evidence(token) or of_several_states(arguments.countries, token)
    if outsider is not None:
        # "foreign tourists were attacked near Luxor": coding.py reads no country from the place,
        # the scene or the article for an outsider.
        clues.append(outsider)
    located = arguments.location_country(token)
    if located is not None:
        clues.append(Evidence(Rank.PLACE, f"country from its location '{located[1]}'", country=located[0]))
    # "arrested two teenagers in Aschaffenburg": the place of the clause the phrase is an object of.
    if token.dep_ in ("dobj", "nsubjpass", "pobj", "dative"):
        clause = token.head.head if token.dep_ == "pobj" else token.head
        located = arguments.location_country(clause)
        if located is not None:
            clues.append(Evidence(Rank.PLACE, f"country from the place of its clause '{located[1]}'", country=located[0]))
    placed = arguments.sentence_place_country(token)
    if placed is not None:
        clues.append(Evidence(Rank.PLACE, f"country of the place its sentence names '{placed[1]}'", country=placed[0]))
    article = arguments.article_country()
    if article is not None:
        clues.append(Evidence(Rank.ARTICLE, article[1], country=article[0]))
    scene = arguments.sentence_country(token)
    if scene is not None:
        clues.append(Evidence(Rank.SCENE, "country: the only one its sentence names", country=scene))
    return clues


def name_of(token: Token) -> str:
    """A name word with the compound words before it ("Tel Aviv", not "Aviv")."""
    first = min([token.i] + [c.i for c in token.children if c.dep_ == "compound" and c.i < token.i])
    return token.doc[first:token.i + 1].text


def in_condition(token: Token) -> bool:
    """True when the token lies in a conditional clause ("if war starts in Iraq")."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in ancestor.children):
            return True
    return False


def place_tokens(pobj: Token) -> Iterable[Token]:
    """The words that may name a place in a location phrase: the object, its compounds, appositions
    and its own location phrase ("in Aschaffenburg, in Bavaria", "in the town of Cizre")."""
    yield pobj
    for child in pobj.children:
        if child.dep_ in ("compound", "appos", "conj"):
            yield child
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    yield grand
