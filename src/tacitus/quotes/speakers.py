"""From a speaker phrase in the parse to an actor of the article (through the ActorTable).

"Al Jazeera's Rob McBride" is McBride, not Al Jazeera: a possessor names whose speaker it is, not
the speaker, so mentions inside a possessive are the last resort. "a statement by South Korea's
presidential office" is the office: a statement noun hands over to its "by"/"from" phrase.
Pronouns ("he said", "it said") and "the statement said" are resolved by the article's coreference
map (actors/coreference.py): they are mentions of their actor in the ActorTable. A surname or a description ("the union") without a mention goes to the one actor it names, if
exactly one; anything else gives no actor (the phrase is still reported for measurement).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors.table import ActorTable
from ..model import Actor
from .resources import QuoteResources

__all__ = ["Speaker", "is_addressed_participle", "resolve_speaker", "subject_of"]

# Dependents that belong to the speaker's noun phrase.
_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "appos", "flat", "nummod", "case", "prep", "pobj", "cc", "conj"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# A reporting verb without a subject of its own ("..., telling Pompeo that ...", "... before
# asking her, ...") takes the subject of the clause it hangs from.
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "prep"})


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase (character span of the noun phrase) and the actor it resolves to, if any."""

    start: int
    end: int
    actor: Actor | None
    # Found as the nearest noun around a cue without a subject, not by the parse: good enough to
    # point at a listed actor, too loose to make a new one (phrase_speakers.py).
    nearby: bool = False
    # How the phrase led to the actor, for the quote's ``why``: "mention" (the phrase is a mention
    # of the actor), "coreference" (a pronoun or description the coreference map resolved), "in
    # the phrase" (a mention inside the phrase), "by name" (the one actor the phrase names), ...
    how: str = ""


def subject_of(verb: Token, outside: tuple[int, int] | None = None, quoting: frozenset[str] = frozenset()) -> Token | None:
    """Return the subject of ``verb``, climbing from subjectless participles and conjuncts.

    ``outside`` is a character span (the quotation) the subject must not lie in. Climbing from
    "as saying" to a verb of ``quoting`` lemmas, the speaker is the one quoted: its object ("the
    agency quoted him as saying": him), else its passive subject ("he was quoted as saying").
    """
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            return None
        if current is not verb and current.lemma_.lower() in quoting:
            quoted = [c for c in current.children if c.dep_ in ("dobj", "nsubjpass") and not _inside(c, outside)]
            if quoted:
                return quoted[0]
        agent = _agent(current)
        if agent is not None and not _inside(agent, outside):
            return agent  # "was described by Rubin as ...": Rubin, not what was described
        for child in current.children:
            # A reporting verb's passive subject is who was addressed ("Countries were urged
            # to ..."), never who spoke; one climbed to may speak ("he was seen saying").
            if child.dep_ in _SUBJECT_DEPS and not _inside(child, outside) and not (current is verb and child.dep_ == "nsubjpass"):
                return child
        if current.dep_ not in _CLIMB_DEPS or current.head.i == current.i or is_addressed_participle(current):
            return None
        current = current.head
    return None


def is_addressed_participle(verb: Token) -> bool:
    """A bare passive participle opening a clause ("When asked to define ...", "Asked about the
    report, the minister said"): the one it leaves unsaid is who was asked, the main clause's
    subject, never who asked. Climbing to that subject would make the addressee the speaker."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb ("was described by Rubin": Rubin), or None."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def resolve_speaker(token: Token, actors: ActorTable, resources: QuoteResources) -> Speaker:
    """Resolve the speaker phrase headed by ``token`` to an actor (or to no actor).

    A pronoun is resolved by the coreference map or not at all: "he" with no mention in the
    table is no actor, not a guess.
    """
    relative = _antecedent(token)
    if relative is not None and token.lower_ != "who" and not _may_speak(relative, actors, resources):
        relative = None  # "a note on a napkin that said", "the move - which may ...": no speaker
    pronoun = token.text
    token = _through_statement(relative or token, resources)
    tokens = _noun_phrase(token)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    actor = actors.for_token(token)
    how = ("mention" if token.pos_ == "PROPN" else "coreference") if actor is not None else ""
    if actor is None:
        actor = _best_mention(token, tokens, actors)
        how = "in the phrase" if actor is not None else ""
    if actor is None and token.pos_ != "PRON":
        actor = _by_name(token, tokens, actors)
        how = "by name" if actor is not None else ""
    if relative is not None and actor is not None:
        how = f"antecedent of '{pronoun}', {how}"
    return Speaker(start, end, actor, how=how)


def _may_speak(noun: Token, actors: ActorTable, resources: QuoteResources) -> bool:
    """Whether the antecedent of a "which"/"that" can be a speaker: a name, an actor's mention
    ("The company, which said"), or a statement noun ("an email from X which said")."""
    return noun.pos_ == "PROPN" or actors.for_token(noun) is not None or resources.is_cue_noun(noun.lemma_)


def _antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for ("Ana Ruiz, who joked": Ana Ruiz), or None.

    The pronoun is the subject of a relative clause (``relcl``) hung from its antecedent.
    """
    if token.tag_ not in ("WP", "WDT") and token.lower_ not in ("who", "which", "that"):
        return None
    clause = token.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return clause.head


