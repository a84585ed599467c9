"""Build the office-holder and party knowledge base shipped in src/tacitus/actors/data/knowledge/.

Reads the openly licensed lists in the shared data folder (``knowledge/``, see its README) and
writes two compact gzip TSV files plus each source's licence and attribution:

- ``people.tsv.gz``: one row per person per office spell: ``person`` (a key unique per source),
  ``names`` (``|``-separated, as the source writes them, the usual form first), ``country``
  (ISO3), ``sector`` (PLOVER/CAMEO: GOV for ministers, presidents and vice-presidents, LEG for
  members of a legislature), ``start`` and ``end`` (ISO dates; an empty end is a spell still
  running), ``office`` (the post as the source names it) and ``source``.
  Sources: the IfG ministers database (UK ministers since 1979: their appointments, and their
  seats in the Commons) and congress-legislators (current members of the US
  Congress with every term, every US president and vice-president).
- ``parties.tsv.gz``: one row per party: ``names`` (``|``-separated), ``abbreviations``,
  ``country`` (ISO3), ``first`` and ``last`` (years; empty when open), ``source``.
  Sources: Party Facts core parties with their Wikidata names, and ParlGov parties.

The Phoenix actor dictionaries, already shipped in ``tacitus/dictionaries/data``, are the third
source of people: their dated person entries join this table when it is loaded (one copy of the
Phoenix data, in the package, not two).

Usage: python tools/build_knowledge.py [SHARED_KNOWLEDGE_DIR] [OUT_DIR]
(defaults: ../shared/data/knowledge and src/tacitus/actors/data/knowledge). Needs PyYAML.
"""

from __future__ import annotations

import csv
import gzip
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "knowledge"
DEFAULT_OUT = ROOT / "src" / "tacitus" / "actors" / "data" / "knowledge"

IFG = "IfG ministers"
CONGRESS = "US Congress"
EXECUTIVE = "US executive"
PARTYFACTS = "Party Facts"
PARLGOV = "ParlGov"

# congress-legislators term types: what office, which sector.
_US_TERMS = {"prez": ("President of the United States", "GOV"),
             "viceprez": ("Vice President of the United States", "GOV"),
             "sen": ("United States Senator", "LEG"),
             "rep": ("United States Representative", "LEG")}


@dataclass(frozen=True)
class SpellRow:
    """One person in one office from one date to another."""

    person: str
    names: tuple[str, ...]
    country: str
    sector: str
    start: str
    end: str
    office: str
    source: str

    def line(self) -> str:
        """The TSV line (tabs and bars never occur inside the fields: they are replaced)."""
        return "\t".join(_clean(v) for v in (self.person, "|".join(self.names), self.country, self.sector,
                                              self.start, self.end, self.office, self.source))


