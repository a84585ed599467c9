"""Records from JSONL, JSON and CSV corpora: streaming iteration and mapping to Articles.

Each file is read line by line (never whole), and each line decoded on its own, so that one
Windows-1252 record in a UTF-8 corpus does not stop the run. Every problem is a Failure with the
position in the form "line 12" (JSONL) or "row 3" (CSV, counting data rows from 1).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, BinaryIO, Iterator, Mapping

from ..errors import InputError, log_failure
from ..limits import Limits
from ..model import Article, Failure
from .decode import decode_bytes, looks_binary
from .lines import capped_lines
from .patterns import FieldNames, StructurePatterns
from .structure import parse_text_article

__all__ = ["RecordContext", "iter_jsonl", "iter_json", "iter_csv", "record_to_article"]


class RecordContext:
    """What every record of one run shares: patterns, field names, column map and defaults."""

    def __init__(
        self,
        *,
        patterns: StructurePatterns,
        fields: FieldNames,
        column_map: Mapping[str, str] | None = None,
        published: str | None = None,
        source: str | None = None,
        limits: Limits | None = None,
    ) -> None:
        """Hold the loaded resources and the caller's options for one read."""
        self.limits = limits or Limits()
        self.patterns = patterns
        self.fields = fields
        self.column_map = dict(column_map or {})
        self.published = published
        self.source = source


def _value(record: Mapping[str, Any], key: str | None) -> str | None:
    """Return a record value as stripped text, None when absent or empty."""
    if key is None:
        return None
    value = record.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def record_to_article(record: Mapping[str, Any], keys: Mapping[str, str], ctx: RecordContext, origin: str) -> Article:
    """Build an Article from one record; ``keys`` maps Tacitus fields to the record's keys.

    Raises InputError when the record has no text.
    """
    raw_text = record.get(keys["text"]) if keys.get("text") else None
    if raw_text is not None and not isinstance(raw_text, str):
        raise InputError(f"{origin}: the text field holds a {type(raw_text).__name__}, not a string; "
                         "give the article body as text")
    text = _value(record, keys.get("text"))
    if text is None:
        wanted = ctx.column_map.get("text") or "text"
        raise InputError(f"{origin}: the record has no text (no non-empty '{wanted}' field); give the article body")
    published = _value(record, keys.get("published")) or ctx.published
    return parse_text_article(
        text,
        title=_value(record, keys.get("title")),
        published=published,
        source=_value(record, keys.get("source")) or ctx.source,
        url=_value(record, keys.get("url")),
        origin=origin,
        detect_headline=False,
        dateline=_value(record, keys.get("dateline")),
        standfirst=_value(record, keys.get("standfirst")),
        patterns=ctx.patterns,
        limits=ctx.limits,
    )


def _missing_text_reason(columns: list[str], ctx: RecordContext) -> str:
    """Explain that no text column was found, and how to name it."""
    wanted = ctx.column_map.get("text")
    if wanted:
        return f"there is no column {wanted!r} (the text column given in the column map); columns are {columns[:20]}"
    return (
        f"no text column among {columns[:20]}; name it 'text' (or body, content) "
        "or map it with a column map such as text=<column>"
    )


def iter_jsonl(stream: BinaryIO, path: str, ctx: RecordContext) -> Iterator[Article | Failure]:
    """Yield an Article or a Failure for each non-blank line of a JSONL stream.

    Lines over ``max_record_bytes`` are skipped unread (a Failure), before any decoding or parsing.
    """
    for number, line_read in enumerate(capped_lines(stream, ctx.limits.max_record_bytes), start=1):
        raw = line_read.data
        position = f"line {number}"
        if line_read.oversized:
            yield Failure(path=path, position=position, reason=_over_record_limit(line_read.size, ctx))
            continue
        if not raw.strip():
            continue
        try:
            line = decode_bytes(raw, f"{path}:{position}")
            record = json.loads(line)
        except InputError as exc:
            log_failure("tacitus.ingest", f"{path} {position}", exc)
            yield Failure(path=path, position=position, reason=str(exc))
            continue
        except json.JSONDecodeError as exc:
            log_failure("tacitus.ingest", f"{path} {position}", exc)
            yield Failure(path=path, position=position, reason=f"invalid JSON ({exc.msg} at column {exc.colno}); fix or remove the line")
            continue
        except (RecursionError, ValueError) as exc:
            log_failure("tacitus.ingest", f"{path} {position}", exc)
            # Arrays nested 100,000 deep, or integers of 5,000 digits: without this the error
            # escaped the line and ended the whole file (found by the hardening tests).
            yield Failure(path=path, position=position, reason=_unreadable_json(exc))
            continue
        yield _record_or_failure(record, path, position, ctx, sep=":")


def _unreadable_json(exc: Exception) -> str:
    """Return the reason for JSON that parses in principle but not in practice."""
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply to read (thousands of levels); fix or remove the record"
    return f"JSON that cannot be read ({exc}); fix or remove the record"


def _over_record_limit(size: int, ctx: RecordContext) -> str:
    """Return the reason for a record over the size budget."""
    try:
        ctx.limits.check_bytes(size, "the record", record=True)
    except InputError as exc:
        return str(exc)
    return "the record is over the size limit"  # not reached: only called for oversized records


