"""The sense of a violent trigger in a sports or market report: play and prices unless shown.

In an article read as a sports or a market report (``genre.py``), "beat", "strike", "shot",
"attack", "clash", "hit" and "force to save" are moves of a game, and "battle" and "hit" are
moves of prices and firms. Such a trigger of a guarded PLOVER type (``genre.yaml``) is kept only
with evidence of its violent sense in its sentence (``evidence:`` of genre.yaml):

- a force, a weapon or harm done named anywhere in it ("Police in riot gear battled with West
  Ham fans", "a car bomb exploded outside the stadium"), or an actor of an armed or police sector
  ("the stadium was targeted by ETA");
- a crowd, an official or a bystander as the trigger's doer or victim ("a fan attacking another
  fan"), not a player or a team;
- a trigger that is violence whatever the genre ("killed", "stabbed": ``evidence.words``).

A trigger of a verbal type of the genre (``verbal:``: praise, criticism, a rejected bid, a
resignation) is the trade's own business ("McClaren praised his winger", "the club rejected a
third bid") unless an actor of a sector of the state or of politics, or a word of government, law
or politics, is in its sentence (``evidence.political``: "the sports minister criticised the FA").

A report of news is never re-read: the check applies only in articles of a genre.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Callable, Mapping

from spacy.tokens import Token

from . import sense_tree as tree
from .genre import GenreReader
from .lexicon import LexiconError, load_yaml
from .sense_accident import AccidentReader

__all__ = ["GenreSense"]

_DATA = "tacitus.events.data"


@dataclass(frozen=True)
class GenreSense:
    """The genre reader and the evidence of violence a guarded trigger needs in a genre article."""

    reader: GenreReader = GenreReader()
    words: frozenset[str] = frozenset()
    arguments: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    # Reports of accidents and disasters: their dead are the accident's toll (``sense_accident``).
    accident: AccidentReader = AccidentReader()
    political_sectors: frozenset[str] = frozenset()
    political_words: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping) -> "GenreSense":
        """Build the check from a parsed genre.yaml mapping."""
        try:
            evidence = data["evidence"]
            return cls(GenreReader.from_mapping(data["genres"]),
                       frozenset(str(w).lower() for w in evidence["words"]),
                       frozenset(str(w).lower() for w in evidence["arguments"]),
                       frozenset(str(s).upper() for s in evidence["sectors"]),
                       AccidentReader.from_mapping(data.get("accident_report")),
                       frozenset(str(s).upper() for s in (evidence.get("political") or {}).get("sectors", ())),
                       frozenset(str(w).lower() for w in (evidence.get("political") or {}).get("words", ())))
        except (KeyError, TypeError, AttributeError) as exc:
            raise LexiconError(f"genre.yaml lacks or garbles the key {exc}; restore the file from the package") from exc

    @classmethod
    def load(cls) -> "GenreSense":
        """Read data/genre.yaml from the package."""
        return cls.from_mapping(load_yaml(resources.files(_DATA).joinpath("genre.yaml").read_text(encoding="utf-8")) or {})

    def judge(self, token: Token, plover: str, is_noun: bool,
              sector_of: Callable[[Token], str | None] | None = None) -> str | None:
        """The reason to skip a guarded trigger of a genre article that has no evidence of
        violence in its sentence, else None. ``sector_of`` gives the sector of the actor a token
        mentions (None when it mentions none). In a report of an accident, a guarded trigger is
        the accident's toll whatever its sentence (``sense_accident``)."""
        toll = self.accident.judge(token, plover)
        if toll is not None:
            return toll
        read = self.reader.read(token.doc)
        verbal = [g for g in read if plover in g.verbal]
        if verbal and not self._political(token, sector_of):
            return f"a {verbal[0].name} report: '{token.text}' with no political actor or word in its sentence is the trade's own"
        genres = [g for g in read if plover in g.guarded]
        if not genres or self._evidence(token, is_noun, sector_of):
            return None
        return f"a {genres[0].name} report: '{token.text}' with no force, weapon, harm or crowd in its sentence is play"

    def _political(self, token: Token, sector_of: Callable[[Token], str | None] | None) -> bool:
        """True when the trigger's sentence names an actor of a political sector or a word of politics."""
        for other in token.sent:
            if other.lower_ in self.political_words or (other.lower_.endswith("s") and other.lower_[:-1] in self.political_words):
                return True
            if sector_of is not None and other.pos_ in ("PROPN", "NOUN", "PRON") and (sector_of(other) or "") in self.political_sectors:
                return True
        return False

    def _evidence(self, token: Token, is_noun: bool, sector_of: Callable[[Token], str | None] | None) -> bool:
        """True when the sentence shows the violent sense (see the module docstring)."""
        if token.lower_ in self.words:
            return True  # "killed", "stabbed": violence whatever the article
        for other in token.sent:
            if other.i != token.i and other.lower_ in self.words:
                return True
            if sector_of is not None and other.pos_ in ("PROPN", "NOUN", "PRON") and (sector_of(other) or "") in self.sectors:
                return True
        sides = tree.patients(token, is_noun)
        if not is_noun:
            sides += [tree.resolve_relative(a) for a in tree.agents(token)]
            # "Fans are thought to have clashed": the subject of the verb the trigger completes.
            head = token
            while head.dep_ == "xcomp" and head.head.i != head.i:
                head = head.head
                sides += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            sides += [c for c in token.children if c.dep_ in ("poss", "compound")]
        return any(tree.through_quantity(s).lower_ in self.arguments or tree.lemma(s) in self.arguments for s in sides)
