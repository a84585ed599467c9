"""What the words around a mention say about its actor: role, country, employer, possessor.

``describe`` reads a small window of tokens (a title before a name, "Washington's top diplomat",
"the US secretary of state") and returns a Description. It scans the window once, trying each
table by longest match, so its cost is proportional to the window, never to the article.
"""

from __future__ import annotations


import functools
from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from .countries import normalize_name
from .datafiles import read_table
from .organizations import NON_STATE_CODES, Organization
from .parties import is_party_name
from .resources import ActorResources
from .roles import Role

__all__ = ["Description", "describe", "describe_name", "words_of", "lemma_forms", "PRONOUNS", "is_possessive_marker",
           "is_stance_prefixed"]

# Employers whose country is not their staff's political allegiance: a reporter of Al Jazeera is
# not a Qatari actor, a Reuters reporter has no country at all.
_NON_STATE_EMPLOYERS = frozenset({"JRN", "BUS", "MED", "REL", "EDU", "LAB", "NGO"})
# Third-person personal pronouns resolved to people (see resolve.resolve_pronouns).
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_FORMER = frozenset({"former", "ex", "ex-", "exiled", "ousted", "deposed"})
_MAX_COUNTRY_WORDS = 5
# Modifiers that make a role the article's own country's, whatever its sector ("the state news agency",
# "local residents", "national airline"; "state-run" is tokenized "state", "-", "run").
_DOMESTIC = frozenset({"state", "local", "national", "official", "domestic"})
# Stance prefixes: "pro-Iranian", "anti-US", "anti-Western" name a position towards X, never X.
_STANCE_WORDS = frozenset({"pro", "anti", "non"})
_STANCE_HYPHENED = frozenset({"pro-", "anti-", "non-"})
_STANCE_PREFIXES = ("pro-", "anti-", "non-")


@dataclass(frozen=True)
class Description:
    """What a window of tokens says: the role (and its words), a country, who owns the role."""

    role: Role | None = None
    role_start: int | None = None  # token indices of the role phrase in the Doc
    role_end: int | None = None
    sector: str | None = None
    country: str | None = None
    organization: Organization | None = None
    possessor: Token | None = None  # "Moon's press secretary", "his top diplomat"
    former: bool = False
    country_text: str | None = None  # the words that named the country ("Turkish", "Canada's")
    # A name the role belongs to that no table knows ("PDI" in "PDI chairman Suryadi"): the
    # knowledge base may know it as a party (actors/knowledge.py).
    owner_text: str | None = None
    # "the state news agency", "local residents", "national police": the article's own country's.
    domestic: bool = False


def words_of(doc: Doc) -> list[str]:
    """Lowercase token texts of the Doc, the keys of every phrase index."""
    return [token.lower_ for token in doc]


def lemma_forms(doc: Doc):
    """Return a function giving the lowercase lemma of token ``i`` (for plural role nouns)."""

    # Memoized per word: phrase look-ups ask for the same word's forms many times, and each
    # doc[i] builds a new Token.
    known: dict[int, tuple[str, ...]] = {}

    def forms(i: int) -> tuple[str, ...]:
        found = known.get(i)
        if found is None:
            token = doc[i]
            lemma = token.lemma_.lower()
            found = (lemma,) if lemma and lemma != token.lower_ else ()
            text = token.text
            if not found and len(text) > 2 and text.endswith("s") and text[:-1].isupper():
                # The lemmatizer leaves plurals of initialisms alone ("MPs", "NGOs").
                found = (token.lower_[:-1],)
            known[i] = found
        return found

    return forms


def is_possessive_marker(token: Token) -> bool:
    """True for the "'s" / "'" token of a possessive."""
    return token.tag_ == "POS" or token.text in ("'s", "'")


class _Texts:
    """The token texts of a Doc as a sliceable sequence, without copying them all."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __getitem__(self, index: slice) -> list[str]:
        return [t.text for t in self.doc[index]]

    def __len__(self) -> int:
        return len(self.doc)


def _dictionary_country_at(doc: Doc, i: int, end: int, resources: ActorResources, words: Sequence[str],
                           date: str | None) -> tuple[int, str] | None:
    """A phrase of the user's dictionary naming a country or group (not a person) at token ``i``."""
    dictionary = resources.dictionary
    if not len(dictionary):
        return None
    found = dictionary.match_at(words, _Texts(doc), i)
    if found is None or i + found[0] > end or found[1].person:
        return None
    code = dictionary.code(found[1], date)
    if code is None or code.country is None:
        return None
    return found[0], code.country


