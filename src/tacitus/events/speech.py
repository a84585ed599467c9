"""Evaluations carried by reported speech, coded as the speaker's act (PLOVER ACCUSE / SUPPORT).

Reporting verbs are not events (detect.py), but what a speaker says of another actor can be:
"Fidel Castro was a 'brutal dictator', Donald Trump has said" is Trump denouncing Castro (ACCUSE,
CAMEO 111); "Varga is a true friend, Lopes said" is praise (SUPPORT, CAMEO 051). Two frames:

- a reporting verb whose clausal complement is a copular clause about an actor with an
  evaluative predicate ("X was a brutal dictator", "X is corrupt"), the speaker being the
  reporting verb's subject;
- a naming verb with the evaluated actor as object and the evaluation as its predicate ("called
  X a dictator", "described X as brutal", "branded X a traitor").

A negated evaluation ("X is not a dictator") is not coded. The word lists are data
(``data/speech.yaml``); the roles come from the actor table through the parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Callable, Iterator, Mapping, Sequence

from spacy.tokens import Span, Token

from ..model import Actor
from .lexicon import LexiconError, load_yaml

__all__ = ["SpeechRules", "Evaluation"]

_DATA = "tacitus.events.data"


@dataclass(frozen=True)
class Evaluation:
    """One evaluation found in a sentence: who said it of whom, the code, and the words that fired."""

    verb: Token
    speakers: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    code: str
    word: Token
    frame: str


@dataclass(frozen=True)
class SpeechRules:
    """The reporting and naming verbs and the evaluative word lists of data/speech.yaml."""

    reporting_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    codes: Mapping[str, frozenset[str]]  # CAMEO code -> evaluative lemmas

    @classmethod
    def load(cls) -> "SpeechRules":
        """Read data/speech.yaml from the package."""
        data = load_yaml(resources.files(_DATA).joinpath("speech.yaml").read_text(encoding="utf-8")) or {}
        try:
            codes = {str(data[key]["code"]): frozenset(str(w).lower() for w in data[key]["words"])
                     for key in ("condemnation", "praise")}
            return cls(reporting_verbs=frozenset(str(w).lower() for w in data["reporting_verbs"]),
                       naming_verbs=frozenset(str(w).lower() for w in data["naming_verbs"]), codes=codes)
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"speech.yaml lacks or garbles the key {exc}; restore the file from the package") from exc

    def evaluations(self, sentence: Span, actors_of: Callable[[Token], Sequence[Actor]]) -> Iterator[Evaluation]:
        """Yield the evaluations of one sentence. ``actors_of`` maps an argument head to its actors."""
        verbs = self.reporting_verbs | self.naming_verbs
        for verb in sentence:
            lemma = verb.lemma_.lower()
            if lemma not in verbs or verb.pos_ not in ("VERB", "AUX") or _negated(verb):
                continue
            if lemma in self.reporting_verbs:
                speakers = _speakers(verb, actors_of)
                if not speakers:
                    continue
                for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
                    found = self._copular(clause, actors_of)
                    if found is not None:
                        targets, code, word = found
                        targets = tuple(t for t in targets if all(t.id != s.id for s in speakers))
                        if targets:
                            yield Evaluation(verb, speakers, targets, code, word, f"'{word.text}' said by the subject of '{verb.text}'")
            elif lemma in self.naming_verbs:
                speakers = _speakers(verb, actors_of)
                found = self._named(verb, actors_of)
                if speakers and found is not None:
                    targets, code, word = found
                    targets = tuple(t for t in targets if all(t.id != s.id for s in speakers))
                    if targets:
                        yield Evaluation(verb, speakers, targets, code, word, f"'{verb.text}' ... '{word.text}'")

    def _code_of(self, head: Token) -> tuple[str, Token] | None:
        """The code of an evaluative predicate head or of one of its adjective modifiers."""
        for token in (head, *(c for c in head.children if c.dep_ in ("amod", "compound", "conj"))):
            for code, words in self.codes.items():
                if token.lemma_.lower() in words or token.lower_ in words:
                    return code, token
        return None

    def _copular(self, clause: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[tuple[Actor, ...], str, Token] | None:
        """"X was a brutal dictator": (X's actors, code, word) when the clause evaluates an actor."""
        if clause.lemma_.lower() != "be" or _negated(clause):
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        predicate = next((c for c in clause.children if c.dep_ in ("attr", "acomp")), None)
        if subject is None or predicate is None or subject.pos_ == "PRON":
            return None  # "he is committed", said by him: a pronoun is too often the speaker himself
        targets = tuple(actors_of(subject))
        found = self._code_of(predicate)
        if not targets or found is None:
            return None
        return targets, found[0], found[1]

    def _named(self, verb: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[tuple[Actor, ...], str, Token] | None:
        """"called X a dictator", "described X as brutal": the object and its predicate."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        predicates = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")]
        predicates += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
        # The small model often attaches the predicate noun under the object ("called [X a dictator]").
        predicates += [c for c in obj.children if c.dep_ in ("appos", "attr", "oprd")]
        targets = tuple(actors_of(obj))
        for predicate in predicates:
            found = self._code_of(predicate)
            if targets and found is not None:
                return targets, found[0], found[1]
        return None


def _negated(token: Token) -> bool:
    """True when the predicate carries a negation."""
    return any(c.dep_ == "neg" for c in token.children)


def _speakers(verb: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[Actor, ...]:
    """The actors of the reporting verb's subject."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return tuple(actors_of(child))
    return ()
