"""Limits: hostile or absurd inputs become Failures naming their budget, before the expensive
work, and the run goes on to the next record. Big inputs are generated in tmp_path."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.ingest import iter_articles
from tacitus.ingest.lines import capped_lines
from tacitus.limits import Budget, LimitError, Limits, check_html, html_depth
from tacitus.model import Article, Failure

GOOD = "Ardenia imposed sanctions on Kesh on Monday, the foreign ministry said.\n\nKesh condemned the decision."
GOOD_LINE = json.dumps({"title": "Sanctions", "text": GOOD, "published": "2024-02-05"})


def _outcomes(paths: list[Path], limits: Limits | None = None) -> list[Article | Failure]:
    return list(iter_articles(paths, limits=limits))


def _one_failure_then_good(items: list[Article | Failure], budget_word: str) -> Failure:
    """The hostile input is one Failure naming the budget; the good record after it is read."""
    failures = [i for i in items if isinstance(i, Failure)]
    articles = [i for i in items if isinstance(i, Article)]
    assert len(failures) == 1, failures
    assert budget_word in failures[0].reason
    assert [a.text for a in articles] == [GOOD]
    return failures[0]


def test_a_50_mb_jsonl_line_is_refused_unparsed_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as out:
        out.write(b'{"title": "Huge", "text": "')
        chunk = b"Kesh met Ardenia. " * 10_000
        for _ in range(50_000_000 // len(chunk) + 1):
            out.write(chunk)
        out.write(b'"}\n' + GOOD_LINE.encode() + b"\n")
    tracemalloc.start()
    try:
        items = _outcomes([path])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    failure = _one_failure_then_good(items, "max_record_bytes")
    assert failure.position == "line 1"
    # Never held whole: memory peaks near the 8 MB cap, not at 50 MB (or 100+ MB for json.loads).
    assert peak < 25_000_000


def test_a_20_mb_single_line_text_file_is_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"word " * 4_000_000)
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    failure = _one_failure_then_good(_outcomes([tmp_path]), "max_file_bytes")
    assert failure.path.endswith("a.txt")


def test_a_single_line_under_the_file_budget_is_refused_by_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"word " * 400_000)  # 2 MB, one line
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    _one_failure_then_good(_outcomes([tmp_path]), "max_chars")


def test_100000_tiny_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("No.\n" * 100_000, encoding="utf-8")  # 400,000 characters
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    _one_failure_then_good(_outcomes([tmp_path]), "max_paragraphs")


@pytest.mark.parametrize("html", [
    "<html><body>" + "<div>" * 100_000 + "<p>Deep.</p>" + "</div>" * 100_000 + "</body></html>",
    "<html><body>" + "<span><b><i>" * 30_000 + "<p>Never closed.",
    "<html><body>" + "<table><tr><td>" * 5_000 + "Cells in cells.",
])
def test_deeply_nested_or_malformed_html(tmp_path: Path, html: str) -> None:
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    _one_failure_then_good(_outcomes([tmp_path]), "max_html_depth")


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY a "ha">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    page = f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body><p>&j;</p><p>{GOOD}</p></body></html>'
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    _one_failure_then_good(_outcomes([tmp_path]), "entity")


def test_huge_numeric_entities_are_harmless(tmp_path: Path) -> None:
    """Out-of-range character references decode to U+FFFD; the page is an ordinary article."""
    body = "".join(f"<p>{p}</p>" for p in GOOD.split("\n\n"))
    page = f"<html><body><article><p>&#99999999999999999999; &#x110000; &#xD800; &#0;</p>{body}</article></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [article] = _outcomes([tmp_path / "a.html"])
    assert isinstance(article, Article)
    assert "Kesh condemned the decision." in article.text
    assert "\x00" not in article.text


def test_nul_bytes_and_invalid_utf8_are_failures_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Kesh met Ardenia.\x00\x00\x00 More.")
    (tmp_path / "c.txt").write_text(GOOD, encoding="utf-8")
    path = tmp_path / "d.jsonl"
    path.write_bytes(b'{"text": "' + bytes(range(0x80, 0x100)) * 4 + b'"}\n'
                     + json.dumps({"text": "Nul\u0000inside a JSON string."}).encode() + b"\n"
                     + GOOD_LINE.encode() + b"\n")
    items = _outcomes([tmp_path])
    failures = [i for i in items if isinstance(i, Failure)]
    assert [(f.path.rsplit("/", 1)[-1], f.position) for f in failures] == [("a.txt", None), ("d.jsonl", "line 1"), ("d.jsonl", "line 2")]
    assert "NUL" in failures[0].reason and "not readable text" in failures[1].reason and "NUL" in failures[2].reason
    assert [a.text for a in items if isinstance(a, Article)] == [GOOD, GOOD]


def test_gzip_bomb_is_capped_and_a_truncated_gzip_keeps_its_good_lines(tmp_path: Path) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 40_000_000))  # 40 MB from ~40 KB
    cut = gzip.compress((GOOD_LINE + "\n").encode() * 200)
    (tmp_path / "cut.jsonl.gz").write_bytes(cut[: len(cut) - 10])
    items = _outcomes([tmp_path / "bomb.txt.gz", tmp_path / "cut.jsonl.gz"])
    assert isinstance(items[0], Failure) and "max_file_bytes" in items[0].reason
    assert isinstance(items[-1], Failure) and "truncated" in items[-1].reason
    assert all(isinstance(i, Article) for i in items[1:-1]) and len(items) > 100


def test_oversized_csv_row_fails_and_reading_resumes(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("title,text\nBig," + "x" * 3_000 + "\nGood,\"" + GOOD + "\"\n", encoding="utf-8")
    items = _outcomes([path], Limits(max_record_bytes=1_000))
    failure = _one_failure_then_good(items, "max_record_bytes")
    assert failure.position == "row 1"


def test_limits_are_configurable_and_zero_switches_a_check_off(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Yes.\n\n" * 50 + GOOD, encoding="utf-8")
    assert isinstance(_outcomes([tmp_path], Limits(max_paragraphs=20))[0], Failure)
    assert isinstance(_outcomes([tmp_path], Limits(max_paragraphs=0))[0], Article)
    limits = Limits.from_mapping({"max_paragraphs": "20", "max_seconds": "2.5", "max_chars": None})
    assert (limits.max_paragraphs, limits.max_seconds, limits.max_chars) == (20, 2.5, Limits().max_chars)
    with pytest.raises(InputError, match="unknown limit"):
        Limits.from_mapping({"max_pages": 3})
    with pytest.raises(InputError, match="positive"):
        Limits.from_mapping({"max_chars": -1})


def test_html_depth_scan() -> None:
    assert html_depth("<html><body><div><p>x<div><img src='a>b'><br/></div></div>") == 2
    assert html_depth("<div><script>var s = '<div><div><div>';</script></div>") == 1
    assert html_depth("<div><!-- <div><div> --></div>") == 1
    assert html_depth("<ul><li>a<li>b<li>c</ul>") == 1  # omitted </li> does not deepen
    assert html_depth("<div>" * 1_000, stop_at=10) == 10
    check_html("<html><body><div>fine</div></body></html>", "page", Limits())
    with pytest.raises(LimitError):
        check_html("<div>" * 600, "page", Limits())


def test_capped_lines_skip_the_rest_of_an_oversized_line() -> None:
    stream = io.BytesIO(b"short\n" + b"y" * 100 + b"\nnext\nlast")
    lines = list(capped_lines(stream, 10))
    assert [(line.data, line.size, line.oversized) for line in lines] == [
        (b"short\n", 6, False), (b"y" * 11, 101, True), (b"next\n", 5, False), (b"last", 4, False)]


def test_time_budget_is_checked_between_stages() -> None:
    now = [0.0]
    budget = Budget(5.0, "article 1", clock=lambda: now[0])
    now[0] = 4.0
    budget.check("actors")
    now[0] = 6.5
    with pytest.raises(LimitError, match="max_seconds 5 .*after the events stage"):
        budget.check("events")
    Budget(0, "no budget", clock=lambda: now[0] * 1000).check("quotes")  # 0 = off
