"""Joined country words: "Israeli-Palestinian negotiators", "Sino-Japanese officials".

Two country words glued by a hyphen before a role noun name one side each, as "Chinese and
Russian officials" do; a combining form ("Sino", "Indo", data/joined_prefixes.tsv) counts only in
such a pair. The mention finder (actors/mentions.py) makes one group per country.
"""

from __future__ import annotations

from spacy.tokens import Token

from .countries import CountryTable, joined_prefix

__all__ = ["joined_countries"]

_NP_LEFT = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "npadvmod", "advmod"})


def joined_countries(doc, countries: CountryTable, head: Token) -> list[tuple[Token, str]]:
    """The two country words joined right before the role noun ``head`` and their codes, or []."""
    start = min([c.left_edge.i for c in head.lefts if c.dep_ in _NP_LEFT] + [head.i])
    i = head.i - 3
    if i < start or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return []
    if not (doc[i].text[:1].isupper() and doc[i + 2].text[:1].isupper()):
        return []
    first = countries.lookup(doc[i].text) or joined_prefix(doc[i].text)
    second = countries.lookup(doc[i + 2].text)
    return [(doc[i], first), (doc[i + 2], second)] if first and second and first != second else []
