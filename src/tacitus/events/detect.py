"""Event detection: triggers from the lexicon, roles from the parse, modality at the clause.

One event per trigger and actor pairing. Choices, documented here because they shape the data:

- Symmetric happenings (meet, negotiate, talks, fighting) give ONE record per happening, with the
  grammatical subject as source and the other side as target, and "symmetric" in ``why``. CAMEO
  coders often emit both directions; consumers who want that can mirror the records marked symmetric.
- Coordination: "A and B met C" gives one record per source (A->C, B->C); "A and B agreed ..."
  with no separate target gives one record per pair of conjuncts with the first-named as source
  ("compound" in ``why``); "A met B and C" gives A->B and A->C.
- Reporting verbs ("said", "told reporters") are not events themselves: the reported clause is coded
  where it has its own trigger ("South Korea said Kim has agreed ..." codes Kim's agreement).
- A trigger consumed by another pattern's condition ("agreed to hold a summit": hold, summit) does
  not fire again, and an event noun governed by a verb that already fired ("met Kim for a summit")
  is not coded twice.
- Events without a source actor are skipped, except material happenings of the lexicon's
  ``sourceless_types`` (ASSAULT, COERCE, PROTEST: "three soldiers were killed"), kept when they are
  the sentence's main news. Their source is the reference ``UNIDENTIFIED`` (actor id
  "unidentified", no country): the record contract has a source on every event, and a consumer can
  filter these out by that id.
- Statements of intention get CAMEO's intention codes (``intent.py``): "will visit" is 036.
- Background clauses (relative clauses, "after/since/when ..." clauses) are coded only when the
  sentence has no main event.

Only sentences holding a lexicon lemma are examined (a set lookup per token), and tokens are
visited head-first so that a governing trigger claims its complements before they are seen.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from ..actors.countries import CountryTable
from ..actors.table import ActorTable
from ..model import Actor, ActorRef, Article, Event, Quote, content_id
from .arguments import ArgumentWords, Arguments
from .background import is_background
from .calibration import Calibration
from .context import address_government, answer_denials, speaking_for, states_acting
from .intent import IntentCodes
from .lexicon import Lexicon, Pattern
from .modality import Modality, ModalityCues, decide_modality, governing_chain
from .mutual import group_pairing
from .ontology import CameoCode, Ontology
from .roles import Role, find_noun_source, find_source, noun_governor
from .targets import find_target
from .matching import match_pattern
from .sense import SenseRules, Verdict
from .speech import SpeechRules

__all__ = ["EventResources", "detect_events", "UNIDENTIFIED"]

# The source of an event whose doer the text does not name (see the module docstring).
UNIDENTIFIED = ActorRef(actor_id="unidentified", name="unidentified")

_VERB_SKIP_DEPS = frozenset({"amod", "compound", "aux", "auxpass"})
# Subordinators of clauses that report the background of a sentence's news.
# "as" and "while" are not here: "police fired tear gas as thousands protested" reports two
# happenings of one moment, and the clause's one is as much the news as the main verb's.
# Determiners that make an event noun one particular happening ("the attack", "this bombing").
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Positions of an event noun that make it background rather than the news of its sentence.
_BACKGROUND_NOUN_DEPS = frozenset({"compound", "poss"})


@dataclass(frozen=True)
class EventResources:
    """Everything the event stage needs, loaded once: ontology, lexicon and modality cues."""

    ontology: Ontology
    lexicon: Lexicon
    cues: ModalityCues
    countries: CountryTable
    intent: IntentCodes
    sense: SenseRules
    speech: SpeechRules
    arguments: ArgumentWords
    # Raw score -> calibrated confidence (calibration.py), applied once the records are situated and merged.
    calibration: Calibration = dataclasses.field(default_factory=Calibration.identity)

    @classmethod
    def load(cls, extra_lexicons: Sequence[str | Path] = (), dictionaries: Sequence[str | Path] = ()) -> "EventResources":
        """Load the ontology, compile the lexicon and the modality cues.

        ``extra_lexicons`` are user YAML files, tried first; ``dictionaries`` are TABARI/PETRARCH
        dictionary files or folders whose verb files (``*verbs*.txt``, ``CAMEO*.txt``) are read as an
        optional extra lexicon, tried after ours (other dictionary files are left to the actor stage).
        """
        ontology = Ontology.load()
        lexicon = Lexicon.load(ontology, extra_lexicons, dictionaries=dictionaries)
        cues = ModalityCues.load()
        return cls(ontology=ontology, lexicon=lexicon, cues=cues, countries=CountryTable.load(),
                   intent=IntentCodes.load(ontology), sense=SenseRules.load(cues.modal_aux),
                   speech=SpeechRules.load(), arguments=ArgumentWords.load(), calibration=Calibration.load())


def _reported_object(noun: Token, governor: Token) -> bool:
    """True when an event noun is the definite direct object of a verb that coded another event:
    "condemned the attack on X", "denounced Sunday's bombing". A bare plural ("condemned attacks on
    civilians") speaks of a kind of happening, not of one."""
    if noun.dep_ != "dobj" or noun.head.i != governor.i:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)


