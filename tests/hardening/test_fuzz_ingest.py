"""Fuzzing ingest and date normalization with Hypothesis: no exception escapes except
TacitusError subclasses (InputError, LimitError); readers of a corpus never raise at all."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import math
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_strategies import BYTES, JSON_VALUES, NEWSY, RECORDS
from tacitus.errors import InputError, TacitusError
from tacitus.ingest import decode_bytes, iter_articles, parse_text_article, read_article
from tacitus.ingest.dates import normalize_date
from tacitus.ingest.html import html_to_article
from tacitus.ingest.paragraphs import split_paragraphs
from tacitus.limits import Limits, html_depth
from tacitus.model import Article, Failure
from tacitus.temporal import parse_reference

# TACITUS_FUZZ_EXAMPLES raises the count for a long fuzzing session; CI runs the default.
EXAMPLES = int(os.environ.get("TACITUS_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SMALL = Limits(max_file_bytes=200_000, max_record_bytes=50_000, max_chars=20_000, max_paragraphs=200, max_html_depth=64)

@FUZZ
@given(data=BYTES)
def test_decode_bytes_returns_text_or_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "fuzz")
    except InputError:
        return
    assert isinstance(text, str) and text.strip()


@FUZZ
@given(text=NEWSY)
def test_paragraphs_and_structure(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert all(p and p == p.strip() for p in paragraphs)
    try:
        article = parse_text_article(text, origin="fuzz", limits=SMALL)
    except InputError:
        return
    assert article.text and article.text == article.text.strip()
    assert "\x00" not in article.text


@FUZZ
@given(html=NEWSY, published=st.one_of(st.none(), NEWSY))
def test_html_to_article(html: str, published: str | None) -> None:
    html_depth(html)
    try:
        article = html_to_article("<html><body>" + html, origin="fuzz", published=published, limits=SMALL)
    except InputError:
        return
    assert article.text


@FUZZ
@given(value=st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=80), NEWSY,
    st.dates().map(str), st.datetimes(), st.dates(),
    st.sampled_from([math.inf, -math.inf, math.nan, 10**400, 10**5000, -(10**30), 1e300, "inf", "NaN", "9999-12-31", "0000-01-01"]),
))
def test_normalize_date_never_raises(value: object) -> None:
    result = normalize_date(value)
    assert result is None or dt.date.fromisoformat(result)


@FUZZ
@given(value=st.one_of(st.none(), st.text(max_size=40), st.dates().map(str)))
def test_parse_reference_returns_a_date_or_raises_input_error(value: str | None) -> None:
    try:
        result = parse_reference(value)
    except InputError:
        return
    assert result is None or isinstance(result, dt.date)


def _check_items(items: list[Article | Failure]) -> None:
    for item in items:
        assert isinstance(item, (Article, Failure))
        if isinstance(item, Failure):
            assert item.reason
        else:
            assert item.text and "\x00" not in item.text


@FUZZ
@given(records=st.lists(st.one_of(RECORDS, JSON_VALUES, NEWSY), max_size=6), junk=st.lists(BYTES, max_size=2))
def test_jsonl_csv_and_gzip_readers_never_raise(records: list[object], junk: list[bytes]) -> None:
    """Random records and junk lines, as JSONL (plain and gzipped) and as CSV: Articles or Failures."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        lines = [json.dumps(r).encode() if not isinstance(r, str) else r.encode("utf-8", "surrogatepass") for r in records]
        data = b"\n".join(lines + [j.replace(b"\n", b" ") for j in junk]) + b"\n"
        (root / "a.jsonl").write_bytes(data)
        (root / "b.jsonl.gz").write_bytes(gzip.compress(data)[: max(len(data) // 2, 10)])  # often truncated
        (root / "c.csv").write_bytes(b"title,text,published\n" + data)
        (root / "d.tsv").write_bytes(data)
        (root / "e.json").write_bytes(json.dumps(records).encode())
        _check_items(list(iter_articles([root], limits=SMALL)))


@FUZZ
@given(data=BYTES, suffix=st.sampled_from([".txt", ".html", ".md", ".json", ".xyz", ".txt.gz", ""]))
def test_single_files_never_raise_and_read_article_raises_only_input_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        _check_items(list(iter_articles([path], limits=SMALL)))
        try:
            read_article(path, limits=SMALL)
        except TacitusError:
            pass
