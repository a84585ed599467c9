"""Genericity checks for the sense rules (``sense.py``): is a matched trigger one happening?

- An event noun under a noun of kind or frequency ("the prevalence of knife attacks"), of
  collection with no verb of doing ("has seen a series of attacks"), under a determiner of any
  member ("any attack"), a predicate nominal ("was the first major attack") or a conflict told by its years
  ("a 14-year civil war"); a kind ("such attacks") and a bare plural in a statement about its kind
  ("Attacks on aid workers are now part of life there").
- A verb naming what a right or power allows ("the right to detain without trial").
- Acts marked habitual ("usually", "in the past", "frequent rallies"), and acts told as a rate
  ("3,000 visits a year").

A past happening told with its date ("the 2002 Bali bombings which killed 202 people", "since
then the group has launched a string of attacks") is a happening: the whole-article gold codes it.

Each check returns the reason for ``why`` when the trigger is skipped, else None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import sense_tree as tree

if TYPE_CHECKING:
    from .sense import SenseRules

__all__ = ["generic", "habitual", "name_word"]


def name_word(rules: "SenseRules", token: Token, plover: str) -> str | None:
    """"War on Want", "the Texas Chainsaw Massacre": a capitalised word of a multi-word name of an
    organisation, a work or a product names it, no act of force (a named summit is still a meeting
    held: only ``name_types``)."""
    if plover not in rules.name_types or token.ent_type_ not in rules.name_labels or not token.text[:1].isupper():
        return None
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or len(entity) < 2:
        return None
    return f"'{token.text}' is a word of the name '{entity.text}' ({entity.label_})"


def generic(rules: "SenseRules", token: Token, is_noun: bool) -> str | None:
    """An event noun naming a kind of happening: under a noun of number/kind/frequency, or a
    predicate nominal of a copula (its subject is the happening, already coded or not news)."""
    if not is_noun:
        noun = token.head
        if (token.dep_ == "acl" and noun.pos_ == "NOUN" and tree.lemma(noun) in rules.power_nouns
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
            # "the right to detain without trial", "powers to arrest suspects": a power named or
            # given, no happening (its use is told by a verb of its own).
            return f"generic: '{token.text}' names what '{noun.text}' allows, no happening"
        if (token.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and tree.lemma(noun.head.head) in rules.generic_heads | rules.collection_heads):
            # "the number of miners killed this year", "the toll of people killed": a count.
            return f"generic: '{token.text}' counts under '{noun.head.head.text} of'"
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        head = token.head.head
        if head.pos_ in ("NOUN", "PROPN") and tree.lemma(head) in rules.generic_heads:
            return f"generic: '{token.text}' under '{head.text} of'"
        if (head.pos_ == "NOUN" and tree.lemma(head) in rules.collection_heads
                and not (head.dep_ == "dobj" and tree.lemma(head.head) in rules.doing_verbs)):
            return f"generic: '{token.text}' under '{head.text} of', no verb of doing"
    if any(c.dep_ == "det" and c.lower_ in rules.generic_determiners for c in token.children):
        return f"generic: '{token.text}' under a determiner of any kind"
    if any(c.dep_ in ("amod", "predet", "det") and c.lower_ in rules.kind_modifiers for c in token.children):
        return f"generic: '{token.text}' names a kind ('such')"
    reason = _kind_statement(rules, token)
    if reason is not None:
        return reason
    if token.dep_ == "attr" and token.head.lemma_.lower() == "be":
        return f"generic: '{token.text}' is a predicate nominal"
    for child in token.children:
        # "a 14-year civil war", "a decade-long war": a conflict told by its span of years is the
        # background of the story, not a happening on a day.
        span = [child, *(g for g in child.children if g.dep_ == "npadvmod")]
        if child.dep_ in ("nmod", "amod", "compound") and any(tree.lemma(t) in rules.long_spans for t in span):
            return f"background: a conflict lasting {' '.join(t.text for t in child.subtree)}"
    return None


def _kind_statement(rules: "SenseRules", token: Token) -> str | None:
    """A bare plural event noun in a statement about its kind: the subject of a present state
    ("Attacks on aid workers are now part of life there", "Suicide bombings have become common")
    or described by a present clause ("responding to attacks that involve chemical weapons").
    With a determiner, a number or a possessive the noun is a set of happenings, and a state with
    no predicate noun or adjective ("Protests are under way") is a happening going on."""
    if token.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return None
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        if clause.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            return f"generic: '{token.text}' described by a present clause ('{clause.text}'): a kind"
    head = token.head
    if token.dep_ != "nsubj" or tree.lemma(head) not in rules.state_verbs:
        return None
    present = head.tag_ in ("VBP", "VBZ") or any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in head.children)
    if present and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) and any(
            c.dep_ in ("attr", "acomp") for c in head.children):
        return f"generic: '{token.text}' is the subject of a present state ('{head.text}'): a kind"
    return None


def habitual(rules: "SenseRules", token: Token, is_noun: bool, anchor: Token) -> str | None:
    """An act said to happen habitually ("usually", "often") or only "in the past" in general."""
    predicates = {anchor.i: anchor, token.i: token}
    if is_noun:
        # "has in the past made a number of attacks": the verb of the clause the noun sits in.
        verb = tree.clause_verb(token)
        if verb is not None:
            predicates.setdefault(verb.i, verb)
    if is_noun:
        for child in token.children:
            # "frequent opposition rallies", "regular raids": a kind of recurring happening.
            if child.dep_ == "amod" and child.lower_ in rules.habitual_adjectives:
                return f"habitual: '{child.text} {token.text}'"
    # An event noun's clause ("has over the years offered support") tells its span too.
    reason = (None if is_noun else _property(rules, anchor)) or _open_span(rules, anchor)
    if reason is not None:
        return reason
    for predicate in predicates.values():
        for child in predicate.children:
            if is_noun and child.dep_ == "dobj" and child.i != token.i and any(
                    g.dep_ == "amod" and g.lower_ in rules.habitual_adjectives for g in child.children):
                # "has faced frequent rallies during his visits": the clause tells what recurs.
                return f"habitual: in a clause of recurring happenings ('{child.text}')"
            if child.dep_ == "advmod" and child.lower_ in rules.habitual_adverbs:
                return f"habitual: '{child.text}'"
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    g.lower_ == "past" and any(d.lower_ == "the" for d in g.children) for g in child.children):
                return "habitual: 'in the past'"
            span = _period(rules, child)
            if span is not None:
                return f"a rate ('{span}'), not one happening"
    return None


# Classes of a noun whose relative clause in the present tells its content, which can be a
# happening of its authors ("a resolution which calls on X to withdraw", "a strategy in which it
# promises to invest").
_CONTENT_CLASSES = ("communication", "policy", "legal_instrument", "task")


def _property(rules: "SenseRules", verb: Token) -> str | None:
    """"the agency, which coordinates energy policy", "violence that kills civilians": a relative
    clause in the simple present tells what its noun does as a rule, a property, not a happening
    (a happening told in a relative clause takes the past or the perfect: "which attacked")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    noun = tree.lemma(clause.head)
    if any(noun in rules.classes.get(name, ()) for name in _CONTENT_CLASSES):
        return None
    return f"a property of '{clause.head.text}': '{verb.text}' in a relative clause in the simple present"


