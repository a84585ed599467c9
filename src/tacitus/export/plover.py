"""PLOVER / POLECAT export: one JSON record per event, one record per line (JSON Lines).

Field names follow the PLOVER manual's JSON tables (openeventdata/PLOVER, PLOVER_MANUAL.tex);
the full key list and the required flags are in export/data/plover_fields.tsv. Every record has
every key (null or [] when we have nothing), in this order:

PLOVER record fields
- ``id`` (required): our event id.
- ``date`` (required), ``enddate``: YYYY-MM-DD. A day-precise event has ``enddate`` null; a
  month, quarter, ISO week or year becomes the range it names (2018-06 -> 2018-06-01..2018-06-30);
  an undated or vaguer event ("summer") has both null and keeps its value in ``date_value``.
- ``actor`` (required), ``recipient``: lists of entity objects (empty when unknown), each
  ``{code, country, sector, entity_text, identifier_id, office, name, actor_id, cameo_code}``:
  ``code`` is the manual's 3-character top-level code (our country, ISO3 or a PLOVER non-state
  code), ``country`` the same value under POLECAT's name, ``entity_text`` the words of the
  article that name the actor (the mention nearest the event's trigger: "Kim", "the North
  Korean leader"), ``identifier_id`` the Wikidata id, ``office`` the title, and ``name`` (the
  fullest name the article uses), ``actor_id`` / ``cameo_code`` our extras.
- ``event`` (required): ``[event_type]``; ``mode``: ``[mode]`` or []; ``context``: the manual's
  auxiliary modes that apply: ``historical`` (the event's date ends well before publication,
  tacitus.dates), ``negation``, ``hypothetical``, ``future`` (intended or planned); else [].
- ``event_loc``: ``{extracted_place, resolved_place, geonameid, lat, lon, city, province,
  country, country_code, feature_class, resolution}`` (the manual's location object; city for a
  city, province for a state or province, country the country's English name; resolution 1
  country, 2 province, 3 district, 4 city) or null.
- ``event_text``: ``[evidence sentence]``; ``quad_code``: 1-4 from the manual's "Quad categories
  in PLOVER" table by event type (export/data/plover_quads.tsv: SANCTION is 3, PROTEST 4);
  ``event_scale``: null (PLOVER's own scale is not computed: our Goldstein score is in
  ``goldstein``).
- ``text_info``: ``{sequence, start, end, trigger_start, trigger_end}``: the 0-based sentence
  index and the character offsets of the evidence sentence and of the trigger in the article's
  clean text (Article ``text``); ``cite_info``: ``{url, title, language, publication, coder,
  codebook}``; ``coder``: "tacitus <version>".

POLECAT story fields: ``story_id`` (our article id), ``publication_date``.

Tacitus extras: ``cameo``, ``goldstein``, ``modality``, ``historical``, ``confidence``, ``date_value`` (our ISO
value as coded), ``date_text``, ``trigger``, ``quote_ids`` (quotations linked to the event),
``cluster_id`` (null without the clusters tables), ``why``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .columns import plover_quads
from .fields import Written, date_range, mention_text
from .gdelt import CountryCodes

__all__ = ["plover_record", "write_plover", "CODEBOOK", "undated_warning"]

CODEBOOK = "plover (CAMEO crosswalk, openeventdata/PLOVER 2021)"

_FEATURE_CLASS = {"country": "A", "state": "A", "county": "A", "city": "P", "continent": "L"}
_RESOLUTION = {"country": 1, "state": 2, "county": 3, "city": 4}
# Our modality -> the manual's auxiliary mode (context); asserted and cancelled have none.
_AUXILIARY = {"negated": "negation", "hypothetical": "hypothetical", "intended": "future", "planned": "future"}


def _entity(row: dict[str, Any], side: str) -> list[dict[str, Any]]:
    """The PLOVER entity list for the event's source ('source') or target ('target'); empty when
    unknown, the unidentified doer of a passive included (no words of the article name it)."""
    if row.get(f"{side}_actor_id") in (None, "unidentified"):
        return []
    return [{
        "code": row.get(f"{side}_country"),
        "country": row.get(f"{side}_country"),
        "sector": row.get(f"{side}_sector"),
        "entity_text": mention_text(row.get(f"{side}_mentions"), row.get("trigger_start")) or row.get(f"{side}_name"),
        "identifier_id": row.get(f"{side}_wikidata"),
        "office": row.get(f"{side}_title"),
        "name": row.get(f"{side}_name"),
        "actor_id": row.get(f"{side}_actor_id"),
        "cameo_code": row.get(f"{side}_code"),
    }]


def _location(row: dict[str, Any], countries: CountryCodes) -> dict[str, Any] | None:
    """The manual's location object for the event location, or None."""
    if row.get("location_name") is None:
        return None
    feature = row.get("location_feature")
    name = row["location_name"]
    return {
        "extracted_place": name,
        "resolved_place": name,
        "geonameid": row.get("location_geonameid"),
        "lat": row.get("location_lat"),
        "lon": row.get("location_lon"),
        "city": name if feature == "city" else None,
        "province": name if feature == "state" else None,
        "country": countries.name(row.get("location_country")) or (name if feature == "country" else None),
        "country_code": row.get("location_country"),
        "feature_class": _FEATURE_CLASS.get(feature or ""),
        "resolution": _RESOLUTION.get(feature or ""),
    }


