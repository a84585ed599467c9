"""Scoring toponyms against geoparsing gold (format ``geoxml``: LGL-style and GeoWebNews XML).

LGL (``lgl.xml``): ``<toponym>`` with ``start``, ``end``, ``phrase`` and a ``gaztag`` holding the
GeoNames id, feature code, lat/lon and country name. GeoWebNews (``GWN.xml``): ``<toponym>`` with
``extractedName``, ``start``, ``end``, ``geonamesID``, ``latitude``, ``longitude``; those marked
``nonLocational`` Yes (demonyms, "citizens") are not places and are left out.

- ``detection``: P/R/F1 over spans (overlap, one-to-one, largest overlap first).
- ``acc161``: among matched toponyms with a gold location, the share resolved to the gold
  GeoNames id, or to a point within 161 km (100 miles) of the gold point, or, when the gold
  toponym is a country, to a place of the same country.
- ``mean_km``: the mean distance between gold and system points over matched toponyms where both
  have coordinates.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import pycountry

from ..errors import InputError
from .scoring import Counts, align_span, greedy_match, haversine_km, mean, overlap, ratio
from .system import GoldText, annotate, prepare

__all__ = ["GoldToponym", "GeoDoc", "read", "score", "run", "resolved_correctly", "ACC_KM"]

ACC_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    """A gold toponym: span, text and, when annotated, its GeoNames id, point and country."""

    start: int
    end: int
    text: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO3, only set when the toponym names a country

    @property
    def located(self) -> bool:
        """True when the gold says where the toponym is."""
        return self.geonameid is not None or (self.lat is not None and self.lon is not None)


@dataclass(frozen=True)
class GeoDoc:
    """A gold article: id, text, toponyms."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(value: str | None) -> float | None:
    """Parse a float, None for empty or malformed values."""
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    """Parse an int, None for empty or malformed values."""
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _iso3(country_name: str | None) -> str | None:
    """Return the ISO3 code of a country name as written in LGL, or None."""
    if not country_name:
        return None
    try:
        return pycountry.countries.lookup(country_name.strip()).alpha_3
    except LookupError:
        return None


def _toponym(node: ET.Element, text: str) -> GoldToponym | None:
    """Read one ``<toponym>`` of either dialect, its span aligned to its text."""
    if (node.findtext("nonLocational") or "").strip().lower() == "yes":
        return None
    phrase = node.findtext("phrase") or node.findtext("extractedName") or ""
    start, end = _int(node.findtext("start")), _int(node.findtext("end"))
    if start is None or end is None:
        return None
    span = align_span(text, start, end, phrase)
    if span is None:
        return None
    gaz = node.find("gaztag")
    if gaz is not None:
        fcode = gaz.findtext("fcode") or ""
        country = _iso3(gaz.findtext("country")) if fcode.startswith("PCL") else None
        return GoldToponym(span[0], span[1], phrase, _int(gaz.get("geonameid")), _float(gaz.findtext("lat")), _float(gaz.findtext("lon")), country)
    return GoldToponym(span[0], span[1], phrase, _int(node.findtext("geonamesID")), _float(node.findtext("latitude")), _float(node.findtext("longitude")))


def read(path: Path, limit: int | None = None) -> list[GeoDoc]:
    """Read the articles of an LGL-style or GeoWebNews XML file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"{path}: not well-formed XML ({exc}); expected LGL-style <articles>") from exc
    docs: list[GeoDoc] = []
    for number, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        toponyms = [t for t in (_toponym(node, text) for node in article.iter("toponym")) if t is not None]
        docs.append(GeoDoc(article.get("docid") or article.get("file") or str(number), text, tuple(toponyms)))
        if limit is not None and len(docs) >= limit:
            break
    if not docs:
        raise InputError(f"{path}: no <article> elements; expected LGL-style geoparsing XML")
    return docs


def resolved_correctly(gold: GoldToponym, place: Any) -> tuple[bool, float | None]:
    """Return (correct, distance in km or None) for a system Place against a gold toponym."""
    if place is None:
        return False, None
    distance = None
    if gold.lat is not None and gold.lon is not None and place.lat is not None and place.lon is not None:
        distance = haversine_km(gold.lat, gold.lon, float(place.lat), float(place.lon))
    if gold.geonameid is not None and place.geonameid is not None and int(place.geonameid) == gold.geonameid:
        return True, distance
    if distance is not None and distance <= ACC_KM:
        return True, distance
    if gold.country is not None and place.country == gold.country:
        return True, distance
    return False, distance


def score(docs: Sequence[GeoDoc], outputs: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """Score system place mentions (objects with start, end, place) against the gold toponyms."""
    detection = Counts()
    correct = located = 0
    distances: list[float] = []
    for doc, mentions in zip(docs, outputs, strict=True):
        pairs = greedy_match(doc.toponyms, mentions, lambda g, s: overlap(g.start, g.end, s.start, s.end))
        detection.add(tp=len(pairs), fp=len(mentions) - len(pairs), fn=len(doc.toponyms) - len(pairs))
        for gi, si in pairs:
            gold = doc.toponyms[gi]
            if not gold.located:
                continue
            located += 1
            ok, distance = resolved_correctly(gold, mentions[si].place)
            correct += int(ok)
            if distance is not None:
                distances.append(distance)
    return {
        "items": len(docs),
        "gold_toponyms": sum(len(d.toponyms) for d in docs),
        "detection": detection.scores(),
        "acc161": ratio(correct, located),
        "resolved_scored": located,
        "mean_km": round(mean(distances), 1),
    }


def run(path: Path, coder: Any, limit: int | None = None) -> dict[str, Any]:
    """Run the coder over the gold articles and score the places it found."""
    docs = read(path, limit)
    prepared = list(prepare(GoldText(key=d.id, text=d.text) for d in docs))
    outputs = [list(annotation.places.mentions) for annotation in annotate(coder, prepared)]
    mapped = [
        doc if p.offsets.identity else GeoDoc(doc.id, p.article.text, tuple(
            GoldToponym(*p.offsets.to_derived(t.start, t.end), t.text, t.geonameid, t.lat, t.lon, t.country) for t in doc.toponyms
        ))
        for doc, p in zip(docs, prepared)
    ]
    return score(mapped, outputs)
