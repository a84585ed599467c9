"""Mentions found through dictionaries: the user's (which win) and the built-in knowledge base.

``find_dictionary`` runs before every other finder: a phrase the user's dictionary lists is
that entry's actor with that entry's code, whatever inference would say. A listed name that
modifies a role noun ("Osgiliath soldiers", "the Calenardhon government") is left for the role
description in a first pass, which reads its country from the dictionary (see
``context.describe``), and taken as the country itself in the second pass if still free.

``find_known`` runs last: a proper-noun phrase no other finder took and that the built-in
knowledge base lists (a misspelt country, a city, an armed group) becomes an actor with the
knowledge base's code. It only looks at entities and proper nouns, so that common words of the
knowledge base never become actors. A city the knowledge base files under its
country ("Kabul" under Afghanistan) is a mention of that country wherever it stands, like a
country name ("in Lebanon"): the events stage decides from the syntax whether it is a
participant or a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..dictionaries import split_code
from .placementions import in_feature_name
from .candidates import clean_bounds
from .coding import Evidence, Rank
from .dictionary import ActorDictionary, DictCode
from .resources import own_names

if TYPE_CHECKING:  # the finder imports this module
    from .mentions import Candidate, MentionFinder

__all__ = ["find_dictionary", "find_known", "candidate_for", "cuts_entity"]

_ENTITY_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PERSON"})
# Entities of amounts: a country word inside one names a currency or a unit, not the country.
_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def candidate_for(span: Span, code: DictCode, origin: str, *, fixed: bool, compound: bool = False) -> "Candidate":
    """A candidate for a span a dictionary codes: a person when the entry or the NER model says so
    (never for one part of a compound code, which names a group of actors)."""
    from .candidates import Candidate

    entry = code.entry
    # The NER model's PERSON tag makes a person of a user's entry, never of a knowledge-base
    # country ("Mali" tagged PERSON is still the country).
    person = not compound and (entry.person or fixed and any(t.ent_type_ == "PERSON" for t in span))
    why = f"{origin} {entry.origin}: {entry.name} [{code.code}]"
    rank = Rank.DICTIONARY if fixed else Rank.KNOWLEDGE
    clues = [Evidence(rank, why, country=code.country, sector=code.sector)]
    if person:
        return Candidate(kind="person", source="name", start=span.start, end=span.end, name=span.text,
                         fixed=fixed, clues=clues)
    kind = "country" if code.sector is None and len(code.code) == 3 else "organization"
    if span.root.tag_ in ("NNS", "NNPS"):
        kind = "group"
    # A country-level code joins the country's actor ("Gondor" and "Minas Tirith" are one).
    source = "country" if kind == "country" else "dict"
    return Candidate(kind=kind, source=source, start=span.start, end=span.end, name=span.text, key=entry.name,
                     fixed=fixed, clues=clues)


def _proper(token: Token) -> bool:
    """A token the NER model tagged as an entity, or a proper noun it missed ("Ethopia")."""
    return token.ent_type_ in _ENTITY_LABELS or token.pos_ == "PROPN"


def cuts_entity(span: Span) -> bool:
    """True when the span covers only part of an NER entity."""
    doc = span.doc
    for token in (span[0], span[-1]):
        if not token.ent_type_:
            continue
        ent_start = token.i
        while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        ent_end = token.i + 1
        while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
            ent_end += 1
        # Allow a leading "the" and a trailing possessive outside the match.
        while ent_start < span.start and doc[ent_start].lower_ in ("the", "a", "an"):
            ent_start += 1
        while ent_end > span.end and (doc[ent_end - 1].tag_ == "POS" or doc[ent_end - 1].is_punct):
            ent_end -= 1
        if ent_start < span.start or ent_end > span.end:
            return True
    return False


def _compound(code: DictCode) -> list[DictCode]:
    """A compound code ("FRO/BIL/SAM": the Shire is three actors) split into one code per actor."""
    if "/" not in code.code:
        return [code]
    parts = [part.strip() for part in code.code.split("/") if part.strip()]
    return [DictCode(code.entry, part, *split_code(part)) for part in parts]


def _scan(finder: "MentionFinder", dictionary: ActorDictionary, *, leave_modifiers: bool, fixed: bool,
          entities_only: bool, clubs: bool = False) -> None:
    if not len(dictionary):
        return
    doc = finder.doc
    texts = finder.texts
    i = 0
    while i < len(doc):
        token = doc[i]
        if finder.used[i] or not token.text[:1].isupper() or (entities_only and not _proper(token)) \
                or token.ent_type_ in _AMOUNT_LABELS:
            i += 1  # "25,300 U.S. dollars", "5 million Hong Kong dollars": a currency, no actor
            continue
        found = dictionary.match_at(finder.words, texts, i)
        if found is None:
            i += 1
            continue
        n, entry = found
        span = doc[i:i + n]
        code = dictionary.code(entry, finder.date)
        if code is None or not finder.is_free(i, i + n) or in_feature_name(finder, i, i + n):
            i += n  # the entry does not apply on this date, another finder took the words, or the
            continue  # words name a river or sea after a country ("the Niger Delta")
        if entities_only and (entry.person or not all(_proper(t) for t in span)
                              or code.sector is not None and cuts_entity(span)):
            # People come from full names only (see knowledge.py); a piece of a longer name
            # ("Organization" of an unknown organization's name) is not an actor of its own,
            # though a place inside one is ("Baghdad" of "Baghdad University").
            i += n
            continue
        if leave_modifiers and finder.modifies_role(span.root):
            i += n
            continue
        if clubs and not entry.person and _club_or_venue(span, code):
            i += n  # a sports report's city is its club or venue ("Liverpool have refused"), and
            continue  # its "Tigers" and "La Liga" are a team and a league, not an armed group's alias

        origin = "dictionary" if fixed else "knowledge base"
        parts = _compound(code)
        for part in parts:
            finder.add(candidate_for(span, part, origin, fixed=fixed, compound=len(parts) > 1))
        i += n


def _club_or_venue(span: Span, code: DictCode) -> bool:
    """Whether a knowledge-base entry found in a sports report names a club, a league or a venue:
    a place entry coded as its country (not a people, "Dutchman"), or a body named in words (not
    an initialism, "ETA", nor a territory the tagger reads as one, "the Faroe Islands")."""
    label = span.root.ent_type_
    if code.sector is None:
        return label != "NORP"
    return label != "GPE" and not _acronym(span.text)


def _acronym(text: str) -> bool:
    """An initialism ("ETA", "FIFA"): in a sports report, the one kind of body name the knowledge
    base still codes (a club's or a league's name is words)."""
    return len(text) >= 2 and text.isalpha() and text.isupper()


def find_dictionary(finder: "MentionFinder", *, leave_modifiers: bool) -> None:
    """Mentions of the user's dictionary entries (they win over inference)."""
    _scan(finder, finder.res.dictionary, leave_modifiers=leave_modifiers, fixed=True, entities_only=False)


