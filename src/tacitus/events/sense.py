"""Sense and genericity checks: is a matched trigger the political happening its pattern codes?

A lexicon pattern matches a lemma in a syntactic frame; these checks look at what the trigger's
arguments ARE before the trigger fires, by semantic class (``data/sense.yaml``):

- **Patient and agent types**: "released a statement" is publishing, not RETREAT; "concerns about
  the deficit hit the greenback" and "battle for market share" are economic metaphors, not
  ASSAULT (a currency, a market, prices and shares are not people or places).
- **Domain modifiers** of an event noun: "price war", "heart attack".
- **Legal contests**: "fought the project in court", "a legal battle" are lawsuits (CAMEO 115).
- **Addressees**: "told the court", "told The Wall Street Journal" are testimony and interviews,
  not CONSULT.
- **Anonymity formulas**: "asked not to be named" is not a REQUEST; "insisted the vote was the
  only solution" (an indicative complement) asserts and demands nothing.
- **Warnings about others**: "warned that extremists may be planning attacks" accuses the
  extremists (ACCUSE 112); a warning of one's own act stays a threat.
- **Genericity**: an event noun under a noun of kind or frequency ("the prevalence of knife
  attacks") or of collection with no verb of doing ("has seen a series of attacks"), an event noun that is a predicate nominal ("the campaign was
  the first major attack"), and acts marked habitual ("usually", "in the past") are not single
  happenings.

Every check returns a :class:`Verdict` with a reason for ``why``; the detector skips or recodes.
Argument typing uses the parse and the actor table only: an argument that is a known actor, a
person or group entity, is never re-typed by the word lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Callable, Iterable, Mapping

from spacy.tokens import Token

from .lexicon import LexiconError, load_yaml

__all__ = ["SenseRules", "Verdict"]

_DATA = "tacitus.events.data"
# Prepositions whose object is what a contest or an attack is about or aimed at.
_PATIENT_PREPS = frozenset({"for", "over", "against", "on", "of", "upon"})
# Entity labels that name people, groups or places: never re-typed by the noun classes.
_ACTOR_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "he", "she", "they", "we", "i", "you", "himself",
                       "herself", "themselves"})


@dataclass(frozen=True)
class Verdict:
    """The outcome of the checks for one trigger: skip it, or code it as ``code`` instead."""

    skip: bool
    reason: str
    code: str | None = None
    # Tokens whose happenings are the content of this act and are not coded again (the warned-of
    # attack of "warned that extremists may be planning attacks").
    consumes: tuple[Token, ...] = ()


@dataclass(frozen=True)
class SenseRules:
    """The noun classes and per-type constraints of data/sense.yaml."""

    classes: Mapping[str, frozenset[str]]
    not_patient: Mapping[str, frozenset[str]]
    not_agent: Mapping[str, frozenset[str]]
    not_modifier: Mapping[str, frozenset[str]]
    legal_types: frozenset[str]
    legal_preps: frozenset[str]
    legal_code: str
    addressee_verbs: frozenset[str]
    anonymity_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    assertion_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    warning_code: str
    request_verbs: frozenset[str]
    generic_heads: frozenset[str]
    collection_heads: frozenset[str]
    doing_verbs: frozenset[str]
    habitual_adverbs: frozenset[str]

    @classmethod
    def load(cls) -> "SenseRules":
        """Read data/sense.yaml from the package; a missing key is a clear LexiconError."""
        data = load_yaml(resources.files(_DATA).joinpath("sense.yaml").read_text(encoding="utf-8")) or {}
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping) -> "SenseRules":
        """Build the rules from a parsed sense.yaml mapping (checked: every class named exists)."""
        def words(values: Iterable) -> frozenset[str]:
            return frozenset(str(v).lower() for v in values)

        try:
            classes = {name: words(values) for name, values in data["classes"].items()}

            def by_type(key: str) -> dict[str, frozenset[str]]:
                table: dict[str, frozenset[str]] = {}
                for plover, names in (data.get(key) or {}).items():
                    unknown = [n for n in names if n not in classes]
                    if unknown:
                        raise LexiconError(f"sense.yaml: {key}.{plover} names unknown classes {unknown}")
                    table[str(plover).upper()] = frozenset().union(*(classes[n] for n in names))
                return table

            legal = data["legal_contest"]
            return cls(
                classes=classes,
                not_patient=by_type("not_patient"),
                not_agent=by_type("not_agent"),
                not_modifier=by_type("not_modifier"),
                legal_types=frozenset(str(t).upper() for t in legal["types"]),
                legal_preps=words(legal["preps"]),
                legal_code=str(legal["code"]),
                addressee_verbs=words(data["addressee_verbs"]),
                anonymity_verbs=words(data["anonymity_verbs"]),
                attempt_verbs=words(data["attempt_verbs"]),
                assertion_verbs=words(data["assertion_verbs"]),
                warning_verbs=words(data["warning_verbs"]),
                warning_code=str(data["warning_code"]),
                request_verbs=words(data["request_verbs"]),
                generic_heads=words(data["generic_heads"]),
                collection_heads=words(data["collection_heads"]),
                doing_verbs=words(data["doing_verbs"]),
                habitual_adverbs=words(data["habitual_adverbs"]),
            )
        except (KeyError, AttributeError, TypeError) as exc:
            raise LexiconError(f"sense.yaml lacks or garbles the key {exc}; restore the file from the package") from exc

    # ---- the checks ----------------------------------------------------------------------------

    def judge(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
              is_actor: Callable[[Token], bool]) -> Verdict | None:
        """Check one matched trigger; return None when it keeps its pattern's sense.

        ``code``/``plover`` are the pattern's CAMEO code and PLOVER type, ``anchor`` the predicate
        of the happening (the trigger, or the verb governing an event noun), ``is_actor`` tells
        whether a token is a mention of a known actor.
        """
        for check in (self._generic, self._habitual, self._attempt, self._assertion, self._warning,
                      self._legal_contest, self._addressee, self._anonymity,
                      self._modifier, self._patient, self._agent):
            verdict = check(token, code, plover, is_noun, anchor, is_actor)
            if verdict is not None:
                return verdict
        return None

    def is_instrument(self, name: str) -> bool:
        """True when an actor name names a law or other instrument ("the Expropriation Act")."""
        words = name.split()
        return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in self.classes.get("legal_instrument", ())

    def _generic(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                 is_actor: Callable[[Token], bool]) -> Verdict | None:
        """An event noun naming a kind of happening: under a noun of number/kind/frequency, or a
        predicate nominal of a copula (its subject is the happening, already coded or not news)."""
        if not is_noun:
            return None
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
            head = token.head.head
            if head.pos_ in ("NOUN", "PROPN") and _lemma(head) in self.generic_heads:
                return Verdict(True, f"generic: '{token.text}' under '{head.text} of'")
            if (head.pos_ == "NOUN" and _lemma(head) in self.collection_heads
                    and not (head.dep_ == "dobj" and _lemma(head.head) in self.doing_verbs)):
                return Verdict(True, f"generic: '{token.text}' under '{head.text} of', no verb of doing")
        if token.dep_ == "attr" and token.head.lemma_.lower() == "be":
            return Verdict(True, f"generic: '{token.text}' is a predicate nominal")
        return None

    def _habitual(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                  is_actor: Callable[[Token], bool]) -> Verdict | None:
        """An act said to happen habitually ("usually", "often") or only "in the past" in general."""
        for predicate in {anchor.i: anchor, token.i: token}.values():
            for child in predicate.children:
                if child.dep_ == "advmod" and child.lower_ in self.habitual_adverbs:
                    return Verdict(True, f"habitual: '{child.text}'")
                if child.dep_ == "prep" and child.lower_ == "in" and any(
                        g.lower_ == "past" and any(d.lower_ == "the" for d in g.children) for g in child.children):
                    return Verdict(True, "habitual: 'in the past'")
        return None

    def _attempt(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                 is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"tried to sign up customers": an attempt verb with a verb complement is not itself an act
        (not a trial); the complement is coded on its own, with modality intended."""
        if is_noun or _lemma(token) not in self.attempt_verbs:
            return None
        if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children):
            return Verdict(True, f"attempt: '{token.text}' governs the act")
        return None

    def _assertion(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                   is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"insisted the vote was the only solution": an indicative complement asserts, it demands nothing."""
        if is_noun or plover != "REQUEST" or _lemma(token) not in self.assertion_verbs:
            return None
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            if not modal and clause.tag_ in ("VBD", "VBZ", "VBP"):
                return Verdict(True, f"assertion: '{token.text}' with an indicative clause ('{clause.text}')")
        return None

    def _warning(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                 is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"warned that extremists may strike": a warning about another party's act accuses it."""
        if is_noun or plover != "THREATEN" or _lemma(token) not in self.warning_verbs:
            return None
        warner = {_lemma(c) for c in token.children if c.dep_ == "nsubj"}
        forecast = self.classes.get("economic", frozenset()) | self.classes.get("abstract", frozenset())
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            subjects = [c for c in _deep_subjects(clause)]
            if not subjects or any(s.pos_ == "PRON" or _lemma(s) in warner for s in subjects):
                continue
            if all(is_actor(s) for s in subjects):
                return Verdict(False, f"warning about '{subjects[0].text}' (another party)", self.warning_code,
                               tuple(clause.subtree))
            if all(s.pos_ == "NOUN" and _lemma(s) in forecast for s in subjects):
                # "warned that yields would fall": a forecast about things, neither threat nor accusation.
                return Verdict(True, f"forecast: warning about '{subjects[0].text}' (a thing, not an actor)")
        return None

    def _legal_contest(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                       is_actor: Callable[[Token], bool]) -> Verdict | None:
        """A contest fought in court, or named legal by its modifier, is a lawsuit."""
        if plover not in self.legal_types:
            return None
        court = self.classes.get("court", frozenset())
        for predicate in {anchor.i: anchor, token.i: token}.values():
            for child in predicate.children:
                if child.dep_ == "prep" and child.lower_ in self.legal_preps and any(
                        g.dep_ == "pobj" and _lemma(g) in court for g in child.children):
                    return Verdict(False, f"legal contest ('{child.text} {_pobj_text(child)}')", self.legal_code)
        if is_noun:
            legal = self.classes.get("legal", frozenset())
            for child in token.children:
                if child.dep_ in ("amod", "compound") and _lemma(child) in legal:
                    return Verdict(False, f"legal contest ('{child.text} {token.text}')", self.legal_code)
        return None

    def _addressee(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                   is_actor: Callable[[Token], bool]) -> Verdict | None:
        """Telling a court or the press is testimony or an interview, not a consultation."""
        if plover != "CONSULT" or is_noun or _lemma(token) not in self.addressee_verbs:
            return None
        audience = self.classes.get("media", frozenset()) | self.classes.get("court", frozenset())
        for child in token.children:
            heads = [child] if child.dep_ in ("dobj", "dative") else []
            if child.dep_ == "prep" and child.lower_ == "to":
                heads = [g for g in child.children if g.dep_ == "pobj"]
            for head in heads:
                if _lemma(head) in audience or head.lower_ in audience:
                    return Verdict(True, f"addressee '{head.text}' is a court or the press")
        return None

    def _anonymity(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                   is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"asked not to be named": a request about how the speaker is reported."""
        if is_noun or _lemma(token) not in self.request_verbs:
            return None
        for child in token.children:
            if child.dep_ in ("xcomp", "ccomp") and _lemma(child) in self.anonymity_verbs:
                return Verdict(True, f"anonymity formula ('{token.text} ... {child.text}')")
        return None

    def _modifier(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                  is_actor: Callable[[Token], bool]) -> Verdict | None:
        """An event noun whose modifier names another domain ("price war", "heart attack")."""
        blocked = self.not_modifier.get(plover)
        if not is_noun or not blocked:
            return None
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("NOUN", "ADJ") and _lemma(child) in blocked:
                return Verdict(True, f"'{child.text} {token.text}' is not a {plover} (modifier class)")
        return None

    def _patient(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                 is_actor: Callable[[Token], bool]) -> Verdict | None:
        """What the act is done to is of a class that gives the trigger another sense."""
        blocked = self.not_patient.get(plover)
        if not blocked:
            return None
        for patient in _patients(token, is_noun):
            if _typed(patient, is_actor):
                continue
            if patient.pos_ == "NOUN" and _lemma(patient) in blocked:
                return Verdict(True, f"patient '{patient.text}' is not a {plover} target (its class)")
        return None

    def _agent(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
               is_actor: Callable[[Token], bool]) -> Verdict | None:
        """Who does the act is a thing without a will ("concerns hit the dollar")."""
        blocked = self.not_agent.get(plover)
        if not blocked or is_noun:
            return None
        agents = _agents(token)
        # Every doer must be of a blocked class: a misparse giving a verb two subjects must not
        # veto a real attacker.
        if agents and all(not _typed(a, is_actor) and a.pos_ == "NOUN" and _lemma(a) in blocked for a in agents):
            return Verdict(True, f"doer '{agents[0].text}' is not an actor of a {plover} (its class)")
        return None


def _deep_subjects(clause: Token) -> list[Token]:
    """The subject of a clause, looking through "information indicated (that) X ..." one level."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    inner = [c for c in clause.children if c.dep_ == "ccomp"]
    if subjects and inner and subjects[0].pos_ == "NOUN" and _lemma(clause) in ("indicate", "show", "suggest", "say"):
        return [c for c in inner[0].children if c.dep_ in ("nsubj", "nsubjpass")] or subjects
    return subjects


def _lemma(token: Token) -> str:
    """Lower-case lemma."""
    return token.lemma_.lower()


def _pobj_text(prep: Token) -> str:
    """The text of a preposition's object, for ``why``."""
    return next((g.text for g in prep.children if g.dep_ == "pobj"), "")


def _typed(token: Token, is_actor: Callable[[Token], bool]) -> bool:
    """True when the token is a known actor or a person/group/place entity: never re-typed."""
    return is_actor(token) or token.ent_type_ in _ACTOR_LABELS and token.pos_ == "PROPN"


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """The tokens and their coordinated conjuncts ("shares and bonds")."""
    found: list[Token] = []
    for token in tokens:
        found.append(token)
        found.extend(c for c in token.children if c.dep_ == "conj")
    return found


def _patients(token: Token, is_noun: bool) -> list[Token]:
    """What the act is done to: the object or passive subject of a verb, the objects of its
    aim prepositions ("battle for market share", "war on poverty")."""
    heads: list[Token] = []
    for child in token.children:
        if not is_noun and child.dep_ in ("dobj", "nsubjpass"):
            heads.append(child)
            # "fought a battle for market share": the aim of the object noun is the aim of the act.
            heads.extend(g for p in child.children if p.dep_ == "prep" and p.lower_ in _PATIENT_PREPS - {"of"}
                         for g in p.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in _PATIENT_PREPS:
            heads.extend(g for g in child.children if g.dep_ == "pobj")
    return [_through_quantity(h) for h in _with_conjuncts(heads)]


def _through_quantity(head: Token) -> Token:
    """The "of" object of a head noun ("a number of demonstrators", "dozens of people"): what the
    act is done to is the counted thing, not the count."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return head


def _agents(verb: Token) -> list[Token]:
    """The doer of a verb: its subject, or a subject shared with a preceding coordinated verb."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        subjects += [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subjects or current.dep_ != "conj":
            return _with_conjuncts(subjects)
        current = current.head
    return []
