"""Our own simple dictionary format for users' additions, in YAML or CSV.

YAML (``*.yaml`` / ``*.yml``)::

    actors:
      - name: Kim Jong-un            # the phrase as written in text
        synonyms: [Kim Jong Un]      # optional, more phrases for the same actor
        code: PRKGOV                 # CAMEO-style code: country + sector
        person: true                 # optional: a person (coreferred like any person name)
        dates:                       # optional date-ranged codes, first match wins
          - {code: PRKELI, until: 2011-12-16}
          - {code: PRKGOV, from: 2011-12-17}
    agents:
      - phrase: hacker
        plural: hackers              # optional; "" for none; default: regular English plural
        code: "~CVL"                 # sector suffix (or "NGO~" for a non-state family)

CSV (``*.csv``, header row required): columns ``type`` (actor or agent), ``phrase``,
``synonyms`` (``|``-separated), ``code``, ``from``, ``until`` (ISO dates, optional) and
``person`` (yes/no, optional). Several rows with the same actor phrase add date-ranged codes;
a row without dates gives the default code.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from .model import Agent, DatedCode, DictEntry

__all__ = ["read_user_file", "parse_yaml", "parse_csv"]


def _iso(value: Any, where: str) -> str | None:
    """An ISO date from a YAML date, a string, or nothing."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise InputError(f"{where}: {value!r} is not a date; write it as YYYY-MM-DD") from exc


def _plural(phrase: str) -> str:
    if phrase.endswith("y"):
        return phrase[:-1] + "ies"
    return phrase + ("es" if phrase.endswith("s") else "s")


def parse_yaml(text: str, origin: str = "<yaml>") -> tuple[list[DictEntry], list[Agent]]:
    """Parse our YAML format into actor entries and agents."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{origin}: not valid YAML ({exc}); fix the syntax") from exc
    if not isinstance(data, dict):
        raise InputError(f"{origin}: expected a mapping with 'actors' and/or 'agents' lists")
    entries: list[DictEntry] = []
    for k, item in enumerate(data.get("actors") or []):
        where = f"{origin}: actors[{k}]"
        if not isinstance(item, dict) or not item.get("name"):
            raise InputError(f"{where}: every actor needs a 'name' (and a 'code' or 'dates')")
        dated = tuple(
            DatedCode(str(d["code"]).strip(), _iso(d.get("from"), where), _iso(d.get("until"), where))
            for d in item.get("dates") or [] if isinstance(d, dict) and d.get("code")
        )
        default = str(item["code"]).strip() if item.get("code") else None
        if default is None and not dated:
            raise InputError(f"{where}: actor {item['name']!r} has no 'code' and no 'dates'; give one")
        phrases = (str(item["name"]), *(str(s) for s in item.get("synonyms") or []))
        entries.append(DictEntry(name=str(item["name"]), phrases=phrases, default=default, dated=dated,
                                 person=bool(item.get("person")), origin=origin))
    agents: list[Agent] = []
    for k, item in enumerate(data.get("agents") or []):
        if not isinstance(item, dict) or not item.get("phrase") or not item.get("code"):
            raise InputError(f"{origin}: agents[{k}]: every agent needs a 'phrase' and a 'code'")
        phrase = str(item["phrase"]).lower().strip()
        plural = item.get("plural")
        plurals = (_plural(phrase),) if plural is None else ((str(plural).lower(),) if plural else ())
        agents.append(Agent(phrase=phrase, plurals=plurals, code=str(item["code"]).strip(), origin=origin))
    return entries, agents


def parse_csv(text: str, origin: str = "<csv>") -> tuple[list[DictEntry], list[Agent]]:
    """Parse our CSV format into actor entries and agents."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"type", "phrase", "code"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(f"{origin}: the header must name the columns type, phrase, code (missing: {sorted(missing)})")
    grouped: dict[str, dict[str, Any]] = {}
    agents: list[Agent] = []
    for number, row in enumerate(reader, start=2):
        where = f"{origin}:{number}"
        kind = (row.get("type") or "").strip().lower()
        phrase = (row.get("phrase") or "").strip()
        code = (row.get("code") or "").strip()
        if not phrase or not code:
            raise InputError(f"{where}: every row needs a phrase and a code")
        if kind == "agent":
            agents.append(Agent(phrase=phrase.lower(), plurals=(_plural(phrase.lower()),), code=code, origin=origin))
            continue
        if kind != "actor":
            raise InputError(f"{where}: type must be 'actor' or 'agent', not {kind!r}")
        entry = grouped.setdefault(phrase, {"synonyms": [], "default": None, "dated": [], "person": False})
        entry["synonyms"] += [s.strip() for s in (row.get("synonyms") or "").split("|") if s.strip()]
        entry["person"] = entry["person"] or (row.get("person") or "").strip().lower() in ("yes", "true", "1")
        start, end = _iso(row.get("from"), where), _iso(row.get("until"), where)
        if start or end:
            entry["dated"].append(DatedCode(code, start, end))
        else:
            entry["default"] = code
    entries = [
        DictEntry(name=phrase, phrases=(phrase, *dict.fromkeys(e["synonyms"])), default=e["default"],
                  dated=tuple(e["dated"]), person=e["person"], origin=origin)
        for phrase, e in grouped.items()
    ]
    return entries, agents


def read_user_file(path: Path) -> tuple[list[DictEntry], list[Agent]]:
    """Read one YAML or CSV dictionary file of ours."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read dictionary file {path}: {exc}; check the path") from exc
    if path.suffix.lower() == ".csv":
        return parse_csv(text, origin=path.name)
    return parse_yaml(text, origin=path.name)