def _depth(token: Token) -> int:
    """Distance from the token to the root of its sentence."""
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


@dataclass
class _Found:
    """A matched trigger before it becomes Event records."""

    token: Token
    pattern: Pattern
    source: Role
    target: Role | None
    anchor: Token
    consumed: list[Token]
    note: str = ""
    reported_by: Token | None = None  # the event verb whose object this event noun is
    said_in_quote: bool = False  # a statement read from a direct quotation: its trigger is the quoted verb


def _pairings(source: Role, target: Role | None) -> list[tuple[Actor | None, Actor | None, str]]:
    """Actor pairings for one trigger (see the module docstring)."""
    if not source.actors:  # a sourceless event (see ``Lexicon.sourceless_types``)
        return [(None, t, "") for t in target.actors] if target is not None else [(None, None, "")]
    # A compound subject with no target in a proper slot did the thing together: pair its members
    # rather than trust a fallback target.
    if target is not None and (target.quality >= 1.0 or len(source.actors) < 2):
        return [(s, t, "") for s in source.actors for t in target.actors if s.id != t.id]
    if len(source.actors) >= 2:
        first = source.actors[0]
        return [(first, other, "compound") for other in source.actors[1:]]
    return [(source.actors[0], None, "")]


def _joint_code(pattern: Pattern, how: str, target: Role | None, resources: EventResources) -> CameoCode | None:
    """The pattern's code for an act two sides do together (``joint`` in the lexicon), when they
    do: a compound subject ("Chile and Peru held exercises") or a partner named with "with"
    ("held joint drills with Peru"); None otherwise."""
    if pattern.joint is None:
        return None
    # The target's trace quotes the phrase it was read from ("'with Peru'", "'exercises with Peru'").
    if how == "compound" or (target is not None and ("'with " in target.how or " with " in target.how)):
        return resources.ontology.cameo(pattern.joint)
    return None


def _confidence(pattern: Pattern, source: Role, target: Role | None, how: str) -> float:
    """The raw score of a record from how its roles were found (0..1); ``calibration.py`` maps it to
    the share of such records that are right once the record is complete."""
    value = 0.35 + 0.35 * source.quality
    if target is not None:
        value += 0.2 * target.quality
    elif how == "compound":
        value += 0.15
    else:
        value += 0.1
    if pattern.conditional:
        value += 0.1
    return round(max(0.0, min(1.0, value)), 2)


