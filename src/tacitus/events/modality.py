"""Modality of an event, decided at the trigger and the chain of predicates that governs it.

The chain starts at the trigger (for an event noun, at the verb that governs it) and climbs
through ``xcomp``/``acomp`` steps only ("is due to travel": travel -> due -> be), so a reporting
verb ("South Korea said ...") never lends its modality to the reported event. Cues are data
(``data/modality.yaml``). Precedence: negated, cancelled, hypothetical, planned, intended, asserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Span, Token

from .lexicon import LexiconError, load_yaml

__all__ = ["ModalityCues", "Modality", "decide_modality", "governing_chain"]

if TYPE_CHECKING:
    from .attempt import AttemptRules
    from .directive import DirectiveRules

_DATA = "tacitus.events.data"
# Dependency steps that keep us inside the same happening: control and raising complements.
_CHAIN_DEPS = frozenset({"xcomp", "acomp"})


@dataclass(frozen=True)
class ModalityCues:
    """The cue word sets of data/modality.yaml."""

    negation: frozenset[str]
    refusal: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_mark: frozenset[str]
    hypothetical_governor: frozenset[str]
    intention_aux: frozenset[str]
    intention_governor: frozenset[str]
    planned_governor: frozenset[str]
    cancel: frozenset[str]
    cancel_phrasal: frozenset[tuple[str, str]]
    denial: frozenset[str] = frozenset()
    simultaneous: frozenset[str] = frozenset()
    hypothetical_modifiers: frozenset[str] = frozenset()  # "a possible attack": an event noun that may come
    occurrence: frozenset[str] = frozenset()  # "the talks will begin on Tuesday": see ``_occurring``
    # Attempted attacks that happened ("tried to blow up"): events/attempt.py.
    attempt: "AttemptRules | None" = None
    directive: "DirectiveRules | None" = None  # "directed their envoys to resume talks": events/directive.py

    @property
    def modal_aux(self) -> frozenset[str]:
        """Every modal or future auxiliary ("can", "would", "will"): a clause under one is no act done."""
        return self.hypothetical_aux | self.intention_aux

    @classmethod
    def load(cls) -> "ModalityCues":
        """Read data/modality.yaml from the package."""
        data = load_yaml(resources.files(_DATA).joinpath("modality.yaml").read_text(encoding="utf-8")) or {}
        try:
            sets = {key: frozenset(str(w).lower() for w in data[key]) for key in (
                "negation", "refusal", "hypothetical_aux", "hypothetical_mark", "hypothetical_governor",
                "intention_aux", "intention_governor", "planned_governor", "cancel", "denial")}
            phrasal = frozenset(tuple(str(p).lower().split()[:2]) for p in data["cancel_phrasal"])
            sets["simultaneous"] = frozenset(str(w).lower() for w in data.get("simultaneous") or ())
            sets["hypothetical_modifiers"] = frozenset(str(w).lower() for w in data.get("hypothetical_modifiers") or ())
            sets["occurrence"] = frozenset(str(w).lower() for w in data.get("occurrence") or ())
        except KeyError as exc:
            raise LexiconError(f"modality.yaml lacks the key {exc}; restore the file from the package") from exc
        from .attempt import AttemptRules  # here: attempt.py and directive.py import this module
        from .directive import DirectiveRules

        return cls(cancel_phrasal=phrasal, attempt=AttemptRules.from_mapping(data.get("attempt"), sets["hypothetical_aux"] | sets["intention_aux"]),
                   directive=DirectiveRules.from_mapping(data.get("directive")),
                   **sets)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Modality:
    """The decided modality and the cue that decided it (for ``why``)."""

    value: str
    cue: str


def _chain_step(token: Token) -> bool:
    """True when the token's head governs the same happening (complement or purpose clause)."""
    if token.dep_ in _CHAIN_DEPS:
        return True
    if _shares_auxiliaries(token):
        return True
    # "went to Beijing to discuss": a to-infinitive purpose clause is as intended as its head.
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _shares_auxiliaries(token: Token) -> bool:
    """"will exchange views and hold talks", "did not visit Peru or meet Varga": a bare verb
    coordinated with another, with no subject or auxiliary of its own, shares that verb's
    auxiliaries, its modal, tense and negation ("not X but Y" contrasts them: not shared)."""
    if token.dep_ != "conj" or token.tag_ != "VB" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass", "mark") for c in token.children):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in token.head.children)


