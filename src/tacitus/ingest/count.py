"""How many records an input holds, counted before a run so its progress bar has a total and an ETA.

Counting is cheap: a JSON Lines file is its non-blank lines, a CSV/TSV file its rows after the
header (read by the csv module, so a quoted field spanning lines is one row), a one-article
file (text, HTML, Markdown) one record, a folder the sum of its files. It is the number of
records read, so the bar ends at its total whatever becomes of each record. Standard input, JSON
documents and compressed files cannot be counted without reading them: the total is then
unknown (None) and the bar shows only counts and speed.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

from .readers import STDIN, _walk

__all__ = ["count_records"]

_LINES = {".jsonl", ".ndjson"}
_TABLES = {".csv", ".tsv"}
_UNCOUNTABLE = {".json", ".gz", ".warc", ".bz2", ".xz", ".zip"}
# Read this much at a time when counting lines.
_BLOCK = 1 << 20


def _count_lines(path: Path) -> int:
    """Non-blank lines of a file (a final line without a newline included)."""
    count = 0
    previous = b"\n"
    with open(path, "rb") as handle:
        while block := handle.read(_BLOCK):
            count += block.count(b"\n") - block.count(b"\n\n") - block.count(b"\n\r\n")
            if previous == b"\n" and block[:1] in (b"\n", b"\r"):
                count -= 1
            previous = block[-1:]
    return count + (previous != b"\n")


def _count_rows(path: Path, delimiter: str) -> int:
    """Data rows of a CSV/TSV file (non-empty rows after the header)."""
    csv.field_size_limit(1 << 30)  # a long article body is one field; the reader's own cap is 128 KB
    with open(path, newline="", encoding="utf-8", errors="replace") as handle:
        rows = sum(1 for row in csv.reader(handle, delimiter=delimiter) if any(cell.strip() for cell in row))
    return max(rows - 1, 0)


def _count_file(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if suffix in _UNCOUNTABLE:
        return None
    if suffix in _LINES:
        return _count_lines(path)
    if suffix in _TABLES:
        return _count_rows(path, "\t" if suffix == ".tsv" else ",")
    return 1


def count_records(inputs: Iterable[str | Path]) -> int | None:
    """The number of records the inputs hold (see the module notes), or None when unknown."""
    total = 0
    try:
        for item in inputs:
            if str(item) == STDIN:
                return None
            path = Path(item)
            files = _walk(path) if path.is_dir() else [path] if path.is_file() else []
            for file in files:
                count = _count_file(file)
                if count is None:
                    return None
                total += count
    except OSError:
        return None
    return total
