"""Statements carried by reported speech, coded as the speaker's act (PLOVER ACCUSE, SUPPORT, REQUEST).

Reporting verbs are not events (detect.py), but what a speaker says of another actor can be:
"Fidel Castro was a 'brutal dictator', Donald Trump has said" is Trump denouncing Castro (ACCUSE,
CAMEO 111); "Varga is a true friend, Lopes said" is praise (SUPPORT, CAMEO 051); "Lopes said Varga
should resign" is Lopes's appeal to Varga (REQUEST, CAMEO 020), not Varga's hypothetical
resignation. Frames, the speaker always being the subject of the verb of saying:

- evaluation: a reporting verb whose clausal complement is a copular clause about an actor with an
  evaluative predicate ("X was a brutal dictator", "X is corrupt");
- naming: a naming verb with the evaluated actor as object and the evaluation as its predicate
  ("called X a dictator", "described X as brutal", "referred to X as a friend");
- obligation: a reporting verb whose complement says another actor should or must act ("said X
  should ask ..."), or such a sentence inside a direct quotation whose speaker is known;
- appeal: a verb of appeal whose complement clause has its own subject ("called for X to resign",
  "demanded that X withdraw");
- complaint: a named actor protesting a thing in words ("protested the attitude of the channel").

The statement stands for the words of its complement: an obligation or an appeal ``claims`` the
complement's tokens, so the act asked for is not also coded as the addressee's own (hypothetical)
event. A negated evaluation ("X is not a dictator") is not coded. The word lists are data
(``data/speech.yaml``); the roles come from the actor table through the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Callable, Iterator, Mapping, Sequence

from spacy.tokens import Span, Token

from ..model import Actor
from .lexicon import LexiconError, load_yaml
from .speech_threat import threatened

__all__ = ["SpeechRules", "Evaluation"]

_DATA = "tacitus.events.data"
# Kinds of actor that are not one speaker: a participant phrase ("thousands of students") or a group.
_NOT_SPEAKERS = frozenset({"phrase", "place", "group"})
# Determiners of a subject that includes the speaker's side ("both sides", "the two countries").
_COLLECTIVE = frozenset({"both", "two", "all"})


@dataclass(frozen=True)
class Evaluation:
    """One evaluation found in a sentence: who said it of whom, the code, and the words that fired."""

    verb: Token
    speakers: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    code: str
    word: Token
    frame: str
    claims: tuple[Token, ...] = ()  # complement tokens the statement stands for (no events of their own)
    quoted: bool = False  # read from a direct quotation with no verb of saying in the sentence
    lexical: bool = False  # the verb's own lexicon code, when a REQUEST, is more specific than ``code``


@dataclass(frozen=True)
class SpeechRules:
    """The reporting and naming verbs and the evaluative word lists of data/speech.yaml."""

    reporting_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    codes: Mapping[str, frozenset[str]]  # CAMEO code -> evaluative lemmas
    naming_preps: Mapping[str, str] = field(default_factory=dict)  # naming verb -> preposition of its object
    deontic_aux: frozenset[str] = frozenset()
    deontic_code: str = "020"
    appeal_verbs: Mapping[str, str] = field(default_factory=dict)  # lemma -> CAMEO code
    complaint_verbs: frozenset[str] = frozenset()
    complaint_code: str = "114"
    hope_verbs: frozenset[str] = frozenset()
    hope_nouns: frozenset[str] = frozenset()
    hope_code: str = "020"
    threat_nouns: frozenset[str] = frozenset()  # "said X would face consequences": speech_threat.py
    threat_code: str = "130"

    @classmethod
    def load(cls) -> "SpeechRules":
        """Read data/speech.yaml from the package."""
        data = load_yaml(resources.files(_DATA).joinpath("speech.yaml").read_text(encoding="utf-8")) or {}
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Mapping) -> "SpeechRules":
        """Build the rules from the parsed speech.yaml; a missing or garbled key is a LexiconError."""
        def words(values: object) -> frozenset[str]:
            return frozenset(str(w).lower() for w in values)  # type: ignore[union-attr]

        try:
            codes = {str(data[key]["code"]): words(data[key]["words"]) for key in ("condemnation", "praise")}
            return cls(reporting_verbs=words(data["reporting_verbs"]), naming_verbs=words(data["naming_verbs"]),
                       codes=codes,
                       naming_preps={str(k).lower(): str(v).lower() for k, v in (data.get("naming_preps") or {}).items()},
                       deontic_aux=words(data["deontic"]["aux"]), deontic_code=str(data["deontic"]["code"]),
                       appeal_verbs={str(k).lower(): str(v) for k, v in data["appeal_verbs"].items()},
                       complaint_verbs=words(data["complaint"]["verbs"]), complaint_code=str(data["complaint"]["code"]),
                       hope_verbs=words(data["hope"]["verbs"]), hope_nouns=words(data["hope"]["nouns"]),
                       hope_code=str(data["hope"]["code"]),
                       threat_nouns=words((data.get("threat") or {}).get("nouns") or ()),
                       threat_code=str((data.get("threat") or {}).get("code") or "130"))
        except (KeyError, TypeError, AttributeError) as exc:
            raise LexiconError(f"speech.yaml lacks or garbles the key {exc}; restore the file from the package") from exc

    def evaluations(self, sentence: Span, actors_of: Callable[[Token], Sequence[Actor]],
                    quoted_by: Callable[[Token], Sequence[Actor]] | None = None) -> Iterator[Evaluation]:
        """Yield the statements of one sentence coded as their speaker's act.

        ``actors_of`` maps an argument head to its actors; ``quoted_by`` maps a token to the speaker
        of the direct quotation it stands in (empty outside quotations or when the speaker is unknown).
        """
        verbs = self.reporting_verbs | self.naming_verbs | set(self.appeal_verbs) | self.complaint_verbs
        for verb in sentence:
            lemma = verb.lemma_.lower()
            if quoted_by is not None and self._quoted_head(verb):
                found_quoted = self._quoted_obligation(verb, actors_of, quoted_by)
                if found_quoted is not None:
                    yield found_quoted
            if lemma in self.hope_verbs or lemma in self.hope_nouns:
                found_hope = self._hope(verb, actors_of)
                if found_hope is not None:
                    yield found_hope
                    continue
            if lemma not in verbs or verb.pos_ not in ("VERB", "AUX") or _negated(verb):
                continue
            if lemma in self.appeal_verbs:
                found_appeal = self._appeal(verb, actors_of)
                if found_appeal is not None:
                    yield found_appeal
                    continue
            if lemma in self.complaint_verbs:
                found_complaint = self._complaint(verb, actors_of)
                if found_complaint is not None:
                    yield found_complaint
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
                        continue
                    threat = threatened(clause, self.threat_nouns, actors_of)
                    if threat is not None and (targets := tuple(t for t in threat[0] if not _own_side(t, speakers))):
                        yield Evaluation(verb, speakers, targets, self.threat_code, threat[1],
                                         f"'{threat[1].text}' for '{targets[0].name}' said by the subject of '{verb.text}': a threat",
                                         tuple(clause.subtree))
                        continue
                    obliged = self._obligation(clause, speakers, actors_of)
                    if obliged is not None:
                        targets, aux = obliged
                        yield Evaluation(verb, speakers, targets, self.deontic_code, aux,
                                         f"'{aux.text} {clause.text}' said by the subject of '{verb.text}': the speaker's appeal",
                                         tuple(clause.subtree))
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

    def _obligation(self, clause: Token, speakers: Sequence[Actor],
                    actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[tuple[Actor, ...], Token] | None:
        """"(said) X should/must act": X's actors (not the speaker's) and the modal, or None.

        Only an act is asked for: a copular or passive clause ("should be punished") names no one
        asked to act, and "must have" infers rather than obliges.
        """
        if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() == "be":
            return None
        children = list(clause.children)
        aux = next((c for c in children if c.dep_ == "aux" and c.lower_ in self.deontic_aux), None)
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if aux is None or subject is None or aux.i < subject.i or subject.pos_ == "PRON":
            return None  # "should he be denied": an inverted conditional, not an obligation
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or any(
                c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children):
            return None
        if any(c.lower_ in _COLLECTIVE for c in subject.children if c.dep_ in ("det", "nummod", "predet")):
            return None  # "the two parties should maintain contact": a shared resolve, the speaker's side too
        targets = tuple(t for t in actors_of(subject) if not _own_side(t, speakers))
        return (targets, aux) if targets else None

    def _quoted_head(self, token: Token) -> bool:
        """True for the predicate of a sentence of its own (its root or a conjunct of it): what a
        direct quotation says without a verb of saying in the sentence."""
        return token.pos_ in ("VERB", "AUX") and (token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT"))

    def _quoted_obligation(self, head: Token, actors_of: Callable[[Token], Sequence[Actor]],
                           quoted_by: Callable[[Token], Sequence[Actor]]) -> Evaluation | None:
        """'"President X should ask the government to ...", (the speaker of the quotation)': the
        quoted speaker's appeal to X."""
        speakers = tuple(quoted_by(head))
        if not speakers:
            return None
        obliged = self._obligation(head, speakers, actors_of)
        if obliged is None:
            return None
        targets, aux = obliged
        claims = tuple(t for t in head.subtree if not (head.dep_ == "ROOT" and t.dep_ == "conj" and t.head.i == head.i))
        return Evaluation(head, speakers, targets, self.deontic_code, aux,
                          f"'{aux.text} {head.text}' in a quotation of its speaker: the speaker's appeal", claims, True)

    def _appeal(self, verb: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> Evaluation | None:
        """"called for X to resign", "demanded that X withdraw": the appeal to the complement's subject."""
        if any(c.dep_ == "dobj" and actors_of(c) for c in verb.children):
            return None  # "urged X to resign": the lexicon's object-controlled appeal
        speakers = _speakers(verb, actors_of)
        if not speakers:
            return None
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.pos_ not in ("VERB", "AUX"):
                continue
            children = list(clause.children)
            subject = next((c for c in children if c.dep_ == "nsubj"), None)
            marked = any(c.dep_ == "mark" and c.lower_ in ("for", "that") for c in children) or any(
                c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in self.deontic_aux) for c in children)
            if subject is None or not marked or _negated(clause):
                continue
            targets = tuple(t for t in actors_of(subject) if all(t.id != s.id for s in speakers))
            if targets:
                return Evaluation(verb, speakers, targets, self.appeal_verbs[verb.lemma_.lower()], clause,
                                  f"'{verb.text}' for '{subject.text}' to '{clause.text}': an appeal to its subject",
                                  tuple(clause.subtree), lexical=True)
        return None

    def _hope(self, word: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> Evaluation | None:
        """"hopes (that) X will act", "expressed hope that X act": the appeal to X (see speech.yaml)."""
        if word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in self.hope_verbs:
            speaker_verb, clauses = word, [c for c in word.children if c.dep_ == "ccomp"]
        elif word.pos_ == "NOUN" and word.lemma_.lower() in self.hope_nouns and word.dep_ == "dobj":
            speaker_verb = word.head
            # The small model hangs the that-clause on the noun or on the verb that governs it.
            clauses = [c for c in word.children if c.dep_ in ("acl", "ccomp")]
            clauses += [c for c in speaker_verb.children if c.dep_ == "ccomp"
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        else:
            return None
        if _negated(speaker_verb) or _negated(word):
            return None
        speakers = _speakers(speaker_verb, actors_of)
        if not speakers:
            return None
        for clause in clauses:
            if clause.pos_ not in ("VERB", "AUX") or _negated(clause) or clause.lemma_.lower() == "be":
                continue
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
                continue  # "hopes the issue will be solved": no one asked to act
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                continue
            if any(c.lower_ in _COLLECTIVE for c in subject.children if c.dep_ in ("det", "nummod", "predet")):
                continue  # "hopes the two governments establish ...": a shared aim, the speaker's side too
            # A side asked to act: a person or an actor of known country, not a thing the actor stage
            # took for a name ("hoped the GST would bring in revenue").
            targets = tuple(t for t in actors_of(subject) if not _own_side(t, speakers) and (t.country or t.kind == "person"))
            if targets:
                return Evaluation(word, speakers, targets, self.hope_code, clause,
                                  f"'{word.text}' that '{subject.text}' '{clause.text}': an appeal to its subject",
                                  tuple(clause.subtree))
        return None

    def _complaint(self, verb: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> Evaluation | None:
        """"The party protested the attitude of the channel": a named actor's complaint (ACCUSE)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if obj is None or subject is None:
            return None
        speakers = tuple(a for a in actors_of(subject) if (a.kind or "") not in _NOT_SPEAKERS and a.sector != "CVL")
        if not speakers or len(speakers) < len(actors_of(subject)):
            return None  # a crowd or a participant phrase protesting is a demonstration (PLOVER PROTEST)
        targets = tuple(t for t in _owners(obj, actors_of) if all(t.id != s.id for s in speakers))
        return Evaluation(verb, speakers, targets, self.complaint_code, obj,
                          f"'{verb.text}' '{obj.text}' by a named actor: a complaint in words")

    def _named(self, verb: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[tuple[Actor, ...], str, Token] | None:
        """"called X a dictator", "described X as brutal", "referred to X as a friend": the object and its predicate."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        prep = self.naming_preps.get(verb.lemma_.lower())
        if obj is None and prep is not None:
            obj = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                        for g in c.children if g.dep_ == "pobj"), None)
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


def _owners(obj: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[Actor, ...]:
    """The actors a protested thing belongs to: the object itself when it names an actor, its
    possessor or "of" phrase ("the attitude of TVRI"), or the subject of the clause it heads ("the
    fact that TVRI did not report")."""
    own = tuple(actors_of(obj))
    if any((a.kind or "") not in _NOT_SPEAKERS for a in own):
        return own
    # "the attitude of the channel": a phrase actor made from the words of the object's own phrase
    # is only a fallback; the owner named in it comes first.
    for child in obj.children:
        found: tuple[Actor, ...] = ()
        if child.dep_ == "poss":
            found = tuple(actors_of(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            found = next((_named_owner(g, actors_of) for g in child.children if g.dep_ == "pobj"), ())
        elif child.dep_ in ("acl", "ccomp", "relcl"):
            subject = next((g for g in child.children if g.dep_ == "nsubj" and g.pos_ != "PRON"), None)
            found = tuple(actors_of(subject)) if subject is not None else ()
        if found:
            return found
    return own


def _own_side(actor: Actor, speakers: Sequence[Actor]) -> bool:
    """True when ``actor`` is a speaker, or the country a speaker belongs to ("China must make
    efforts", said by a Chinese minister: a statement of his own side's resolve, not an appeal)."""
    return any(actor.id == s.id or (actor.kind == "country" and actor.country and actor.country == s.country)
               for s in speakers)


def _named_owner(head: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[Actor, ...]:
    """The actors of a noun phrase, preferring an organization named in apposition to the country
    word of its name ("the state channel Televisi Republik Indonesia (TVRI)": TVRI, not Indonesia)."""
    chain = [head]
    for token in chain:
        chain.extend(c for c in token.children if c.dep_ == "appos")
    found = [a for token in chain for a in actors_of(token)]
    organizations = tuple(dict.fromkeys(a for a in found if (a.kind or "") not in ("country", "place")))
    return organizations or tuple(actors_of(head))


def _negated(token: Token) -> bool:
    """True when the predicate carries a negation."""
    return any(c.dep_ == "neg" for c in token.children)


def _speakers(verb: Token, actors_of: Callable[[Token], Sequence[Actor]]) -> tuple[Actor, ...]:
    """The actors of the reporting verb's subject."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return tuple(actors_of(child))
    return ()