def governing_chain(start: Token) -> list[Token]:
    """Return ``start`` and the predicates above it reached through xcomp/acomp steps."""
    chain = [start]
    token = start
    while _chain_step(token) and token.head.i != token.i and len(chain) < 6:
        token = token.head
        chain.append(token)
    return chain


def _is_cancel(token: Token, cues: ModalityCues) -> bool:
    """True when the token calls something off ("cancelled", "called off")."""
    if token.lemma_.lower() in cues.cancel:
        return True
    for child in token.children:
        if child.dep_ == "prt" and (token.lemma_.lower(), child.lemma_.lower()) in cues.cancel_phrasal:
            return True
    return False


def _in_conditional_clause(token: Token, cues: ModalityCues) -> str | None:
    """Return the marker ("if") when the token's clause, or one it is nested in, is conditional."""
    current = token
    for _ in range(6):
        for child in current.children:
            if child.dep_ == "mark" and child.lemma_.lower() in cues.hypothetical_mark:
                return child.text
        if current.dep_ not in ("advcl", "xcomp", "acomp", "conj", "ccomp") or current.head.i == current.i:
            return None
        if current.dep_ == "ccomp":
            return None
        current = current.head
    return None


def _scheduled_by_modifier(noun: Token, cues: ModalityCues) -> Token | None:
    """An event noun whose clause modifier puts it in the future: "the conference to be held in
    December", "talks scheduled for next week". Returns the modifier, or None."""
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl"):
            continue
        if child.dep_ == "acl" and child.lemma_.lower() in cues.planned_governor:
            return child
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def decide_modality(
    trigger: Token,
    anchor: Token,
    sentence: Span,
    cues: ModalityCues,
    pattern_intent: bool = False,
    consumed: Sequence[Token] = (),
) -> Modality:
    """Decide the modality of an event.

    ``trigger`` is the trigger token; ``anchor`` the predicate the chain starts from (the trigger
    itself for verbs, the governing verb for event nouns); ``pattern_intent`` is True when the
    lexicon pattern states an intention ("agreed to hold"); ``consumed`` are the complement tokens
    the pattern used, whose own negation also counts ("agreed not to attack").
    """
    chain = governing_chain(anchor)
    lemmas = [t.lemma_.lower() for t in chain]
    # Negation: a "not"/"never" on the trigger or its chain, "no" on an event noun, a refusal above.
    for token in [trigger, *chain]:
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no" and token.i == trigger.i):
                return Modality("negated", f"negation '{child.text}'")
    # "release no prisoners": a "no" on the object negates the act.
    for token in [*consumed, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return Modality("negated", f"'no {token.text}'")
    for token, lemma in zip(chain[1:], lemmas[1:]):
        if lemma in cues.refusal:
            return Modality("negated", f"refusal '{token.text}'")
    top = chain[-1]
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in cues.denial:
        return Modality("negated", f"denied ('{top.head.text}')")
    if anchor.i != trigger.i and _is_cancel(anchor, cues):
        return Modality("cancelled", f"governed by '{anchor.text}'")
    planned = next((t for t, l in zip(chain, lemmas) if l in cues.planned_governor and t.i != trigger.i), None)
    if planned is None and trigger.pos_ in ("NOUN", "PROPN"):
        planned = _scheduled_by_modifier(trigger, cues)
    if planned is None and anchor.i != trigger.i and anchor.lemma_ == "be":
        # "is due in Kenya for a visit": the copula's predicate adjective schedules the noun.
        planned = next((c for c in anchor.children if c.dep_ == "acomp" and c.lemma_.lower() in cues.planned_governor),
                       None)
    intended_gov = next((t for t, l in zip(chain[1:], lemmas[1:]) if l in cues.intention_governor), None)
    future_aux = next((c for t in chain for c in t.children if c.dep_ == "aux" and c.lower_ in cues.intention_aux), None)
    if planned is not None or intended_gov is not None or future_aux is not None or pattern_intent:
        # The trigger's own complements ("agreed to postpone") do not cancel it.
        own = {t.i for t in trigger.subtree} | {t.i for t in chain}
        for token in sentence:
            if token.i not in own and _is_cancel(token, cues):
                return Modality("cancelled", f"planned/intended, then '{token.text}' in the same sentence")
    # Hypothetical: modal auxiliaries, "if"/"unless" clauses, or a governing request or threat.
    for token in chain:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in cues.hypothetical_aux:
                return Modality("hypothetical", f"modal '{child.text}'")
    if trigger.pos_ in ("NOUN", "PROPN"):
        maybe = next((c for c in trigger.children if c.dep_ == "amod" and c.lower_ in cues.hypothetical_modifiers), None)
        if maybe is not None:
            return Modality("hypothetical", f"'{maybe.text} {trigger.text}'")
    if _asked(trigger):
        return Modality("hypothetical", "in a question ('?')")
    marker = _in_conditional_clause(anchor, cues)
    if marker:
        return Modality("hypothetical", f"clause marker '{marker}'")
    requested = next((t for t, l in zip(chain[1:], lemmas[1:]) if l in cues.hypothetical_governor), None)
    top = chain[-1]
    if requested is None and top.dep_ in ("ccomp", "acl") and top.head.lemma_.lower() in cues.hypothetical_governor:
        requested = top.head  # "demanded that X quit", "the demand that X quit"
        if _presupposed(top):
            requested = None  # "asked why ministers attacked the plan": the attack happened
    if requested is not None:
        return Modality("hypothetical", f"governed by '{requested.text}'")
    if planned is not None:
        return Modality("planned", f"'{planned.text}'")
    if future_aux is not None:
        return Modality("intended", f"future '{future_aux.text}'")
    if intended_gov is not None:
        return Modality("intended", f"governed by '{intended_gov.text}'")
    if pattern_intent:
        if _done(trigger):
            # "the parties had agreed to pass the budget": the agreeing itself has happened (the
            # record is the verbal act, PLOVER AGREE); what was agreed to is its content.
            return Modality("asserted", f"a commitment made ('{trigger.text}', past)")
        return Modality("intended", "statement of intent")
    return (_during(trigger, anchor, sentence, cues) or _occurring(trigger, anchor, sentence, cues)
            or Modality("asserted", "no cue"))


def _done(trigger: Token) -> bool:
    """True for a verb in the simple past or the perfect ("agreed", "has agreed", "had pledged")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.tag_ == "VBD":
        return True
    return trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children)


def _during(trigger: Token, anchor: Token, sentence: Span, cues: ModalityCues) -> Modality | None:
    """"During her visit to Kenya, she will hold talks": an event noun in a phrase of time of a
    clause happens when that clause does, so a planned or future clause makes it planned too
    (never its negation: "did not meet anyone during the visit" does not negate the visit)."""
    head = trigger.head
    if anchor.i != trigger.i or trigger.dep_ != "pobj" or head.lower_ not in cues.simultaneous:
        return None
    clause = head.head
    if clause.i == head.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    found = decide_modality(clause, clause, sentence, cues)
    if found.value in ("planned", "intended", "hypothetical"):
        return Modality(found.value, f"'{head.text} {trigger.text}' of '{clause.text}': {found.cue}")
    return None


def _asked(trigger: Token) -> bool:
    """"Will Chile release the prisoners?", "Did the army fire first?": an act in a yes-no question
    (its clause opens with an auxiliary and runs to a question mark) is asked about, not told as
    done. A wh-question presupposes its act ("Why did Chile attack?": the attack happened)."""
    asked = False
    for token in trigger.doc[trigger.i + 1:min(len(trigger.doc), trigger.sent.end + 2)]:
        if token.text == "?":
            asked = True
            break
        if token.text in (".", "!", ";"):
            return False
    if not asked:
        return False
    first = next((t for t in trigger.sent if not t.is_punct), None)
    return first is not None and first.i < trigger.i and first.pos_ == "AUX" and first.dep_ in ("aux", "auxpass", "ROOT")


# Question words whose clause presupposes its act: "asked why X did it" (it was done).
_PRESUPPOSING = frozenset({"why", "how", "when", "where"})


def _presupposed(clause: Token) -> bool:
    """"asked why ministers attacked the plan": an embedded wh-question (not "whether"/"if")
    presupposes its act, which is told as done."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ in _PRESUPPOSING and clause.tag_ in ("VBD", "VBN", "VBZ", "VBP")


def _occurring(trigger: Token, anchor: Token, sentence: Span, cues: ModalityCues) -> Modality | None:
    """"The talks will begin on Tuesday", "her visit to Peru did not take place": an event noun that
    is the subject of a verb of its own occurrence (``occurrence`` in data/modality.yaml) happens as
    that verb says: planned, intended, hypothetical or negated with it."""
    head = trigger.head
    if anchor.i != trigger.i or trigger.dep_ not in ("nsubj", "nsubjpass") or head.i == trigger.i:
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in cues.occurrence:
        return None
    found = decide_modality(head, head, sentence, cues)
    if found.value in ("planned", "intended", "hypothetical", "negated"):
        return Modality(found.value, f"'{trigger.text}' {head.text}: {found.cue}")
    return None
