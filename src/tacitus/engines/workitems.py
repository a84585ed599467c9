"""Work items: the input cut into pieces that workers read with Tacitus's own readers.

Ray's own JSON and CSV readers are not used on purpose: they infer column types (a date string
becomes a timestamp, "00123" an integer) and lose line numbers, so articles would get other
content ids and other origins than with the local engine. Instead the driver cuts the input into
work items (a range of lines of a JSONL file, one row group of a Parquet file, or one whole file
of any other kind) and each worker reads its items with ``tacitus.ingest``: an Article comes out
exactly as ``tacitus run`` builds it, with its ``origin`` "path:line N".
"""

from __future__ import annotations

import io
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Mapping

from ..errors import InputError
from ..ingest import iter_articles
from ..ingest.patterns import FieldNames, StructurePatterns
from ..ingest.readers import JSONL_SUFFIXES, STDIN
from ..ingest.readers import _walk as walk_files  # the local engine's folder order, shared on purpose
from ..ingest.records import RecordContext, iter_jsonl
from ..limits import Limits
from ..model import Article, Failure
from .parquet_input import PARQUET_SUFFIXES, iter_parquet, row_groups

__all__ = ["WorkItem", "plan_items", "read_item", "record_context"]

# A JSONL item holds between these many lines: small enough that every worker gets several
# items (load balance), large enough that per-item overhead (a Ray call, a shard file) is small.
MIN_LINES, MAX_LINES = 4, 256
ITEMS_PER_WORKER = 4


@dataclass(frozen=True)
class WorkItem:
    """One piece of input for one worker call.

    ``kind`` is "jsonl" (bytes ``start``..``stop`` of ``path``, whose first line is line
    ``first``), "parquet" (row group ``start`` of ``path``, whose first row is row ``first``), or
    "file" (the whole file, read by ``iter_articles``). ``index`` orders the items as the local
    engine would read them.
    """

    index: int
    kind: str
    path: str
    start: int = 0
    stop: int = 0
    first: int = 1

    def to_dict(self) -> dict[str, Any]:
        """The item as a plain dict (a row of the Ray dataset of items)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "WorkItem":
        """Build an item from its dict form (numpy scalars from a Ray batch are accepted)."""
        return cls(index=int(data["index"]), kind=str(data["kind"]), path=str(data["path"]),
                   start=int(data["start"]), stop=int(data["stop"]), first=int(data["first"]))


def _input_files(inputs: Iterable[str | Path]) -> Iterator[str]:
    """Yield the files of ``inputs`` in the local engine's order (folders walked, sorted).

    A path that does not exist is yielded as is: reading it records the same Failure as locally.
    """
    for item in inputs:
        if str(item) == STDIN:
            raise InputError("the ray engine cannot read standard input; save the articles to a file "
                             "or run without --engine ray")
        path = Path(item)
        if path.is_dir():
            yield from (str(file) for file in walk_files(path))
        else:
            yield str(path)


def _line_count(path: str) -> int:
    """Count the lines of a file quickly (newlines, plus a last line without one)."""
    count, last = 0, b"\n"
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def _jsonl_ranges(path: str, lines_per_item: int) -> Iterator[tuple[int, int, int]]:
    """Yield (start byte, stop byte, first line number) for consecutive runs of lines.

    Lines are split exactly as the reader splits them (iterating a binary file: on b"\\n").
    """
    start = offset = 0
    first = number = 1
    with open(path, "rb") as stream:
        for raw in stream:
            offset += len(raw)
            if number - first + 1 >= lines_per_item:
                yield start, offset, first
                start, first = offset, number + 1
            number += 1
    if offset > start:
        yield start, offset, first


def plan_items(inputs: Iterable[str | Path], *, workers: int, lines_per_item: int | None = None) -> list[WorkItem]:
    """Cut ``inputs`` into work items, in the order the local engine reads them.

    ``lines_per_item`` defaults to a size that gives each of ``workers`` about four items. The
    plan holds a few integers per item, not the articles, so it stays small for large corpora.
    """
    files = list(_input_files(inputs))
    jsonl = [f for f in files if Path(f).suffix.lower() in JSONL_SUFFIXES and Path(f).is_file()]
    if lines_per_item is None:
        total = sum(_line_count(f) for f in jsonl)
        wanted = math.ceil(total / max(1, workers * ITEMS_PER_WORKER)) if total else MIN_LINES
        lines_per_item = max(MIN_LINES, min(MAX_LINES, wanted))
    items: list[WorkItem] = []
    for file in files:
        suffix = Path(file).suffix.lower()
        if file in jsonl:
            for start, stop, first in _jsonl_ranges(file, lines_per_item):
                items.append(WorkItem(len(items), "jsonl", file, start, stop, first))
        elif suffix in PARQUET_SUFFIXES and Path(file).is_file():
            for group, first in row_groups(file):
                items.append(WorkItem(len(items), "parquet", file, group, group + 1, first))
        else:
            items.append(WorkItem(len(items), "file", file))
    return items


def record_context(*, column_map: Mapping[str, str] | None = None, published: str | None = None,
                   source: str | None = None, limits: Limits | None = None) -> RecordContext:
    """The reader context of one run, built as ``iter_articles`` builds it (budgets included)."""
    return RecordContext(patterns=StructurePatterns.load(), fields=FieldNames.load(),
                         column_map=column_map, published=published, source=source, limits=limits)


def _jsonl_stream(path: str, item: WorkItem) -> BinaryIO:
    """The item's lines as a stream, preceded by one empty line per earlier line of the file.

    ``iter_jsonl`` numbers lines from 1 and skips blank ones, so the padding makes it number the
    item's lines as their line numbers in the whole file, without changing the reader (one byte
    per earlier line: a megabyte at line one million).
    """
    with open(path, "rb") as stream:
        stream.seek(item.start)
        data = stream.read(item.stop - item.start)
    return io.BytesIO(b"\n" * (item.first - 1) + data)


def read_item(item: WorkItem, ctx: RecordContext) -> Iterator[Article | Failure]:
    """Yield the Articles and Failures of one work item, exactly as the local engine reads them."""
    if item.kind == "jsonl":
        try:
            stream = _jsonl_stream(item.path, item)
        except OSError as exc:
            yield Failure(path=item.path, position=None,
                          reason=f"cannot read the file ({exc.strerror or exc}); check its permissions")
            return
        yield from iter_jsonl(stream, item.path, ctx)
    elif item.kind == "parquet":
        yield from iter_parquet(item.path, item.start, item.first, ctx)
    else:
        yield from iter_articles([item.path], column_map=ctx.column_map or None,
                                 published=ctx.published, source=ctx.source, limits=ctx.limits)
