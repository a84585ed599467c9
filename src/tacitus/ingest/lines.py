"""Reading lines and files with a size cap, and transparent gzip.

A 50 MB JSONL line must become a Failure without being held whole in memory or handed to
``json.loads``: lines are read with ``readline(cap + 1)`` and the rest of an oversized line is
skipped in chunks. Gzip members are decompressed with the same cap (a small .gz can expand to
gigabytes).
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

__all__ = ["Line", "capped_lines", "read_capped", "open_input", "inner_suffix", "GZIP_ERRORS"]

# What a truncated or corrupt gzip stream raises while it is read.
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True)
class Line:
    """One physical line: its bytes (only the first ``cap + 1`` when oversized) and its full size."""

    data: bytes
    size: int

    @property
    def oversized(self) -> bool:
        """True when only a prefix of the line was kept."""
        return self.size > len(self.data)


def capped_lines(stream: BinaryIO, cap: int) -> Iterator[Line]:
    """Yield the lines of ``stream``; a line longer than ``cap`` bytes keeps ``cap + 1`` of them.

    ``cap`` 0 means no cap. Memory stays bounded by the cap whatever the line length.
    """
    while True:
        data = stream.readline(cap + 1) if cap else stream.readline()
        if not data:
            return
        size = len(data)
        if cap and size > cap and not data.endswith(b"\n"):
            while True:  # skip the rest of the oversized line without keeping it
                chunk = stream.readline(_SKIP_CHUNK)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
        yield Line(data=data, size=size)


def read_capped(stream: BinaryIO, cap: int) -> tuple[bytes, bool]:
    """Read a whole stream, at most ``cap + 1`` bytes; return (data, over the cap)."""
    if not cap:
        return stream.read(), False
    data = stream.read(cap + 1)
    return data, len(data) > cap


def inner_suffix(path: Path) -> str:
    """Return the format suffix of ``path``, looking through ".gz" ("a.jsonl.gz" -> ".jsonl")."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return Path(path.stem).suffix.lower()
    return suffix


def open_input(path: Path) -> BinaryIO:
    """Open a file for binary reading, decompressing it when its name ends in ".gz"."""
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")
