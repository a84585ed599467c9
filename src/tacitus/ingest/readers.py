"""Reading articles from files, folders and standard input, in every supported format.

``iter_articles`` never raises for bad input: each problem becomes a Failure and the run goes on.
``read_article`` is the single-article form for ``tacitus code FILE``: it raises InputError with
one clear message instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from ..errors import InputError, log_failure
from ..limits import Limits
from ..model import Article, Failure
from .decode import decode_bytes, looks_binary
from .html import html_to_article, looks_like_html
from .language import language_failure_reason
from .lines import GZIP_ERRORS, inner_suffix, open_input, read_capped
from .patterns import FieldNames, StructurePatterns
from .records import RecordContext, iter_csv, iter_json, iter_jsonl
from .structure import parse_text_article

__all__ = ["iter_articles", "read_article", "TEXT_SUFFIXES", "JSONL_SUFFIXES", "CSV_SUFFIXES", "HTML_SUFFIXES"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
STDIN = "-"


def _walk(folder: Path) -> Iterator[Path]:
    """Yield the files under ``folder`` recursively, sorted, skipping hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _read_text_file(data: bytes, path: str, ctx: RecordContext) -> Article:
    """Decode and parse a plain-text (or sniffed HTML) article file; raises InputError."""
    text = decode_bytes(data, path)
    if looks_like_html(text):
        return html_to_article(text, origin=path, published=ctx.published, source=ctx.source, patterns=ctx.patterns,
                               limits=ctx.limits)
    return parse_text_article(text, published=ctx.published, source=ctx.source, origin=path, patterns=ctx.patterns,
                              limits=ctx.limits)


def _read_whole(path: Path, name: str, ctx: RecordContext) -> bytes:
    """Read a one-article file (decompressing .gz), refusing it unread when over max_file_bytes."""
    limits = ctx.limits
    if path.suffix.lower() != ".gz":
        limits.check_bytes(path.stat().st_size, repr(name))
    with open_input(path) as stream:
        data, over = read_capped(stream, limits.max_file_bytes)
    if over:
        limits.check_bytes(len(data), f"{name!r} (decompressed)")
    return data


def _iter_file(path: Path, ctx: RecordContext) -> Iterator[Article | Failure]:
    """Yield the Articles and Failures of one file, choosing the reader by extension."""
    name = str(path)
    suffix = inner_suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            with open_input(path) as stream:
                yield from iter_jsonl(stream, name, ctx)
            return
        if suffix in CSV_SUFFIXES:
            with open_input(path) as stream:
                yield from iter_csv(stream, name, ctx)
            return
        data = _read_whole(path, name, ctx)
    except GZIP_ERRORS as exc:
        # Records already yielded stay valid; the damaged rest of the file is one Failure.
        yield Failure(path=name, position=None, reason=f"the gzip file is truncated or corrupt ({exc}); "
                      "recompress or re-download it")
        return
    except InputError as exc:
        yield Failure(path=name, position=None, reason=str(exc))
        return
    except OSError as exc:
        yield Failure(path=name, position=None, reason=f"cannot read the file ({exc.strerror or exc}); check its permissions")
        return
    except Exception as exc:  # e.g. a reader bug mid-file: keep what was read, record the rest as failed
        log_failure("tacitus.ingest", name, exc)
        yield Failure(path=name, position=None, reason=f"unexpected {type(exc).__name__} while reading: {exc}")
        return
    try:
        if suffix == ".json":
            yield from iter_json(data, name, ctx)
        elif suffix in HTML_SUFFIXES:
            if looks_binary(data[:65536]):
                raise InputError(f"{name!r} is a binary file, not an HTML page; remove it from the input")
            html = decode_bytes(data, name)
            yield html_to_article(html, origin=name, published=ctx.published, source=ctx.source, patterns=ctx.patterns,
                                  limits=ctx.limits)
        else:
            # .txt/.md/no extension, and unknown extensions sniffed as text (binary is refused).
            yield _read_text_file(data, name, ctx)
    except InputError as exc:
        log_failure("tacitus.ingest", name, exc)
        yield Failure(path=name, position=None, reason=str(exc))
    except Exception as exc:  # a library bug on one file must not end the run: record it
        log_failure("tacitus.ingest", name, exc)
        yield Failure(path=name, position=None, reason=f"unexpected {type(exc).__name__} while reading: {exc}")