def find_known(finder: "MentionFinder") -> None:
    """Entity mentions no other finder took that the built-in knowledge base codes, as written
    or in another transliteration of the name (actors/spellings.py)."""
    knowledge = finder.res.knowledge
    if not len(knowledge):
        return
    _scan(finder, knowledge, leave_modifiers=False, fixed=False, entities_only=True,
          clubs=own_names(finder.res, finder.doc))
    for ent in finder.doc.ents:
        if ent.label_ not in ("ORG", "PERSON", "NORP", "FAC"):
            continue
        start, end = clean_bounds(ent)
        # The NER model may leave out the first word of a foreign name ("Jemaah [Islamiyah]").
        before = finder.doc[start - 1] if start > 0 else None
        starts = [start - 1] if before is not None and before.is_alpha and before.text[:1].isupper() else []
        for first in [*starts, start]:
            if end - first < 2 or not finder.is_free(first, end):
                continue
            span = finder.doc[first:end]
            if knowledge.lookup(span.text) is not None:
                continue  # spelt as listed: the scan above had its reasons to leave it
            entry = knowledge.by_spelling(span.text)
            if entry is not None and entry.person and ent.label_ == "NORP":
                break  # "Africans" is a people, never a namesake's other spelling ("Africano")
            code = knowledge.code(entry, finder.date) if entry is not None else None
            if code is not None and code.country:
                for part in _compound(code):
                    finder.add(candidate_for(span, part, "knowledge base (another spelling)", fixed=False))
                break
