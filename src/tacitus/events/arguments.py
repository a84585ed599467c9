"""Event arguments: the article's actors, with a country read from the words of the phrase.

The actor stage finds most participants, but an event argument is often a phrase it has no reason
to keep ("Ugandan opposition candidates", "the autonomous Azerbaijani republic", "Serbia's
feuding republics"), or an actor it found without a country ("Bosnian Serbs"). The event stage
needs the country of each side, so ``Arguments`` wraps the ActorTable and, for an argument head:

- an actor of the table without a country gets the country named by a demonym or country name
  inside its own noun phrase ("Bosnian Serbs" -> BIH);
- a noun phrase with no actor becomes a phrase actor (not in the article's actor list; its id is
  derived from the phrase, and ``why`` says "phrase") when its head or a modifier names a country,
  a people or a capital.

Only the phrase's own modifiers count (compound, amod, poss, nmod and the head itself), never a
prepositional phrase or a relative clause, so "talks in Geneva" does not become Swiss.
"""

from __future__ import annotations

import dataclasses
from typing import Iterable

from spacy.tokens import Token

from ..actors.countries import CountryTable
from ..actors.table import ActorTable
from ..model import Actor, content_id
from ..nlp import doc_text

__all__ = ["Arguments"]

# Dependents that belong to the noun phrase of their head and may name its country.
_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Heads that are not participants even when a country word modifies them ("the Chinese economy").
# Places are kept: event coders code an attacked town or a capital under curfew as the target.
_NOT_PARTICIPANTS = frozenset({"economy", "market", "currency", "time", "law", "language", "side", "history",
                               "interest", "constitution", "election", "elections", "team", "league", "cup"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


class Arguments:
    """The ActorTable of one article, seen as the pool of event arguments (see the module docstring)."""

    def __init__(self, table: ActorTable, countries: CountryTable, article_id: str) -> None:
        """Wrap ``table``; ``countries`` codes phrases, ``article_id`` makes phrase actor ids unique."""
        self.table = table
        self.countries = countries
        self.article_id = article_id

    def __len__(self) -> int:
        """The number of actors of the article (phrase actors are not counted)."""
        return len(self.table)

    def for_token(self, token: Token) -> Actor | None:
        """The actor one of whose mentions covers ``token`` (the table's answer, country filled in)."""
        actor = self.table.for_token(token)
        return self._with_country(actor, token) if actor is not None else None

    def for_argument(self, token: Token) -> list[Actor]:
        """The actors an argument head denotes: the table's, else a phrase actor, else none."""
        found = self.table.for_argument(token)
        if found:
            return [self._with_country(actor, token) for actor in found]
        phrase = self.phrase_actor(token)
        return [phrase] if phrase is not None else []

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
        return None

    def _candidate_texts(self, token: Token) -> Iterable[str]:
        """Texts that may name the phrase's country: whole modifiers first ("North Korean"), then words."""
        # Modifiers before the head: "Bosnian Serbs" are Bosnia's, not Serbia's.
        for child in reversed([c for c in token.children if c.dep_ in _PHRASE_DEPS and c.i < token.i]):
            parts = [t for t in child.subtree if t.dep_ != "case" and t.i < token.i]
            if len(parts) > 1:
                yield " ".join(t.text for t in parts)
            yield child.text
            # "the Peruvian reporter Jan Novak": modifiers of the modifier.
            yield from (t.text for t in child.subtree if t.i != child.i and t.dep_ in _PHRASE_DEPS)
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if compounds:
            yield token.doc[compounds[0].i:token.i + 1].text
        yield token.text

    def phrase_actor(self, token: Token) -> Actor | None:
        """A phrase actor for a noun phrase that names a country but holds no actor of the table."""
        if token.pos_ not in _NOMINAL or token.lemma_.lower() in _NOT_PARTICIPANTS:
            return None
        country = self.country_of(token)
        if country is None:
            return None
        words = sorted({t.i: t for t in self._phrase_words(token)}.values(), key=lambda t: t.i)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        name = doc_text(token.doc)[start:end]
        return Actor(id="phrase-" + content_id(self.article_id, str(start), name), name=name, country=country,
                     code=country, kind="phrase")

    def _with_country(self, actor: Actor, token: Token) -> Actor:
        """The actor, with the country of its phrase when the actor stage left it empty."""
        if actor.country:
            return actor
        country = self.country_of(token)
        if country is None:
            return actor
        return dataclasses.replace(actor, country=country, code=country + (actor.sector or ""))

    @staticmethod
    def _phrase_words(token: Token) -> Iterable[Token]:
        """The head and its pre-modifiers (with their own modifiers), nearest first."""
        yield token
        for child in reversed([c for c in token.children if c.dep_ in _PHRASE_DEPS and c.i < token.i]):
            yield child
            yield from (t for t in child.subtree if t.i != child.i and t.dep_ in _PHRASE_DEPS)
