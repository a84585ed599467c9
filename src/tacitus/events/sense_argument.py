"""Sense checks on the semantic class of a violent trigger's arguments, beyond doer and patient.

- **Projection**: "fired rockets at the post", "hurled stones at police" are attacks because what
  is fired or hurled is a weapon or a missile; "launch the new federation at a session", "launching
  him into the international game", "hurled insults at" are not.
- **Phrasal criticism**: "hit out at the decision", "lashed out at critics": a verb of blows with
  the particle "out" and an "at" phrase is a verbal attack (CAMEO 111).
- **Firefighting**: "planes arrived to help fight the fires", "fight the haze": what is fought is a
  blaze (only for verbs of fighting: "opened fire on the crowd" is gunfire).
- **Conflicts named as a time**: "achieve stability after a bitter civil war", "since the war": a
  long conflict named with no side, time or place of its own is the background of the story.

The word lists are the ``arguments:`` section of ``data/sense.yaml``. Each check returns
``(skip, reason, code)`` or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from spacy.tokens import Token

from . import sense_tree as tree

__all__ = ["ArgumentRules"]

# Prepositions and dependencies that name a side, a time or a place of a conflict noun.
_SIDE_DEPS = frozenset({"poss", "compound", "nmod", "nummod", "appos", "relcl", "acl"})
_SIDE_PREPS = frozenset({"with", "between", "among", "against", "on", "in", "by", "of", "over", "for", "from", "at"})


@dataclass(frozen=True)
class ArgumentRules:
    """The word lists of the ``arguments:`` section of sense.yaml, and the checks that use them."""

    projection_lemmas: frozenset[str] = frozenset()
    missiles: frozenset[str] = frozenset()
    phrasal_lemmas: frozenset[str] = frozenset()
    phrasal_code: str = "111"
    conflict_nouns: frozenset[str] = frozenset()
    firefighting_lemmas: frozenset[str] = frozenset()
    blazes: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping | None, classes: Mapping[str, frozenset[str]]) -> "ArgumentRules":
        """Build the rules from the ``arguments:`` mapping; class names are resolved in ``classes``."""
        if not data:
            return cls()

        def words(values: Iterable) -> frozenset[str]:
            return frozenset(str(v).lower() for v in values)

        return cls(
            projection_lemmas=words(data["projection"]["lemmas"]),
            missiles=frozenset().union(*(classes[str(n)] for n in data["projection"]["classes"])),
            phrasal_lemmas=words(data["phrasal_criticism"]["lemmas"]),
            phrasal_code=str(data["phrasal_criticism"]["code"]),
            conflict_nouns=words(data["background_conflict"]["nouns"]),
            firefighting_lemmas=words(data["firefighting"]["lemmas"]),
            blazes=frozenset().union(*(classes[str(n)] for n in data["firefighting"]["classes"])),
        )

    def judge(self, token: Token, plover: str, is_noun: bool) -> tuple[bool, str, str | None] | None:
        """``(skip, reason, code)`` when an argument gives the trigger another sense, else None."""
        if plover != "ASSAULT":
            return None
        if is_noun:
            reason = self._background_conflict(token)
            return (True, reason, None) if reason is not None else None
        if tree.lemma(token) in self.phrasal_lemmas and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            aim = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "against")), None)
            if aim is not None:
                return False, f"criticism: '{token.text} out {aim.text} {tree.pobj_text(aim)}' is a verbal attack", self.phrasal_code
        if tree.lemma(token) in self.firefighting_lemmas:
            fought = tree.patients(token, False)
            if fought and all(tree.lemma(f) in self.blazes for f in fought):
                return True, f"'{token.text} {fought[0].text}': fighting a fire or haze, no one attacked", None
        if tree.lemma(token) in self.projection_lemmas:
            # Every object must be something else: a misparse may give the verb two ("fired one
            # missile at a group of militants" with "militants" a second object).
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if objects and not any(self._missile(tree.through_quantity(o)) for o in objects):
                return True, f"'{token.text} {objects[0].text}': what is {token.text} is no weapon or missile", None
        return None

    def _missile(self, thing: Token) -> bool:
        """A weapon or missile, or a thing pronoun whose referent cannot be told here."""
        if thing.pos_ == "PRON" and thing.lower_ in ("it", "them", "this", "that", "which"):
            return True
        return tree.lemma(thing) in self.missiles or thing.lower_ in self.missiles

    def _background_conflict(self, token: Token) -> str | None:
        """"after a bitter civil war": a long conflict with no side, time or place of its own."""
        if tree.lemma(token) not in self.conflict_nouns:
            return None
        for child in token.children:
            if child.dep_ in _SIDE_DEPS or child.ent_type_ in ("DATE", "GPE", "NORP", "LOC", "ORG"):
                return None
            if child.dep_ == "amod" and (child.ent_type_ or child.pos_ == "PROPN"):
                return None
            if child.dep_ == "prep" and child.lower_ in _SIDE_PREPS:
                return None
        if token.dep_ in ("nsubj", "nsubjpass"):
            return None  # "the war killed thousands", "a war broke out": the war is told as a happening
        return f"background: '{token.text}' is a conflict with no side, time or place of its own"