def _by_name(head: Token, tokens: list[Token], actors: ActorTable) -> Actor | None:
    """The one actor this phrase names without a mention of its own in the table.

    "Tester said" after "Senator Jon Tester" (a surname the actor table did not link), "the union
    wrote" after "the flight attendants' union", "the senator said" for the one actor titled
    Senator. Only a unique match counts: two Clintons in one article give no actor, not a guess.
    """
    # Capitalized nouns count as names too: the tagger often reads a bare surname as a NOUN.
    names = [t.text for t in tokens if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper())]
    if names:
        found = [a for a in actors if all(n in _words(a) for n in names)]
    elif head.pos_ == "NOUN" and any(t.lower_ in ("the", "this") for t in head.children):
        word = head.lower_
        found = [
            a for a in actors
            if (a.kind != "person" and a.name.lower().split()[-1:] == [word])
            or (a.title is not None and a.title.lower().split()[-1:] == [word])
        ]
    else:
        return None
    if len(found) == 1:
        return found[0]
    # Only a bare name picks the fullest: in "Rover bosses" the name is a modifier, not the speaker.
    return _fullest(found) if found and head.pos_ == "PROPN" else None


def _fullest(found: list[Actor]) -> Actor | None:
    """Of several actors a surname names, the one whose name holds every other's name ("Jean
    Dupont" over a stray "Dupont" the actor stage listed apart): one person listed twice, not two
    people. Two different full names ("Bill Clinton", "Hillary Clinton") stay ambiguous: None."""
    fullest = max(found, key=lambda a: len(a.name.split()))
    words = fullest.name.split()
    if all(_contained(a.name.split(), words) for a in found):
        return fullest
    return None


def _contained(part: list[str], whole: list[str]) -> bool:
    """Whether the words ``part`` run, in order and together, inside ``whole``."""
    return any(whole[k:k + len(part)] == part for k in range(len(whole) - len(part) + 1))


def _words(actor: Actor) -> set[str]:
    """The words of an actor's name and of its proper-name mentions."""
    words = set(actor.name.split())
    for mention in actor.mentions:
        if mention.text[:1].isupper():
            words.update(mention.text.split())
    return words


def _through_statement(token: Token, resources: QuoteResources) -> Token:
    """From "a statement by X" / "a tweet from X" / "a statement issued by X" to X; other heads
    stay as they are."""
    for _ in range(2):
        if not resources.is_cue_noun(token.lemma_) or token.lemma_.lower() in ("spokesman", "spokeswoman", "spokesperson"):
            return token
        nxt = None
        # "a statement by X", and "a statement issued by X" through the participle's agent.
        preps = [c for c in token.children if c.dep_ in ("prep", "agent")]
        preps += [g for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children if g.dep_ == "agent"]
        for child in preps:
            if child.lower_ in ("by", "from", "of"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    nxt = objects[0]
                    break
        if nxt is None:
            return token
        token = nxt
    return token


def _noun_phrase(head: Token) -> list[Token]:
    """The head and its noun-phrase dependents (recursively), without clauses."""
    found = [head]
    stack = [head]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in _NP_DEPS:
                found.append(child)
                stack.append(child)
    return found


def _best_mention(head: Token, tokens: list[Token], actors: ActorTable) -> Actor | None:
    """Pick the actor of the phrase: outside possessives and prepositions first, a body before a
    place modifier, rightmost first."""
    possessive = {t.i for t in tokens if _under(t, head, "poss")}
    prepositional = {t.i for t in tokens if _under(t, head, "prep")}
    ranked: list[tuple[int, int, int, Actor]] = []
    for t in tokens:
        actor = actors.for_token(t)
        if actor is None:
            continue
        tier = 2 if t.i in possessive else 1 if t.i in prepositional else 0
        # A place among the modifiers says where the speaker sits, a body whose part it is
        # ("WHO Beijing office": WHO, not China).
        place = 1 if actor.kind == "country" and t.dep_ == "compound" else 0
        ranked.append((tier, place, -t.i, actor))
    if not ranked:
        return None
    ranked.sort(key=lambda item: (item[0], item[1], item[2]))
    return ranked[0][3]


def _under(token: Token, head: Token, dep: str) -> bool:
    """Whether ``token`` lies under a ``dep`` dependent on its way up to ``head``."""
    current = token
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ == dep:
            return True
        current = current.head
    return False


def _inside(token: Token, span: tuple[int, int] | None) -> bool:
    """Whether the token starts inside the character span."""
    return span is not None and span[0] <= token.idx < span[1]