def _context(row: dict[str, Any]) -> list[str]:
    """The manual's auxiliary modes for the event: historical, and its modality's mode."""
    context = ["historical"] if row.get("historical") else []
    auxiliary = _AUXILIARY.get(row.get("modality") or "")
    return context + ([auxiliary] if auxiliary else [])


def _text_info(row: dict[str, Any]) -> dict[str, Any]:
    """Sentence index and character offsets of the evidence and the trigger in the article text."""
    start = row.get("evidence_start")
    evidence = row.get("evidence") or ""
    return {"sequence": row.get("sentence"), "start": start,
            "end": None if start is None else start + len(evidence),
            "trigger_start": row.get("trigger_start"), "trigger_end": row.get("trigger_end")}


def plover_record(row: dict[str, Any], coder: str, countries: CountryCodes | None = None) -> dict[str, Any]:
    """The PLOVER/POLECAT record (every key of plover_fields.tsv) for one joined event row."""
    countries = countries or CountryCodes()
    start, end = date_range(row.get("date"))
    return {
        "id": row["id"],
        "date": start,
        "enddate": end,
        "actor": _entity(row, "source"),
        "recipient": _entity(row, "target"),
        "event": [row["event_type"]],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": _context(row),
        "event_loc": _location(row, countries),
        "event_text": [row.get("evidence")] if row.get("evidence") else [],
        "quad_code": plover_quads().get(row.get("event_type") or "", row.get("quad_class")),
        "event_scale": None,
        "text_info": _text_info(row),
        "cite_info": {"url": row.get("article_url"), "title": row.get("article_title"),
                      "language": row.get("article_language"), "publication": row.get("article_source"),
                      "coder": coder, "codebook": CODEBOOK},
        "coder": coder,
        "story_id": row.get("article_id"),
        "publication_date": row.get("article_published"),
        "cameo": row.get("cameo"),
        "goldstein": row.get("goldstein"),
        "modality": row.get("modality"),
        "historical": bool(row.get("historical")),
        "confidence": row.get("confidence"),
        "date_value": row.get("date"),
        "date_text": row.get("date_text"),
        "trigger": row.get("trigger"),
        "quote_ids": list(row.get("quote_ids") or []),
        "cluster_id": row.get("cluster_id"),
        "why": row.get("why"),
    }


def undated_warning(undated: int, total: int, undated_articles: int) -> str | None:
    """The warning for events whose PLOVER ``date`` is null (None when every event has a date)."""
    if not undated:
        return None
    message = f"{undated} of {total} events have no date (PLOVER date is null)"
    if undated_articles:
        message += (f"; {undated_articles} of them come from articles without a publication date, so relative "
                    "dates (\"on Sunday\") could not be resolved: give the corpus a published column or run "
                    "with --published YYYY-MM-DD")
    return message


def write_plover(rows: Iterable[dict[str, Any]], path: Path, *, coder: str) -> Written:
    """Write one PLOVER JSON record per line to ``path``; return the count and a warning for
    undated events (the manual requires ``date``; an undated corpus should not pass silently)."""
    count = undated = undated_articles = 0
    countries = CountryCodes()
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            record = plover_record(row, coder, countries)
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
            count += 1
            if record["date"] is None:
                undated += 1
                undated_articles += not row.get("article_published")
    warning = undated_warning(undated, count, undated_articles)
    return Written(count, (warning,) if warning else ())
