"""Outsiders: actors whose country is not where the story happens nor the article's own.

A reader of "foreign tourists were attacked near Luxor" or "the ambassador to Egypt said" in a
story from Cairo knows the tourists and the ambassador are not Egyptian, without knowing what
they are. Words that say so (``data/outsider_words.tsv``):

- ``modifier``: a word before the noun ("foreign", "overseas", "expatriate", "visiting"), unless
  the noun makes it a title ("foreign minister" is a country's own minister);
- ``noun``: the noun itself ("foreigners", "expatriates");
- ``sent_to``: a noun sent to a country ("the ambassador to Egypt", "an envoy to the talks").

A group "from" or "of" several states ("his counterparts from China and Russia") is an outsider
too: its countries are said, and none of them is where the group meets.

This module only reads the words; actors/coding.py decides (an ``outsider`` clue makes it ignore
countries read from the place, the sentence's scene and the article; a nationality in the
actor's own words still counts: "a visiting French minister" is French).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from .coding import Evidence, Rank
from .countries import CountryTable
from .datafiles import read_table

__all__ = ["outsider_word", "outsider_before", "outsider_evidence", "of_several_states", "is_sent_to"]

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod"})


@dataclass(frozen=True)
class _Words:
    modifiers: dict[str, frozenset[str]]  # word -> heads that make it part of a title
    nouns: frozenset[str]
    sent_to: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    """The outsider words of ``data/outsider_words.tsv``."""
    modifiers: dict[str, frozenset[str]] = {}
    nouns: set[str] = set()
    sent_to: set[str] = set()
    for row in read_table("outsider_words.tsv", "outsider word table"):
        word, kind = row["word"].strip().lower(), row["kind"].strip()
        if kind == "modifier":
            modifiers[word] = frozenset(h for h in (row.get("except_heads") or "").lower().split("|") if h)
        elif kind == "noun":
            nouns.add(word)
        elif kind == "sent_to":
            sent_to.add(word)
    return _Words(modifiers, frozenset(nouns), frozenset(sent_to))


def outsider_word(head: Token) -> str | None:
    """The words that make the noun ``head`` an outsider ("foreign" of "foreign tourists",
    "ambassador to Egypt"), or None."""
    words = _words()
    lower = head.lower_
    if lower in words.nouns:
        return head.text
    for child in head.lefts:
        exceptions = words.modifiers.get(child.lower_)
        if exceptions is not None and child.dep_ in _MODIFIER_DEPS and lower not in exceptions \
                and head.lemma_.lower() not in exceptions:
            return f"{child.text} {head.text}"
    if lower in words.sent_to:
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "to" and any(g.dep_ == "pobj" for g in prep.children):
                return f"{head.text} to"
    return None


def is_sent_to(word: str) -> bool:
    """True for a noun one is sent to a country as ("ambassador", "envoy"): the country after
    its "to" is where the holder serves, not whose the holder is."""
    return word.lower() in _words().sent_to


def outsider_before(token: Token) -> str | None:
    """An outsider modifier just before a title however the parser hung it ("Visiting Foreign
    Minister Ali Demir", where the model reads "Visiting" as a verb), or None."""
    if token.i == 0:
        return None
    before = token.doc[token.i - 1]
    exceptions = _words().modifiers.get(before.lower_)
    if exceptions is None or token.lower_ in exceptions:
        return None
    return f"{before.text} {token.text}"


def outsider_evidence(head: Token) -> Evidence | None:
    """The outsider clue of a noun for actors/coding.py (None when its words make it none); a
    capitalised word (a title) may have its outsider word just before it whatever the parse."""
    found = outsider_word(head) or (outsider_before(head) if head.text[:1].isupper() else None)
    return Evidence(Rank.WORDS, f"outsider '{found}'", outsider=True) if found else None


# Prepositions that say where a group comes from ("counterparts from", "ministers of").
_FROM = frozenset({"from", "of"})
# Nouns for states in general: "delegates from 40 countries" are of many states.
_STATE_NOUNS = frozenset({"country", "nation", "state", "government"})


def of_several_states(countries: CountryTable, head: Token) -> Evidence | None:
    """The outsider clue of a group "from" or "of" several states ("his counterparts from the United
    States, South Korea and Russia", "officials of Japan and China"): no one country is theirs,
    and none is where they meet, so actors/coding.py reads no country from the place."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _FROM), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    if obj.lemma_.lower() in _STATE_NOUNS and obj.tag_ == "NNS":
        # "delegates from 40 countries", "ministers of African nations": of many states, none named.
        return Evidence(Rank.WORDS, f"of several states '{head.doc[obj.left_edge.i:obj.i + 1].text}'", outsider=True)
    named = [t for t in (obj, *obj.conjuncts)
             if countries.by_name(t.doc[t.left_edge.i:t.i + 1].text) or countries.by_name(t.text)]
    if len(named) < 2:
        return None
    return Evidence(Rank.WORDS, f"of several states '{head.doc[obj.left_edge.i:named[-1].i + 1].text}'",
                    outsider=True)

