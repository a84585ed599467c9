"""The gazetteer scan (toponyms spaCy misses), US counties, common words and dateline places."""

from __future__ import annotations

import pytest

from tacitus.geo import PlaceResources, dateline_place, extract_places
from tacitus.geo.resources import load_common_words, load_counties
from tacitus.nlp import make_doc_text


def test_county_table_rows_are_well_formed() -> None:
    """Every county has a US state code and a point inside the United States' bounding box."""
    counties = load_counties()
    assert len(counties) > 1500
    for namesakes in counties.values():
        for county in namesakes:
            assert county.admin1 and len(county.admin1) == 2
            assert 17 < (county.lat or 0) < 72 and -180 < (county.lon or 0) < -64
    assert {c.admin1 for c in counties["laurel county"]} >= {"KY"}


def test_common_words_are_lower_case_words() -> None:
    """The common-word list is one lower-case word a line, and holds the words it exists for."""
    words = load_common_words()
    assert {"police", "university", "god"} <= words
    assert all(w == w.lower() and " " not in w for w in words)


@pytest.mark.parametrize(
    "dateline, name, country",
    [
        ("SEOUL (Reuters)", "Seoul", "KOR"),
        ("KUALA LUMPUR, April 1 , 1997 (AFP)", "Kuala Lumpur", "MYS"),
        ("LEBANON, Pa. (AP)", "Lebanon", "USA"),  # the state picks the namesake, not the country
        ("BEIRUT, Lebanon --", "Beirut", "LBN"),
    ],
)
def test_dateline_place(place_resources: PlaceResources, dateline: str, name: str, country: str) -> None:
    """The dateline's city resolves, with a state or country after the comma choosing namesakes."""
    place = dateline_place(dateline, place_resources)
    assert place is not None and place.name == name and place.country == country


@pytest.mark.parametrize("dateline", [None, "", "   ", "(AP)", "By a staff writer"])
def test_dateline_without_a_place(place_resources: PlaceResources, dateline: str | None) -> None:
    """No dateline, an agency alone or a byline gives no place."""
    assert dateline_place(dateline, place_resources) is None


@pytest.mark.slow
def test_scan_finds_places_inside_organization_names_and_counties(nlp, place_resources: PlaceResources) -> None:
    """States inside agency names, "X County" and towns of a named state are found; common words,
    titles and people's names are not."""
    text = ("The Kentucky Transportation Cabinet closed a road in Laurel County on Tuesday. "
            "Police Chief Tom Harlan said the Corbin Police would patrol the area. "
            "Officer Jane Ross thanked God and the University for their help.")
    doc = nlp(make_doc_text(text))
    found = {m.text: m.place for m in extract_places(doc, place_resources).mentions}
    assert "Kentucky" in found and found["Kentucky"].feature == "state"
    assert "Laurel County" in found and found["Laurel County"].feature == "county"
    assert found["Laurel County"].lat is not None and 36 < found["Laurel County"].lat < 38
    assert "Corbin" in found and found["Corbin"].country == "USA"
    for word in ("Police", "Officer", "God", "University", "Tom", "Harlan", "Ross"):
        assert word not in found