def _country_at(doc: Doc, i: int, end: int, resources: ActorResources, words: Sequence[str] = (),
                date: str | None = None) -> tuple[int, str] | None:
    """Longest dictionary phrase, country name, demonym or (possessive) capital at token ``i``."""
    countries = resources.countries
    if not (doc[i].text[:1].isupper()) or is_stance_prefixed(doc, i):
        return None
    if words:
        # The user's dictionary wins: "Dagolath's minister" is Dagolath's even if unknown here.
        # The country table reads "The Kuwait" as Kuwait, so the dictionary must see past "The".
        skip = 1 if doc[i].lower_ == "the" and i + 1 < end else 0
        found = _dictionary_country_at(doc, i + skip, end, resources, words, date)
        if found is not None:
            return found[0] + skip, found[1]
    for n in range(min(_MAX_COUNTRY_WORDS, end - i), 0, -1):
        span = doc[i:i + n]
        if not span[-1].text[:1].isalpha():
            continue
        code = countries.lookup(span.text)
        if code is None and span.text[:1].isupper() and resources.regions:
            # "British Columbia Finance Minister": a division names its country (CAN), before a
            # shorter word inside it ("British") can.
            code = resources.regions.get(normalize_name(span.text))
        if code is None and _qualifies_a_group(span):
            # "African leaders", "Western diplomats": a region's adjective gives its CAMEO code.
            code = _region_code(span, resources)
        if code is None and i + n < len(doc) and is_possessive_marker(doc[i + n]):
            # "Washington's top diplomat": a capital as possessor stands for its country.
            code = countries.country_of_capital(span.text)
        if code is None and span[-1].ent_type_ == "GPE" and _modifies_later(span, end):
            # "Beijing ministers", "Moscow officials": a capital modifying the noun stands for its country.
            code = countries.country_of_capital(span.text)
        if code is not None:
            return n, code
    return None


def _region_code(span: Span, resources: ActorResources) -> str | None:
    """The CAMEO region code of a region's adjective before a group ("African" -> AFR); for a word
    that is also a people's ("Arab"), only before state agents ("Arab foreign ministers")."""
    code, states_only = resources.region_adjectives.get(normalize_name(span.text), (None, False))
    if code is None or not states_only:
        return code
    head = span[-1].head
    role = resources.roles.get(head.lemma_.lower()) or resources.roles.get(head.text.lower())
    return code if role is not None and role.sector in ("GOV", "MIL") else None


def _qualifies_a_group(span: Span) -> bool:
    """True for words before a plural common noun ("African" in "African leaders"): a region's
    adjective says whose they are. Not inside a name ("the African National Congress" is South
    Africa's) nor before one person's occupation ("chief Asian strategist" covers Asia)."""
    doc, head = span.doc, span[-1].head
    return (span.end >= len(doc) or not doc[span.end].text[:1].isupper()) and head.i > span[-1].i \
        and head.tag_ in ("NNS", "NNPS")


def _modifies_later(span: Span, end: int) -> bool:
    """True for a name that modifies a noun after it inside the window ("Beijing" in "Beijing ministers")."""
    last = span[-1]
    return last.dep_ in ("compound", "nmod", "npadvmod", "amod") and span.end <= last.head.i < end


def is_stance_prefixed(doc: Doc, i: int) -> bool:
    """True for a country word that names a stance, not its actor: "pro-Iranian", "anti-American"
    (a pro-Iranian group is not Iran). spaCy splits "pro", "-", "Iranian"; some texts glue it."""
    token = doc[i]
    if token.lower_.startswith(_STANCE_PREFIXES):
        return True
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return doc[i - 2].lower_ in _STANCE_WORDS
    return i >= 1 and doc[i - 1].lower_ in _STANCE_HYPHENED and not doc[i - 1].whitespace_


