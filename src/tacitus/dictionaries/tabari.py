"""Readers for TABARI/PETRARCH ``.actors`` and ``.agents`` dictionary files.

The format, as PETRARCH reads it (PETRreader.py) and as the files in the wild use it:

- Comments: lines starting with ``#``; ``<!-- ... -->`` blocks, on one line or several (a line
  starting with ``<!`` is a comment line); text after `` #`` at the end of a line.
- Actors: ``PHRASE [CODE]`` starts an entry; words are joined by ``_`` or spaces; a trailing
  ``_`` (TABARI's "whole word") is ignored. ``+PHRASE`` lines are synonyms of the entry above.
  Indented lines ``[CODE]``, ``[CODE <YYMMDD]``, ``[CODE >YYYYMMDD]``, ``[CODE A-B]`` give the
  default code or date-ranged codes. Six-digit dates are YYMMDD with 00-30 read as 20YY.
- Agents: ``PHRASE {PLURAL} [~CODE]``; ``{}`` means no plural, no braces means the regular
  English plural; ``!NAME! = A, B`` defines a substitution set used as ``!NAME!`` in phrases.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from .model import Agent, DatedCode, DictEntry

__all__ = ["read_actors", "read_agents", "parse_actors", "parse_agents", "dictionary_lines", "parse_date"]

_LOG = logging.getLogger(__name__)
_PARENS = re.compile(r"\([^)]*\)")
_DATE_DIGITS = re.compile(r"\d{6,8}")


def dictionary_lines(text: str) -> Iterator[tuple[int, str, str]]:
    """Yield (line number, content, end-of-line comment) of the meaningful lines.

    Comment lines, comment blocks and blank lines are skipped. Leading whitespace is kept: an
    indented line is a date restriction in ``.actors`` files.
    """
    in_block = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if in_block:
            if "-->" in line:
                in_block = False
                line = line[line.index("-->") + 3:]
            else:
                continue
        if "<!" in line:
            head, _, rest = line.partition("<!")
            if "-->" in rest or rest.endswith(">"):
                tail = rest[rest.index("-->") + 3:] if "-->" in rest else ""
                line = head + tail
            else:
                in_block = True
                line = head
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        comment = ""
        if " #" in line or "\t#" in line:
            line, comment = re.split(r"[ \t]#", line, maxsplit=1)
            line = line.rstrip()
        if "#" in line and line.lstrip().startswith("["):
            line, comment = line.split("#", 1)
            line = line.rstrip()
        if line.strip():
            yield number, line, comment


def parse_date(text: str) -> str:
    """Read a PETRARCH date (YYYYMMDD, or YYMMDD with 00-30 as 20YY) as an ISO date.

    Raises ValueError for anything else.
    """
    digits = text.strip()
    if len(digits) <= 7:
        if len(digits) != 6 or not digits.isdigit():
            raise ValueError(f"not a YYMMDD date: {text!r}")
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    else:
        digits = digits[:8]
        if not digits.isdigit():
            raise ValueError(f"not a YYYYMMDD date: {text!r}")
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    return dt.date(year, month, day).isoformat()


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def phrase_text(raw: str) -> str:
    """Turn a dictionary phrase (``YOWERI_KAGUTA_MUSEVENI_``) into words ("YOWERI KAGUTA MUSEVENI")."""
    text = _PARENS.sub(" ", raw.replace("_", " "))
    return " ".join(text.split())


def _readable(phrase: str) -> str:
    """A display name for an upper-case phrase: "GONDOR" -> "Gondor" (short acronyms kept)."""
    words = phrase.split()
    return " ".join(w if len(w) <= 3 and w.isupper() and "." not in w and len(words) == 1 else w.capitalize()
                    for w in words)


def _restriction(body: str, where: str) -> tuple[str | None, DatedCode | None]:
    """Read the inside of ``[...]`` on an indented line: (default code, None) or (None, dated)."""
    code, _, rest = body.strip().partition(" ")
    code, rest = code.strip(), rest.strip()
    if not rest:
        return code, None
    try:
        if rest.startswith("<") or rest.startswith(">"):
            found = _DATE_DIGITS.search(rest)
            if not found:
                raise ValueError(rest)
            date = parse_date(found.group())
            if rest.startswith("<"):
                return None, DatedCode(code, None, _day_before(date))
            return None, DatedCode(code, date, None)
        if "-" in rest:
            first, _, second = rest.partition("-")
            start, end = parse_date(first), parse_date(second)
            if end < start:
                raise ValueError(f"end {end} before start {start}")
            return None, DatedCode(code, start, end)
    except ValueError as exc:
        raise InputError(f"{where}: cannot read the date restriction [{body}] ({exc}); "
                         "write [CODE <YYYYMMDD], [CODE >YYYYMMDD] or [CODE YYYYMMDD-YYYYMMDD]") from exc
    raise InputError(f"{where}: cannot read the date restriction [{body}]; "
                     "write [CODE <YYYYMMDD], [CODE >YYYYMMDD] or [CODE YYYYMMDD-YYYYMMDD]")


def parse_actors(text: str, origin: str = "<actors>") -> list[DictEntry]:
    """Parse the text of a TABARI/PETRARCH ``.actors`` file into entries (file order)."""
    entries: list[DictEntry] = []
    phrases: list[str] = []
    default: str | None = None
    dated: list[DatedCode] = []
    person_hint = False

    def close() -> None:
        nonlocal phrases, default, dated, person_hint
        if phrases and (default or dated):
            # A person: marked so by the Phoenix country file, or an entry whose every code names a
            # role (country + sector) under date restrictions (terms of office).
            codes = [d.code for d in dated] + ([default] if default else [])
            person = person_hint or bool(dated) and all(len(c) >= 6 for c in codes)
            entries.append(DictEntry(name=_readable(phrases[0]), phrases=tuple(phrases), default=default,
                                     dated=tuple(dated), person=person, origin=origin))
        phrases, default, dated, person_hint = [], None, [], False

    skipped = 0
    for number, line, comment in dictionary_lines(text):
        where = f"{origin}:{number}"
        stripped = line.strip()
        if line[:1] in ("\t", " ") and stripped.startswith("["):
            if not phrases:
                raise InputError(f"{where}: a date restriction before any actor phrase; put it under its actor")
            body = stripped[1:stripped.index("]")] if "]" in stripped else stripped[1:]
            try:
                code, restriction = _restriction(body, where)
            except InputError:
                # PETRARCH skips a restriction it cannot read with a warning; so do we, since the
                # published dictionaries hold a few typos ("9008223") and refusing them all
                # would refuse the whole file.
                skipped += 1
                continue
            if code:
                default = code
            if restriction:
                dated.append(restriction)
            continue
        synonym = stripped.startswith("+")
        if synonym:
            stripped = stripped[1:]
        else:
            close()
            # The Phoenix country file marks the people it lists with this comment.
            person_hint = "CountryInfo" in comment
        head, bracket, rest = stripped.partition("[")
        words = phrase_text(head)
        if words:
            phrases.append(words)
        if bracket and "]" in rest:
            code = rest[:rest.index("]")].strip()
            if code:
                default = code
    close()
    if skipped:
        _LOG.warning("%s: skipped %d date restrictions that could not be read", origin, skipped)
    return entries


def parse_agents(text: str, origin: str = "<agents>") -> list[Agent]:
    """Parse the text of a TABARI/PETRARCH ``.agents`` file into agents (file order)."""
    agents: list[Agent] = []
    sets: dict[str, list[str]] = {}
    for number, line, _comment in dictionary_lines(text):
        stripped = line.strip()
        if stripped.startswith("!") and "=" in stripped:
            name = stripped[1:stripped.index("!", 1)]
            sets[name] = [item.strip() for item in stripped.split("=", 1)[1].split(",") if item.strip()]
            continue
        if "[" not in stripped:
            continue  # PETRARCH skips agents without a code, so do we
        head, _, rest = stripped.partition("[")
        code = rest.split("]", 1)[0].strip().replace(" ", "")
        plural_given: str | None = None
        if "{" in head:
            if "}" not in head:
                raise InputError(f"{origin}:{number}: a '{{' without '}}'; write PHRASE {{PLURAL}} [CODE]")
            plural_given = head[head.index("{") + 1:head.index("}")].strip()
            head = head[:head.index("{")]
        for phrase in _substitute(head.strip(), sets):
            words = phrase_text(phrase)
            if not words:
                continue
            if plural_given is None:
                plurals = (_regular_plural(words),)
            else:
                plurals = (phrase_text(plural_given),) if plural_given else ()
            agents.append(Agent(phrase=words.lower(), plurals=tuple(p.lower() for p in plurals if p),
                                code=code, origin=origin))
    return agents


def _substitute(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """Expand one ``!NAME!`` substitution marker (PETRARCH allows one per phrase)."""
    if phrase.count("!") < 2:
        return [phrase]
    before, _, rest = phrase.partition("!")
    name, _, after = rest.partition("!")
    return [before + item + after for item in sets.get(name, [])]


def _regular_plural(words: str) -> str:
    """PETRARCH's regular plural: -Y -> -IES, -S -> -SES, else -S."""
    if words.endswith("Y") or words.endswith("y"):
        return words[:-1] + "IES"
    if words.endswith("S") or words.endswith("s"):
        return words + "ES"
    return words + "S"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read dictionary file {path}: {exc}; check the path") from exc


def read_actors(path: Path) -> list[DictEntry]:
    """Read a ``.actors`` file."""
    return parse_actors(_read(path), origin=path.name)


def read_agents(path: Path) -> list[Agent]:
    """Read a ``.agents`` file."""
    return parse_agents(_read(path), origin=path.name)


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders into their files (sorted), keep files as given."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file())
        else:
            yield path
