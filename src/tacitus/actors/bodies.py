"""The body a title is "of": "chief of general staff of the PLA", "head of the Japanese delegation".

Who leads or speaks for a body is coded as the body (its country and sector). ``body_of`` follows
the chain of "of" phrases after a role noun to the first body that the words or the knowledge base
code; the mention finder (actors/mentions.py) reports it as a clue, actors/coding.py decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .context import Description, describe

if TYPE_CHECKING:  # the finder imports this module
    from .mentions import MentionFinder

__all__ = ["body_of", "known_body", "country_after_of", "origin_of", "SERVES"]

# "member of the Standing Committee of the Political Bureau of the CPC Central Committee"
_MAX_OF_CHAIN = 4
_DETERMINERS = frozenset({"the", "this", "that", "its"})
_OF = frozenset({"of"})
# Prepositions that say whom a generic title serves: "a spokesman for Hamas", "officials from the
# World Bank", "an official of the Republic of Korea".
SERVES = frozenset({"of", "for", "from"})


def body_of(finder: "MentionFinder", head: Token, preps: frozenset[str] = _OF) -> tuple[Description, str] | None:
    """The group or organization a noun is "of" ("head of the Japanese delegation", "spokesman
    of the foreign ministry"), read like any description, with its words; None otherwise.

    The first body along a chain of "of" counts: in "chief of general staff of the PLA" the
    staff is no body anyone codes, the army it belongs to is. A body the words do not code may
    be one the knowledge base knows ("the PLA", "the Communist Party of China"). A country's
    name ends the chain: "an official of the Republic of Korea" serves Korea (the name's own
    "of" is part of it). ``preps`` are the prepositions accepted after ``head`` itself ("a
    spokesman for", "officials from": ``SERVES``); further links of the chain are "of" only.
    Several bodies joined ("officials of Japan and China") are no one body."""
    token = head
    accepted = preps
    for _ in range(_MAX_OF_CHAIN):
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in accepted), None)
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or any(c.dep_ == "conj" for c in obj.children):
            return None
        accepted = _OF
        named = _country_name(finder, obj)
        if named is not None:
            return Description(country=named[0]), named[1]  # "of the Republic of Korea (ROK)": the country
        start, end = finder.np_bounds(obj)
        end = _known_name_end(finder, start, end, obj.right_edge.i + 1)
        desc = describe(finder.doc, start, end, finder.res, finder.words, date=finder.date)
        is_body = desc.role.kind in ("organization", "group") if desc.role else desc.organization is not None
        if is_body and (desc.country or desc.sector):
            return desc, finder.doc[start:end].text
        known = known_body(finder, start, end)
        if known is not None:
            return known
        if desc.role is not None and desc.role.kind == "person":
            return None  # "adviser of the minister": a person's, not a body's
        token = obj
    return None


def _known_name_end(finder: "MentionFinder", start: int, end: int, limit: int) -> int:
    """The end of a known organization's name that opens in ``[start, end)`` and runs past it within
    ``limit`` ("the UN Office for the Coordination of Humanitarian Affairs", whose noun phrase the
    parse ends at "Office"); ``end`` when there is none."""
    index = finder.res.organizations.index
    for k in range(start, end):
        found = index.longest_at(finder.words, k) if finder.texts[k][:1].isupper() else None
        if found is not None and end < k + found[0] <= limit:
            return k + found[0]
    return end


def _country_name(finder: "MentionFinder", obj: Token) -> tuple[str, str] | None:
    """The longest country name that opens the phrase of ``obj`` ("Japan", "the Republic of Korea
    (ROK)" -> "Republic of Korea"), its code and words; None when the phrase names no country.
    A name with its own "of" is read whole before any shorter part of it ("Korea" alone)."""
    first = obj.left_edge.i
    if finder.words[first] == "the":
        first += 1
    for last in range(obj.right_edge.i, first - 1, -1):
        if last < obj.i:
            break  # the phrase must reach its head: "Kenyan officials" is no country's name
        code = finder.res.countries.by_name(finder.doc[first:last + 1].text)
        if code is not None:
            return code, finder.doc[first:last + 1].text
    return None


def known_body(finder: "MentionFinder", start: int, end: int) -> tuple[Description, str] | None:
    """A body the knowledge base codes by its name, without its article or a demonym before it
    ("the Chinese People's Liberation Army" is listed as "People's Liberation Army")."""
    knowledge = finder.res.knowledge
    if not len(knowledge):
        return None
    first = start
    while first < end - 1 and (finder.words[first] in _DETERMINERS or finder.res.countries.by_demonym(finder.texts[first])):
        first += 1
    for begin in dict.fromkeys((start, first)):
        span = finder.doc[begin:end]
        if not span.text[:1].isupper():
            continue
        entry = knowledge.lookup(span.text)
        code = knowledge.code(entry, finder.date) if entry is not None and not entry.person else None
        if code is not None and code.country:
            return Description(sector=code.sector, country=code.country), span.text
    return None


def country_after_of(finder: "MentionFinder", root: Token, end: int) -> tuple[str, str] | None:
    """The country an organization's name is "of" after the name ends: "the Department of Wildlife
    Conservation (DWLC) of Sri Lanka" is Sri Lanka's (code and words), None otherwise."""
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < end:
            continue
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        words = finder.doc[obj.left_edge.i:obj.i + 1]
        code = finder.res.countries.by_name(words.text)
        if code is not None:
            return code, words.text
    return None


def origin_of(finder: "MentionFinder", head: Token) -> tuple[str, str] | None:
    """The one country a person is "from" ("Yeneneh Tesfaye from Ethiopia", "a 33-year-old singer
    from Zimbabwe"): its code and words, read from a "from" phrase on the noun itself (a verb's
    "arrived from Canada" says where a trip began, not whose someone is); None otherwise."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "from"), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or any(c.dep_ == "conj" for c in obj.children):
        return None
    return _country_name(finder, obj)