def _clean(value: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", value).strip()


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    """Names in order, each once, without empty ones or bars."""
    seen: dict[str, None] = {}
    for name in names:
        name = " ".join(name.replace("|", " ").split())
        if name and name not in seen:
            seen[name] = None
    return tuple(seen)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ---- IfG ministers ---------------------------------------------------------------------------

def _peer_short(name: str) -> str | None:
    """"Lord Sharpe of Epsom" -> "Lord Sharpe" (the territorial part is rarely written)."""
    match = re.match(r"^((?:Lord|Baroness|Lady|Viscount|Earl|Baron|Marquess) [\w'-]+) of ", name)
    return match.group(1) if match else None


def ifg_people(folder: Path) -> Iterator[SpellRow]:
    """UK ministerial appointments (GBR GOV) and seats in Parliament (GBR LEG) of every minister."""
    names: dict[str, list[str]] = {}
    for row in _read_csv(folder / "person.csv"):
        found = names.setdefault(row["id"], [])
        for key in ("display_name", "name", "normalized_name"):
            found.append(row[key])
            if (short := _peer_short(row[key])) is not None:
                found.append(short)
    posts = {row["id"]: row for row in _read_csv(folder / "post.csv")}
    for row in _read_csv(folder / "appointment.csv"):
        post = posts.get(row["post_id"])
        if post is None or row["person_id"] not in names:
            continue
        yield SpellRow(f"ifg:{row['person_id'][:8]}", _unique(names[row["person_id"]]), "GBR", "GOV",
                       row["start_date"], row["end_date"], post["display_name"] or post["name"], IFG)
    for row in _read_csv(folder / "representation.csv"):
        # Seats in the Commons only: a former minister made a peer is remembered for the office
        # (Phoenix codes former leaders ELI), not coded LEG for the rest of their life.
        if row["person_id"] not in names or row["house"] != "Commons":
            continue
        yield SpellRow(f"ifg:{row['person_id'][:8]}", _unique(names[row["person_id"]]), "GBR", "LEG",
                       row["start_date"], row["end_date"], "Member of Parliament", IFG)


# ---- congress-legislators --------------------------------------------------------------------

def _us_names(name: dict) -> tuple[str, ...]:
    """The forms newswire uses: the official full name, "William J. Clinton", "William Jefferson
    Clinton", "Bill Clinton", "William Clinton", with and without a suffix ("Jr.")."""
    first, last = str(name.get("first", "")), str(name.get("last", ""))
    middle, nick = str(name.get("middle", "") or ""), str(name.get("nickname", "") or "")
    suffix = str(name.get("suffix", "") or "")
    forms = [str(name.get("official_full", "") or "")]
    if middle:  # "George W. Bush" first: the form that tells him from his father
        initials = " ".join(f"{part[0]}." for part in middle.split())  # "George H. W. Bush"
        forms += [f"{first} {initials} {last}", f"{first} {middle[0]}. {last}", f"{first} {middle} {last}"]
    for given in filter(None, (nick, first)):  # a nickname goes without the middle name ("Bill Clinton")
        forms.append(f"{given} {last}")
        if suffix:
            forms.append(f"{given} {last} {suffix}")
    return _unique(forms)


def _merged_terms(terms: list[dict]) -> Iterator[tuple[str, str, str]]:
    """(type, start, end) with back-to-back terms of one type merged ("Senator 2001-2025")."""
    current: list[str] | None = None
    for term in sorted(terms, key=lambda t: str(t["start"])):
        kind, start, end = term["type"], str(term["start"]), str(term.get("end", "") or "")
        # Terms that follow each other within a few days are one spell (a new Congress sits on 3 January).
        if current is not None and current[0] == kind and current[2] and start <= _plus_days(current[2], 7):
            current[2] = max(current[2], end)
            continue
        if current is not None:
            yield current[0], current[1], current[2]
        current = [kind, start, end]
    if current is not None:
        yield current[0], current[1], current[2]


def _plus_days(day: str, n: int) -> str:
    from datetime import date, timedelta
    return (date.fromisoformat(day) + timedelta(days=n)).isoformat()


def us_people(folder: Path) -> Iterator[SpellRow]:
    """US presidents and vice-presidents (USA GOV) and current members of Congress (USA LEG)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for filename, source in (("executive.yaml", EXECUTIVE), ("legislators-current.yaml", CONGRESS)):
        with (folder / filename).open(encoding="utf-8") as handle:
            people = yaml.load(handle, Loader=loader)
        for person in people:
            ids = person["id"]
            key = f"us:{ids.get('bioguide') or ids.get('govtrack') or ids.get('icpsr_prez')}"
            names = _us_names(person["name"])
            for kind, start, end in _merged_terms(person["terms"]):
                office, sector = _US_TERMS[kind]
                yield SpellRow(key, names, "USA", sector, start, end, office, source)


# ---- parties ---------------------------------------------------------------------------------

@dataclass
class PartyRow:
    """One party: its names and abbreviations in one country over some years."""

    names: list[str]
    abbreviations: list[str]
    country: str
    first: str
    last: str
    source: str

    def line(self) -> str:
        """The TSV line."""
        return "\t".join(_clean(v) for v in ("|".join(_unique(self.names)), "|".join(_unique(self.abbreviations)),
                                              self.country, self.first, self.last, self.source))


def _latin(name: str) -> bool:
    """True for a name written in Latin letters (other scripts never match English text)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ord(ch) < 0x250 for ch in letters)


def _names_of(*values: str) -> list[str]:
    """Names from fields that may hold several, separated by " / " or ";"."""
    out = []
    for value in values:
        for part in re.split(r"\s+/\s+|;", value or ""):
            part = part.strip()
            # "Pashto: ...": a name labelled with its language; keep the name.
            part = re.sub(r"^[A-Z][a-z]+:\s*", "", part)
            if part and _latin(part):
                out.append(part)
    return out


def _abbreviation(value: str) -> str | None:
    """A party's short name when it is an abbreviation ("BJP", "CPI(M)", "PvdA"), else None."""
    value = (value or "").strip()
    letters = [ch for ch in value if ch.isalpha()]
    if len(letters) < 2 or " " in value or not _latin(value):
        return None
    return value if sum(ch.isupper() for ch in letters) >= 2 else None


def _short_forms(values: Iterable[str]) -> tuple[list[str], list[str]]:
    """Short names split into abbreviations ("FN / RN" -> FN, RN) and short names that are
    words ("Golkar", "Masyumi"), which are names like any other."""
    abbreviations, words = [], []
    for value in values:
        for part in re.split(r"\s*/\s*", value or ""):
            if (found := _abbreviation(part)) is not None:
                abbreviations.append(found)
            elif part and " " not in part and _latin(part) and part[:1].isupper() and len(part) >= 4:
                words.append(part)
    return abbreviations, words


