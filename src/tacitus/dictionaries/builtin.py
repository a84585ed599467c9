"""The built-in knowledge base: the MIT-licensed Phoenix actor dictionaries in a compact form.

``data/phoenix_actors.tsv.gz`` is converted once from the Phoenix ``.actors`` files (Open Event
Data Alliance, 2014; licence in ``data/LICENSE-phoenix.txt``) by ``convert`` below:

    python -m tacitus.dictionaries.builtin PHOENIX_FOLDER OUT.tsv.gz

One line per actor, tab-separated: ``phrases`` (``|``-separated, upper case as in the source),
``default`` code (may be empty), ``dated`` codes (``;``-separated ``CODE:START:END``, ISO dates,
empty = unbounded), ``person`` (1 or 0). Reading it is a split per line, much faster than parsing
the TABARI syntax again at every start.
"""

from __future__ import annotations

import gzip
import sys
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..errors import TacitusError
from .model import DatedCode, DictEntry
from .tabari import read_actors

__all__ = ["load_builtin", "convert", "BUILTIN_FILE", "PHOENIX_FILES"]

BUILTIN_FILE = "phoenix_actors.tsv.gz"
PHOENIX_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
_HEADER = (
    "# Converted from the Phoenix actor dictionaries (Open Event Data Alliance, 2014), MIT licence:\n"
    "# see LICENSE-phoenix.txt beside this file. Columns: phrases, default, dated, person.\n"
)


def _line(entry: DictEntry) -> str:
    dated = ";".join(f"{d.code}:{d.start or ''}:{d.end or ''}" for d in entry.dated)
    return "\t".join(("|".join(entry.phrases), entry.default or "", dated, "1" if entry.person else "0"))


def convert(entries: Iterable[DictEntry]) -> str:
    """Write entries in the compact built-in format (with the licence header)."""
    return _HEADER + "".join(_line(entry) + "\n" for entry in entries)


def parse_compact(text: str, origin: str = BUILTIN_FILE) -> list[DictEntry]:
    """Read the compact format back into entries."""
    entries: list[DictEntry] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        phrases, default, dated, person = line.split("\t")
        codes = []
        for item in filter(None, dated.split(";")):
            code, start, end = item.split(":")
            codes.append(DatedCode(code, start or None, end or None))
        names = tuple(phrases.split("|"))
        entries.append(DictEntry(name=" ".join(w.capitalize() for w in names[0].split()), phrases=names,
                                 default=default or None, dated=tuple(codes), person=person == "1",
                                 origin=origin))
    return entries


def load_builtin() -> list[DictEntry]:
    """Read the knowledge base shipped in the package."""
    path = resources.files("tacitus.dictionaries").joinpath("data", BUILTIN_FILE)
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError) as exc:
        raise TacitusError(f"cannot read the built-in actor knowledge base {path}: {exc}. Reinstall tacitus") from exc
    return parse_compact(text)


def main(argv: list[str]) -> int:
    """Convert a folder of Phoenix ``.actors`` files: ``builtin.py FOLDER OUT.tsv.gz``."""
    if len(argv) != 2:
        print("usage: python -m tacitus.dictionaries.builtin PHOENIX_FOLDER OUT.tsv.gz", file=sys.stderr)
        return 2
    folder, out = Path(argv[0]), Path(argv[1])
    entries = [entry for name in PHOENIX_FILES for entry in read_actors(folder / name)]
    out.write_bytes(gzip.compress(convert(entries).encode("utf-8"), mtime=0))
    print(f"{len(entries)} entries -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
