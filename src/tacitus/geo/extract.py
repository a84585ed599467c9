"""Places of one article: toponyms resolved offline, and the location attached to an event trigger.

``extract_places(doc, resources)`` resolves spaCy GPE/LOC/FAC entities and descriptions such as
"the North Korean capital" to gazetteer entries. Countries stay countries (never their capitals);
among namesake cities the most populous wins unless the article names the country or US state of
another ("Alexandria" in a story that mentions Louisiana is the Louisiana town).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from ..model import Place
from ..nlp import doc_text
from ..temporal.extract import governing_head
from .gazetteer import gazetteer_mentions
from ..actors.countries import normalize_name
from .resources import Candidate, PlaceResources

__all__ = ["PlaceMention", "PlaceTable", "extract_places", "Context", "region_place"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_HINT_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Score weights for choosing among namesakes (log10 population is the base score).
_COUNTRY_HINT = 2.5
_STATE_HINT = 3.5
_ALTERNATE_NAME = -1.5
_CAPITAL = 1.0
_REGION_BASE = 6.0
_LARGE_CITY = 500_000
# spaCy's small model often labels town names ORG or PERSON ("Gainesville police", "in Alexandria").
_MISLABELLED = frozenset({"ORG", "PERSON"})
_MISLABEL_MIN_POPULATION = 20_000
_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "to", "outside", "inside", "of", "into", "across"})
# Roles in which a place that is not attached to the trigger can still be the sentence's location.
_LOCATIVE = frozenset({"pobj", "dobj", "appos", "conj"})
_PATH_RELATIONS = frozenset({"pobj", "prep", "dobj", "appos", "conj", "pcomp", "advmod", "agent", "npadvmod"})


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the article text: ``start``/``end`` are offsets into the article text."""

    text: str
    start: int
    end: int
    place: Place


@dataclass(frozen=True)
class Context:
    """What the article says about where it is: countries (ISO3) and US states (codes) it names."""

    countries: frozenset[str]
    states: frozenset[str]


class PlaceTable:
    """The resolved place mentions of one article, with the event-location lookup."""

    def __init__(self, mentions: Iterable[PlaceMention], roots: Iterable[Token | None] = (),
                 locative: Iterable[bool] = (), context: "Context | None" = None,
                 regions: Iterable[tuple[PlaceMention, Token]] = ()) -> None:
        """Keep the mentions (text order), the syntactic root token of each where known, whether
        each may be an event location (a demonym such as "Russian" may not), and the article's
        context (the countries and US states it names) that chose among namesakes. ``regions``:
        provinces and states outside the US the gazetteer has no point for ("in Helmand
        province"), with their root: an event's place, but not a geocoded toponym."""
        self.context: Context = context or Context(frozenset(), frozenset())
        self.regions: tuple[tuple[PlaceMention, Token], ...] = tuple(regions)
        self.mentions: tuple[PlaceMention, ...] = tuple(mentions)
        self._roots: tuple[Token | None, ...] = tuple(roots) or tuple(None for _ in self.mentions)
        self._locative: tuple[bool, ...] = tuple(locative) or tuple(True for _ in self.mentions)

    def __len__(self) -> int:
        """Number of mentions."""
        return len(self.mentions)

    def rooted_regions(self) -> tuple[tuple[PlaceMention, Token, bool], ...]:
        """The region mentions (provinces without a point), shaped like :meth:`rooted`."""
        return tuple((m, r, True) for m, r in self.regions)

    def rooted(self) -> tuple[tuple[PlaceMention, Token, bool], ...]:
        """The mentions whose syntactic root is known: (mention, root, may be an event location)."""
        return tuple((m, r, loc) for m, r, loc in zip(self.mentions, self._roots, self._locative) if r is not None)

    def for_trigger(self, trigger: Token) -> Place | None:
        """Return the place attached to the trigger's clause ("met Kim in Pyongyang", "visited
        Tokyo"), else the nearest locative place in the sentence, else None. A place that is a
        subject, possessor or modifier ("Washington said") is never the event location."""
        found = self.locate(trigger)
        return found[0] if found is not None else None

    def locate(self, trigger: Token) -> tuple[Place, str] | None:
        """Like :meth:`for_trigger`, also saying where the place came from: ``"clause"`` (attached
        to the trigger) or ``"sentence"`` (another locative phrase of the same sentence)."""
        attached: list[tuple[int, Place]] = []
        nearby: list[tuple[int, Place]] = []
        for mention, root, locative in zip(self.mentions, self._roots, self._locative):
            if not locative or root is None or root.sent != trigger.sent or not _locative_path(root):
                continue
            distance = abs(root.i - trigger.i)
            head = governing_head(root)
            if head is not None and head.i == trigger.i:
                attached.append((distance, mention.place))
            elif root.dep_ in _LOCATIVE:
                nearby.append((distance, mention.place))
        for group, origin in ((attached, "clause"), (nearby, "sentence")):
            if group:
                return min(group, key=lambda item: item[0])[1], origin
        return None


