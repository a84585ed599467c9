"""The article's coreference map for pronouns and statements: which participant "he", "it said"
and "the statement said" refer to.

Names, titles, descriptions and capitals are grouped by ``resolve``; this module links what is
left, once every participant is known.
The map is the ActorTable built from the clusters: events (``events/roles.py``) and quotes
(``quotes/speakers.py``) ask it for any token, pronouns included, and resolve nothing themselves.

Rules, in order:

1. Reported clause: a subject pronoun inside a clause reported by a reporting verb ("Japan said
   it had halted aid", "Pompeo said he agreed") is the reporting verb's subject, when they agree
   (he/she a person, it a body, they/we a body or group).
2. He/she/him/her/his: a person of the same gender ("she", "Mrs", "sister" say it); as the subject
   of a reporting verb, the last speaker first (the reporter's "..., he added"); then the nearest
   person mentioned as a subject in the same or the previous sentence; then the nearest person
   mentioned before. A speaking he/she whose quotation itself says "he"/"his" talks of that
   person: the last other person of that gender named speaking shortly before is the speaker.
3. It/they as the subject of a reporting verb ("it said", "they said"), and a definite statement
   noun there ("the statement said"): the body (organization, country, group) named last in this or
   the two previous sentences; a country named only as the place of something ("outbreaks in
   Xinjiang") is no speaker. A statement noun first goes back to the same noun with its author
   ("said a statement from the embassy", "the foundation said in a statement" ... "the statement
   said": the embassy's, the foundation's).
4. "Who" whose clause the parse hangs on a place ("Pompeo's fourth visit to Pyongyang, who
   hailed the meeting"): the last person named before it in the sentence.
5. A definite description that speaks and that no rule above made a participant ("said the
   Gloucester fly-half", "the England captain said", "the 30-year-old added"), headed by a noun
   of a person's occupation or standing (data/person_nouns.tsv) or an age: the writer's second
   name for a person already named. The person named with that word as title ("coach Ana Ruiz"
   ... "the coach said"); else, when the text has not used the word before (then it described
   someone it never named), the person named as a subject in this or the two previous
   sentences, else the last person named speaking in the three previous ones.
A pronoun none of these resolves stays out of the map.

Outside quotation marks, a person or body named inside a quotation is no antecedent: in
'"The president should act," he added' the "he" is the one quoted, not the president he names.
A pronoun inside a quotation may refer to anyone named before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from typing import TYPE_CHECKING, Callable, Mapping

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from .candidates import Candidate
    from .resolve import Cluster

__all__ = ["link_pronouns", "bodies_named_before", "PERSON_PRONOUNS", "BODY_PRONOUNS"]

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# Pronouns that stand for a body (organization, country, group) when they speak; "I" and "we" in a
# reported clause stand for the speaker, whoever it is ("“I will veto it,” Trump said").
BODY_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "we", "our", "i"})
# "The visit was Pompeo's fourth to Pyongyang, who hailed the meeting": "who" is a person even when
# the parser hangs its clause on a place.
RELATIVE_PRONOUNS = frozenset({"who"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "we", "our"})
# How a reported clause hangs from its reporting verb ("said it would", "said it had agreed and would").
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
# The third-person words of one gender: a quotation using them speaks of someone else.
_SAME_PERSON = {"he": frozenset({"he", "his", "him", "himself"}), "she": frozenset({"she", "her", "hers", "herself"})}
# "the 30-year-old": an age stands for the person it is the age of.
_AGE = re.compile(r"^\d+-year-old$")
# Prepositions after which a country is where something happens, not who speaks.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "throughout", "near", "inside", "within", "into", "around"})
# Words before a name that are its title in the same phrase ("New Zealand coach Graham Henry").
_TITLE_WINDOW = 4


def _reporting_verb(verb: Token, reporting: frozenset[str]) -> Token | None:
    """The reporting verb whose complement clause holds ``verb`` (up to four clauses up), or None."""
    clause = verb
    for _ in range(4):
        if clause.dep_ not in _REPORTED_DEPS or clause.head.i == clause.i:
            return None
        head = clause.head
        if clause.dep_ == "ccomp" and head.lemma_.lower() in reporting:
            return head
        clause = head
    return None


def _quoted_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) characters of every quotation, marks included, sorted and without overlap
    (the quote stage's own reader of quotation marks)."""
    from ..quotes.marks import find_quoted_spans  # here: the quotes package imports actors

    merged: list[tuple[int, int]] = []
    for span in sorted(find_quoted_spans(text), key=lambda s: s.open_at):
        end = (span.close_at + 1) if span.close_at is not None else span.end
        if merged and span.open_at < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((span.open_at, end))
    return merged