def describe(doc: Doc, start: int, end: int, resources: ActorResources, words: Sequence[str],
             skip: frozenset[int] = frozenset(), date: str | None = None) -> Description:
    """Read tokens ``[start, end)`` for a role, a country, an employer and a possessor.

    Tokens in ``skip`` (a person's own name) are ignored. The role is the rightmost role phrase
    (the head of an English noun phrase comes last); a generic role ("leader", "spokesman") takes
    the sector of another role or organization in the window ("rebel leader" is REB).
    """
    roles: list[tuple[int, int, Role]] = []
    country: str | None = None
    country_text: str | None = None
    organization: Organization | None = None
    possessor: Token | None = None
    former = False
    owner_start: int | None = None
    owner_end: int | None = None  # the run of unknown capitalised words before the role
    forms = lemma_forms(doc)
    i = start
    while i < end:
        if i in skip:
            i += 1
            continue
        token = doc[i]
        if token.lower_ in _FORMER:
            former = True
        found_org = resources.organizations.index.longest_at(words, i)
        if found_org and i + found_org[0] <= end and token.text[:1].isupper() and not is_stance_prefixed(doc, i):
            n, org = found_org
            organization = org
            # A UN agency's staff are the UN's ("WHO Director General X" is UNO): only a state's
            # employers are no clue to their staff's country.
            if org.country and (org.sector not in _NON_STATE_EMPLOYERS or org.country in NON_STATE_CODES) \
                    and country is None:
                country, country_text = org.country, doc[i:i + n].text
            i += n
            continue
        found_country = _country_at(doc, i, end, resources, words, date)
        if found_country:
            n, code = found_country
            if country is None:
                country, country_text = code, doc[i:i + n].text
            i += n
            continue
        found_role = resources.roles.index.longest_at(words, i, forms)
        if found_role and i + found_role[0] <= end:
            n, role = found_role
            last = doc[i + n - 1]
            if last.pos_ in ("NOUN", "PROPN") or n > 1 or (role.sector == "REB" and last.dep_ == "amod"):
                # "rebel soldiers": the tagger may read the noun "rebel" before another as an adjective
                roles.append((i, i + n, role))
                i += n
                continue
        party = _party_words(doc, i, end, resources, date) if not roles and owner_end in (None, i) else 0
        if party > 1:
            # A party's name of two words owns the role ("Lib Dem spokesman"); read past it.
            owner_start = i if owner_end is None else owner_start
            owner_end = i + party
            i += party
            continue
        if not roles and owner_end in (None, i) and (party or _owner_word(token)):
            # "PDI chairman"; a party's name or adjective anywhere ("Tory leader", "the Conservative chairman")
            owner_start = i if owner_end is None else owner_start
            owner_end = i + 1
        if token.lower_ in PRONOUNS and token.dep_ == "poss":
            possessor = token
        elif token.pos_ == "PROPN" and i + 1 < end and is_possessive_marker(doc[i + 1]):
            possessor = token
        i += 1
    if not roles:
        sector = organization.sector if organization else None
        return Description(sector=sector, country=country, organization=organization, possessor=possessor, former=former,
                           country_text=country_text)
    role_start, role_end, role = roles[-1]
    sector = role.sector
    if role.kind == "organization" and sector == "LAB" and doc[role_start].text[:1].isupper():
        # "the Islamic Courts Union" is no trade union: the name's other words say what the body is
        # (actors/orgwords.py: "Islamic" REL); a "Transport Workers Union" stays LAB.
        found = resources.org_words.sector_of(doc[start:end].text)
        sector = found[0] if found is not None else sector
    if country is None and role.country:  # a dictionary agent coded "NGO~"
        country, country_text = role.country, doc[role_start:role_end].text
    if country is None and organization is not None and organization.country and role.kind == "organization":
        # "the Associated Press news agency": the body itself, not its staff, is of its home country.
        country, country_text = organization.country, organization.name
    if role.generic:
        modifiers = [r.sector for _, _, r in roles[:-1] if r.sector != role.sector]
        body = _body_noun_sector(doc[role_start - 1]) if role_start > start else None
        if modifiers:
            sector = modifiers[-1]
        elif organization is not None and organization.sector:
            sector = organization.sector
        elif body is not None:
            sector = body  # "the bank chairman": the body the word before the title names
    if sector == "MIL" and any(r.sector == "REB" for _, _, r in roles[:-1]):
        sector = "REB"  # "rebel soldiers", "insurgent troops": soldiers of the armed opposition
    if former and sector in ("GOV", "MIL", "LEG"):
        sector = "ELI"  # PLOVER: former officials are elites
    owner_text = None
    if owner_start is not None and owner_end == role_start and role.kind == "person" and organization is None \
            and not former:  # "former Labour leader Michael Foot" is an elite (ELI), no longer the party's
        owner_text = doc[owner_start:owner_end].text  # "PDI chairman", "Likud leader"
    domestic = any(doc[k].lower_ in _DOMESTIC and doc[k].dep_ in ("amod", "compound", "npadvmod", "nmod")
                   or doc[k].lower_ in _DOMESTIC and role_start <= k < role_end  # "state television"
                   for k in range(start, role_end))
    return Description(role, role_start, role_end, sector, country, organization, possessor, former, country_text,
                       owner_text, domestic)