def _find(token: Token, resources: EventResources, table: Arguments, claimed: set[int],
          emitted: dict[int, str]) -> _Found | None:
    """Try the lexicon patterns on one token; return the first that matches with a source.

    ``emitted`` maps the tokens that already gave an event in the sentence to its PLOVER type.
    """
    if token.ent_type_ in ("DATE", "TIME"):
        return None  # "in March", "the May Day holiday": a date is never a trigger
    lemma = resources.lexicon.lemma(token)
    is_noun = token.pos_ in ("NOUN", "PROPN")
    if is_noun:
        if token.dep_ == "compound":
            return None  # "riot police", "strike force": the noun names a kind, not a happening
        candidates = resources.lexicon.candidates("noun", lemma)
    elif token.pos_ == "VERB" and token.dep_ not in _VERB_SKIP_DEPS:
        candidates = resources.lexicon.candidates("verb", lemma)
    else:
        return None
    if not candidates:
        return None
    governor = noun_governor(token) if is_noun else None
    reported_by: Token | None = None
    if governor is not None and governor.i in emitted:
        if emitted[governor.i] not in resources.lexicon.judging_types or not _reported_object(token, governor):
            return None  # the governing verb already coded this happening
        # "condemned the attack on the police station": the attack is a happening of its own.
        reported_by = governor
    source: Role | None = None
    source_done = False
    for pattern in candidates:
        consumed = match_pattern(pattern, token, is_noun, governor, resources.lexicon)
        if consumed is None:
            continue
        if pattern.skip:
            return None
        verdict = _sense(token, pattern, is_noun, governor, table, resources)
        if verdict is not None and verdict.skip:
            continue
        if verdict is not None:
            pattern = dataclasses.replace(pattern, code=verdict.code)
            consumed = [*consumed, *(t for t in verdict.consumes if t not in consumed)]
        if not source_done:
            if is_noun:
                source = find_noun_source(
                    token, governor, table, resources.lexicon.light_verbs | pattern.governor, pattern.symmetric,
                    of_source=pattern.of_source,
                )
            else:
                source = find_source(token, table)
            source_done = True
        role = source
        if role is None:
            # An event noun that only modifies another word is background ("the bombing campaign").
            if not _sourceless(pattern, resources) or (is_noun and token.dep_ in _BACKGROUND_NOUN_DEPS):
                continue
            role = Role((), "none found (sourceless event type)", 0.0)
        extra = [t for t in consumed if t.i not in claimed]
        if is_noun and pattern.of_source:
            # "the arrival of the US delegation in Beijing": the doer's own place phrase is the noun's.
            extra.extend(g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj")
        if governor is not None:
            extra.append(governor)
            if governor.lemma_ == "be":
                # "is due in Kenya for a visit": the predicate adjective holds the noun's place phrase.
                extra.extend(c for c in governor.children if c.dep_ == "acomp")
        elif not is_noun:
            # "threatened to ban X", "refused to lift the curfew on X": the complement verb's slots.
            extra.extend(c for c in token.children if c.dep_ == "xcomp" and c.i not in claimed and c not in extra)
        code = resources.ontology.cameo(pattern.code or "")
        if reported_by is not None:
            if code is None or code.plover_type == emitted.get(reported_by.i):
                return None  # "met him for talks": one happening, coded by the verb
            extra = [t for t in extra if t.i != reported_by.i]  # the verb's sides are not the noun's
        target = find_target(token, pattern.targets, extra, table, {a.id for a in role.actors},
                             event_type=code.plover_type if code is not None else None, source=role.actors)
        if pattern.actor_target and (target is None or target.quality < 1.0):
            continue
        if pattern.target_sector_not and target is not None and any(
            (a.sector or "").upper() in pattern.target_sector_not for a in target.actors
        ):
            continue
        if target is not None and target.actors and all(resources.sense.is_instrument(a.name) for a in target.actors):
            target = None  # "seized under the Expropriation Act": a law is what it is done under, not to
        anchor = governor if (is_noun and governor is not None) else token
        note = verdict.reason if verdict else ""
        if reported_by is not None:
            note = "; ".join(n for n in (note, f"the object of '{reported_by.text}', a happening of its own") if n)
        return _Found(token, pattern, role, target, anchor, consumed, note, reported_by=reported_by)
    return None


def _sense(token: Token, pattern: Pattern, is_noun: bool, governor: Token | None, table: Arguments,
           resources: EventResources) -> Verdict | None:
    """The sense and genericity checks of ``sense.py`` for one matched pattern."""
    code = resources.ontology.cameo(pattern.code or "")
    if code is None:
        return None
    anchor = governor if (is_noun and governor is not None) else token
    return resources.sense.judge(token, code.code, code.plover_type, is_noun, anchor,
                                 lambda t: table.for_token(t) is not None, lambda t: getattr(table.for_token(t), "sector", None))


def _sourceless(pattern: Pattern, resources: EventResources) -> bool:
    """True when the pattern's event type is coded even without a source actor."""
    code = resources.ontology.cameo(pattern.code or "")
    return code is not None and code.plover_type in resources.lexicon.sourceless_types


def _sentence_events(
    sentence: Span, index: int, article: Article, table: Arguments, resources: EventResources,
    quoted_by: Callable[[Token], Sequence[Actor]] | None = None,
) -> Iterable[Event]:
    """Detect the events of one sentence."""
    lexicon = resources.lexicon
    tokens = [t for t in sentence if lexicon.lemma(t) in lexicon.trigger_lemmas]
    # Statements in reported speech come first: "called X a dictator" is naming, not a phone call,
    # and "said X should resign" is the speaker's appeal, not X's resignation.
    evaluations, spoken_for = _evaluations(sentence, table, resources, quoted_by)
    if not tokens and not evaluations:
        return
    tokens.sort(key=lambda t: (_depth(t), t.i))
    claimed: set[int] = {found.token.i for found in evaluations} | spoken_for
    emitted: dict[int, str] = {}
    anchors: set[int] = set()
    evidence = article.text[sentence.start_char:sentence.end_char].strip()
    sourceless: _Found | None = None
    main: list[_Found] = []
    background: list[_Found] = []
    reported: list[_Found] = []  # event nouns that are the object of another event's verb
    for token in tokens:
        if token.i in claimed or _purpose_of(token, anchors):
            continue
        found = _find(token, resources, table, claimed, emitted)
        if found is None:
            continue
        if _asked_for(found.anchor, emitted):
            continue  # "asked Clinton to extend an invitation": the act asked for is the request's content
        code = resources.ontology.cameo(found.pattern.code or "")
        if found.source.actors:  # "'China supports ...,' said Hu": Hu's statement
            found.source = speaking_for(found.source, token, code.plover_type if code else None, quoted_by,
                                        resources.speech.reporting_verbs, table.for_argument)
        emitted[token.i] = code.plover_type if code is not None else ""
        anchors.add(found.anchor.i)
        claimed.update(t.i for t in found.consumed)
        if found.reported_by is not None:
            reported.append(found)
            continue
        if not found.source.actors:
            # Without a source, keep only the sentence's first (highest) happening, and only when no
            # event with a source was found: otherwise it is usually background ("the war", "attacks").
            sourceless = sourceless or found
            continue
        (background if is_background(found.anchor) else main).append(found)
    main.extend(evaluations)
    # Background clauses ("after X shot down a jet", "who had attacked Y") are coded only when the
    # sentence has no main event of its own: news sentences lead with their happening.
    kept = sorted(main or background, key=lambda f: f.token.i)
    # An event noun reported by a kept event ("condemned the attack") is kept with it.
    kept_tokens = {f.token.i for f in kept}
    # Only with a side of its own: "condemned the attacks" names no happening to code.
    kept.extend(f for f in reported if f.reported_by is not None and f.reported_by.i in kept_tokens
                and (f.source.actors or (f.target is not None and f.target.actors)))
    for found in kept:
        yield from _events(found, sentence, index, evidence, article, resources)
    # A sourceless happening is kept when nothing else fired, or when it governs the sentence at
    # least as closely as every event that has a source ("activists staged rallies, saying ...").
    if sourceless is not None and (not (main or background) or
                                   _depth(sourceless.anchor) <= min(_depth(f.anchor) for f in main or background)):
        yield from _events(sourceless, sentence, index, evidence, article, resources)


def _evaluations(sentence: Span, table: Arguments, resources: EventResources,
                 quoted_by: Callable[[Token], Sequence[Actor]] | None = None) -> tuple[list[_Found], set[int]]:
    """Statements in reported speech ("X was a brutal dictator, Y said", "Y said X should resign"),
    as the speaker's act (``speech.py``), and the complement tokens they stand for."""
    found: list[_Found] = []
    spoken_for: set[int] = set()
    for evaluation in resources.speech.evaluations(sentence, table.for_argument, quoted_by):
        if evaluation.verb.i in spoken_for:
            continue  # inside another statement's complement ("called for X to say Y should ...")
        code = evaluation.code
        if evaluation.lexical:
            # "demanded that the rebels release the hostages": the lexicon's own code for the verb
            # of appeal (1053, demand release) when it is a REQUEST, else the frame's generic one.
            lexical = _find(evaluation.verb, resources, table, set(), {})
            known = resources.ontology.cameo(lexical.pattern.code or "") if lexical is not None else None
            if known is not None and known.plover_type == "REQUEST":
                code = known.code
        pattern = Pattern(id=f"speech.{code}", pos="verb", lemmas=(), code=code, targets=())
        source = Role(evaluation.speakers, f"speaker '{evaluation.verb.text}'", 1.0)
        target = Role(evaluation.targets, "the actor the statement is about", 1.0) if evaluation.targets else None
        found.append(_Found(evaluation.verb, pattern, source, target, evaluation.verb, [],
                            f"reported speech: {evaluation.frame}", said_in_quote=evaluation.quoted))
        spoken_for.update(t.i for t in evaluation.claims)
    return found, spoken_for


def quoted_speakers(doc: Doc, quotes: Sequence[Quote], actors: ActorTable) -> Callable[[Token], Sequence[Actor]]:
    """A map from a token to the speaker of the direct quotation it stands in (empty when none).

    Direct quotations only: an indirect one is the complement of its verb of saying, which the
    speech rules read from the parse.
    """
    spans = sorted((q.start, q.end, actor) for q in quotes
                   if q.kind == "direct" and q.section == "text" and q.speaker is not None
                   for actor in [actors.get(q.speaker.actor_id)] if actor is not None)

    def speaker_of(token: Token) -> Sequence[Actor]:
        for start, end, actor in spans:
            if start <= token.idx < end:
                return (actor,)
        return ()

    return speaker_of


def _asked_for(anchor: Token, emitted: dict[int, str]) -> bool:
    """True when the predicate is the complement of a verb that gave a REQUEST in this sentence.

    PLOVER codes a request as one verbal act whose content is what is asked for: "Lee asked Clinton
    to extend an invitation to Tung" is Lee's REQUEST to Clinton, and the invitation, which has not
    happened, is no record of its own (the modality cues would only mark it hypothetical).
    """
    chain = governing_chain(anchor)
    governors = chain[1:]
    if chain[-1].dep_ == "ccomp" and chain[-1].head.i != chain[-1].i:
        governors.append(chain[-1].head)  # "demanded that X release ..."
    return any(emitted.get(t.i) == "REQUEST" for t in governors)


def _purpose_of(token: Token, anchors: set[int]) -> bool:
    """True when the token heads a purpose clause of a predicate that already gave an event.

    "Protesters blocked roads to press their demands", "continued their hunger strike to demand
    his resignation": the clause states the aim of the happening, not a second happening.
    """
    return (token.dep_ == "advcl" and token.head.i in anchors
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _events(found: _Found, sentence: Span, index: int, evidence: str, article: Article, resources: EventResources) -> Iterable[Event]:
    """Turn one matched trigger into Event records, one per actor pairing."""
    pattern, token = found.pattern, found.token
    code = resources.ontology.cameo(pattern.code or "")
    if code is None:
        return
    if found.said_in_quote:
        # The quoted appeal was made: the speaker's modal ("must", "should") is the content of the
        # appeal, not doubt about the act of appealing.
        modality = Modality("asserted", "said in a direct quotation")
    else:
        modality = decide_modality(token, found.anchor, sentence, resources.cues, pattern.intent, found.consumed)
        if resources.cues.attempt is not None:  # "tried to blow up": an attack attempted happened
            modality = resources.cues.attempt.adjust(modality, token, found.anchor, code.plover_type)
    recoded = resources.intent.recode(code.code, modality, found.anchor, has_source=bool(found.source.actors))
    if recoded is None and resources.cues.directive is not None:  # "directed their envoys to resume talks"
        recoded = resources.cues.directive.recode(code.code, modality, found.anchor, resources.intent.intend)
    if recoded is not None:
        code = resources.ontology.cameo(recoded[0]) or code
    start, end = token.idx, token.idx + len(token.text)
    single = code
    pairings = group_pairing(_pairings(found.source, found.target), token, found.anchor, found.source.how,
                             code.code, resources.lexicon.lemma(token), resources.arguments)
    for source, target, how in pairings:
        code = _joint_code(pattern, how, found.target, resources) or single
        parts = [f"trigger '{token.text}' (lemma {resources.lexicon.lemma(token)}, lexicon {pattern.id} -> {code.code})",
                 f"source {found.source.how}"]
        if target is None:
            parts.append("no target")
        elif how == "compound":
            parts.append(f"target '{target.name}' (compound subject)")
        elif how == "group":
            parts.append(f"target '{target.name}' (a group subject with no partner: on both sides)")
        else:
            parts.append(f"target {found.target.how if found.target else ''}")
        parts.extend(f"'{actor.name}' is a participant phrase (not in the actor list)"
                     for actor in (source, target) if actor is not None and actor.kind == "phrase")
        if found.note:
            parts.append(found.note)
        if pattern.symmetric:
            parts.append("symmetric")
        parts.append(f"modality {modality.value} ({modality.cue})")
        if recoded is not None:
            parts.append(recoded[1])
        yield Event(
            id=content_id(article.id, str(start), code.code, source.id if source else None, target.id if target else None),
            article_id=article.id,
            sentence=index,
            evidence=evidence,
            event_type=code.plover_type,
            mode=code.plover_mode,
            cameo=code.code,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            source=source.ref() if source else UNIDENTIFIED,
            target=target.ref() if target else None,
            modality=modality.value,
            confidence=_confidence(pattern, found.source, found.target, how),
            why="; ".join(parts),
            trigger=article.text[start:end],
            trigger_start=start,
            trigger_end=end,
        )


def detect_events(doc: Doc, article: Article, actors: ActorTable, resources: EventResources,
                  quotes: Sequence[Quote] = ()) -> list[Event]:
    """Return the events of one article.

    ``doc`` is ``make_doc_text(article.text)`` through ``load_nlp()`` (its offsets are offsets into
    ``article.text``); ``actors`` is the article's ActorTable; ``quotes`` its quotations, whose
    speakers make what a direct quotation demands the speaker's act. Date, date_text and location
    are left None for the time and place stages, which use ``trigger_start``/``trigger_end``.
    """
    events: list[Event] = []
    arguments = Arguments(actors, resources.countries, article, resources.arguments, resources.lexicon.noun_lemmas)
    quoted_by = quoted_speakers(doc, quotes, actors) if quotes else None
    seen: set[str] = set()
    for index, sentence in enumerate(doc.sents):
        for event in _sentence_events(sentence, index, article, arguments, resources, quoted_by):
            if event.id not in seen:  # the same pairing from one trigger is one record
                seen.add(event.id)
                events.append(event)
    return states_acting(address_government(answer_denials(events, doc), actors.actors), actors.actors)