def _authors(statement: Token) -> list[Token]:
    """Who a statement noun is by: the object of its "by"/"from"/"of" phrase, its possessor, or
    the subject of the verb it is "in" ("the foundation said in a statement")."""
    found = [c for c in statement.children if c.dep_ == "poss"]
    for child in statement.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of"):
            found.extend(g for g in child.children if g.dep_ == "pobj")
    preposition = statement.head
    if statement.dep_ == "pobj" and preposition.lower_ in ("in", "through") and preposition.head.pos_ in ("VERB", "AUX"):
        subject = _subject(preposition.head)
        if subject is not None:
            found.append(subject)
    return found


def _chunk(token: Token) -> tuple[int, int]:
    """Token range of the hyphenated word holding ``token`` ("fly-half", "30-year-old")."""
    doc = token.doc
    start = end = token.i
    while start > 0 and doc[start - 1].idx + len(doc[start - 1]) == doc[start].idx and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    while end + 1 < len(doc) and doc[end].idx + len(doc[end]) == doc[end + 1].idx and "-" in (doc[end].text, doc[end + 1].text):
        end += 1
    return start, end + 1


def _placed(token: Token) -> bool:
    """Whether a mention is the object of a preposition of place ("outbreaks in Xinjiang")."""
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS


def _is_subject(token: Token) -> bool:
    """Whether a mention's head is a clause's subject, or in apposition to one ("Her coach Tom Osei was")."""
    return token.dep_ in _SUBJECT_DEPS or (token.dep_ == "appos" and token.head.dep_ in _SUBJECT_DEPS)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