_NAME_WORDS = frozenset({"and", "of", "for", "the", "&"})  # lowercase words inside a body's name


def _inside_name(doc: Doc, after: int, end: int) -> bool:
    """True when the rest of a name follows a role word up to ``end``, opened by a capitalised word
    ("General Motors", "Daily Mail & General Trust"): the role word is part of the name, no title.
    "Farmers of Zambia" is the role and its country."""
    words = [t for t in doc[after:end] if t.is_alpha]
    return bool(words) and words[0].text[:1].isupper() and \
        all(t.text[:1].isupper() or t.lower_ in _NAME_WORDS for t in words)


def describe_name(doc: Doc, start: int, end: int, resources: ActorResources, words: Sequence[str],
                  date: str | None = None) -> Description:
    """``describe`` for an organization's name: a title word inside the name ("General Motors",
    "Daily Mail & General Trust") is part of it, no title, and is read past."""
    desc = describe(doc, start, end, resources, words, date=date)
    if desc.role is not None and desc.role.kind == "person" and _inside_name(doc, desc.role_end, end):
        desc = describe(doc, start, end, resources, words, skip=frozenset(range(desc.role_start, desc.role_end)),
                        date=date)
    return desc


@functools.lru_cache(maxsize=1)
def _body_nouns() -> dict[str, str]:
    """Nouns of bodies that no role row names, and their sectors (``data/body_nouns.tsv``)."""
    return {row["word"].strip().lower(): row["sector"].strip() for row in read_table("body_nouns.tsv", "body noun table")}


def _body_noun_sector(token: Token) -> str | None:
    """The sector of a lowercase body noun modifying a generic title ("bank" in "bank chairman"),
    read with its own modifier first ("central bank" is the state's, GOV)."""
    if token.dep_ not in ("compound", "nmod", "amod") or not token.text.islower():
        return None
    nouns = _body_nouns()
    for child in token.lefts:
        if child.dep_ in ("amod", "compound") and child.i == token.i - 1:
            found = nouns.get(f"{child.lower_} {token.lemma_.lower()}") or nouns.get(f"{child.lower_} {token.lower_}")
            if found:
                return found
    return nouns.get(token.lemma_.lower()) or nouns.get(token.lower_)


def _party_words(doc: Doc, i: int, end: int, resources: ActorResources, date: str | None) -> int:
    """How many words at ``i`` name a party or its alias ("Lib Dem", "Tory"); 0 when none do."""
    for n in (2, 1):
        # Words before the window's end only: the window's last words are its head ("Scottish National
        # Party"); and no role word inside ("Democratic Party leader" reads "party" as the role's body).
        if i + n < end and not any(resources.roles.get(doc[k].lower_) for k in range(i, i + n)) and \
                is_party_name(resources.officeholders, doc[i:i + n].text, date):
            return n
    return 0


def _owner_word(token: Token) -> bool:
    """A capitalised word that may name a body owning a role: a proper noun, or letters in capitals
    ("PDI", "Likud"), not the first word of a sentence unless it is in capitals."""
    text = token.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    if token.pos_ != "PROPN" and not (text.isupper() and len(text) >= 2):
        return False
    return not token.is_sent_start or text.isupper()
