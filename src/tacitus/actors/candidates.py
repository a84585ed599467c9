"""The working record of one actor mention (``Candidate``) and small readings of its words.

Shared by the finders (actors/mentions.py, actors/dictmentions.py), coreference and resolution:
a candidate carries clues about country and sector; actors/coding.py alone decides them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .coding import Evidence, Rank, decide
from .context import is_possessive_marker

__all__ = ["Candidate", "acting", "clean_bounds", "clue", "is_junk", "is_modifier", "title_case"]

# Prepositions after which a capital still acts ("talks with Moscow", "sanctions against Tehran").
_ACTING_PREPS = frozenset({"with", "against", "by", "on", "between", "for"})
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "attr", "dative"})


@dataclass
class Candidate:
    """One mention and what its context says (a working record, local to one article)."""

    kind: str  # person, organization, country, group
    source: str  # name, org, country, capital, description, group, pronoun
    start: int  # token span of the recorded mention
    end: int
    name: str | None = None
    title: str | None = None
    family: str | None = None
    possessor: Token | None = None
    definite: bool = False
    plural: bool = False
    link: int | None = None  # index of a name candidate this description names (appositions)
    key: str | None = None  # identity for grouping when it differs from the name (known organizations)
    label: str | None = None  # a name for an actor known only by this description
    fixed: bool = False  # coded by the user's dictionary: its code wins over inference
    # What the mention's own words say about country and sector (actors/coding.py decides).
    clues: list[Evidence] = field(default_factory=list)
    owner_country: str | None = None  # the country of the possessor of a role ("Moon's press secretary")
    owners: list[str] = field(default_factory=list)  # names a role belongs to ("PDI" in "PDI chairman")
    domestic: bool = False  # "the state news agency", "local residents": the article's country's

    @property
    def country(self) -> str | None:
        """The country the mention's own words name, if any."""
        return decide(self.clues).country

    @property
    def sector(self) -> str | None:
        """The sector the mention's own words name, if any."""
        return decide(self.clues).sector

    def read(self, why: str, country: str | None = None, sector: str | None = None) -> None:
        """Record what a reading of the words around the mention says (a clue, not a decision)."""
        if country or sector:
            self.clues.append(Evidence(Rank.WORDS, why, country=country, sector=sector))


def clue(why: str, country: str | None = None, sector: str | None = None) -> list[Evidence]:
    """The clue list of a mention whose words name a country and/or sector."""
    return [Evidence(Rank.WORDS, why, country=country, sector=sector)]


def clean_bounds(span: Span) -> tuple[int, int]:
    """Token bounds of an entity without a leading determiner and a trailing possessive/punct."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (is_possessive_marker(doc[end - 1]) or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    # "Moon Jae" + "-in": NER stops at a hyphen inside a name; a hyphen glued to both neighbours
    # continues the name. So does a name particle ending in a hyphen ("Sheikh Sabah Al-" +
    # "Salem"): the name goes on, and no word of it is a place ("Sabah" of "Al-Sabah").
    particle = False
    while end < len(doc):
        if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                and not doc[end].whitespace_ and doc[end + 1].is_alpha):
            end += 2
        elif _open_particle(doc[end - 1].text) and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
            particle = True
        elif end + 1 < len(doc) and _open_particle(doc[end].text) and doc[end + 1].is_alpha \
                and doc[end + 1].text[:1].isupper():
            end += 2  # "Jaber Al-Ahmad" + "Al- Salem"
            particle = True
        elif particle and end + 2 < len(doc) and doc[end].text[:1].isupper() and doc[end + 1].text == "-" \
                and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
            end += 3  # "... Al- Salem" + "Al-Sabah": the next part of the same name
        else:
            break
    return start, end


def _open_particle(text: str) -> bool:
    """A name particle written with its hyphen and cut from the next word ("Al-", "bin-")."""
    return len(text) > 1 and text.endswith("-") and text[:-1].isalpha() and len(text) <= 4


def is_junk(text: str) -> bool:
    """Guard against things that are never actors: lowercase words, numbers, one letter."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) < 2 or not any(ch.isupper() for ch in text) or any(ch.isdigit() for ch in text)


def title_case(text: str) -> str:
    """"secretary of state" -> "Secretary of State" (titles are reported in title case)."""
    small = {"of", "the", "and", "for"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in text.split())


def acting(token: Token) -> bool:
    """True when a place name stands in an argument position where places act (metonymy)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in _ACTING_DEPS:
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ in _ACTING_PREPS
    return False


def is_modifier(token: Token) -> bool:
    """True when a word modifies another noun ("US-North Korea summit", "Singapore Summit")."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN")


# Words between "who is" and the description it gives ("who is also the foreign minister").
_COPULA_ADVERBS = frozenset({"also", "now", "currently", "still"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "--"})


def described_by_clause(clause: Token) -> tuple[int, int] | None:
    """The words by which a non-restrictive "who is" clause describes its antecedent ("Nicholas
    Burns, who is U.S. Under Secretary of State," -> "U.S. Under Secretary of State"): a second
    apposition. Only the present "is": "who was foreign minister in 1990" tells a past office,
    not today's title. The words run from after the verb to the clause's end, as the parser may
    split a title ("Under Secretary") into several arguments."""
    if clause.dep_ != "relcl" or clause.lemma_ != "be" or clause.tag_ != "VBZ":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.lefts):
        return None
    if clause.left_edge.i < 1 or clause.doc[clause.left_edge.i - 1].text != ",":
        return None  # "the man who is president": restrictive, it picks someone out
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ not in _COPULA_ADVERBS) for c in clause.children):
        return None
    if not any(c.dep_ == "attr" for c in clause.rights):
        return None
    start = clause.i + 1
    while start <= clause.right_edge.i and clause.doc[start].lower_ in _COPULA_ADVERBS:
        start += 1
    end = next((t.i for t in clause.doc[start:clause.right_edge.i + 1] if t.text in _CLAUSE_BREAKS),
               clause.right_edge.i + 1)  # the description ends at its comma: another name may follow
    return (start, end) if start < end else None
