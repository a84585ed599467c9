"""Sense checks on the semantic class of a violent trigger's arguments, beyond doer and patient.

- **Projection**: "fired rockets at the post", "hurled stones at police" are attacks because what
  is fired or hurled is a weapon or a missile; "launch the new federation at a session", "launching
  him into the international game", "hurled insults at" are not.
- **Verbal attacks**: "hit out at the decision", "lashed out at critics" (a verb of blows with the
  particle "out" and an "at" phrase), "stop attacking each other through media reports" (an attack
  made in the press or in words) are verbal attacks (CAMEO 111).
- **Firefighting**: "planes arrived to help fight the fires", "fight the haze": what is fought is a
  blaze (only for verbs of fighting: "opened fire on the crowd" is gunfire).
- **Animals**: "invasions by wild boar", "a shark attacked a swimmer": an animal is no actor.
- **Elections**: "seized control of the House in the elections", "captured 15 seats": a win.
- **Penalties**: "hitting the company with a $27bn bill": a penalty imposed, no blow.
- **Efforts**: "US Airways is battling to cut costs": a firm's fight to do something (a doer
  that is no person, country or force) is an effort.
- **Races and conditions**: "stormed to victory", "battled to second" are races run; "took the
  drug to combat narcolepsy" fights a medical condition (known by its ending: -itis, -osis, ...).
- **Attitudes**: "Putin's hostility": in the singular an attitude; "hostilities" are fighting.
- **Conflicts named as a time**: "achieve stability after a bitter civil war", "since the war": a
  long conflict named with no side, time or place of its own is the background of the story.

The word lists are the ``arguments:`` section of ``data/sense.yaml``. Each check returns
``(skip, reason, code)`` or None.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

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
    waging_lemmas: frozenset[str] = frozenset()  # verbs that make a conflict noun a happening ("waged war")
    firefighting_lemmas: frozenset[str] = frozenset()
    blazes: frozenset[str] = frozenset()
    animals: frozenset[str] = frozenset()
    electoral_lemmas: frozenset[str] = frozenset()
    contests: frozenset[str] = frozenset()
    electoral_words: frozenset[str] = frozenset()
    plural_only: frozenset[str] = frozenset()
    verbal_lemmas: frozenset[str] = frozenset()
    verbal_means: frozenset[str] = frozenset()
    penalty_lemmas: frozenset[str] = frozenset()
    penalties: frozenset[str] = frozenset()
    striving_lemmas: frozenset[str] = frozenset()
    race_lemmas: frozenset[str] = frozenset()
    results: frozenset[str] = frozenset()
    medical_suffixes: tuple[str, ...] = ()
    # Verb and particle pairs that are no blow ("fired up" by a speech, "whips up to the Palace").
    particle_idioms: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping | None, classes: Mapping[str, frozenset[str]]) -> "ArgumentRules":
        """Build the rules from the ``arguments:`` mapping; class names are resolved in ``classes``."""
        if not data:
            return cls()

        def words(values: Iterable) -> frozenset[str]:
            return frozenset(str(v).lower() for v in values)

        def union(names: Iterable) -> frozenset[str]:
            return frozenset().union(*(classes[str(n)] for n in names))

        return cls(
            projection_lemmas=words(data["projection"]["lemmas"]),
            missiles=union(data["projection"]["classes"]),
            phrasal_lemmas=words(data["phrasal_criticism"]["lemmas"]),
            phrasal_code=str(data["phrasal_criticism"]["code"]),
            conflict_nouns=words(data["background_conflict"]["nouns"]),
            waging_lemmas=words(data["background_conflict"].get("waging", ())),
            firefighting_lemmas=words(data["firefighting"]["lemmas"]),
            blazes=union(data["firefighting"]["classes"]),
            animals=union(data["animal"]["classes"]),
            electoral_lemmas=words(data["election"]["lemmas"]),
            contests=union(data["election"]["contests"]),
            electoral_words=union(data["election"]["won"]),
            plural_only=words(data["plural_only"]),
            verbal_lemmas=words(data["verbal_attack"]["lemmas"]),
            verbal_means=union(data["verbal_attack"]["means"]),
            penalty_lemmas=words(data["penalty"]["lemmas"]),
            penalties=union(data["penalty"]["classes"]),
            striving_lemmas=words(data["striving"]["lemmas"]),
            race_lemmas=words(data["race_result"]["lemmas"]),
            results=union(data["race_result"]["classes"]),
            medical_suffixes=tuple(sorted(words(data.get("medical_suffixes", ())))),
            particle_idioms={str(k).lower(): words(v) for k, v in (data.get("particle_idioms") or {}).items()},
        )

    def judge(self, token: Token, plover: str, is_noun: bool,
              is_fighter: Callable[[Token], bool]) -> tuple[bool, str, str | None] | None:
        """``(skip, reason, code)`` when an argument gives the trigger another sense, else None.

        ``is_fighter`` tells whether a doer can only mean force (a person, a country, a weapon).
        """
        if plover not in ("ASSAULT", "COERCE"):
            return None
        reason = self._animal(token, is_noun) or (self._election(token, is_noun) if not is_noun else None)
        if reason is not None:
            return True, reason, None
        if plover != "ASSAULT":
            return None
        if is_noun:
            reason = self._background_conflict(token) or self._conflict_topic(token) or self._attitude(token)
            return (True, reason, None) if reason is not None else None
        criticism = self._criticism(token)
        if criticism is not None:
            return False, criticism, self.phrasal_code
        particles = self.particle_idioms.get(tree.lemma(token), frozenset())
        found = next((c for c in token.children if c.dep_ == "prt" and c.lower_ in particles), None)
        if found is not None:
            return True, f"'{token.text} {found.text}' is an idiom, no blow", None
        for check in (self._firefighting, self._projection, self._penalty, self._race, self._condition):
            reason = check(token)
            if reason is not None:
                return True, reason, None
        reason = self._striving(token, is_fighter)
        return (True, reason, None) if reason is not None else None

    def _animal(self, token: Token, is_noun: bool) -> str | None:
        """"invasions by wild boar", "a shark attacked a swimmer": an animal is no actor."""
        if is_noun:
            doers = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            doers += [c for c in token.children if c.dep_ in ("poss", "compound")]
        else:
            doers = [tree.resolve_relative(a) for a in tree.agents(token)]
        # "a pack of wolves" is wolves; "the animals of the forest" are animals.
        if doers and all(d.pos_ == "NOUN" and (tree.lemma(d) in self.animals or tree.lemma(tree.through_quantity(d)) in self.animals)
                         for d in doers):
            return f"doer '{doers[0].text}' is an animal, no actor"
        return None

    def _election(self, token: Token, is_noun: bool) -> str | None:
        """"seized control of the House in the elections", "captured 15 seats": a win in a vote."""
        if tree.lemma(token) not in self.electoral_lemmas:
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "during") and any(
                    g.dep_ == "pobj" and tree.lemma(g) in self.contests for g in child.children):
                return f"'{token.text} ... {child.text} {tree.pobj_text(child)}': a win in a vote"
            if child.dep_ == "dobj" and tree.lemma(tree.through_quantity(child)) in self.electoral_words:
                return f"'{token.text} {child.text}': seats or votes won, no seizure"
        return None

    def _attitude(self, token: Token) -> str | None:
        """"Putin's hostility to ...": in the singular an attitude; "hostilities" are fighting."""
        if tree.lemma(token) in self.plural_only and token.tag_ == "NN":
            return f"'{token.text}' in the singular is an attitude, no fighting"
        return None

    def _criticism(self, token: Token) -> str | None:
        """"hit out at the decision", "attacking each other through media reports": verbal."""
        lemma = tree.lemma(token)
        if lemma in self.phrasal_lemmas and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            aim = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "against")), None)
            if aim is not None:
                return f"criticism: '{token.text} out {aim.text} {tree.pobj_text(aim)}' is a verbal attack"
        if lemma in self.verbal_lemmas:
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "through", "by", "via", "on")):
                means = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if means is not None and (tree.lemma(means) in self.verbal_means or means.lower_ in self.verbal_means):
                    return f"criticism: '{token.text} ... {prep.text} {means.text}' is an attack in words"
        return None

    def _firefighting(self, token: Token) -> str | None:
        """"help fight the fires", "fight the haze": what is fought is a blaze."""
        if tree.lemma(token) in self.firefighting_lemmas:
            fought = tree.patients(token, False)
            if fought and all(tree.lemma(f) in self.blazes for f in fought):
                return f"'{token.text} {fought[0].text}': fighting a fire or haze, no one attacked"
        return None

    def _projection(self, token: Token) -> str | None:
        """"launch the new federation": what is fired or launched must be a weapon or a missile."""
        if tree.lemma(token) in self.projection_lemmas:
            # Every object must be something else: a misparse may give the verb two ("fired one
            # missile at a group of militants" with "militants" a second object).
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if objects and not any(self._missile(tree.through_quantity(o)) for o in objects):
                return f"'{token.text} {objects[0].text}': what is {token.text} is no weapon or missile"
        return None

    def _penalty(self, token: Token) -> str | None:
        """"hitting the company with a $27bn bill for back taxes": a penalty imposed, no blow."""
        if tree.lemma(token) not in self.penalty_lemmas:
            return None
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
            if any(g.dep_ == "pobj" and tree.lemma(g) in self.penalties for g in prep.children):
                return f"'{token.text} ... with {tree.pobj_text(prep)}': a penalty imposed, no blow"
        return None

    def _race(self, token: Token) -> str | None:
        """"stormed to victory", "battled to second": run to a result, no blow struck."""
        if tree.lemma(token) not in self.race_lemmas:
            return None
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"):
            goal = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if goal is not None and (tree.lemma(goal) in self.results or goal.ent_type_ == "ORDINAL"):
                return f"'{token.text} to {goal.text}': a race run to a result"
        return None

    def _condition(self, token: Token) -> str | None:
        """"took the drug to combat narcolepsy": what is fought is a medical condition."""
        fought = [p for p in tree.patients(token, False) if p.pos_ in ("NOUN", "PROPN")]
        if not fought:  # a rare name of a condition the tagger reads as an adverb ("combat narcolepsy")
            fought = [c for c in token.children if c.dep_ in ("advmod", "npadvmod") and c.i > token.i]
        if fought and all(len(p.lower_) > 6 and p.lower_.endswith(self.medical_suffixes) for p in fought):
            return f"'{token.text} {fought[0].text}': a medical condition, no one attacked"
        return None

    def _striving(self, token: Token, is_fighter: Callable[[Token], bool]) -> str | None:
        """"US Airways is battling to cut costs": a firm's fight to do something is an effort."""
        if tree.lemma(token) not in self.striving_lemmas:
            return None
        if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children):
            return None
        doers = [tree.resolve_relative(a) for a in tree.agents(token)]
        if doers and not any(is_fighter(d) for d in doers):
            return f"'{doers[0].text} {token.text} to ...': an effort, no fight"
        return None

    def _missile(self, thing: Token) -> bool:
        """A weapon or missile, or a thing pronoun whose referent cannot be told here."""
        if thing.pos_ == "PRON" and thing.lower_ in ("it", "them", "this", "that", "which"):
            return True
        return tree.lemma(thing) in self.missiles or thing.lower_ in self.missiles

    def _conflict_topic(self, token: Token) -> str | None:
        """"a critic of the Iraq war", "frustration with the war in Iraq", "averting an all-out
        war": a long conflict that is what an opinion, a feeling or a debate is about, not waged,
        fought or told with a date of its own, is the topic of the story, no happening."""
        if tree.lemma(token) not in self.conflict_nouns or token.dep_ in ("nsubj", "nsubjpass"):
            return None
        if any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
            return None  # "his war against Iran in 1980-1988": a happening told with its date
        if any(c.dep_ == "amod" and c.tag_ == "VBG" and tree.lemma(c) in self.waging_lemmas for c in token.children):
            return None  # "his waging war against Iran": the war waged ("the war launched by" stays a topic)
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        if token.dep_ not in ("pobj", "dobj") or head.i == token.i:
            return None
        if head.pos_ in ("VERB", "AUX") and tree.lemma(head) in self.waging_lemmas:
            return None
        return f"topic: '{head.text} ... {token.text}', a conflict talked about, not waged"

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