def _locative_path(root: Token) -> bool:
    """True when the place hangs off its clause as a location: every link from it up to the
    governing verb is a preposition, its object, a direct object, an apposition or a conjunct.
    "US Secretary of State Mike Pompeo met" and "Washington and Pyongyang have sparred" put the
    place inside a subject, which makes it an actor's attribute, not the event's location."""
    node = root
    for _ in range(12):
        if node.dep_ not in _PATH_RELATIONS:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT" or node.head.i == node.i:
            return True
    return False


def extract_places(doc: Doc, resources: PlaceResources) -> PlaceTable:
    """Resolve the article's toponyms, capital descriptions and country demonyms, in text order."""
    context = article_context(doc, resources)
    text = doc_text(doc)  # spaCy rebuilds Doc.text on every access: built once per Doc
    found: list[tuple[PlaceMention, Token | None, bool]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, place: Place, root: Token | None, locative: bool) -> None:
        found.append((PlaceMention(text[start:end], start, end, place), root, locative))
        taken.append((start, end))

    for start, end, root, place in _capital_descriptions(doc, resources):
        add(start, end, place, root, True)
    regions: list[tuple[PlaceMention, Token]] = []
    for ent in doc.ents:
        if any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        if ent.label_ in _PLACE_LABELS or (ent.label_ in _MISLABELLED and _plausible_mislabel(ent, resources)):
            start, end = ent.start_char, _abbreviation_end(text, ent.end_char)
            place = resolve(text[start:end], resources, context)
            if place is not None:
                add(start, end, place, ent.root, True)
            elif ent.label_ in ("GPE", "LOC"):
                region = region_place(text[start:end], resources)
                if region is not None:
                    regions.append((PlaceMention(text[start:end], start, end, region), ent.root))
        elif ent.label_ in _MISLABELLED and _named_division(ent):
            # "the southern island of Basilan" tagged as a person: the division noun says it is a place.
            region = region_place(text[ent.start_char:ent.end_char], resources)
            if region is not None:
                regions.append((PlaceMention(ent.text, ent.start_char, ent.end_char, region), ent.root))
        elif ent.label_ == "NORP":
            iso3 = resources.countries.by_demonym(ent.text)
            country = resources.country_places.get(iso3) if iso3 else None
            if country is not None:
                # A demonym names the country (geoparsing gold counts it) but never an event's location.
                add(ent.start_char, ent.end_char, country.place(), ent.root, False)
    for match in gazetteer_mentions(doc, resources, context, taken):
        found.append((PlaceMention(match.span.text, match.span.start_char, match.span.end_char, match.place),
                      match.span.root, match.locative))
    found.sort(key=lambda item: item[0].start)
    return PlaceTable([m for m, _, _ in found], [r for _, r, _ in found], [loc for _, _, loc in found], context,
                      regions)


# Words after a division's name that say what it is ("Helmand province", "the Kurdistan region").
_DIVISION_WORDS = (" province", " region", " state", " governorate", " prefecture")


def region_place(text: str, resources: PlaceResources) -> Place | None:
    """A province or state outside the US named by ``text`` ("Helmand", "Shanxi province"), as a
    place without a point (the gazetteer has none for them), or None."""
    name = text.strip().rstrip(".")  # a sentence's full stop, not an abbreviation's
    for word in _DIVISION_WORDS:
        if name.lower().endswith(word):
            name = name[: -len(word)].strip()
            break
    if name.lower().startswith("the "):
        name = name[4:]
    iso3 = resources.region_country(name) if name else None
    return Place(name=name, country=iso3, feature="region") if iso3 else None