class _Linker:
    """Links the pronouns of one article (a working object, local to one call)."""

    def __init__(self, doc: Doc, candidates: list["Candidate"], of_candidate: dict[int, "Cluster"],
                 gender: Mapping[str, str], reporting: frozenset[str]) -> None:
        self.doc = doc
        self.of_candidate = of_candidate
        self.gender_words = gender
        self.reporting = reporting
        # Every linked mention, pronouns included: "Reyes ... He ... he" is a chain.
        self.mentions = sorted((c for c in candidates if id(c) in of_candidate), key=lambda c: c.start)
        self.by_token: dict[int, "Cluster"] = {}
        for candidate in self.mentions:
            for i in range(candidate.start, candidate.end):
                self.by_token.setdefault(i, of_candidate[id(candidate)])
        self.genders: dict[int, str | None] = {}
        self.speakers: list[tuple[int, "Cluster"]] = []  # (token, person) of each reporting verb's subject
        self._quoted = _quoted_stretches(doc.text)

    def quoted(self, token: Token) -> bool:
        """Whether a token lies inside quotation marks."""
        position = bisect_right(self._quoted, (token.idx, float("inf"))) - 1
        return position >= 0 and self._quoted[position][0] <= token.idx < self._quoted[position][1]

    def antecedent(self, word: Token, candidate: "Candidate") -> bool:
        """Whether a mention may be the antecedent of ``word``: not from inside a quotation when
        the word itself stands outside one."""
        return self.quoted(word) or not self.quoted(self.doc[candidate.start])

    def add(self, candidate: "Candidate", cluster: "Cluster") -> None:
        """Record a mention linked during this pass (an antecedent for the pronouns after it)."""
        insort(self.mentions, candidate, key=lambda c: c.start)
        self.genders.pop(id(cluster), None)  # "he" says the person's gender
        for i in range(candidate.start, candidate.end):
            self.by_token.setdefault(i, cluster)

    # ---- what a cluster is -------------------------------------------------------------------

    def gender(self, cluster: "Cluster") -> str | None:
        """"m", "f" or None: from its pronouns, honorifics and gendered role words."""
        key = id(cluster)
        if key not in self.genders:
            found: set[str] = set()
            for member in cluster.members:
                words = [t.lower_ for t in self.doc[member.start:member.end]]
                if member.source == "name":
                    # The honorific before a name ("Mrs", "Mr."), not the name's own words.
                    words = [self.doc[member.start - 1].lower_] if member.start > 0 else []
                    words += [w.lower() for w in (member.title or "").split()]
                    # "Jane Doe, the victim's sister,": the noun the name is in apposition with.
                    root = self.doc[member.start:member.end].root
                    nouns = [c for c in root.children if c.dep_ == "appos"]
                    if root.dep_ == "appos":
                        nouns.append(root.head)
                    words += [t.lemma_.lower() for t in nouns]
                found.update(self.gender_words[w] for w in words if w in self.gender_words)
            self.genders[key] = next(iter(found)) if len(found) == 1 else None
        return self.genders[key]

    def agrees(self, pronoun: Token, cluster: "Cluster") -> bool:
        """Whether a pronoun can stand for the cluster (kind, gender, number)."""
        word = pronoun.lower_
        if word in PERSON_PRONOUNS:
            if cluster.kind != "person":
                return False
            gender = self.gender(cluster)
            return gender is None or gender == self.gender_words.get(word)
        if word in ("we", "our", "i"):
            return True
        if cluster.kind == "person":
            return False
        if word in ("it", "its"):  # "it" is one body, never a plural group ("the rebels")
            return not (cluster.kind == "group" and any(m.plural for m in cluster.members))
        return True

    # ---- the rules ---------------------------------------------------------------------------

    def reported_clause(self, pronoun: Token) -> "Cluster | None":
        """Rule 1: the subject of the reporting verb whose reported clause the pronoun opens."""
        if pronoun.dep_ not in _SUBJECT_DEPS:
            return None
        verb = _reporting_verb(pronoun.head, self.reporting)
        speaker = _subject(verb) if verb is not None else None
        if speaker is None:
            return None
        cluster = self.by_token.get(speaker.i) or self._noun_phrase_cluster(speaker)
        return cluster if cluster is not None and self.agrees(pronoun, cluster) else None

    def _noun_phrase_cluster(self, head: Token) -> "Cluster | None":
        for child in head.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod", "appos") and child.i in self.by_token:
                return self.by_token[child.i]
        return None

    def person(self, pronoun: Token) -> "Cluster | None":
        """Rule 2: a he/she to the last agreeing speaker, subject, or person before it."""
        doc = self.doc
        if self._speaks(pronoun):
            sentence_start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
            for position, cluster in reversed(self.speakers):
                if (position < pronoun.i and position >= sentence_start and self.agrees(pronoun, cluster)
                        and (self.quoted(pronoun) or not self.quoted(doc[position]))):
                    return cluster
        sentence = pronoun.sent
        window_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        before = [c for c in self.mentions if c.start < pronoun.i and self.antecedent(pronoun, c)
                  and self.agrees(pronoun, self.of_candidate[id(c)])]
        near = [c for c in before if c.start >= window_start]
        subjects = [c for c in near if doc[c.start:c.end].root.dep_ in _SUBJECT_DEPS]
        chosen = (subjects or near or before[-1:] or [None])[-1]
        cluster = self.of_candidate[id(chosen)] if chosen is not None else None
        if cluster is not None and self._speaks(pronoun) and not self.quoted(pronoun):
            return self._not_the_topic(pronoun, cluster)
        return cluster

    def _not_the_topic(self, pronoun: Token, chosen: "Cluster") -> "Cluster":
        """A speaking he/she whose quotation talks of a he/she: the person just named is whom the
        speaker talks about, not the speaker ('Dwyer warned that Burger needed a break. Burger
        has struggled. "I don't think he's played at that level," he said': Dwyer). Then the
        last other person of that gender named speaking in the five sentences before."""
        if not self._quotation_names_third_person(pronoun):
            return chosen
        start = pronoun.sent.start
        for _ in range(5):
            start = self.doc[start - 1].sent.start if start > 0 else 0
        for position, cluster in reversed(self.speakers):
            if (start <= position < pronoun.i and cluster is not chosen and self.agrees(pronoun, cluster)
                    and not self.quoted(self.doc[position])):
                return cluster
        return chosen

    def _quotation_names_third_person(self, pronoun: Token) -> bool:
        """Whether the quotation the pronoun's sentence attributes (in the sentence, or ending
        right before it) speaks of someone by the pronoun's own he/she words."""
        sentence = pronoun.sent
        low, high = sentence.start_char - 3, sentence.end_char
        words = _SAME_PERSON.get(pronoun.lower_, frozenset())
        for start, end in self._quoted:
            if end >= low and start < high and start < pronoun.idx:
                quoted = self.doc.text[start:end].lower()
                if any(re.search(rf"\b{w}\b", quoted) for w in words):
                    return True
        return False

    def body(self, word: Token) -> "Cluster | None":
        """Rule 3: "it said", "they said", "the statement said": the body named last, nearby."""
        if not self._speaks(word):
            return None
        return self.named_body(word, 2, word.i)

    def named_body(self, word: Token, sentences: int, before: int,
                   accept: Callable[["Cluster"], bool] | None = None) -> "Cluster | None":
        """The body named last before token ``before`` in the word's sentence or the
        ``sentences`` before it, that the word agrees with (and ``accept`` takes)."""
        start = word.sent.start
        for _ in range(sentences):
            start = self.doc[start - 1].sent.start if start > 0 else 0
        for candidate in reversed(self.mentions):
            if candidate.start >= before or candidate.start < start or not self.antecedent(word, candidate):
                continue
            cluster = self.of_candidate[id(candidate)]
            if cluster.kind == "country" and _placed(self.doc[candidate.start:candidate.end].root):
                continue  # "The Ministry confirmed outbreaks in Xinjiang. It said": a place, not a speaker
            if cluster.kind in ("organization", "country", "group") and self.agrees(word, cluster) \
                    and (accept is None or accept(cluster)):
                return cluster
        return None

    def statement_author(self, word: Token) -> "Cluster | None":
        """Rule 3, first: "the statement said" after "a statement from/by X" (or "X's statement")
        in this or the three previous sentences is X's."""
        if not self._speaks(word):
            return None
        start = word.sent.start
        for _ in range(3):
            start = self.doc[start - 1].sent.start if start > 0 else 0
        for token in reversed(self.doc[start:word.i]):
            if token.lemma_.lower() != word.lemma_.lower() or token.pos_ != "NOUN":
                continue
            if token.i in self.by_token:
                return self.by_token[token.i]  # the same statement, already linked ("the message said ... the message said")
            for author in _authors(token):
                cluster = self.by_token.get(author.i) or self._noun_phrase_cluster(author)
                if cluster is not None:
                    return cluster
        return None

    def relative(self, pronoun: Token) -> "Cluster | None":
        """Rule 4: a "who" clause the parse hangs on a place ("... to Pyongyang, who hailed") is
        about the last person named before it in the sentence ("Pompeo's")."""
        clause = pronoun.head
        if pronoun.dep_ not in _SUBJECT_DEPS or clause.dep_ != "relcl":
            return None
        noun = self.by_token.get(clause.head.i)
        if noun is None or noun.kind != "country":
            return None  # a person's or a body's own clause: the events stage reads it from the parse
        start = pronoun.sent.start
        for candidate in reversed(self.mentions):
            if start <= candidate.start < pronoun.i and self.of_candidate[id(candidate)].kind == "person":
                return self.of_candidate[id(candidate)]
        return None

    def described(self, head: Token, person_nouns: frozenset[str]) -> "Cluster | None":
        """Rule 5: the named person a speaking definite description ("said the Gloucester
        fly-half", "the 30-year-old added") is a second name for, or None."""
        if not self._speaks(head) or self.quoted(head):
            return None
        start = _chunk(head)[0]
        word = self._chunk_text(head)
        if not (word in person_nouns or _AGE.match(word) or any(_AGE.match(self._chunk_text(c)) for c in head.children)):
            return None  # "the 82-year-old politician": an age says a person the text knows
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None  # "a defender said": someone new
        named = [c for c in self.mentions if c.start < start and self.antecedent(head, c)
                 and self._named_person(self.of_candidate[id(c)], word)]
        titled = {id(self.of_candidate[id(c)]): self.of_candidate[id(c)] for c in named if self._titled(c, word)}
        if len(titled) == 1:
            return next(iter(titled.values()))  # "coach Ana Ruiz" ... "the coach said"
        if titled or self._used_before(word, self.doc[start].idx):
            return None  # the word described someone before: not a second name for the last named
        sentence = head.sent.start
        windows = []
        for _ in range(3):
            sentence = self.doc[sentence - 1].sent.start if sentence > 0 else 0
            windows.append(sentence)
        subjects = [c for c in named if c.start >= windows[1] and _is_subject(self.doc[c.start:c.end].root)]
        if subjects:
            return self.of_candidate[id(subjects[-1])]
        for position, cluster in reversed(self.speakers):
            if windows[2] <= position < start and self._named_person(cluster, word) and not self.quoted(self.doc[position]):
                return cluster
        return None

    def _chunk_text(self, token: Token) -> str:
        """The hyphenated word holding ``token``, lowercased ("fly-half")."""
        start, end = _chunk(token)
        return self.doc.text[self.doc[start].idx:self.doc[end - 1].idx + len(self.doc[end - 1])].lower()

    def _named_person(self, cluster: "Cluster", word: str) -> bool:
        """A person with a name who may bear the word (gender agrees: "the actress")."""
        if cluster.kind != "person" or not cluster.names:
            return False
        gender = self.gender_words.get(word)
        return gender is None or self.gender(cluster) in (None, gender)

    def _titled(self, candidate: "Candidate", word: str) -> bool:
        """Whether a name mention carries the word as its title: in the words right before it
        ("New Zealand coach Graham Henry") or in an apposition ("Ruiz, the coach,")."""
        if candidate.source != "name":
            return False
        doc = self.doc
        sentence = doc[candidate.start].sent.start
        words = [t.lower_ for t in reversed(doc[candidate.start:candidate.end])]  # "Coach Ana Ruiz"
        for i in range(candidate.start - 1, max(sentence, candidate.start - _TITLE_WINDOW) - 1, -1):
            if doc[i].is_punct and doc[i].text != "-" or doc[i].pos_ in ("VERB", "AUX"):
                break
            words.append(doc[i].lower_)
        root = doc[candidate.start:candidate.end].root
        for noun in [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
            words.extend(t.lower_ for t in noun.subtree)
        text = " ".join(reversed(words)).replace(" - ", "-")
        return re.search(rf"(^|[\s]){re.escape(word)}($|\s)", text) is not None

    def _used_before(self, word: str, char: int) -> bool:
        """Whether the word stands earlier in the text, outside quotation marks."""
        for found in re.finditer(rf"\b{re.escape(word)}\b", self.doc.text[:char], flags=re.IGNORECASE):
            position = bisect_right(self._quoted, (found.start(), float("inf"))) - 1
            if not (position >= 0 and self._quoted[position][0] <= found.start() < self._quoted[position][1]):
                return True
        return False

    def unnamed(self, cluster: "Cluster", token: Token) -> bool:
        """Whether a cluster is only descriptions of a person, the first of them at ``token``."""
        return (cluster.kind == "person" and not cluster.names and bool(cluster.members)
                and all(m.source == "description" for m in cluster.members)
                and min(m.start for m in cluster.members) >= token.left_edge.i)

    def merge(self, old: "Cluster", new: "Cluster", of_candidate: dict[int, "Cluster"]) -> None:
        """Move every mention of ``old`` to ``new`` (``old`` is left empty and dropped)."""
        for member in list(old.members):
            new.absorb(member)
            of_candidate[id(member)] = new
            for i in range(member.start, member.end):
                self.by_token[i] = new
        old.members.clear()
        self.genders.pop(id(new), None)

    def _speaks(self, token: Token) -> bool:
        """Whether the token is the subject of a reporting verb."""
        return token.dep_ in _SUBJECT_DEPS and token.head.lemma_.lower() in self.reporting

    def note_speaker(self, token: Token, cluster: "Cluster") -> None:
        """Remember a person who is the subject of a reporting verb (for rule 2)."""
        if cluster.kind == "person":
            self.speakers.append((token.i, cluster))


def bodies_named_before(doc: Doc, candidates: list["Candidate"], of_candidate: dict[int, "Cluster"],
                        words: list[tuple[Token, int, int, Callable[["Cluster"], bool]]]) -> list["Cluster | None"]:
    """For each (word, sentences, before, accept): rule 3's search for a word that does not speak
    ("its" in "X, its leader", "group" in "a member of the group")."""
    linker = _Linker(doc, candidates, of_candidate, {}, frozenset())
    return [linker.named_body(word, sentences, before, accept) for word, sentences, before, accept in words]


def link_pronouns(doc: Doc, candidates: list["Candidate"], of_candidate: dict[int, "Cluster"],
                  gender: Mapping[str, str], reporting: frozenset[str], documents: frozenset[str],
                  new_candidate: Callable[[int, int, str], "Candidate"], persons_only: bool = False,
                  person_nouns: frozenset[str] = frozenset()) -> None:
    """Link pronouns (and statement nouns that speak) to clusters; see the module docstring.

    ``resolve`` calls this twice: once with ``persons_only`` after grouping names (so that "his
    top diplomat" can take the country of the person "his" is), then for the rest once every
    participant is known. ``new_candidate(start, end, source)`` makes the mention record of a
    statement noun. ``person_nouns`` are the heads of descriptions rule 5 reads.
    """
    linker = _Linker(doc, candidates, of_candidate, gender, reporting)
    pronouns = {c.start: c for c in candidates if c.source == "pronoun" and id(c) not in of_candidate
                and (not persons_only or doc[c.start].lower_ in PERSON_PRONOUNS)}
    for token in doc:
        if linker._speaks(token) and token.i in linker.by_token:
            linker.note_speaker(token, linker.by_token[token.i])
        candidate = pronouns.get(token.i)
        cluster: "Cluster | None" = None
        if candidate is not None and token.lower_ in RELATIVE_PRONOUNS:
            cluster = linker.relative(token)
        elif candidate is not None:
            cluster = linker.reported_clause(token)
            if cluster is None and token.lower_ in PERSON_PRONOUNS:
                cluster = linker.person(token)
            elif cluster is None and token.lower_ != "i":
                cluster = linker.body(token)
        elif (not persons_only and token.lemma_.lower() in documents and token.pos_ == "NOUN" and token.i not in linker.by_token
              and any(c.lower_ in ("the", "this", "its", "their") for c in token.children)):
            cluster = linker.statement_author(token) or linker.body(token)
            if cluster is not None:
                candidate = new_candidate(token.i, token.i + 1, "document")
        elif not persons_only and person_nouns and linker._speaks(token):
            old = linker.by_token.get(token.i)
            if old is None or linker.unnamed(old, token):
                cluster = linker.described(token, person_nouns)
            if cluster is not None and old is not None:
                linker.merge(old, cluster, of_candidate)
                continue
            if cluster is not None:
                # An anaphoric mention, like a pronoun: it names no one and brings no clue.
                candidate = new_candidate(token.i, token.i + 1, "pronoun")
                candidate.kind = "person"
        if cluster is None or candidate is None:
            continue
        cluster.absorb(candidate)
        of_candidate[id(candidate)] = cluster
        linker.add(candidate, cluster)
        if linker._speaks(token):
            linker.note_speaker(token, cluster)

