"""Finding actor mentions in a Doc: names, organizations, countries, role descriptions, pronouns.

Every finder returns ``Candidate`` records (a mutable working record local to one article) and
marks the tokens it consumed in ``used`` so that a word that codes another mention ("US" in
"US Secretary of State Mike Pompeo") never becomes an actor of its own.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token

from .candidates import Candidate, acting, clean_bounds, clue, described_by_clause, is_junk, is_modifier, title_case
from .bodies import SERVES, body_of, country_after_of, origin_of
from .dictmentions import cuts_entity, find_dictionary, find_known
from .names import after_title, title_window, titled_name
from .placementions import find_places
from .context import Description, describe, describe_name, is_possessive_marker, is_stance_prefixed, lemma_forms
from .coreference import BODY_PRONOUNS, PERSON_PRONOUNS, RELATIVE_PRONOUNS
from .organizations import NON_STATE_CODES, Organization
from .parties import is_party_alias
from .outsiders import is_sent_to, of_several_states, outsider_evidence
from .joined import coordinated_countries
from .coding import Evidence, Rank
from .phrases import PhraseIndex
from .spellings import spelling_key
from .resources import ActorResources

__all__ = ["Candidate", "MentionFinder", "clue"]

# Dependents that belong to a noun phrase on the left of its head.
_NP_LEFT = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "npadvmod", "advmod"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DEFINITE = frozenset({"the", "this", "that"})
_NAME_LINKS = frozenset({"and", "of", "for", "the", "&"})  # lowercase words inside a body's name
_MAP_PRONOUNS = PERSON_PRONOUNS | BODY_PRONOUNS | RELATIVE_PRONOUNS


class MentionFinder:
    """Collects the candidates of one Doc; create one per article (it holds per-article state)."""

    def __init__(self, doc: Doc, resources: ActorResources, date: str | None = None) -> None:
        """Prepare the per-article indexes (lowercase words, consumed tokens); ``date`` is the
        publication date that dictionary date ranges are applied against."""
        self.doc = doc
        self.res = resources
        self.date = date
        strings = doc.vocab.strings  # from the arrays and the string store: no Token object per word
        self.words = [strings[key] for key in doc.to_array(LOWER).tolist()] if len(doc) else []
        self.texts = [strings[key] for key in doc.to_array(ORTH).tolist()] if len(doc) else []
        self.used = [False] * len(doc)
        self.candidates: list[Candidate] = []

    def _add(self, candidate: Candidate) -> int:
        self.candidates.append(candidate)
        for i in range(candidate.start, candidate.end):
            self.used[i] = True
        return len(self.candidates) - 1

    def add(self, candidate: Candidate) -> int:
        """Record a candidate found by another module's finder and consume its tokens."""
        return self._add(candidate)

    def is_free(self, start: int, end: int) -> bool:
        """True when no finder has consumed a token of ``[start, end)``."""
        return self._free(start, end)

    def modifies_role(self, token: Token) -> bool:
        """True for a name modifying a role noun ("Osgiliath soldiers"): the description reads it."""
        if not is_modifier(token):
            return False
        return self.res.roles.index.longest_at(self.words, token.head.i, lemma_forms(self.doc)) is not None

    def _mark(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.used[i] = True

    def _free(self, start: int, end: int) -> bool:
        return not any(self.used[start:end])

    def known_non_person(self, text: str) -> bool:
        """True for a name the tables know as a country, capital, organization, role or armed group."""
        countries = self.res.countries
        words = text.split()
        if len(words) > 1 and all(countries.by_demonym(w) for w in words):
            return True  # "Bosnian Serbs"
        return bool(
            countries.lookup(text) or countries.country_of_capital(text)
            or self.res.organizations.get(text) or self.res.roles.get(text)
            or self._armed_group(text) or is_party_alias(text)  # "Lib Dems" tagged PERSON
        )

    def _armed_group(self, text: str) -> bool:
        """An armed group the knowledge base spells another way ("Lashkar-e-Tayyeba" tagged PERSON):
        a group's name is no person's. Only the group's own name counts: the knowledge base lists
        its leaders among its other names ("Hassan Nasrallah" under Hezbollah), and they stay people."""
        knowledge = self.res.knowledge
        entry = knowledge.lookup(text) or knowledge.by_spelling(text)
        if entry is None or spelling_key(entry.phrases[0]) != spelling_key(text):
            return False
        code = knowledge.code(entry, self.date)
        return code is not None and (code.sector == "REB" or code.country == "IMG")

    # ---- persons -------------------------------------------------------------------------------

    def person_names(self) -> set[str]:
        """Names that are people in this article, by whole-article evidence.

        A string tagged PERSON at least as often as anything else is a person everywhere; a word
        of a multi-word person name ("Pompeo" of "Mike Pompeo") is that person wherever it is
        tagged at all (ORG, GPE) unless it is a known country, capital or organization.
        """
        tagged: dict[str, Counter[str]] = {}
        for ent in self.doc.ents:
            if ent.label_ not in _ENTITY_LABELS:
                continue
            start, end = clean_bounds(ent)
            if ent.label_ == "PERSON":
                start = after_title(self, start, end)
            if start >= end:
                continue
            text = self.doc[start:end].text
            label = "PERSON" if ent.label_ == "ORG" and titled_name(self, start, end) else ent.label_
            tagged.setdefault(text, Counter())[label] += 1
        names = {t for t, c in tagged.items() if c["PERSON"] and c["PERSON"] >= sum(c.values()) - c["PERSON"]}
        names = {n for n in names if not is_junk(n) and not self.known_non_person(n)}
        # People the user's dictionary names are people too, and so are their surnames.
        names |= {c.name for c in self.candidates if c.source == "name" and c.fixed and c.name}
        parts = {part for n in names if " " in n for part in (n.split()[0], n.split()[-1])}
        for text in tagged:
            if text in parts and not self.known_non_person(text):
                names.add(text)
        names |= {c.name.split()[-1] for c in self.candidates if c.source == "name" and c.fixed and c.name}
        return names

    def find_persons(self) -> None:
        """Every occurrence of a person name, with the title, country and role around it."""
        names = self.person_names()
        index = PhraseIndex.build((name, name) for name in names)
        i = 0
        doc = self.doc
        while i < len(doc):
            found = index.longest_at(self.words, i) if self.texts[i][:1].isupper() else None
            if not found:
                i += 1
                continue
            n, name = found
            end = i + n
            # Extend over a glued hyphen suffix the index did not see ("Jae" + "-in").
            start, end = clean_bounds(doc[i:end])
            if doc[start:end].text != name and doc[start:end].text not in names:
                start, end = i, i + n
            org = self.res.organizations.index.longest_at(self.words, start)
            body = start + org[0] if org is not None and start + org[0] > end else None
            if body is not None or start and self._armed_group(doc[start - 1:end].text):
                # "the Anatolia news agency" ("Anatolia" a person elsewhere), "Jemaah [Islamiyah]": a body's name
                i = body or end
                continue
            if self._free(start, end):
                self._person_at(start, end)
            i = max(end, i + 1)

    def _person_at(self, start: int, end: int) -> None:
        doc = self.doc
        span = doc[start:end]
        root = span.root
        candidate = Candidate(kind="person", source="name", start=start, end=end, name=span.text)
        # Titles hang on any word of the name ("President" is a compound of "Bola" in
        # "President Bola Tinubu"), so look at the left dependents of every word of it.
        lefts = [c for token in span for c in token.lefts if c.dep_ in _NP_LEFT and c.i < start]
        sent: int | None = None
        parsed = min([c.left_edge.i for c in lefts] + [start])
        window_start = title_window(self, parsed, start)
        if window_start < start:
            # "Ambassador to Japan John Smith": the country after "to" is where he serves, not his.
            sent = next((k for k in range(window_start + 1, start)
                         if self.words[k] == "to" and is_sent_to(self.words[k - 1])), None)
            skip = frozenset(range(sent, start)) if sent is not None else frozenset()
            desc = describe(doc, window_start, start, self.res, self.words, skip=skip, date=self.date)
            self._apply(candidate, desc, "title")
            if desc.role is not None and (window_start < parsed or desc.role_end == start
                                          and doc[desc.role_start].text[:1].isupper()):
                candidate.start = desc.role_start  # "Chairman Kim", "President Trump", "missionary Dr. X"
            self._mark(window_start, start)
        self._outsider(candidate, *doc[candidate.start:end])  # "Visiting Foreign Minister Ali Demir"
        if sent is not None and not any(e.outsider for e in candidate.clues):
            candidate.clues.append(Evidence(Rank.WORDS, f"outsider '{doc[sent - 1].text} to'", outsider=True))
        index = self._add(candidate)
        # "Moon's press secretary Yoon Young-chan": the name is in apposition to a role. The parser
        # may hang the apposition on any word of a hyphenated name ("negotiator Song Min-soon").
        heads = {t.head.i for t in span if t.dep_ == "appos" and t.head.i < start}
        if root.dep_ == "appos" and root.head.i < start:
            heads = {root.head.i}
        for head in sorted(heads)[:1]:
            self._description_for(doc[head], index)
        for child in root.rights:
            if child.dep_ == "appos" or (bounds := described_by_clause(child)) is not None:
                self._description_for(child, index, None if child.dep_ == "appos" else bounds)
        if (origin := origin_of(self, root)) is not None:
            candidate.read(f"from '{origin[1]}'", origin[0])  # "Yeneneh Tesfaye from Ethiopia"
        for conj in root.conjuncts:
            if conj.i > root.i and any(c.lower_ == "other" for c in conj.lefts):
                self._one_of(conj, index)

    def _one_of(self, head: Token, person: int) -> None:
        """"Yossi Sarid and several other opposition MPs": the person is one of the people the
        conjunct names, so its role, country and sector are the person's too (the plural is no title)."""
        start, end = self.np_bounds(head)
        desc = describe(self.doc, start, end, self.res, self.words, date=self.date)
        if desc.role is None or desc.role.kind not in ("person", "group"):
            return
        candidate = self.candidates[person]
        title = candidate.title
        self._apply(candidate, desc, "one of the other")
        candidate.title = title

    def _description_for(self, head: Token, person: int, bounds: tuple[int, int] | None = None) -> None:
        """Read a role noun in apposition to a person (or a "who is" clause's words ``bounds``) as its mention."""
        start, end = bounds or self.np_bounds(head)
        head = self.doc[start:end].root if bounds else head
        desc = describe(self.doc, start, end, self.res, self.words, date=self.date)
        first = self._first_free(start, end)
        # Who heads a body is coded as the body too ("chairman of the ruling party" is PTY).
        heads = desc.role is None or desc.role.generic or desc.role.family == "head"
        body = body_of(self, head, SERVES if desc.role is not None and desc.role.generic else frozenset({"of"})) \
            if heads else None
        if body is not None:
            # "Kim, head of the North Korean delegation": who leads or speaks for a body is coded
            # as the body (country and sector), before what a generic title says alone.
            self.candidates[person].read(f"of the body '{body[1]}'", body[0].country, body[0].sector)
        origin = origin_of(self, head) if desc.country is None else None
        if desc.role is None and (desc.country or origin) and head.pos_ == "NOUN":
            # "his Chinese counterpart Li Wen", "a singer from Zimbabwe": a noun that is no role still
            # gives its nationality.
            self.candidates[person].read(f"apposition '{self.doc[start:end].text}'", desc.country or origin[0])
            return
        if desc.role is None or first is None:
            return
        candidate = Candidate(kind="person", source="description", start=first, end=end, link=person)
        self._apply(candidate, desc, "apposition")
        self._outsider(candidate, head)
        self._add(candidate)
        self._apply(self.candidates[person], desc, "apposition")
        self._outsider(self.candidates[person], head)

    def _first_free(self, start: int, end: int) -> int | None:
        """First token after the last consumed one in ``[start, end)`` ("Moon's" [press secretary])."""
        first = start
        for i in range(start, end):
            if self.used[i]:
                first = i + 1
        # A possessive pronoun is a mention of its own ("his Bulgarian counterpart": "his" is the
        # person whose counterpart this is, for coreference to link).
        while first < end and (is_possessive_marker(self.doc[first]) or self.doc[first].is_punct
                               or (self.doc[first].dep_ == "poss" and self.words[first] in PERSON_PRONOUNS)):
            first += 1
        return first if first < end else None

    def np_bounds(self, head: Token) -> tuple[int, int]:
        """Token bounds of a role noun phrase: its left modifiers, the head, "of <country>"."""
        lefts = [c for c in head.lefts if c.dep_ in _NP_LEFT]
        start = min([c.left_edge.i for c in lefts] + [head.i])
        end = head.i + 1
        found = self.res.roles.index.longest_at(self.words, head.i, lemma_forms(self.doc))
        if found:
            end = max(end, head.i + found[0])
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= end - 1:
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if not objects:
                    continue
                obj = objects[0]
                # "of Japan", "of the Republic of Korea" (a name with its own "of" inside).
                for last in (obj.i, obj.right_edge.i):
                    if self.res.countries.by_name(self.doc[obj.left_edge.i:last + 1].text):
                        end = max(end, last + 1)
                        break
        return start, end

    def _apply(self, candidate: Candidate, desc: Description, why: str) -> None:
        """Copy what a description says into a candidate, keeping what is already known."""
        if desc.role is not None:
            candidate.family = candidate.family or desc.role.family
            if candidate.title is None and desc.role_start is not None:
                candidate.title = title_case(self.doc[desc.role_start:desc.role_end].text)
        if desc.role is not None and desc.role_start is not None:
            why = f"{why} '{self.doc[desc.role_start:desc.role_end].text}'"
        if desc.country_text:
            why = f"{why} + '{desc.country_text}'"
        candidate.read(why, desc.country, desc.sector)
        candidate.possessor = candidate.possessor or desc.possessor
        candidate.domestic = candidate.domestic or desc.domestic
        if desc.owner_text and desc.owner_text not in candidate.owners:
            candidate.owners.append(desc.owner_text)

    # ---- organizations, countries, groups ------------------------------------------------------

    def find_organizations(self) -> None:
        """Known organizations, ORG entities standing as arguments, bodies by head word anywhere (orgwords.py)."""
        doc, orgs = self.doc, self.res.organizations
        i = 0
        while i < len(doc):
            found = orgs.index.longest_at(self.words, i) if self.texts[i][:1].isupper() else None
            if found and self._free(i, i + found[0]) and self._names_a_branch(i, *found):
                i += found[0]  # "APEC Business Advisory Council": the longer name is the actor, read below
                continue
            if found and self._free(i, i + found[0]):
                n, org = found
                text = doc[i:i + n].text
                if tuple(self.words[i:i + n]) not in orgs.capitals_only or text.replace(".", "").isupper():
                    self._add(Candidate(kind=org.kind, source="org", start=i, end=i + n, name=text, key=org.name,
                                        clues=clue(f"organization '{org.name}'", org.country, org.sector)))
                    i += n
                    continue
            i += 1
        for ent in doc.ents:
            start, end = clean_bounds(ent)
            # A party's nickname the NER model tagged PERSON ("Lib Dems") is a body too.
            body = ent.label_ in ("ORG", "GPE") and self.res.org_words.is_body_name(doc[start:end].text)
            if start >= end or not self._free(start, end) or ent.label_ != "ORG" and not body and not (
                    ent.label_ == "PERSON" and is_party_alias(doc[start:end].text)):
                continue
            root = doc[start:end].root
            before = doc[start - 1] if start > 0 else None
            if before is not None and before.ent_type_ == "NORP" and start <= before.head.i < end and \
                    not self.used[before.i] and self.res.countries.by_demonym(before.text):
                start -= 1  # "Indonesian [Democracy Party]": the demonym opens the party's name
            text = doc[start:end].text
            # A role noun tagged ("MPs") is a description. An apposition stands where its head stands.
            stand = root
            while stand.dep_ == "appos" and stand.head is not stand:
                stand = stand.head
            if is_junk(text) or self.res.countries.lookup(text) or self.res.roles.get(text) or not (
                    body or acting(stand)) or self.words[end - 1] in self.res.document_words:
                continue  # ... "the Nairobi Framework": a document, no actor
            desc = describe_name(doc, start, end, self.res, self.words, date=self.date)
            candidate = Candidate(kind="organization", source="org", start=start, end=end, name=text)
            self._apply(candidate, desc, "organization name")
            owner = country_after_of(self, root, end) if desc.country is None else None
            if owner is not None:
                candidate.read(f"organization of '{owner[1]}'", owner[0])
            candidate.title = None
            self._add(candidate)

    def _names_a_branch(self, i: int, n: int, org: Organization) -> bool:
        """An international body's name opening a longer organization's name ("APEC Business
        Advisory Council", "United Nations Development Programme"): the branch is the actor, and
        its description reads the body's code. Not before an initialism in brackets, a number or a
        place ("the WHO Beijing office" is the WHO's)."""
        end = i + n
        if org.country not in NON_STATE_CODES or end >= len(self.doc) or self.doc[i].ent_type_ != "ORG":
            return False
        after = self.doc[end]
        countries = self.res.countries
        if countries.by_name(after.text) or countries.country_of_capital(after.text):
            return False  # "the WHO Beijing office": a place names where the body's office sits
        return after.ent_iob_ == "I" and after.is_alpha and after.text[:1].isupper() and cuts_entity(self.doc[i:end])

    # ---- role descriptions ---------------------------------------------------------------------

    def find_descriptions(self) -> None:
        """Nominal actors: "the North Korean leader", "Israeli troops", "officials"."""
        doc, roles = self.doc, self.res.roles
        forms = lemma_forms(doc)
        i = 0
        while i < len(doc):
            if self.used[i]:
                i += 1
                continue
            found = roles.index.longest_at(self.words, i, forms)
            if not found:
                i += 1
                continue
            n, role = found
            head = doc[i:i + n].root
            if head.pos_ not in ("NOUN", "PROPN") or (is_modifier(head) and not self._heads_name(head)) or \
                    any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.lefts):
                # "in line to chair the committee": a verb the tagger read as a noun is no actor
                i += n
                continue
            start, end = self.np_bounds(head)
            if self._first_free(start, end) is None:
                i += n
                continue
            self._description_at(head, start, end)
            i = max(end, i + n)

    def _heads_name(self, head: Token) -> bool:
        return head.head.ent_type_ == "PERSON"

    def _description_at(self, head: Token, start: int, end: int) -> None:
        doc = self.doc
        desc = describe(doc, start, end, self.res, self.words, date=self.date)
        if desc.role is None:
            return
        initialisms = len(head.text) > 2 and head.text.endswith("s") and head.text[:-1].isupper()  # "MPs"
        plural = head.tag_ in ("NNS", "NNPS") or initialisms or desc.role.kind == "group"
        kind = "group" if plural and desc.role.kind == "person" else desc.role.kind
        definite = any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in head.lefts)
        # "Chinese and Russian officials": one group per coordinated country.
        coordinated = coordinated_countries(doc, self.res.countries, head)
        if len(coordinated) > 1:
            for k, (token, code) in enumerate(coordinated):
                last = k == len(coordinated) - 1
                c_start, c_end = (token.i, end) if last else (token.i, token.i + 1)
                label = f"{token.text} {doc[head.i:end].text}"
                candidate = Candidate(kind=kind, source="description", start=c_start, end=c_end,
                                      clues=clue(f"coordinated demonym '{token.text}'", code), plural=plural, label=label)
                self._apply(candidate, desc, "role noun")
                self._add(candidate)
            self._mark(start, end)
            return
        first = self._first_free(start, end)
        candidate = Candidate(kind=kind, source="description", start=first if first is not None else head.i,
                              end=end, plural=plural, definite=definite,
                              label=self._proper_name(start, desc.role_start) if kind == "organization" else None)
        if desc.role.generic and desc.country is None and kind != "organization":
            # "a spokesman for Hamas": who serves a body is the body's, before the title alone (read first: it wins)
            body = body_of(self, head, SERVES)
            if body is not None:
                candidate.read(f"of the body '{body[1]}'", body[0].country, body[0].sector)
        self._apply(candidate, desc, "role noun")
        self._outsider(candidate, head)
        self._add(candidate)

    def _outsider(self, candidate: Candidate, *heads: Token) -> None:
        """Record that a mention's words make its actor an outsider ("foreign troops", "the
        visiting minister"): actors/coding.py then reads no country from where it is."""
        found = next((e for e in map(outsider_evidence, heads) if e is not None), None) or of_several_states(self.res.countries, heads[0])
        if found is not None and not any(e.outsider for e in candidate.clues):
            candidate.clues.append(found)

    def _proper_name(self, start: int, end: int) -> str | None:
        """The name of an organization on the left of a role noun ("his eurosceptic Republican and
        Citizens' Movement (MRC) party"): the actor's name rather than the description around it.
        It runs from the first capitalised word that names no country to the role noun, without
        an initialism in brackets; only where the NER model saw an organization there, and never
        across a possessive ("UPN's parent company" is no company called "UPN's parent")."""
        doc = self.doc
        if not any(e.label_ == "ORG" and start <= e.start and e.end <= end for e in doc.ents):
            return None
        first = next((i for i in range(start, end) if doc[i].text[:1].isupper() and doc[i].is_alpha
                      and doc[i].pos_ in ("PROPN", "ADJ", "NOUN") and not self.res.countries.lookup(doc[i].text)), None)
        if first is None or any(doc[i].lower_ == "'s" for i in range(first, end)):
            return None
        last = end
        if last - 1 > first and doc[last - 1].text == ")":
            while last > first and doc[last - 1].text != "(":
                last -= 1
            last -= 1
        words = doc[first:max(first, last)]
        # A name is capitalised words and their links: "Hamas-led", "weekly" or "(youth" make a
        # description, not a name.
        if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS or is_possessive_marker(t)
                                     for t in words):
            return None
        return words.text

    # ---- pronouns ------------------------------------------------------------------------------

    def find_pronouns(self) -> None:
        """Third-person pronouns, linked later by the coreference map (actors/coreference.py)."""
        for token in self.doc:
            if token.lower_ in _MAP_PRONOUNS and token.pos_ == "PRON" and not self.used[token.i]:
                self._add(Candidate(kind="person", source="pronoun", start=token.i, end=token.i + 1))

    def reserve_stances(self) -> None:
        """"the pro-Iranian group", "anti-Taliban forces": the name after a stance prefix says
        whom the actor is for or against, so no finder may read it as a mention of its own."""
        for i, text in enumerate(self.texts):
            if text[:1].isupper() and is_stance_prefixed(self.doc, i):
                self._mark(max(0, i - 2) if self.texts[i - 1] == "-" else i, i + 1)

    def run(self) -> list[Candidate]:
        """Find every candidate: the user's dictionary first (it wins), then the most specific
        finders, the built-in knowledge base last (it only fills gaps)."""
        self.reserve_stances()
        find_dictionary(self, leave_modifiers=True)
        self.find_persons()
        self.find_organizations()
        self.find_descriptions()
        find_dictionary(self, leave_modifiers=False)
        find_places(self)
        find_known(self)
        self.find_pronouns()
        return self.candidates
