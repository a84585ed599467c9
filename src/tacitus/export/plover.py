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
  ``{code, country, sector, entity_text, identifier_id, office, actor_id, cameo_code}``: ``code``
  is the manual's 3-character top-level code (our country, ISO3 or a PLOVER non-state code),
  ``country`` the same value under POLECAT's name, ``identifier_id`` the Wikidata id, ``office``
  the title, and ``actor_id`` / ``cameo_code`` our extras.
- ``event`` (required): ``[event_type]``; ``mode``: ``[mode]`` or []; ``context``: [] (not coded).
- ``event_loc``: ``{extracted_place, resolved_place, geonameid, lat, lon, country_code,
  feature_class, resolution}`` (the manual's location object; resolution 1 country, 2 province,
  3 district, 4 city) or null.
- ``event_text``: ``[evidence sentence]``; ``quad_code``: 1-4; ``event_scale``: null (PLOVER's own
  scale is not computed: our Goldstein score is in ``goldstein``).
- ``text_info``: ``{sequence}`` (0-based sentence index); ``cite_info``: ``{url, title, language,
  publication, coder, codebook}``; ``coder``: "tacitus <version>".

POLECAT story fields: ``story_id`` (our article id), ``publication_date``.

Tacitus extras: ``cameo``, ``goldstein``, ``modality``, ``confidence``, ``date_value`` (our ISO
value as coded), ``date_text``, ``trigger``, ``quote_ids`` (quotations linked to the event),
``cluster_id`` (null without the clusters tables), ``why``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .fields import date_range

__all__ = ["plover_record", "write_plover", "CODEBOOK"]

CODEBOOK = "plover (CAMEO crosswalk, openeventdata/PLOVER 2021)"

_FEATURE_CLASS = {"country": "A", "state": "A", "county": "A", "city": "P", "continent": "L"}
_RESOLUTION = {"country": 1, "state": 2, "county": 3, "city": 4}


def _entity(row: dict[str, Any], side: str) -> list[dict[str, Any]]:
    """The PLOVER entity list for the event's source ('source') or target ('target')."""
    if row.get(f"{side}_actor_id") is None:
        return []
    return [{
        "code": row.get(f"{side}_country"),
        "country": row.get(f"{side}_country"),
        "sector": row.get(f"{side}_sector"),
        "entity_text": row.get(f"{side}_name"),
        "identifier_id": row.get(f"{side}_wikidata"),
        "office": row.get(f"{side}_title"),
        "actor_id": row.get(f"{side}_actor_id"),
        "cameo_code": row.get(f"{side}_code"),
    }]


def _location(row: dict[str, Any]) -> dict[str, Any] | None:
    """The manual's location object for the event location, or None."""
    if row.get("location_name") is None:
        return None
    feature = row.get("location_feature")
    return {
        "extracted_place": row["location_name"],
        "resolved_place": row["location_name"],
        "geonameid": row.get("location_geonameid"),
        "lat": row.get("location_lat"),
        "lon": row.get("location_lon"),
        "country_code": row.get("location_country"),
        "feature_class": _FEATURE_CLASS.get(feature or ""),
        "resolution": _RESOLUTION.get(feature or ""),
    }


def plover_record(row: dict[str, Any], coder: str) -> dict[str, Any]:
    """The PLOVER/POLECAT record (every key of plover_fields.tsv) for one joined event row."""
    start, end = date_range(row.get("date"))
    return {
        "id": row["id"],
        "date": start,
        "enddate": end,
        "actor": _entity(row, "source"),
        "recipient": _entity(row, "target"),
        "event": [row["event_type"]],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": [],
        "event_loc": _location(row),
        "event_text": [row.get("evidence")] if row.get("evidence") else [],
        "quad_code": row.get("quad_class"),
        "event_scale": None,
        "text_info": {"sequence": row.get("sentence")},
        "cite_info": {"url": row.get("article_url"), "title": row.get("article_title"),
                      "language": row.get("article_language"), "publication": row.get("article_source"),
                      "coder": coder, "codebook": CODEBOOK},
        "coder": coder,
        "story_id": row.get("article_id"),
        "publication_date": row.get("article_published"),
        "cameo": row.get("cameo"),
        "goldstein": row.get("goldstein"),
        "modality": row.get("modality"),
        "confidence": row.get("confidence"),
        "date_value": row.get("date"),
        "date_text": row.get("date_text"),
        "trigger": row.get("trigger"),
        "quote_ids": list(row.get("quote_ids") or []),
        "cluster_id": row.get("cluster_id"),
        "why": row.get("why"),
    }


def write_plover(rows: Iterable[dict[str, Any]], path: Path, *, coder: str) -> int:
    """Write one PLOVER JSON record per line to ``path``; return the number of records."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(plover_record(row, coder), ensure_ascii=False))
            handle.write("\n")
            count += 1
    return count
