"""Political contests told as war: "a battle between the chancellor and the prime minister".

Political reporting borrows the words of combat for contests of words and votes: a government
"faces a battle in the House of Lords", two ministers "are fighting each other", a party leader
"attacked the party he once wanted to lead", "Labour's attack on the Tory plans". Such a trigger of
a guarded type (``political_contest.types`` of ``data/sense.yaml``) is no act of force when

- every side named (the doer, what is fought or attacked, the parties "with", "between",
  "against", "on" or "in" which the contest is fought, the subject of the verb that governs an
  event noun) is a politician, a party, an institution of the state or an issue (an actor of a
  political sector, a word of the ``political`` class, a law, plan or words), or a person or
  pronoun that tells nothing either way, with at least one political side; and
- no weapon, force, harm or casualty is named in the sentence (the evidence words of
  ``genre.yaml`` and the ``evidence`` of ``political_contest``).

A contest that names no side at all ("dissipated in in-fighting", "went on the offensive") is one
of politics only when its sentence has a word of parties, parliaments or elections
(``party_words``): a sideless "battle" in a war report ("the government launched an offensive")
stays an ASSAULT.

A country, a people, a force or anything else as a side keeps the trigger: "Russia declared war on
Georgia", "the government attacked the rebels". Verbs and nouns of attack (``verbal``) are then
a verbal attack (CAMEO 111, ACCUSE); battles, fights and wars of politics are no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from spacy.tokens import Token

from . import sense_tree as tree
from .lexicon import LexiconError

__all__ = ["PoliticsRules"]

# Prepositions of a contest noun or verb that name a side or the arena of the contest.
_SIDE_PREPS = frozenset({"with", "between", "among", "against", "on", "at", "in", "by", "from", "within"})
# Words that stand for the sides already named ("fighting each other", "war on one another").
_RECIPROCAL = frozenset({"each", "other", "another", "one"})
# Entities that are no side: "hit back at the proposals on Monday".
_NOT_SIDES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@dataclass(frozen=True)
class PoliticsRules:
    """The ``political_contest:`` section of data/sense.yaml."""

    types: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    verbal: frozenset[str] = frozenset()
    code: str = "111"
    sectors: frozenset[str] = frozenset()
    political: frozenset[str] = frozenset()
    evidence: frozenset[str] = frozenset()
    party_words: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping | None, classes: Mapping[str, frozenset[str]],
                     violence: Iterable[str] = ()) -> "PoliticsRules":
        """Build the rules from the ``political_contest:`` mapping; ``violence`` are the evidence
        words of genre.yaml (forces, weapons, harm), added to the section's own."""
        if not data:
            return cls()

        def words(values: Iterable) -> frozenset[str]:
            return frozenset(str(v).lower() for v in values)

        try:
            political = frozenset().union(*(classes[name] for name in data["classes"]))
            evidence = words(data["evidence"]) | frozenset().union(*(classes[name] for name in data["evidence_classes"]))
            lemmas = words(data["lemmas"])
            return cls(frozenset(str(t).upper() for t in data["types"]), lemmas, words(data["verbal"]), str(data["code"]),
                       frozenset(str(s).upper() for s in data["sectors"]), political, (evidence | words(violence)) - lemmas,
                       words(data.get("party_words") or ()))
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"sense.yaml: political_contest lacks or garbles the key {exc}") from exc

    def judge(self, token: Token, plover: str, is_noun: bool, anchor: Token,
              sector_of: Callable[[Token], str | None] | None) -> tuple[bool, str, str | None] | None:
        """``(skip, reason, code)`` for a contest of politics told as combat, else None."""
        lemma = tree.lemma(token)
        if plover.upper() not in self.types or (lemma not in self.lemmas and token.lower_ not in self.lemmas):
            return None
        sides = self._sides(token, is_noun, anchor)
        kinds = [self._kind(s, sector_of) for s in sides]
        if "other" in kinds:
            return None
        if "political" not in kinds and not self._party_clause(token, anchor):
            return None  # no political side, and (sideless) no word of parties or elections
        if any(t.i != token.i and (t.lower_ in self.evidence or tree.lemma(t) in self.evidence) for t in token.sent):
            return None  # a weapon, a force or harm in the sentence: it may be a real fight
        named = next((s for s, k in zip(sides, kinds) if k == "political"), None)
        if named is None:
            word = next(t for t in _clause(token, anchor) if t.lower_ in self.party_words or tree.lemma(t) in self.party_words)
            if lemma in self.verbal or token.lower_ in self.verbal:
                return False, f"criticism: a political contest with no side named ('{word.text}' in the sentence)", self.code
            return True, f"a political contest with no side named ('{word.text}' in the sentence) is no fighting", None
        if lemma in self.verbal or token.lower_ in self.verbal:
            return False, f"criticism: a political contest, '{token.text}' with '{named.text}' is a verbal attack", self.code
        return True, f"a political contest: '{token.text}' with '{named.text}' is no fighting", None

    def _party_clause(self, token: Token, anchor: Token) -> bool:
        """True when the trigger's own clause has a word of parties, parliaments or elections (not
        a reporting clause above it: "the party said fighting in the north displaced thousands")."""
        return any(t.i != token.i and (t.lower_ in self.party_words or tree.lemma(t) in self.party_words)
                   for t in _clause(token, anchor))

    def _sides(self, token: Token, is_noun: bool, anchor: Token) -> list[Token]:
        """Every side named of the contest (see the module docstring); dates and numbers are none."""
        sides: list[Token] = []
        holders = [token]
        if is_noun:
            # "the battle royal between ...": an adjective after the noun may hold its phrases.
            holders += [c for c in token.children if c.dep_ in ("amod", "appos") and c.i > token.i]
            sides += [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                      and (c.pos_ in ("PROPN", "NOUN") or c.ent_type_)]
        else:
            sides += _subjects(token)
            sides += [c for c in token.children if c.dep_ == "dobj"]
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in _SIDE_PREPS:
                    sides += [g for g in child.children if g.dep_ == "pobj"]
                if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                    # "a war between A and B" has two sides: when the parse gives one, the other is
                    # unknown (the preposition stands for it, a side of no known kind).
                    named = [g for g in child.children if g.dep_ == "pobj"]
                    if len(tree.with_conjuncts(named)) < 2:
                        sides.append(child)
        sides = [s for s in tree.with_conjuncts(sides) if s.ent_type_ not in _NOT_SIDES]
        if is_noun and anchor is not token and sides:
            # The governing verb's subject is a side only beside a side of the noun's own: "the
            # president ordered an attack" names no one attacked.
            sides += [s for s in tree.with_conjuncts(_subjects(anchor)) if s.ent_type_ not in _NOT_SIDES]
        return sides

    def _kind(self, side: Token, sector_of: Callable[[Token], str | None] | None) -> str:
        """'political', 'neutral' (a person, a pronoun, "each other") or 'other'."""
        lemma = tree.lemma(side)
        if side.lower_ in _RECIPROCAL:
            return "neutral"
        if side.ent_type_ in ("GPE", "LOC", "FAC"):
            return "other"  # a country or a place: "declared war on Georgia"
        sector = (sector_of(side) if sector_of is not None else None) or ""
        if sector:  # the actor's sector decides: "the rebel leader" fights, "the opposition leader" does not
            return "political" if sector.upper() in self.sectors else "other"
        if lemma in self.political or side.lower_ in self.political:
            return "political"
        if side.ent_type_ == "NORP":
            return "other"  # a people
        if side.pos_ == "PRON" and side.lower_ in tree.PRONOUNS:
            return "neutral"
        if side.ent_type_ == "PERSON":
            return "neutral"
        return "other"


def _clause(token: Token, anchor: Token) -> list[Token]:
    """The words of the clause of the trigger: the subtree of its predicate (the trigger itself,
    the verb that governs an event noun, or the nearest verb above the noun)."""
    head = anchor if anchor.i != token.i else token
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    return list(head.subtree)


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, or of the verbs it completes, modifies or is coordinated with ("are
    said to have declared war", "is expected to win the vote but faces a battle", "the parties will
    exhaust their energies fighting each other"), or the noun a participle describes: each a side."""
    found: list[Token] = []
    current = verb
    for _ in range(4):
        found += [tree.resolve_relative(c) for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        found += [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not found and current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            found.append(current.head)  # "two agendas battling against each other": the noun does it
        if found or current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            break
        current = current.head
    return found
