"""Toponyms that spaCy's small model misses, found by matching capitalized words against the gazetteer.

The small English model leaves many place names untagged or buries them in organization names
("the Ohio Department of Transportation", "Gainesville Police", "Laurel County Sheriff's Office").
``gazetteer_mentions`` scans capitalized token sequences (longest first, up to four tokens) and
keeps those that name a country, a US state, a US county ("X County", "X Parish"), a continent or
a city, with guards that keep precision: the words must be proper nouns, not part of a person's
name or a date, and a lone city name must be a large city, or a town in a US state the article
names. Inside an organization name only regions (countries, states, counties) count anywhere; a
city counts only as the name's first words ("Gainesville Police").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.attrs import IDX, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc, Span, Token

from ..model import Place
from .resources import PlaceResources

__all__ = ["GazetteerMatch", "gazetteer_mentions", "county_place"]

_MAX_TOKENS = 4
# A lone city name outside any place entity needs this many people, unless the article names its
# US state (then any listed town counts) or its country.
_CITY_MIN_POPULATION = 100_000
_CITY_IN_CONTEXT_MIN_POPULATION = 1_000
_NON_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
_ORGANIZATION_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"})
_COUNTY_WORDS = frozenset({"county", "parish"})
# Words after which a one-word PERSON entity is a place ("a Gainesville restaurant", "in Alexandria").
_PLACE_CUES = frozenset({"a", "an", "the", "in", "of", "from", "near", "at", "to", "outside", "around", "across", "into"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "northeast", "northwest", "southeast", "southwest", "downtown", "greater", "metro"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "president", "officer", "judge", "coach",
                     "sgt", "lt", "capt", "det", "chief", "mayor", "deputy", "trooper", "rev", "father", "st"})
_DATELINE_FOLLOWERS = frozenset({",", "--", "—", "–", "(", "-"})


@dataclass(frozen=True)
class GazetteerMatch:
    """A toponym found by the gazetteer scan: token span, place, and whether it may be an event
    location (not when it sits inside an organization's or person's name)."""

    span: Span
    place: Place
    locative: bool


def county_place(name: str, resources: PlaceResources, states: frozenset[str]) -> Place | None:
    """Return the US county called ``name`` ("Laurel County"): the one in a state the article
    names, else the only county of that name; None when namesakes in several states leave it open."""
    candidates = resources.counties_named(name)
    if not candidates:
        return None
    local = [c for c in candidates if c.admin1 in states]
    if not local and len(candidates) > 1:
        return None  # "Madison County" is in twenty states: without a named state, not placeable
    best = max(local or candidates, key=lambda c: c.population)
    return Place(name=best.name, country="USA", lat=best.lat, lon=best.lon, geonameid=None, feature="county")


def gazetteer_mentions(doc: Doc, resources: PlaceResources, context: object,
                       taken: list[tuple[int, int]]) -> Iterator[GazetteerMatch]:
    """Yield toponyms among capitalized token sequences that do not overlap ``taken`` spans.

    ``context`` is the article's extract.Context (countries and US states it names).
    """
    from .extract import resolve  # extract imports this module: resolve lazily

    states: frozenset[str] = getattr(context, "states", frozenset())
    countries: frozenset[str] = getattr(context, "countries", frozenset())
    ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    # Read each word's attributes once into lists: building a spaCy Token per look-up
    # (doc[i] in a scan of every word, for every candidate length) dominated this stage.
    words = _WordTable(doc)
    name_like = words.name_like
    lower = words.lower
    size = len(name_like)
    i = 0
    while i < size:
        if not name_like[i] or _overlaps(words.idx[i], words.idx[i] + len(words.texts[i]), taken):
            i += 1
            continue
        found: GazetteerMatch | None = None
        for n in range(min(_MAX_TOKENS, size - i), 0, -1):
            if not all(name_like[i + k] or (0 < k < n - 1 and lower[i + k] == "of") for k in range(n)):
                continue
            if _overlaps(words.idx[i], words.idx[i + n - 1] + len(words.texts[i + n - 1]), taken):
                continue
            found = _match(doc[i:i + n], resources, states, countries, ent_of, resolve, context)
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        taken.append((found.span.start_char, found.span.end_char))
        yield found
        i = found.span.end


class _WordTable:
    """Per-word attributes of one Doc as plain lists (text, lowercase form, character offset and
    whether the word is name-like), read from the Doc arrays without a Token per word."""

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER, POS, SENT_START, IDX]).tolist() if len(doc) else []
        self.texts: list[str] = [strings[row[0]] for row in rows]
        self.lower: list[str] = [strings[row[1]] for row in rows]
        self.idx: list[int] = [row[4] for row in rows]
        # SENT_START is 1 for a sentence start (Token.is_sent_start True), else -1 or 0 (False/None).
        self.name_like: list[bool] = [_name_like_word(text, strings[row[2]], row[3] == 1)
                                      for text, row in zip(self.texts, rows)]


def _match(span: Span, resources: PlaceResources, states: frozenset[str], countries: frozenset[str],
           ent_of: dict, resolve: object, context: object) -> GazetteerMatch | None:
    """Return the gazetteer match for one candidate span, or None when a guard rejects it."""
    ents = {ent_of.get(t.i) for t in span}
    if any(e is not None and e.label_ in _NON_NAME_LABELS for e in ents):
        return None
    ent = ent_of.get(span[0].i)
    label = ent.label_ if ent is not None else ""
    inside_name = label in _ORGANIZATION_LABELS or label == "PERSON"
    text = span.text
    if span[-1].lower_ in _COUNTY_WORDS and len(span) >= 2:
        place = county_place(text, resources, states)
        return GazetteerMatch(span, place, not inside_name) if place is not None else None
    if label == "PERSON" and len(ent) > 1:
        return None  # part of a person's name ("Andrew Jackson", "Paris Hilton")
    region = resources.country(text) is not None or any(
        c.feature in ("state", "continent") for c in resources.candidates(text))
    place = resolve(text, resources, context)  # type: ignore[operator]
    if place is None:
        return None
    if region and not (label == "PERSON" and not _after_place_cue(span)):
        return GazetteerMatch(span, place, not inside_name)
    if place.feature != "city":
        return None
    population = max((c.population for c in resources.candidates(text) if c.geonameid == place.geonameid), default=0)
    in_context = place.country in countries and (place.country != "USA" or _state_of(place, resources) in states)
    needed = _CITY_IN_CONTEXT_MIN_POPULATION if in_context else _CITY_MIN_POPULATION
    if population < needed:
        return None
    if label == "PERSON" and not _after_place_cue(span):
        return None
    if len(span) == 1 and (span[0].pos_ != "PROPN" or len(text) < 3 or _titled_name(span)
                           or span[0].lower_ in resources.common_words
                           or (ent is None and not _isolated(span, resources.common_words))):
        return None  # "Police", "Day", "D" are words, "Sen. Walker" a person, "Police Chief" a title
    if not any(c.primary for c in resources.candidates(text) if c.geonameid == place.geonameid) and not in_context:
        return None  # matched only on an alternate spelling
    if label in _ORGANIZATION_LABELS and (not _starts_entity(span, ent) or span.end >= ent.end):
        return None  # "the Paris Public Library" yes, "Friends of Lincoln Park" and "Hamas" no
    if span[0].is_upper and len(span[0].text) > 1 and not _dateline(span):
        return None  # headline capitals ("NICE WORK") are not names, datelines ("COLUMBUS, Ohio") are
    return GazetteerMatch(span, place, not inside_name)


def _state_of(place: Place, resources: PlaceResources) -> str | None:
    """Return the US state code of a city place, or None."""
    for candidate in resources.candidates(place.name):
        if candidate.geonameid == place.geonameid:
            return candidate.admin1
    return None


def _name_like(token: Token) -> bool:
    """True for a capitalized proper-noun-like word ("Gainesville", "COLUMBUS", "St.")."""
    return _name_like_word(token.text, token.pos_, bool(token.is_sent_start))


def _name_like_word(word: str, pos: str, sent_start: bool) -> bool:
    """``_name_like`` on a word's text, coarse part of speech and sentence-start flag."""
    if not word[:1].isupper() or not any(ch.isalpha() for ch in word):
        return False
    if sent_start and pos != "PROPN" and not word.isupper():
        return False  # a capitalized common word opening a sentence
    return pos in ("PROPN", "NOUN", "ADJ", "VERB") or word.isupper()