def _iter_stdin(ctx: RecordContext) -> Iterator[Article | Failure]:
    """Yield the one plain-text article on standard input (read up to max_file_bytes)."""
    try:
        data, over = read_capped(sys.stdin.buffer, ctx.limits.max_file_bytes)
        if over:
            ctx.limits.check_bytes(len(data), "standard input")
        yield _read_text_file(data, "<stdin>", ctx)
    except InputError as exc:
        yield Failure(path="<stdin>", position=None, reason=str(exc))


def iter_articles(
    paths: Iterable[str | Path],
    *,
    column_map: Mapping[str, str] | None = None,
    published: str | None = None,
    source: str | None = None,
    limits: Limits | None = None,
) -> Iterator[Article | Failure]:
    """Yield an Article or a Failure for every article in ``paths``, in a deterministic order.

    Files are read by extension (.txt/.text/.md/none: one article; .jsonl/.ndjson: one record per
    line; .json: an object or an array; .csv/.tsv: one row per article; .html/.htm: trafilatura;
    anything else is sniffed), folders recursively in sorted order without hidden files, and "-"
    is standard input. ``column_map`` maps Tacitus field names to a corpus's column names
    ({"text": "story_body"}); ``published`` and ``source`` fill records that lack them. Never
    raises for bad input: a missing path, a binary or empty file, an invalid line or a CSV
    without a text column is a Failure, and the valid articles are still yielded. ``limits``
    (default ``Limits()``) bounds file, record and article sizes; an input over a budget is a
    Failure naming the budget. ".gz" files are decompressed (``a.jsonl.gz`` is read as JSONL).
    """
    ctx = RecordContext(
        patterns=StructurePatterns.load(),
        fields=FieldNames.load(),
        column_map=column_map,
        published=published,
        source=source,
        limits=limits,
    )
    for item in _iter_inputs(paths, ctx):
        yield _english_only(item)


def _iter_inputs(paths: Iterable[str | Path], ctx: RecordContext) -> Iterator[Article | Failure]:
    """Every Article or Failure of the inputs, in order (iter_articles without the language check)."""
    for item in paths:
        if str(item) == STDIN:
            yield from _iter_stdin(ctx)
            continue
        path = Path(item)
        if path.is_dir():
            for file in _walk(path):
                yield from _iter_file(file, ctx)
        elif path.is_file():
            yield from _iter_file(path, ctx)
        else:
            yield Failure(path=str(item), position=None, reason="no such file or folder; check the path")


def _english_only(item: Article | Failure) -> Article | Failure:
    """An article clearly not in English becomes a Failure saying which language (ingest/language.py)."""
    if isinstance(item, Failure):
        return item
    reason = language_failure_reason(item.text)
    if reason is None:
        return item
    path, _, position = (item.origin or item.id).partition(":")
    return Failure(path=path, position=position or None, reason=reason)


def read_article(
    path: str | Path,
    *,
    published: str | None = None,
    source: str | None = None,
    column_map: Mapping[str, str] | None = None,
    limits: Limits | None = None,
) -> Article:
    """Read exactly one article (for JSONL/CSV the first record) from a file or "-" (stdin).

    Raises InputError with a one-line message on any problem (a missing, binary or empty file, an
    invalid first record, a folder).
    """
    if str(path) != STDIN:
        candidate = Path(path)
        if candidate.is_dir():
            raise InputError(f"{str(path)!r} is a folder; give one article file (use 'tacitus run' for folders)")
        if not candidate.exists():
            raise InputError(f"{str(path)!r} does not exist; check the path")
    for item in iter_articles([path], column_map=column_map, published=published, source=source, limits=limits):
        if isinstance(item, Failure):
            where = f"{item.path}:{item.position}" if item.position else item.path
            reason = item.reason if item.reason.startswith(item.path) or item.reason.startswith(repr(item.path)) else f"{where}: {item.reason}"
            raise InputError(reason)
        return item
    raise InputError(f"{str(path)!r} holds no article; give a file with article text")