# Prepositions of an open span of time: "over the years", "for decades", "throughout the years".
_SPAN_PREPS = frozenset({"over", "for", "throughout"})


def _open_span(rules: "SenseRules", verb: Token) -> str | None:
    """"has over the years offered support", "have for decades attacked": acts told over an open
    span of years, no one happening (a counted span, "over the past two years", is a tally and is
    kept: the whole-article gold codes tallies)."""
    # The small model often hangs the span on the auxiliary: "has (over the years) offered".
    children = [*verb.children, *(g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children)]
    for child in children:
        if child.dep_ != "prep" or child.lower_ not in _SPAN_PREPS:
            continue
        for span in child.children:
            if (span.dep_ == "pobj" and span.tag_ == "NNS" and tree.lemma(span) in rules.long_spans
                    and not any(c.dep_ in ("nummod", "amod") for c in span.children)):
                return f"habitual: '{child.text} {' '.join(t.text for t in span.subtree)}'"
    return None


def _period(rules: "SenseRules", child: Token) -> str | None:
    """The rate a predicate's acts are told at: "3,000 visits a year", "twice per month"."""
    if child.dep_ == "npadvmod" and tree.lemma(child) in rules.period_spans and child.tag_ == "NN":
        if any(c.dep_ == "det" and c.lower_ in rules.rate_determiners for c in child.children):
            return " ".join(t.text for t in child.subtree)
    if child.dep_ == "prep" and child.lower_ in ("per", "a") and any(
            g.dep_ == "pobj" and tree.lemma(g) in rules.period_spans for g in child.children):
        return " ".join(t.text for t in child.subtree)
    return None