def article_context(doc: Doc, resources: PlaceResources) -> Context:
    """Collect the countries and US states the article names (names, demonyms, abbreviations, and
    other countries' provinces and states: "British Columbia" sets a Canadian story).

    Names that are both a country and a US state ("Georgia") give no hint on their own; a bare
    state name counts when, without context, it resolves to the state ("Ohio", not "Washington").
    """
    countries: set[str] = set()
    states: set[str] = set()
    empty = Context(frozenset(), frozenset())
    text_of_doc = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ not in _HINT_LABELS and ent.label_ not in _MISLABELLED:
            continue
        text = text_of_doc[ent.start_char:_abbreviation_end(text_of_doc, ent.end_char)]
        abbreviated = resources.state_by_abbreviation(text)
        if abbreviated is not None and abbreviated.admin1:
            states.add(abbreviated.admin1)
            countries.add("USA")
            continue
        is_state = any(c.feature == "state" for c in resources.candidates(text))
        iso3 = resources.countries.lookup(text)
        if not iso3 and not is_state and ent.label_ in ("GPE", "LOC"):
            iso3 = resources.region_country(text)  # "British Columbia": a Canadian story
        if iso3 and not is_state:
            countries.add(iso3)
        elif is_state and ent.label_ in _HINT_LABELS:
            best = resolve(text, resources, empty)
            if best is not None and best.feature == "state":
                code = next(c.admin1 for c in resources.candidates(text) if c.feature == "state")
                if code:
                    states.add(code)
                    countries.add("USA")
    states |= _named_states(doc, resources)
    if states:
        countries.add("USA")
    return Context(frozenset(countries), frozenset(states))


def _named_states(doc: Doc, resources: PlaceResources) -> set[str]:
    """US states named anywhere in the text, inside organization names too ("the Ohio Department
    of Transportation" sets an Ohio story), but not as part of a person's name; names that are
    also countries ("Georgia") or mostly cities ("Washington") are left to the other hints."""
    found: set[str] = set()
    persons = {i for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for i in range(ent.start, ent.end)}
    # Word texts from the Doc array: a Token per word (``for token in doc``) cost more than the test.
    strings = doc.vocab.strings
    texts = [strings[key] for key in doc.to_array(ORTH).tolist()] if len(doc) else []
    for i, text in enumerate(texts):
        if not text[:1].isupper() or i in persons or not resources.may_start_state(text):
            continue
        for n in (3, 2, 1):
            words = doc[i:i + n].text
            state = next((c for c in resources.candidates(words) if c.feature == "state"), None)
            if state is None or not state.admin1 or resources.country(words) is not None:
                continue
            best = resolve(words, resources, Context(frozenset(), frozenset()))
            if best is not None and best.feature == "state":  # "Washington" alone is the city
                found.add(state.admin1)
                break
    return found


def resolve(text: str, resources: PlaceResources, context: Context) -> Place | None:
    """Return the place a toponym denotes in this article's context, or None when unknown.

    A country name is the country, unless the article is set in the US and a US state or town in a
    state it names has that name ("Georgia", "Lebanon, Pa."). Otherwise the best-scoring namesake
    wins: log population, plus bonuses when its country or US state is named in the article, minus
    a penalty for matches on alternate names only. When no namesake lies in a country the article
    names, the alternate names of that country's smaller towns are tried too ("Karak" in a Jordan
    story is the Jordanian town, not the Pakistani one).
    """
    abbreviated = resources.state_by_abbreviation(text)
    if abbreviated is not None:
        return abbreviated.place()
    country = resources.country(text)
    candidates = resources.candidates(text)
    local_names: tuple[Candidate, ...] = ()
    # A large city's name is not some small town's alternate: "Frankfurt" in a story that names
    # the US is still the German city, not a Kentucky town once called so.
    if context.countries and not any(c.country in context.countries or c.population >= _LARGE_CITY
                                     for c in candidates):
        local_names = resources.local_candidates(text, context.countries)
        candidates = candidates + local_names
    if country is not None:
        local = [c for c in candidates if c.country == "USA" and (c.feature == "state" or c.admin1 in context.states)]
        if local and "USA" in context.countries and country.country not in context.countries:
            return local[0].place()
        return country.place()
    if not candidates:
        return None
    best = max(candidates, key=lambda c: _score(c, resources, context))
    return _as_written(best.place(), text, local=best in local_names)


