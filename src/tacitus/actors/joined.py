"""Joined country words: "Israeli-Palestinian negotiators", "Sino-Japanese officials".

Two country words glued by a hyphen before a role noun name one side each, as "Chinese and
Russian officials" do; a combining form ("Sino", "Indo", data/joined_prefixes.tsv) counts only in
such a pair. The mention finder (actors/mentions.py) makes one group per country, as it does for coordinated
country words ("U.S. and Russian negotiators", ``coordinated_countries``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import is_stance_prefixed
from .countries import CountryTable, joined_prefix

__all__ = ["coordinated_countries", "joined_countries"]

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


def coordinated_countries(doc, countries: CountryTable, head: Token) -> list[tuple[Token, str]]:
    """The country words coordinated before the role noun ``head`` ("Chinese and Russian
    officials", "U.S. and Russian negotiators") or joined by a hyphen, with their codes, in order."""
    found: list[tuple[Token, str]] = []
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod"):  # "U.S. and Russian negotiators": nmod
            for token in (child, *child.conjuncts):
                # "North Korean" as a whole before "Korean" alone.
                whole = doc[token.left_edge.i:token.i + 1] if token.left_edge.i < token.i else None
                code = (whole is not None and countries.lookup(whole.text)) or countries.lookup(token.text)
                if code and token.text[:1].isupper() and not is_stance_prefixed(doc, token.i):
                    found.append((token, code))
    if len(found) < 2:
        joined = joined_countries(doc, countries, head)
        if len(joined) > 1:
            return joined
    found.sort(key=lambda item: item[0].i)
    return found

