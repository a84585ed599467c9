"""Readers: every input format, folders, encodings, column mapping, and each bad-input case."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.ingest import iter_articles, read_article
from tacitus.model import Article, Failure

BODY = "Ardenia imposed sanctions on Kesh on Monday, the foreign ministry said.\n\nKesh condemned the decision."


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Ardenia sanctions Kesh\n\n" + BODY, encoding="utf-8")
    [article] = list(iter_articles([path], published="2025-03-03", source="Wire"))
    assert article.title == "Ardenia sanctions Kesh"
    assert (article.published, article.source, article.origin) == ("2025-03-03", "Wire", str(path))


def test_jsonl_with_invalid_line_among_valid_ones(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    rows = [
        json.dumps({"id": "1", "title": "One", "text": BODY, "published": "2025-01-02", "source": "A", "url": "http://a.test/1"}),
        "{not json",
        json.dumps({"headline": "Two", "body": BODY.replace("Monday", "Tuesday"), "pubdate": "20250103"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "No text"}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles, failures = _split(iter_articles([path], source="Default"))
    assert [a.title for a in articles] == ["One", "Two"]
    assert articles[0].url == "http://a.test/1" and articles[0].source == "A"
    assert articles[1].published == "2025-01-03" and articles[1].source == "Default"
    assert articles[0].origin == f"{path}:line 1" and articles[1].origin == f"{path}:line 3"
    assert [f.position for f in failures] == ["line 2", "line 5", "line 6"]
    assert "invalid JSON" in failures[0].reason


def test_json_array_and_object(tmp_path: Path) -> None:
    (tmp_path / "arr.json").write_text(json.dumps([{"title": "A", "text": BODY}, {"title": "B", "content": BODY + " More."}]))
    (tmp_path / "one.json").write_text(json.dumps({"title": "C", "text": BODY}))
    articles, failures = _split(iter_articles([tmp_path]))
    assert [a.title for a in articles] == ["A", "B", "C"] and not failures


def test_csv_with_other_column_names(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text('headline,body,date,publisher\n"One","' + BODY + '",7 October 2018,Daily\n', encoding="utf-8")
    [article] = list(iter_articles([path]))
    assert (article.title, article.published, article.source) == ("One", "2018-10-07", "Daily")
    assert article.origin == f"{path}:row 1"
    assert article.text.startswith("Ardenia imposed sanctions")


def test_tsv_and_column_map(tmp_path: Path) -> None:
    path = tmp_path / "feed.tsv"
    path.write_text("slug\tcopy\n" "T\t" + BODY.replace("\n\n", " ") + "\n", encoding="utf-8")
    [failure] = list(iter_articles([path]))
    assert isinstance(failure, Failure) and "no text column" in failure.reason
    [article] = list(iter_articles([path], column_map={"text": "copy", "title": "slug"}))
    assert article.title == "T" and article.text.startswith("Ardenia")


def test_csv_without_text_column_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("title,date\nA,2020-01-01\n", encoding="utf-8")
    [failure] = list(iter_articles([path]))
    assert isinstance(failure, Failure) and failure.position is None and "text column" in failure.reason


def test_html_page(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p} The talks lasted several hours, officials in the capital said.</p>" for p in BODY.split("\n\n"))
    html = (
        "<!DOCTYPE html><html><head><title>Ardenia sanctions Kesh</title>"
        '<meta property="article:published_time" content="2025-02-01T10:00:00Z"></head>'
        f"<body><article><h1>Ardenia sanctions Kesh</h1>{paragraphs}</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [article] = list(iter_articles([path]))
    assert isinstance(article, Article), article
    assert article.title == "Ardenia sanctions Kesh"
    assert article.published == "2025-02-01"
    assert article.text.startswith("Ardenia imposed sanctions on Kesh")


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta\n\n" + BODY)
    (tmp_path / "a.txt").write_text("Alpha\n\n" + BODY)
    (tmp_path / ".secret.txt").write_text("Hidden\n\n" + BODY)
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden\n\n" + BODY)
    titles = [a.title for a in iter_articles([tmp_path])]
    assert titles == ["Alpha", "Zeta"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    quote = "“We will respond,” the minister said." if encoding != "latin-1" else "The café owner in Zürich said so."
    path = tmp_path / "enc.txt"
    path.write_bytes(("Héadline\n\n" + quote + " " + BODY).encode(encoding))
    article = read_article(path)
    assert article.title == "Héadline"
    assert article.text.startswith(quote)


def test_cp1252_line_in_utf8_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"title": "A", "text": BODY}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"title": "B", "text": "“Quoted,” he said. " + BODY}, ensure_ascii=False).encode("cp1252")
    path.write_bytes(good + b"\n" + legacy + b"\n")
    articles, failures = _split(iter_articles([path]))
    assert not failures and articles[1].text.startswith("“Quoted,”")


def test_bad_files_become_failures_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_garbage.txt").write_bytes(bytes(range(0x80, 0x100)) * 10)
    (tmp_path / "d_good.txt").write_text("Good\n\n" + BODY)
    missing = tmp_path / "missing.txt"
    articles, failures = _split(iter_articles([tmp_path, missing]))
    assert [a.title for a in articles] == ["Good"]
    assert [Path(f.path).name for f in failures] == ["a_binary.bin", "b_empty.txt", "c_garbage.txt", "missing.txt"]
    assert "binary" in failures[0].reason and "empty" in failures[1].reason
    assert "no such file" in failures[3].reason
    assert all(f.position is None for f in failures)


def test_read_article_raises_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.dat").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "bad.jsonl").write_text("{oops\n")
    for name, message in [("empty.txt", "empty"), ("bin.dat", "binary"), ("bad.jsonl", "invalid JSON"), ("nope.txt", "does not exist")]:
        with pytest.raises(InputError, match=message) as info:
            read_article(tmp_path / name)
        assert "\n" not in str(info.value)
    with pytest.raises(InputError, match="folder"):
        read_article(tmp_path)


def test_read_article_takes_first_record(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"title": "First", "text": BODY}) + "\n" + json.dumps({"title": "Second", "text": BODY}) + "\n")
    assert read_article(path).title == "First"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(("From stdin\n\n" + BODY).encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    article = read_article("-", published="2025-05-05")
    assert article.title == "From stdin" and article.published == "2025-05-05"


def test_same_article_in_two_files_has_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same\n\n" + BODY)
    (tmp_path / "b.txt").write_text("Same\r\n\r\n" + BODY.replace("\n", "\r\n"))
    first, second = iter_articles([tmp_path])
    assert first.id == second.id and first.origin != second.origin


@pytest.mark.shared
def test_newswire_corpus_reads_completely(shared_dir: Path) -> None:
    path = shared_dir / "data" / "corpora" / "newswire-1997.jsonl"
    if not path.exists():
        pytest.skip("newswire-1997.jsonl is not in ../shared")
    articles, failures = _split(iter_articles([path]))
    assert not failures and len(articles) == 2452
    assert all(a.published and a.source for a in articles)
    assert sum(1 for a in articles if a.dateline) == 2452
