"""Sense and genericity checks: is a matched trigger the political happening its pattern codes?

A lexicon pattern matches a lemma in a syntactic frame; these checks look at what the trigger's
arguments ARE before the trigger fires, by semantic class (``data/sense.yaml``):

- **Patient and agent types**: "released a statement" is publishing, not RETREAT; "concerns about
  the deficit hit the greenback" and "battle for market share" are economic metaphors, not
  ASSAULT (a currency, a market, prices and shares are not people or places).
- **Domain modifiers** ("price war", "heart attack"); **legal contests**: "a legal battle" is a lawsuit (CAMEO 115).
- **Addressees**: "told the court", "told The Wall Street Journal" are testimony and interviews, not CONSULT.
- **Anonymity formulas**: "asked not to be named" is no REQUEST; "insisted the vote was the only solution" demands nothing.
- **Warnings about others**: "warned that extremists may be planning attacks" accuses the
  extremists (ACCUSE 112); a warning of one's own act stays a threat.
- **Genericity** (``sense_generic``, ``sense_law``): kinds ("the prevalence of knife attacks"),
  habits ("usually"), rules for anyone ("anyone convicted can be jailed"), what is to stop.

Every check returns a :class:`Verdict` with a reason for ``why``; the detector skips or recodes. Argument typing uses
the parse and the actor table only: an argument that is a known actor, a person or group entity, is never re-typed by
the word lists.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from importlib import resources
from typing import Callable, Mapping

from spacy.tokens import Token

from . import sense_generic as generic
from . import sense_request as request
from . import sense_tree as tree
from . import sense_warning as warning
from .lexicon import LexiconError, load_yaml
from .modality import ModalityCues
from .sense_argument import ArgumentRules
from .sense_law import LawRules
from .sense_cause import CauseRules
from .sense_data import sense_fields
from .sense_genre import GenreSense
from .sense_politics import PoliticsRules

__all__ = ["SenseRules", "Verdict"]

_DATA = "tacitus.events.data"


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
    not_in_object: Mapping[str, frozenset[str]]
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
    physical_types: frozenset[str] = frozenset()
    physical_lemmas: frozenset[str] = frozenset()
    physical_words: frozenset[str] = frozenset()
    damage_adverbs: frozenset[str] = frozenset()
    damage_lemmas: frozenset[str] = frozenset()
    criticism_lemmas: frozenset[str] = frozenset()
    criticism_words: frozenset[str] = frozenset()
    criticism_code: str = "111"
    dismissal_lemmas: frozenset[str] = frozenset()
    dismissal_words: frozenset[str] = frozenset()
    dismissal_partners: frozenset[str] = frozenset()
    intransitive: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    beneficiary_codes: frozenset[str] = frozenset()
    beneficiary_preps: frozenset[str] = frozenset()
    generic_warning_code: str = "130"
    fighter_words: frozenset[str] = frozenset()
    long_spans: frozenset[str] = frozenset()
    period_spans: frozenset[str] = frozenset()
    rate_determiners: frozenset[str] = frozenset()
    weapon_words: frozenset[str] = frozenset()
    labour_lemmas: frozenset[str] = frozenset()
    labour_words: frozenset[str] = frozenset()
    labour_preps: frozenset[str] = frozenset()
    labour_code: str = "143"
    cause: CauseRules = CauseRules()
    state_verbs: frozenset[str] = frozenset()
    state_change_verbs: frozenset[str] = frozenset()
    threatened_force_verbs: frozenset[str] = frozenset()  # acts of force a warner threatens ("warned it would strike")
    threatened_force_code: str = "138"  # CAMEO: threaten with military force
    generic_determiners: frozenset[str] = frozenset()
    kind_modifiers: frozenset[str] = frozenset()
    blow_lemmas: frozenset[str] = frozenset()
    habitual_adjectives: frozenset[str] = frozenset()
    power_nouns: frozenset[str] = frozenset()  # "the right to detain": what a power allows, no happening
    name_labels: frozenset[str] = frozenset()  # entities whose words are a name ("War on Want"), no trigger
    name_types: frozenset[str] = frozenset()  # the PLOVER types that check applies to
    audience_governors: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    genre: GenreSense = GenreSense()
    arguments: ArgumentRules = ArgumentRules()
    politics: PoliticsRules = PoliticsRules()
    law: LawRules = LawRules()  # statements of law, policy and kind (sense_law.py)

    @classmethod
    def load(cls, modals: frozenset[str] | None = None) -> "SenseRules":
        """Read data/sense.yaml and genre.yaml; ``modals``: modality.yaml's auxiliaries (read if not given)."""
        modals = modals if modals is not None else ModalityCues.load().modal_aux
        data = load_yaml(resources.files(_DATA).joinpath("sense.yaml").read_text(encoding="utf-8")) or {}
        rules, genre = cls.from_mapping(data), GenreSense.load()
        politics = PoliticsRules.from_mapping(data.get("political_contest"), rules.classes, genre.words)
        law = LawRules.from_mapping(data.get("generic_statements"), rules.state_verbs, modals)
        return dataclasses.replace(rules, genre=genre, politics=politics, law=law)

    @classmethod
    def from_mapping(cls, data: Mapping) -> "SenseRules":
        """Build the rules from a parsed sense.yaml mapping (checked: every class named exists)."""
        fields = sense_fields(data)
        try:
            cause = CauseRules.from_mapping(data.get("circumstance"), fields["classes"])  # type: ignore[arg-type]
            arguments = ArgumentRules.from_mapping(data.get("arguments"), fields["classes"])  # type: ignore[arg-type]
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"sense.yaml: circumstance or arguments lacks or garbles the key {exc}") from exc
        return cls(**fields, cause=cause, arguments=arguments)  # type: ignore[arg-type]

    # ---- the checks ----------------------------------------------------------------------------

    def judge(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
              is_actor: Callable[[Token], bool], sector_of: Callable[[Token], str | None] | None = None) -> Verdict | None:
        """Check one matched trigger; return None when it keeps its pattern's sense.

        ``code``/``plover`` are the pattern's CAMEO code and PLOVER type, ``anchor`` the predicate
        of the happening (the trigger, or the verb governing an event noun), ``is_actor`` tells
        whether a token is a mention of a known actor, ``sector_of`` the sector of that actor.
        The genre of the article (``sense_genre``) is asked last: a trigger another check recodes
        ("hit out at the decision": criticism) keeps that reading.
        """
        for check in (self._generic, self._habitual, self._cause, self._attempt, self._assertion, self._warning,
                      self._legal_contest, self._addressee, self._anonymity, self._score, self._argument, self._labour_strike,
                      self._modifier):
            verdict = check(token, code, plover, is_noun, anchor, is_actor)
            if verdict is not None:
                return verdict
        # A contest of politicians told as combat ("a battle between the chancellor and the prime
        # minister"): before the checks of what is hit, so an attack on a party is criticism.
        contest = self.politics.judge(token, plover, is_noun, anchor, sector_of)
        if contest is not None:
            return Verdict(contest[0], contest[1], contest[2])
        for check in (self._criticism, self._dismissal, self._physical, self._intransitive,
                      self._beneficiary, self._patient, self._agent):
            verdict = check(token, code, plover, is_noun, anchor, is_actor)
            if verdict is not None:
                return verdict
        reason = self.genre.judge(token, plover, is_noun, sector_of)
        return Verdict(True, reason) if reason is not None else None

    def is_instrument(self, name: str) -> bool:
        """True when an actor name names a law or other instrument ("the Expropriation Act")."""
        words = name.split()
        return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in self.classes.get("legal_instrument", ())

    def _generic(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                 is_actor: Callable[[Token], bool]) -> Verdict | None:
        """A word of a name, an event noun naming a kind of happening, an example or a background
        conflict (``sense_generic``)."""
        reason = generic.name_word(self, token, plover) or generic.generic(self, token, is_noun)
        reason = reason or self.law.judge(token, is_noun, anchor)
        return Verdict(True, reason) if reason is not None else None

    def _habitual(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                  is_actor: Callable[[Token], bool]) -> Verdict | None:
        """An act said to recur, or counted over a period (``sense_generic``)."""
        reason = generic.habitual(self, token, is_noun, anchor)
        return Verdict(True, reason) if reason is not None else None

    def _cause(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
               is_actor: Callable[[Token], bool]) -> Verdict | None:
        """What brought the happening about or what it is about (``sense_cause.py``)."""
        found = self.cause.judge(token, plover, is_noun, self._is_fighter)
        return Verdict(True, found[1]) if found is not None else None

    def _attempt(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                 is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"tried to sign up customers": an attempt verb with a verb complement is not itself an act
        (not a trial); the complement is coded on its own, with modality intended."""
        if is_noun or tree.lemma(token) not in self.attempt_verbs:
            return None
        if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children):
            return Verdict(True, f"attempt: '{token.text}' governs the act")
        return None

    def _assertion(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                   is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"insisted the vote was the only solution": an indicative complement asserts, it demands nothing."""
        if is_noun or plover != "REQUEST" or tree.lemma(token) not in self.assertion_verbs:
            return None
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            if not modal and clause.tag_ in ("VBD", "VBZ", "VBP"):
                return Verdict(True, f"assertion: '{token.text}' with an indicative clause ('{clause.text}')")
        return None

    def _warning(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                 is_actor: Callable[[Token], bool]) -> Verdict | None:
        """A warning about another party's act accuses it; one about things is a forecast (``sense_warning``)."""
        found = warning.judge(self, token, code, plover, is_noun, is_actor)
        if found is None:
            return None
        skip, reason, consumes = found
        if reason.startswith("threat of its own act"):
            return Verdict(False, reason, self.threatened_force_code, consumes)  # the threat claims the act
        return Verdict(skip, reason, None if skip else self.warning_code, consumes)

    def _legal_contest(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                       is_actor: Callable[[Token], bool]) -> Verdict | None:
        """A contest fought in court, or named legal by its modifier, is a lawsuit."""
        if plover not in self.legal_types:
            return None
        court = self.classes.get("court", frozenset())
        for predicate in {anchor.i: anchor, token.i: token}.values():
            for child in predicate.children:
                if child.dep_ == "prep" and child.lower_ in self.legal_preps and any(
                        g.dep_ == "pobj" and tree.lemma(g) in court for g in child.children):
                    return Verdict(False, f"legal contest ('{child.text} {tree.pobj_text(child)}')", self.legal_code)
        if is_noun:
            legal = self.classes.get("legal", frozenset())
            for child in tree.domain_modifiers(token):
                if child.dep_ in ("amod", "compound") and tree.lemma(child) in legal:
                    return Verdict(False, f"legal contest ('{child.text} {token.text}')", self.legal_code)
        return None

    def _addressee(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                   is_actor: Callable[[Token], bool]) -> Verdict | None:
        """Telling a court or the press is testimony or an interview, not a consultation."""
        if plover != "CONSULT" or is_noun or tree.lemma(token) not in self.addressee_verbs:
            return None
        audience = (self.classes.get("media", frozenset()) | self.classes.get("court", frozenset())
                    | self.classes.get("hearing", frozenset()))
        for child in token.children:
            heads = [child] if child.dep_ in ("dobj", "dative") else []
            if child.dep_ == "prep" and child.lower_ == "to":
                heads = [g for g in child.children if g.dep_ == "pobj"]
            for head in heads:
                # The whole name counts: "BBC Radio Scotland" is headed by a place, "BBC Two's
                # Newsnight" by a programme's name; a medium's word anywhere in it makes it the press.
                words = [head] + [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "poss", "nmod", "amod")]
                if any(tree.lemma(w) in audience or w.lower_ in audience for w in words):
                    return Verdict(True, f"addressee '{head.text}' is a court or the press")
        return None

    def _anonymity(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                   is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"asked not to be named", "asked what ...", "pleaded guilty": asking that requests nothing (``sense_request``)."""
        reason = None if is_noun else request.no_request(self, token)
        return Verdict(True, reason) if reason is not None else None

    def _modifier(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                  is_actor: Callable[[Token], bool]) -> Verdict | None:
        """An event noun whose modifier names another domain ("price war", "heart attack")."""
        if is_noun and anchor is not token and tree.lemma(anchor) in self.audience_governors.get(plover, ()):
            # "scheduled to address rallies": a speech to a gathering, not a protest by the speaker.
            return Verdict(True, f"'{anchor.text} {token.text}': speaking to a gathering, not a {plover}")
        blocked = self.not_modifier.get(plover)
        if not is_noun or not blocked:
            return None
        for child in tree.domain_modifiers(token):
            if tree.lemma(child) in blocked or child.lower_ in blocked:
                return Verdict(True, f"'{child.text} {token.text}' is not a {plover} (modifier class)")
        markets = self.not_in_object.get(plover, frozenset())
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                if tree.lemma(obj) in markets:
                    return Verdict(True, f"'{token.text} in {obj.text}' is a market movement, not a {plover}")
        return None

    def _score(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
               is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"was beaten 5-0 by Bayern": a result with a score is a game, not a fight."""
        if is_noun or plover != "ASSAULT":
            return None
        for child in token.children:
            if tree.is_score(child):
                return Verdict(True, f"a game's score ('{child.text}...')")
        return None

    def _argument(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                  is_actor: Callable[[Token], bool]) -> Verdict | None:
        """What is fired, a phrasal verbal attack, a conflict named as a time (``sense_argument``)."""
        found = self.arguments.judge(token, plover, is_noun, self._is_fighter)
        return Verdict(found[0], found[1], found[2]) if found is not None else None

    def _labour_strike(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                       is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"strikes in a number of industries", "a rail strike": a labour strike, not an attack."""
        if not is_noun or plover != "ASSAULT" or tree.lemma(token) not in self.labour_lemmas:
            return None
        places = list(tree.domain_modifiers(token))
        places += [tree.through_quantity(g) for c in token.children if c.dep_ == "prep" and c.lower_ in self.labour_preps
                   for g in c.children if g.dep_ == "pobj"]
        for place in places:
            if tree.lemma(place) in self.labour_words or place.lower_ in self.labour_words:
                return Verdict(False, f"labour strike ('{place.text}')", self.labour_code)
        # "did not rule out a strike", "bad weather, security alerts or strikes": a bare strike, with
        # no modifier, nothing it is aimed at and no blow it strikes, is a stoppage of work; military
        # strikes are named by their weapon ("air strike"), their side or their target ("on X").
        bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") or (
            c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "in", "by", "near")) for c in token.children)
        blow = token.dep_ in ("nsubj", "nsubjpass", "agent") and tree.lemma(token.head) in self.blow_lemmas
        if tree.lemma(token) == "strike" and bare and not blow:
            return Verdict(False, "labour strike (a bare 'strike': no weapon, side or target)", self.labour_code)
        return None

    def _criticism(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                   is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"attacked the legislation", "an attack on the cost of the system": an attack on a law, a plan,
        words or a price criticizes it."""
        if plover != "ASSAULT" or tree.lemma(token) not in self.criticism_lemmas:
            return None
        if is_noun:  # "launched an attack on the cost of the asylum system": on a law, a plan or a price
            words = self.criticism_words | self.classes.get("economic", frozenset())
            objects = tree.with_conjuncts(g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                                          for g in c.children if g.dep_ == "pobj")
        else:
            words = self.criticism_words
            objects = tree.with_conjuncts(c for c in token.children if c.dep_ in ("dobj", "nsubjpass"))
        if objects and all(not tree.typed(o, is_actor) and o.pos_ == "NOUN" and tree.lemma(o) in words
                           for o in objects):
            return Verdict(False, f"criticism: what is attacked ('{objects[0].text}') is a law, plan or words",
                           self.criticism_code)
        return None

    def _dismissal(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                   is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"fired its chief executive", "hiring and firing staff": employment, not shooting."""
        if is_noun or plover != "ASSAULT" or tree.lemma(token) not in self.dismissal_lemmas:
            return None
        if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into", "toward", "towards")
                                   and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
               for c in token.children):
            return None  # "fired on the crowd", "fired back": shots
        partners = [token.head] if token.dep_ == "conj" else []
        partners += [c for c in token.children if c.dep_ == "conj"]
        if any(tree.lemma(p) in self.dismissal_partners for p in partners):
            return Verdict(True, f"dismissal: '{token.text}' paired with hiring")
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") and (
                    tree.lemma(child) in self.dismissal_words or child.ent_type_ == "PERSON"
                    or (child.pos_ == "PRON" and child.lower_ in tree.PRONOUNS)):
                return Verdict(True, f"dismissal: '{token.text} {child.text}' (a person fired from a job)")
        return None

    def _physical(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                  is_actor: Callable[[Token], bool]) -> Verdict | None:
        """A verb of contact or combat needs a physical participant: a doer of flesh, a force or a
        weapon, or, with no such doer, a person, force or place hit. Otherwise it is a metaphor."""
        if is_noun or plover not in self.physical_types or tree.lemma(token) not in self.physical_lemmas:
            return None
        if tree.lemma(token) in self.damage_lemmas:
            for child in token.children:
                if child.dep_ == "advmod" and child.lower_ in self.damage_adverbs:
                    return Verdict(True, f"damage, not a blow ('{child.text} {token.text}')")
        agents = [tree.resolve_relative(a) for a in tree.agents(token)]
        if any(self._is_fighter(a) for a in agents):
            return None
        patients = tree.patients(token, False)
        if patients and all(tree.is_thing(p) and not self.is_physical(p, is_actor) for p in patients):
            return Verdict(True, f"what is {token.text} ('{patients[0].text}') is a thing, not a person, force or place")
        things = [a for a in agents if not self.is_physical(a, is_actor) and tree.is_thing(a)]
        if agents and len(things) == len(agents) and all(a.pos_ == "NOUN" for a in agents):
            # "a new model hits the streets": a thing named as the doer makes the verb a metaphor even
            # when what it reaches is a place (a weapon, a vehicle or a force is physical, above).
            return Verdict(True, f"doer '{things[0].text}' is a thing: '{token.text}' is a metaphor")
        if any(self._is_body(p) for p in patients):
            return None  # "was beaten by supporters of the rebels": a person or a building was hit
        if not agents and any(c.dep_ == "csubj" for c in token.children):
            # "Slumping prices forced most firms to ...": the doer is a happening, not an actor.
            return Verdict(True, f"doer of '{token.text}' is a clause (a happening): a metaphor")
        things = [a for a in agents if not self.is_physical(a, is_actor) and tree.is_thing(a)]
        if agents and len(things) == len(agents):
            return Verdict(True, f"doer '{things[0].text}' is a thing: '{token.text}' is a metaphor")
        return None

    def _is_body(self, token: Token) -> bool:
        """A person, a force or a building as what is hit: what a blow lands on (a firm or a
        country "hit by rising costs" is not)."""
        if token.pos_ == "PRON":
            return token.lower_ in tree.PRONOUNS and token.lower_ != "it"
        if token.ent_type_ in ("PERSON", "NORP"):
            return True
        return token.pos_ == "NOUN" and tree.lemma(token) in self.physical_words and tree.lemma(token) not in self.weapon_words

    def _is_fighter(self, token: Token) -> bool:
        """A doer that can only mean force: a person, a country or people, a force or a weapon
        (not an organisation or firm, whose "battles" are often for customers)."""
        if token.pos_ == "PRON":
            return token.lower_ in tree.PRONOUNS
        if token.ent_type_ in ("PERSON", "GPE", "NORP"):
            return True
        return token.pos_ == "NOUN" and (tree.lemma(token) in self.fighter_words or token.lower_ in self.fighter_words)

    def is_physical(self, token: Token, is_actor: Callable[[Token], bool]) -> bool:
        """A person, group, force, weapon or place: something a blow can come from or land on."""
        if tree.typed(token, is_actor) or token.ent_type_ in tree.ACTOR_LABELS:
            return True
        if token.pos_ == "PRON":
            return token.lower_ in tree.PRONOUNS
        return tree.lemma(token) in self.physical_words or token.lower_ in self.physical_words

    def _intransitive(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                      is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"demonstrate the legality", "rallied supporters": with an object the verb shows or gathers."""
        if is_noun or tree.lemma(token) not in self.intransitive.get(plover, frozenset()):
            return None
        objects = [c for c in token.children if c.dep_ in ("dobj", "ccomp") or (c.dep_ == "xcomp" and c.pos_ != "VERB")]
        if token.dep_ == "acl" and token.tag_ == "VBN":
            objects.append(token.head)  # "the commitment demonstrated by the cities": its noun is its object
        if objects:
            return Verdict(True, f"'{token.text}' with an object ('{objects[0].text}') shows or gathers, no protest")
        return None

    def _beneficiary(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                     is_actor: Callable[[Token], bool]) -> Verdict | None:
        """"drumming up support" with nobody it is rallied for is campaigning, not support for anyone."""
        if code not in self.beneficiary_codes:
            return None
        holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "prt", "pobj"))]
        holders += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "conj"]
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in self.beneficiary_preps:
                    if any(g.dep_ == "pobj" and (tree.typed(g, is_actor) or g.ent_type_ in tree.ACTOR_LABELS
                                                 or tree.lemma(g) in self.classes.get("people", ()))
                           for g in child.children):
                        return None
        return Verdict(True, f"'{token.text}' rallies support for nobody named (campaigning)")

    def _patient(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
                 is_actor: Callable[[Token], bool]) -> Verdict | None:
        """What the act is done to is of a class that gives the trigger another sense."""
        blocked = self.not_patient.get(plover)
        if not blocked:
            return None
        disease = self.classes.get("disease", frozenset())
        # "quell claims of a falling-out": the head as it stands too, unless what it counts is a
        # person, force or place ("killed a number of soldiers").
        heads = tree.patients(token, is_noun)
        heads += [h for h in tree.patients(token, is_noun, counted=False)
                  if h not in heads and not self.is_physical(tree.through_quantity(h), is_actor)]
        for patient in heads:
            if tree.lemma(patient) in disease and tree.lemma(patient) in blocked:
                # "fight HIV/AIDS": a disease, often tagged a proper name, is never an actor.
                return Verdict(True, f"patient '{patient.text}' is a disease, not a {plover} target")
            if tree.typed(patient, is_actor):
                continue
            if patient.pos_ == "NOUN" and tree.lemma(patient) in blocked:
                return Verdict(True, f"patient '{patient.text}' is not a {plover} target (its class)")
        return None

    def _agent(self, token: Token, code: str, plover: str, is_noun: bool, anchor: Token,
               is_actor: Callable[[Token], bool]) -> Verdict | None:
        """Who does the act is a thing without a will ("concerns hit the dollar")."""
        blocked = self.not_agent.get(plover)
        if not blocked or is_noun:
            return None
        agents = [tree.resolve_relative(a) for a in tree.agents(token)]
        never = self.classes.get("calamity", frozenset()) | self.classes.get("disease", frozenset())
        if agents and plover in self.physical_types and all(tree.lemma(tree.through_quantity(a)) in never
                                                            or tree.named_as(a, never) for a in agents):
            # "the Tsunami which struck south Asia": a calamity or a disease is never an actor, even
            # named ("a wave of bombings" is bombings).
            return Verdict(True, f"doer '{agents[0].text}' is a calamity or a disease, not an actor")
        # Every doer must be of a blocked class: a misparse giving a verb two subjects must not
        # veto a real attacker.
        if agents and all(not tree.typed(a, is_actor) and a.pos_ == "NOUN" and tree.lemma(a) in blocked for a in agents):
            return Verdict(True, f"doer '{agents[0].text}' is not an actor of a {plover} (its class)")
        return None