def _titled_name(span: Span) -> bool:
    """True when a title precedes the word ("Sen. Walker", "Mrs. Taylor") or a speech verb follows
    it ("Moore said"): then it is a person's name."""
    doc = span.doc
    before = doc[span.start - 1].text.lower().rstrip(".") if span.start > 0 else ""
    after = doc[span.end].lemma_.lower() if span.end < len(doc) else ""
    return before in _TITLES or after in ("say", "tell", "add")


def _isolated(span: Span, common_words: frozenset[str]) -> bool:
    """True when no capitalized name touches the span: a lone name, not a piece of a longer one
    ("Officer Robert Canto", "Police Chief"). Common words after it ("Alexandria Police") and
    compass words before it ("East Gainesville") do not count as names."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text[:1].isupper() and not span[0].is_sent_start \
            and before.lower_ not in _COMPASS:
        return False
    return not (after is not None and after.text[:1].isupper() and after.lower_ not in common_words)


def _after_place_cue(span: Span) -> bool:
    """True when the word before the span is an article or a locative preposition."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _PLACE_CUES


def _starts_entity(span: Span, ent: Span | None) -> bool:
    """True when the span opens the entity, after "the" or a compass word ("the Ohio Turnpike")."""
    if ent is None:
        return True
    start = ent.start
    while start < span.start and (ent.doc[start].lower_ == "the" or ent.doc[start].lower_ in _COMPASS):
        start += 1
    return start == span.start


def _dateline(span: Span) -> bool:
    """True when an upper-case name opens a line or sentence and is followed by a comma or dash."""
    doc = span.doc
    opens = span.start == 0 or span[0].is_sent_start or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
    follower = doc[span.end].text if span.end < len(doc) else ""
    return opens and follower in _DATELINE_FOLLOWERS


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps any taken span."""
    return any(start < e and s < end for s, e in taken)