def iter_json(data: bytes, path: str, ctx: RecordContext) -> Iterator[Article | Failure]:
    """Yield Articles or Failures from a .json file holding one object or an array of objects."""
    try:
        document = json.loads(decode_bytes(data, path))
    except InputError as exc:
        log_failure("tacitus.ingest", str(path), exc)
        yield Failure(path=path, position=None, reason=str(exc))
        return
    except json.JSONDecodeError as exc:
        log_failure("tacitus.ingest", str(path), exc)
        yield Failure(path=path, position=f"line {exc.lineno}", reason=f"invalid JSON ({exc.msg}); fix the file")
        return
    except (RecursionError, ValueError) as exc:
        log_failure("tacitus.ingest", str(path), exc)
        yield Failure(path=path, position=None, reason=_unreadable_json(exc))
        return
    if isinstance(document, dict):
        yield _record_or_failure(document, path, None, ctx, sep="")
        return
    if not isinstance(document, list):
        yield Failure(path=path, position=None, reason="the JSON is neither an object nor an array of objects")
        return
    for number, record in enumerate(document, start=1):
        yield _record_or_failure(record, path, f"item {number}", ctx, sep=":")


def _record_or_failure(record: Any, path: str, position: str | None, ctx: RecordContext, sep: str) -> Article | Failure:
    """Turn one decoded JSON value into an Article, or a Failure saying what is wrong."""
    if not isinstance(record, dict):
        return Failure(path=path, position=position, reason=f"expected a JSON object, found {type(record).__name__}")
    keys = ctx.fields.resolve(list(record), ctx.column_map)
    origin = f"{path}{sep}{position}" if position else path
    try:
        return record_to_article(record, keys, ctx, origin)
    except InputError as exc:
        log_failure("tacitus.ingest", f"{path} {position}", exc)
        return Failure(path=path, position=position, reason=str(exc))


def _decoded_lines(stream: BinaryIO, path: str, cap: int, oversized: set[int]) -> Iterator[str]:
    """Yield the lines of a binary stream decoded one by one (a bad line becomes U+FFFD, not an error).

    A line over ``cap`` bytes is cut to its first ``cap + 1`` bytes (never held whole) and its
    number (counted from 1, as ``csv.reader.line_num`` does) is added to ``oversized`` so that
    the row holding it is refused.
    """
    for number, line in enumerate(capped_lines(stream, cap), start=1):
        raw = line.data
        if line.oversized:
            oversized.add(number)
            raw += b"\n"
        try:
            yield decode_bytes(raw, path) if raw.strip() else raw.decode("utf-8", "replace")
        except InputError:
            yield raw.decode("utf-8", "replace")


def _sniff_delimiter(header: str, suffix: str) -> str:
    """Return the delimiter of a CSV/TSV file from its extension and header line."""
    if suffix == ".tsv":
        return "\t"
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def iter_csv(stream: BinaryIO, path: str, ctx: RecordContext) -> Iterator[Article | Failure]:
    """Yield an Article or a Failure for each data row of a CSV/TSV stream (rows counted from 1)."""
    head = stream.peek(65536)[:65536] if hasattr(stream, "peek") else b""
    if looks_binary(head):
        yield Failure(path=path, position=None, reason="binary content, not a CSV file; remove it from the input")
        return
    oversized: set[int] = set()
    lines = _decoded_lines(stream, path, ctx.limits.max_record_bytes, oversized)
    first = next(lines, None)
    if first is None or not first.strip():
        yield Failure(path=path, position=None, reason="the CSV file is empty; give a header row and article rows")
        return
    if first.startswith("\ufeff"):
        first = first[1:]
    delimiter = _sniff_delimiter(first, Path(path).suffix.lower())
    reader = csv.reader(_chain(first, lines), delimiter=delimiter)
    columns = [c.strip() for c in next(reader)]
    keys = ctx.fields.resolve(columns, ctx.column_map)
    if "text" not in keys:
        yield Failure(path=path, position=None, reason=_missing_text_reason(columns, ctx))
        return
    cap = ctx.limits.max_record_bytes
    for number, (row, lines_read) in enumerate(_rows(reader, path, cap), start=1):
        position = f"row {number}"
        if isinstance(row, Failure):
            yield Failure(path=path, position=position, reason=row.reason)
            continue
        if oversized and any(lines_read[0] < n <= lines_read[1] for n in oversized):
            yield Failure(path=path, position=position, reason=_over_record_limit(cap + 1, ctx))
            oversized.difference_update(range(lines_read[0] + 1, lines_read[1] + 1))
            continue
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(columns, row))
        try:
            yield record_to_article(record, keys, ctx, f"{path}:{position}")
        except InputError as exc:
            log_failure("tacitus.ingest", f"{path} {position}", exc)
            yield Failure(path=path, position=position, reason=str(exc))


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    """Yield ``first`` and then the remaining lines."""
    yield first
    yield from rest


def _rows(reader: Any, path: str, cap: int) -> Iterator[tuple[list[str] | Failure, tuple[int, int]]]:
    """Yield CSV rows; a malformed or oversized row becomes a Failure and reading goes on.

    The csv module's field limit is process-wide; it is set to the record budget (long article
    bodies exceed the default 128 KB). After a csv.Error the reader resumes at the next line; a
    file that keeps failing without progress ends with its last Failure. Each row comes with the
    span of physical lines it was read from (after line a, up to line b).
    """
    csv.field_size_limit(cap or 2**31 - 1)
    while True:
        line_before = reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            log_failure("tacitus.ingest", str(path), exc)
            reason = (f"the row is over max_record_bytes {cap:,}; split it or raise the limit"
                      if "field larger than field limit" in str(exc) else f"malformed CSV ({exc}); fix the quoting")
            yield Failure(path=path, position=None, reason=reason), (line_before, reader.line_num)
            if reader.line_num == line_before:
                return
            continue
        yield row, (line_before, reader.line_num)