# Party Facts codes that are not ISO3 country codes: the country the actors stage codes them
# under (Northern Ireland is GBR; Kosovo is PLOVER's KOS), or None for states that no longer
# exist (East Germany, South Yemen, Austria-Hungary, South Vietnam) and groups of states.
_COUNTRY_FIX = {"NIR": "GBR", "XKX": "KOS", "NFL": "CAN", "SML": "SOM", "PMR": "MDA",
                "DDR": None, "YMD": None, "AUH": None, "VNR": None, "EUN": None, "ZZB": None}
# ParlGov's "last" is the last election its data covers, not the end of the party: only a year
# well before the data's end is an end.
_PARLGOV_OPEN_FROM = 2015


def _country(code: str) -> str | None:
    return _COUNTRY_FIX.get(code, code) if code in _COUNTRY_FIX else code


def _year(value: str) -> str:
    match = re.match(r"\d{4}", (value or "").strip())
    return match.group(0) if match else ""


def parties(folder: Path) -> Iterator[PartyRow]:
    """Party Facts core parties (with their Wikidata names) and ParlGov parties."""
    wikidata: dict[str, list[dict[str, str]]] = {}
    for row in _read_csv(folder / "wikipedia__wikidata.csv"):
        wikidata.setdefault(row["partyfacts_id"], []).append(row)
    for row in _read_csv(folder / "elecglob__partyfacts-core-parties.csv"):
        if row.get("technical"):
            continue  # Party Facts' placeholders ("other parties"), not parties
        names = _names_of(row["name_english"], row["name"], row["name_other"])
        short = [row["name_short"]]
        for extra in wikidata.get(row["partyfacts_id"], []):
            names += _names_of(extra["name"], extra["name_native"])
            short.append(extra["name_short"])
        abbreviations, words = _short_forms(short)
        names += words
        country = _country(row["country"])
        if names and country:
            yield PartyRow(names, abbreviations, country, _year(row["year_first"]), _year(row["year_last"]), PARTYFACTS)
    for row in _read_csv(folder / "parlgov__parlgov.csv"):
        names = _names_of(row["party_name_english"], row["party_name"])
        abbreviations, words = _short_forms([row["party_name_short"]])
        names += words
        country = _country(row["country"])
        last = _year(row["last"])
        if last and int(last) >= _PARLGOV_OPEN_FROM:
            last = ""
        if names and country:
            yield PartyRow(names, abbreviations, country, _year(row["first"]), last, PARLGOV)


# ---- writing ---------------------------------------------------------------------------------

_PEOPLE_HEADER = ("# Office holders: IfG ministers database (CC BY 4.0, Institute for Government) and "
                  "congress-legislators (CC0 1.0). See SOURCES.md.\n"
                  "person\tnames\tcountry\tsector\tstart\tend\toffice\tsource\n")
_PARTIES_HEADER = ("# Parties: Party Facts (MIT) with ParlGov (CC0 1.0). See SOURCES.md.\n"
                   "names\tabbreviations\tcountry\tfirst\tlast\tsource\n")

# Licence files copied beside the data: (source folder, file, name in the package).
_LICENCES = (("ifg-ministers", "LICENSE", "LICENSE-ifg-ministers.txt"),
             ("us-congress", "LICENSE", "LICENSE-congress-legislators.txt"),
             ("partyfacts", "LICENSE.md", "LICENSE-partyfacts.txt"))


def _write(path: Path, header: str, lines: Iterable[str]) -> int:
    body = sorted(set(lines))
    path.write_bytes(gzip.compress((header + "".join(line + "\n" for line in body)).encode("utf-8"), mtime=0))
    return len(body)


def main(argv: list[str]) -> int:
    """Build the knowledge files: ``build_knowledge.py [SOURCE_DIR] [OUT_DIR]``."""
    source = Path(argv[0]) if argv else DEFAULT_SOURCE
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    if not (source / "ifg-ministers").is_dir():
        print(f"{source}: not the shared knowledge folder (no ifg-ministers/ in it)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    people = [row.line() for row in ifg_people(source / "ifg-ministers")]
    people += [row.line() for row in us_people(source / "us-congress")]
    n_people = _write(out / "people.tsv.gz", _PEOPLE_HEADER, people)
    n_parties = _write(out / "parties.tsv.gz", _PARTIES_HEADER, (row.line() for row in parties(source / "partyfacts")))
    for folder, name, target in _LICENCES:
        shutil.copyfile(source / folder / name, out / target)
    print(f"{n_people} office spells, {n_parties} parties -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
