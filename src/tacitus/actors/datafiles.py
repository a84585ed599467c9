"""Reading the TSV tables shipped in ``tacitus/actors/data``: one reader, one error message."""

from __future__ import annotations

import csv
from importlib import resources
from typing import Iterator

from ..errors import TacitusError

__all__ = ["read_table"]


def read_table(filename: str, what: str) -> Iterator[dict[str, str]]:
    """Yield the rows of ``actors/data/<filename>`` as dicts (tab-separated, no quoting).

    A missing or unreadable file means a broken installation, not a user error: the TacitusError
    names the ``what`` ("country table") and says to reinstall.
    """
    path = resources.files("tacitus.actors").joinpath("data", filename)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TacitusError(f"cannot read the {what} {path}: {exc}. Reinstall tacitus (pip install -e .)") from exc
    return iter(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
