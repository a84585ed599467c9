"""Warnings for the sense rules (``sense.py``): a threat, an accusation or a forecast?

PLOVER THREATEN is a source threatening its own act against a target. A warning names one only
when the warned-of act is the warner's own (its pronoun, its own troops) or hidden in a passive
("warning that legislation would be introduced"). Otherwise:

- a warning that ANOTHER named party will or may do harm ("warned that extremists may be planning
  attacks") accuses that party (CAMEO 112, PLOVER ACCUSE);
- a warning about what things, happenings or markets may do ("warned that yields would fall",
  "warned that allowing deficits to continue could have consequences", "warned there would be no
  easy solution") or of a state ("warned it will go bankrupt", "the closures are just the
  beginning") is a forecast: no event.

The small model often misattaches the warned clause: as an adverbial clause with "that", as a
parenthesis ("This, she warns, is scary"), with its subject made the object of "warned" or a
clause of its own; the complement clauses are gathered from all of these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from spacy.tokens import Token

from . import sense_tree as tree

if TYPE_CHECKING:
    from .sense import SenseRules

__all__ = ["judge"]

_OWN = frozenset({"its", "their", "our", "my", "his", "her"})


def _clauses(token: Token) -> list[Token]:
    """The clauses a warning verb introduces, however the parser attached them."""
    found = [c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    found += [c for c in token.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if token.dep_ == "parataxis" and token.head.pos_ in ("VERB", "AUX"):
        found.append(token.head)  # "This, she warns, is scary": the sentence around the parenthesis
    return found


def judge(rules: "SenseRules", token: Token, code: str, plover: str, is_noun: bool,
          is_actor: Callable[[Token], bool]) -> tuple[bool, str, tuple[Token, ...]] | None:
    """``(skip, reason, consumed)`` for a warning verb: skip as a forecast, or recode as an
    accusation of another party (``skip`` False, consuming the warned clause), or keep the threat
    consuming the warner's own threatened act (reason "threat of its own act ..."); None keeps the
    threat as it is."""
    if is_noun or plover != "THREATEN" or tree.lemma(token) not in rules.warning_verbs:
        return None
    generic = code == rules.generic_warning_code
    warner = {tree.lemma(c) for c in token.children if c.dep_ == "nsubj"}
    forecast = rules.classes.get("economic", frozenset()) | rules.classes.get("abstract", frozenset())
    # "warned the current level may be reaching saturation", "warned that attempts ... could cause":
    # the small model often makes the clause's subject the object of "warned" or a clause of its own.
    stray = [c for c in token.children if (c.dep_ == "dobj" or c.dep_ == "ccomp") and c.pos_ == "NOUN"]
    addressed = any(c.dep_ in ("dobj", "dative") and is_actor(c) for c in token.children)
    for clause in _clauses(token):
        subjects = tree.deep_subjects(clause) or [o for o in stray if o.i < clause.i]
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        becomes = tree.lemma(clause) in rules.state_change_verbs and any(c.dep_ == "acomp" for c in clause.children)
        if generic and (tree.lemma(clause) in rules.state_verbs or becomes) and not addressed and not passive:
            return True, f"forecast: warning of a state ('{clause.text}'), no act", ()
        if generic and not subjects and any(c.dep_ == "csubj" for c in clause.children):
            return True, f"forecast: warning of what a happening may bring ('{clause.text}')", ()
        if not subjects:
            continue
        if any(s.pos_ == "PRON" or tree.lemma(s) in warner for s in subjects) or any(
                rules.is_physical(s, is_actor) and any(d.dep_ == "poss" and d.lower_ in _OWN for d in s.children)
                for s in subjects):
            # "warned that it would retaliate", "warned that its troops would cross the border": the
            # warner's own act. An act of force is what the threat threatens, no happening of its own.
            if tree.lemma(clause) in rules.threatened_force_verbs:
                return False, f"threat of its own act ('{clause.text}')", tuple(clause.subtree)
            continue
        if all(is_actor(s) for s in subjects):
            return False, f"warning about '{subjects[0].text}' (another party)", tuple(clause.subtree)
        if all(s.pos_ == "NOUN" and tree.lemma(s) in forecast for s in subjects):
            return True, f"forecast: warning about '{subjects[0].text}' (a thing, not an actor)", ()
        if generic and all(s.dep_ in ("nsubj", "dobj", "ccomp") and s.pos_ == "NOUN"
                           and not rules.is_physical(s, is_actor) for s in subjects):
            # No threatened act matched: what a thing may do is a forecast. A passive clause hides
            # its doer, who may be the warner ("warning that legislation would be introduced"): kept.
            return True, f"forecast: warning about what '{subjects[0].text}' may do (a thing)", ()
    if not generic:
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "expl" for c in clause.children) and not tree.deep_subjects(clause):
            return True, "forecast: 'there would be ...' names no one's act", ()
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "against")):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if objects and all(g.pos_ == "NOUN" and tree.lemma(g) in forecast for g in objects):
            return True, f"forecast: warning of '{objects[0].text}' (a thing, not an act)", ()
    return None
