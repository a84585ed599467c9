"""Sense checks on what frames a happening: its cause, its circumstance, its price.

A trigger can keep its lexical sense and still name no political act, because of what brought it
about or what it is about (the word lists are the ``circumstance:`` section of ``data/sense.yaml``):

- **Calamities**: "killed by the tsunami", "injured in the earthquake", "the waves which killed
  thousands" are deaths by a natural or accidental cause, not an ASSAULT by anyone.
- **Circumstance**: "firms were forced to cut jobs", "was forced into bankruptcy" name no one who
  forced: the passive with no agent tells what circumstances made someone do, not a COERCE.
- **Acquisition**: "take control of the club", "regain control of the business": control of a firm
  or a thing is bought or managed, not seized (control of a town, a building or people is).
- **Own goals**: "hit its targets", "regain its position": a goal or rank of the doer's own, when no
  force is the doer, is reached, not struck.
- **Money**: "a $337m hit", "a 475m euro hit": an amount of money before the trigger makes it a loss.
- **Pricing**: "the rates they charge", "charged less": charging a price is no indictment.
- **Seeking**: "searching for energy supplies": a search for something is looking, not a raid.
- **Things that rally**: "it rallied on Monday" (a currency, a market): a crowd is never "it".
- **Scare quotes**: "came under "attack" from rivals": a material act word set off in quotation
  marks by itself is a figure of speech.

Each check returns a :class:`~tacitus.events.sense.Verdict` (skip with a reason) or None.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from spacy.tokens import Token

from . import sense_tree as tree

__all__ = ["CauseRules"]

# Prepositions and participles whose object is what brought a death or an injury about.
_THING_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my", "your"})
_CURRENCY_SYMBOLS = frozenset({"$", "£", "€", "¥", "Â£"})
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


# Entity labels of amounts: "went up 0.5 percent", "investment went to 240 million dollars".
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


@dataclass(frozen=True)
class CauseRules:
    """The word lists of the ``circumstance:`` section of sense.yaml, and the checks that use them."""

    calamity_lemmas: frozenset[str] = frozenset()
    calamity_words: frozenset[str] = frozenset()
    cause_preps: frozenset[str] = frozenset()
    calamity_verbs: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()
    accident_heads: frozenset[str] = frozenset()
    accident_modifiers: frozenset[str] = frozenset()
    forced_lemmas: frozenset[str] = frozenset()
    control_lemmas: frozenset[str] = frozenset()
    control_nouns: frozenset[str] = frozenset()
    control_kept: frozenset[str] = frozenset()
    goal_words: frozenset[str] = frozenset()
    currency_words: frozenset[str] = frozenset()
    money_types: frozenset[str] = frozenset()
    pricing_lemmas: frozenset[str] = frozenset()
    pricing_words: frozenset[str] = frozenset()
    pricing_adverbs: frozenset[str] = frozenset()
    seeking_lemmas: frozenset[str] = frozenset()
    rally_lemmas: frozenset[str] = frozenset()
    scare_quote_types: frozenset[str] = frozenset()
    game_words: frozenset[str] = frozenset()
    contest_words: frozenset[str] = frozenset()
    win_lemmas: frozenset[str] = frozenset()
    game_min: int = 2
    ranking_lemmas: frozenset[str] = frozenset()
    carrying_lemmas: frozenset[str] = frozenset()
    journey_lemmas: frozenset[str] = frozenset()
    collision_lemmas: frozenset[str] = frozenset()
    vehicle_words: frozenset[str] = frozenset()
    traveller_words: frozenset[str] = frozenset()
    state_destinations: frozenset[str] = frozenset()
    private_purposes: frozenset[str] = frozenset()  # "went to Paris for treatment", "came to study"
    object_needed: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping | None, classes: Mapping[str, frozenset[str]]) -> "CauseRules":
        """Build the rules from the ``circumstance:`` mapping; class names are resolved in ``classes``."""
        if not data:
            return cls()

        def words(values: Iterable) -> frozenset[str]:
            return frozenset(str(v).lower() for v in values)

        def union(names: Iterable[str]) -> frozenset[str]:
            return frozenset().union(*(classes[str(n)] for n in names))

        return cls(
            calamity_lemmas=words(data["calamity"]["lemmas"]),
            calamity_words=union(data["calamity"]["classes"]),
            cause_preps=words(data["calamity"]["preps"]),
            calamity_verbs=words(data["calamity"].get("verbs", ())),
            accident_verbs=words(data["calamity"].get("accident_verbs", ())),
            accident_heads=words(data["calamity"].get("accident_heads", ())),
            accident_modifiers=words(data["calamity"].get("accident_modifiers", ())),
            forced_lemmas=words(data["forced"]["lemmas"]),
            control_lemmas=words(data["control"]["lemmas"]),
            control_nouns=words(data["control"]["nouns"]),
            control_kept=union(data["control"]["kept"]),
            goal_words=words(data["goal_words"]),
            currency_words=union(data["money"]["classes"]),
            money_types=frozenset(str(t).upper() for t in data["money"]["types"]),
            pricing_lemmas=words(data["pricing"]["lemmas"]),
            pricing_words=union(data["pricing"]["classes"]),
            pricing_adverbs=words(data["pricing"]["adverbs"]),
            seeking_lemmas=words(data["seeking"]["lemmas"]),
            rally_lemmas=words(data["rally_lemmas"]),
            scare_quote_types=frozenset(str(t).upper() for t in data.get("scare_quote_types", ())),
            game_words=union(data["game"]["classes"]),
            contest_words=union(data["game"]["contests"]),
            win_lemmas=words(data["game"]["lemmas"]),
            game_min=int(data["game"]["min_words"]),
            ranking_lemmas=words(data.get("ranking_lemmas", ())),
            carrying_lemmas=words(data.get("carrying_lemmas", ())),
            journey_lemmas=words(data["private_journey"]["lemmas"]),
            collision_lemmas=words(data["collision"]["lemmas"]),
            vehicle_words=union(data["collision"]["classes"]),
            traveller_words=union(data["private_journey"]["classes"]),
            state_destinations=words(data["private_journey"].get("states", ())),
            private_purposes=words(data["private_journey"].get("purposes", ())),
            object_needed={str(t).upper(): words(v) for t, v in (data.get("object_needed") or {}).items()},
        )

    def judge(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> tuple[bool, str] | None:
        """Return ``(True, reason)`` when the trigger names no political act, else None.

        ``is_fighter`` tells whether a doer can only mean force (a person, a country, a weapon).
        """
        for check in (self._scare_quotes, self._game, self._ranking, self._carrying, self._private_journey, self._collision, self._no_object, self._money, self._calamity, self._forced, self._control, self._own_goal,
                      self._pricing, self._seeking, self._thing_rallies):
            reason = check(token, plover, is_noun, is_fighter)
            if reason is not None:
                return True, reason
        return None

    def _scare_quotes(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """'came under "attack" from rivals': one material act word alone in quotation marks."""
        if plover not in self.scare_quote_types or token.i == 0 or token.i + 1 >= len(token.doc):
            return None
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        if before.text in _QUOTES and after.text in _QUOTES:
            return f"'{token.text}' set off in quotation marks: a figure of speech"
        return None

    def _game(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"fend off the Australian attacks" among goals and chances, "beat Berlusconi in the
        election": blows and wins in a sentence about a game or a vote."""
        if plover != "ASSAULT":
            return None
        if not is_noun and tree.lemma(token) in self.win_lemmas:
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
                if any(g.dep_ == "pobj" and tree.lemma(g) in self.game_words | self.contest_words for g in prep.children):
                    return f"'{token.text} ... {prep.text} {tree.pobj_text(prep)}': a win in a game or a vote"
        found = {tree.lemma(t) for t in token.sent if t.pos_ == "NOUN" and tree.lemma(t) in self.game_words}
        if len(found) >= self.game_min:
            return f"a sentence about a game ({', '.join(sorted(found))}): no blow struck"
        return None

    def _ranking(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"came fifth in the Olympic Games": a place in a ranking, not a journey or a meeting."""
        if is_noun or plover != "CONSULT" or tree.lemma(token) not in self.ranking_lemmas:
            return None
        for child in token.children:
            if child.ent_type_ == "ORDINAL" and child.dep_ in ("advmod", "npadvmod", "oprd", "acomp", "attr", "dobj"):
                return f"'{token.text} {child.text}': a place in a ranking"
        return None

    def _carrying(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"return the Golan Heights to Syria", "headed the delegation to Hanoi": with an object, a
        verb of travel hands something back or leads; the journey, if any, is told elsewhere."""
        if is_noun or plover != "CONSULT" or tree.lemma(token) not in self.carrying_lemmas:
            return None
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return f"'{token.text} {obj.text}': handing back or leading, not a journey"
        return None

    def _private_journey(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"more than 10,000 American students came to China", "the passengers were returning": the
        journeys of private travellers are no visit of one party to another; "services returned to
        normal", "went back to work": a return to a state is no journey at all."""
        if is_noun or plover != "CONSULT" or tree.lemma(token) not in self.journey_lemmas:
            return None
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"):
            goal = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if goal is not None and (goal.pos_ == "ADJ" or tree.lemma(goal) in self.state_destinations):
                return f"'{token.text} to {goal.text}': a return to a state, not a journey"
            if goal is not None and (goal.ent_type_ in _AMOUNTS or goal.like_num):
                return f"'{token.text} to {goal.text}': an amount reached, not a journey"
        if any(t.ent_type_ in _AMOUNTS for c in token.children if c.dep_ in ("npadvmod", "dobj", "prt", "advmod")
               for t in c.subtree):
            return f"'{token.text}' by an amount: a rise or a fall, not a journey"
        doers = [tree.through_quantity(tree.resolve_relative(a)) for a in tree.agents(token)]
        if doers and all(d.pos_ == "NOUN" and tree.lemma(d) in self.traveller_words for d in doers):
            return f"'{doers[0].text} {token.text}': private travellers, no visit"
        return self._private_purpose(token)

    def _private_purpose(self, token: Token) -> str | None:
        """"went to Paris for medical treatment", "came to China to study acrobatics", "came to
        Beijing to cover the summit": a journey for a private end (care, study, leisure, work, news)
        is no visit of one party to another, whoever makes it."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                aim = next((g for g in child.children if g.dep_ == "pobj"), None)
                if aim is not None and tree.lemma(aim) in self.private_purposes:
                    return f"'{token.text} for {aim.text}': a private journey, no visit"
            if child.dep_ in ("advcl", "xcomp") and tree.lemma(child) in self.private_purposes and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                return f"'{token.text} to {child.text}': a private journey, no visit"
        return None

    def _collision(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"the van was hit by the bus", "a train struck a lorry": a road or rail accident."""
        if is_noun or plover != "ASSAULT" or tree.lemma(token) not in self.collision_lemmas:
            return None
        doers = [tree.resolve_relative(a) for a in tree.agents(token)]
        if doers and all(d.pos_ == "NOUN" and tree.lemma(d) in self.vehicle_words
                         and not any(c.dep_ == "compound" for c in d.children if tree.lemma(c) in ("bomb", "suicide"))
                         for d in doers):
            return f"'{doers[0].text}' {token.text}: a collision, not an attack"
        return None

    def _no_object(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"causing their population to decline": without an object or a complement, decreasing."""
        if is_noun or tree.lemma(token) not in self.object_needed.get(plover, frozenset()):
            return None
        if any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "attr", "oprd") for c in token.children):
            return None
        if token.dep_ == "relcl" or any(c.dep_ == "prep" and c.lower_ in ("by", "from", "to") for c in token.children):
            # "the offer he declined" has its object as the head; "declined by 5%", "from 20 to 10": a fall
            return None if token.dep_ == "relcl" else f"'{token.text}' with an amount: a fall"
        return f"'{token.text}' with no object nor complement: the intransitive sense (a fall, a crowd leaving), no {plover}"

    def _money(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"a $337m hit", "a 475m euro hit": an amount of money right before the trigger."""
        if plover not in self.money_types:
            return None
        for before in reversed(token.doc[max(token.sent.start, token.i - 3):token.i]):
            if before.is_punct and before.text not in _CURRENCY_SYMBOLS:
                return None
            if (before.ent_type_ == "MONEY" or before.text in _CURRENCY_SYMBOLS
                    or tree.lemma(before) in self.currency_words):
                return f"an amount of money ('{before.text} ... {token.text}'): a financial loss"
        return None

    def _calamity(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"killed by the tsunami", "injured in the earthquake", "a gas explosion killed 47 miners",
        "killed when the tank exploded", "crashed, killing 98": a natural or accidental cause."""
        if plover != "ASSAULT" or is_noun or tree.lemma(token) not in self.calamity_lemmas:
            return None
        agents = [tree.through_quantity(tree.resolve_relative(a)) for a in tree.agents(token)]
        for agent in agents:
            if tree.lemma(agent) in self.calamity_words or self._accidental(agent) or tree.named_as(agent, self.calamity_words):
                return f"killed or hurt by a calamity or an accident ('{agent.text}'), not by anyone"
        if token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children):
            agents = []  # "9,007 people killed in 53,173 accidents": a headline's passive; its subject was killed
        if agents:
            return None
        # "were killed and 17 others injured in a motor accident": the cause phrase may sit on a conjunct.
        predicates = [token, *(c for c in token.children if c.dep_ == "conj")]
        if token.dep_ == "conj":
            predicates.append(token.head)
        # "were killed and several others injured in a collision": the conjunct is a noun whose
        # participle holds the cause.
        predicates += [g for c in list(predicates) if c.pos_ == "NOUN" for g in c.children if g.dep_ == "acl"]
        for predicate in predicates:
            for prep in (c for c in predicate.children if c.dep_ == "prep" and c.lower_ in self.cause_preps):
                for cause in (g for g in prep.children if g.dep_ == "pobj"):
                    if tree.lemma(cause) in self.calamity_words or self._accidental(cause):
                        return f"killed or hurt {prep.text} a calamity or an accident ('{cause.text}'), not by anyone"
        # "killed when the oil tank exploded", "killed when it erupted".
        for clause in (c for c in token.children if c.dep_ == "advcl"):
            if self._calamity_clause(clause, is_fighter):
                return f"killed or hurt when '{clause.text}' (a calamity or an accident), not by anyone"
        # "the aircraft crashed, killing 98 people", "recorded 532 accidents, killing ...".
        if token.dep_ in ("advcl", "conj") and token.tag_ == "VBG":
            head = token.head
            if token.dep_ == "conj" and head.dep_ == "advcl" and head.tag_ == "VBG":
                head = head.head  # "crashed, killing the pilot and injuring his student": the crash
            things = [c for c in head.children if c.dep_ in ("nsubj", "dobj")]
            if (self._calamity_clause(head, is_fighter) or any(tree.lemma(t) in self.calamity_words for t in things)
                    or self._collision(head, plover, False, is_fighter) is not None):
                return f"killing by '{head.text}' (a calamity or an accident), not by anyone"
        return None

    def _accidental(self, cause: Token) -> bool:
        """"a gas explosion", "a methane blast", "an oil tank": a blast or fire of a fuel or plant."""
        return tree.lemma(cause) in self.accident_heads and any(
            c.dep_ in ("compound", "amod", "nmod") and tree.lemma(c) in self.accident_modifiers for c in cause.children)

    def _calamity_clause(self, clause: Token, is_fighter: Callable[[Token], bool]) -> bool:
        """A clause telling a calamity: "it erupted", "the plane crashed", "the tank exploded"."""
        lemma = tree.lemma(clause)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if lemma in self.calamity_verbs:
            return True
        if lemma in self.accident_verbs:
            # "the oil tank exploded" is an accident; "a bomb exploded", "a car bomb exploded" are not.
            return bool(subjects) and all(self._accidental(s) or not is_fighter(s) and s.pos_ == "NOUN" for s in subjects)
        return False

    def _forced(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"were forced to cut production": a passive with no one named forcing is a circumstance."""
        if plover != "COERCE" or is_noun or tree.lemma(token) not in self.forced_lemmas:
            return None
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or (
            token.dep_ in ("acl", "advcl", "amod") and token.tag_ == "VBN")
        if passive and not any(c.dep_ == "agent" for c in token.children):
            return f"'{token.text}' with no one named forcing: a circumstance, not coercion"
        return None

    def _control(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"take control of the club": control of a firm or a thing is a purchase or management."""
        if is_noun or plover not in ("COERCE", "ASSAULT") or tree.lemma(token) not in self.control_lemmas:
            return None
        for control in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
            if tree.lemma(control) not in self.control_nouns:
                continue
            owners = [g for p in control.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
            for owner in tree.with_conjuncts(owners):
                if owner.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "PERSON") or tree.lemma(owner) in self.control_kept:
                    return None
            if owners:
                return f"control of '{owners[0].text}' (a firm or a thing): a purchase or management, not a seizure"
        return None

    def _own_goal(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"hit its targets", "regain its position": the doer's own goal or rank, no force doing it."""
        if is_noun or plover != "ASSAULT":
            return None
        patients = [c for c in token.children if c.dep_ == "dobj"]
        if not patients or not all(tree.lemma(p) in self.goal_words and any(
                d.dep_ == "poss" and d.lower_ in _POSSESSIVES for d in p.children) for p in patients):
            return None
        doers = tree.agents(token)
        if not doers and token.dep_ == "xcomp":
            doers = tree.agents(token.head)  # "tries to regain its position": the subject of "tries"
        if any(is_fighter(tree.resolve_relative(d)) for d in doers):
            return None  # "the troops regained their positions"
        return f"'{token.text} {patients[0].text}' names the doer's own goal or rank, not a place struck"

    def _pricing(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"the rates they charge", "being charged less": a price, not a charge of crime."""
        if is_noun or tree.lemma(token) not in self.pricing_lemmas:
            return None
        priced = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        if token.dep_ == "relcl":
            priced.append(token.head)  # "the rates they charge"
        if any(t.ent_type_ == "MONEY" or tree.lemma(t) in self.pricing_words for t in priced):
            return f"'{token.text}' a price, not a charge of crime"
        if any(c.dep_ in ("advmod", "npadvmod", "dobj") and c.lower_ in self.pricing_adverbs for c in token.children):
            return f"'{token.text}' with an amount ('less', 'more'): a price"
        return None

    def _seeking(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"searching for fresh supplies": looking for something, with nothing searched, is no raid."""
        if is_noun or plover != "COERCE" or tree.lemma(token) not in self.seeking_lemmas:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children) and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in token.children):
            return f"'{token.text} for': looking for something, not a raid"
        return None

    def _thing_rallies(self, token: Token, plover: str, is_noun: bool, is_fighter: Callable[[Token], bool]) -> str | None:
        """"It rallied briefly on Monday": a currency or a market rallies; a crowd is never "it"."""
        if is_noun or plover != "PROTEST" or tree.lemma(token) not in self.rally_lemmas:
            return None
        doers = [c for c in token.children if c.dep_ == "nsubj"]
        if doers and all(d.pos_ == "PRON" and d.lower_ in _THING_PRONOUNS
                         and tree.resolve_relative(d) is d for d in doers):
            return f"'{doers[0].text} {token.text}': a thing rallies (a price or a market), no protest"
        return None