def _as_written(place: Place, text: str, local: bool) -> Place:
    """A town's place under the name the article gives it when that is the gazetteer's name
    without its accents ("Kandahar" for GeoNames' "Kandahār") or the local alternate name that
    found it ("Karak" for the Jordanian town GeoNames lists as "Qīr Moāv"); the point and id stay
    the gazetteer's. Other alternate names ("Rangoon") and capitals ("KARAK") keep its form."""
    written = text.strip().rstrip(".")  # "Phnom Penh." read as an abbreviation keeps no dot here
    if written.startswith("the "):  # "the White House"; "The Hague" keeps its article
        written = written[4:]
    if place.feature != "city" or written.isupper() or written == place.name:
        return place
    if local or normalize_name(written) == normalize_name(place.name):
        return dataclasses.replace(place, name=written)
    return place


def _score(candidate: Candidate, resources: PlaceResources, context: Context) -> float:
    """Plausibility of one namesake in the article's context."""
    if candidate.feature in ("state", "continent"):
        # Named outright, a state or continent weighs like a city of about a million people.
        score = _REGION_BASE
    else:
        score = math.log10(candidate.population + 10)
    if candidate.country and candidate.country in context.countries:
        score += _COUNTRY_HINT
    if candidate.admin1 and candidate.country == "USA" and candidate.admin1 in context.states:
        score += _STATE_HINT
    if not candidate.primary:
        score += _ALTERNATE_NAME
    capital = resources.capital(candidate.country or "")
    if capital is not None and capital.geonameid == candidate.geonameid:
        score += _CAPITAL
    return score


def _abbreviation_end(text: str, end: int) -> int:
    """Extend an entity over a following dot that belongs to it ("Kan" + "." -> "Kan.")."""
    if end < len(text) and text[end] == "." and text[end - 1:end].isalpha() and end >= 2:
        word_start = text.rfind(" ", 0, end) + 1
        if end - word_start <= 5:
            return end + 1
    return end


# Nouns that name what kind of division follows "of" ("the province of Basilan", "the island of
# Jolo"), or that follow its name ("Basilan province").
_DIVISION_NOUNS = frozenset({"province", "island", "region", "prefecture", "governorate"})


def _named_division(ent: Span) -> bool:
    """True when a division noun frames the entity: "the island of X", "X province"."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _DIVISION_NOUNS:
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.lower_ in _DIVISION_NOUNS


def _plausible_mislabel(ent: Span, resources: PlaceResources) -> bool:
    """True when a PERSON/ORG entity is really a place name: the whole entity names a country,
    a US state or a city of at least 20,000 people, and it is not a person's full name."""
    text = ent.text
    if len(ent) > 3 or resources.countries.lookup(text) and resources.country(text) is None:
        return False
    if resources.country(text) is not None or resources.state_by_abbreviation(text) is not None:
        return True
    candidates = resources.candidates(text)
    if any(c.feature == "state" for c in candidates):
        return True
    if ent.label_ == "PERSON" and not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE_PREPOSITIONS):
        return False
    return any(c.population >= _MISLABEL_MIN_POPULATION and c.primary for c in candidates)


def _capital_descriptions(doc: Doc, resources: PlaceResources) -> Iterable[tuple[int, int, Token, Place]]:
    """Yield (start, end, root, capital) for "the North Korean capital", "Turkey's capital" and
    "the capital of Turkey"."""
    strings = doc.vocab.strings
    lowers = [strings[key] for key in doc.to_array(LOWER).tolist()] if len(doc) else []
    for i, lower in enumerate(lowers):
        if lower != "capital":
            continue  # checked on the array before a Token is built: most articles have no "capital"
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        modifiers = [t for t in token.lefts if t.dep_ in ("amod", "compound", "poss", "nmod")]
        country_text = ""
        end_token = token
        if modifiers:
            first = min(t.left_edge.i for t in modifiers)
            country_text = doc[first:token.i].text
        else:
            of = next((t for t in token.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
            objects = [t for t in of.children if t.dep_ == "pobj"] if of is not None else []
            if objects:
                country_text = doc[objects[0].left_edge.i:objects[0].right_edge.i + 1].text
                end_token = objects[0].right_edge
        iso3 = resources.countries.lookup(country_text) if country_text else None
        if iso3 is None:
            continue
        capital = resources.capital(iso3)
        if capital is None:
            continue
        start_token = token.left_edge if modifiers else token
        if start_token.i > 0 and doc[start_token.i - 1].lower_ == "the" and start_token.lower_ != "the":
            start_token = doc[start_token.i - 1]
        yield start_token.idx, end_token.idx + len(end_token.text), token, capital.place()
