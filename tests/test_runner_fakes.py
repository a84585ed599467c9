"""A stand-in coder for the runner, watch and concurrency tests (no spaCy: fast, and usable in
child processes), and helpers to write small corpora of our own made-up articles.

Collected by pytest as a test module too; it holds one self-check.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Iterable, Iterator

from tacitus.model import Article, Coded, Failure


class FakeCoder:
    """Codes every article as an article with no records; remembers which ids it was asked to code.

    ``delay`` seconds per article make a run last long enough for another process to overlap it;
    an article whose text contains ``fail_marker`` comes out as a coding Failure.
    """

    def __init__(self, delay: float = 0.0, fail_marker: str = "CANNOT-CODE", on_article=None) -> None:
        self.delay = delay
        self.fail_marker = fail_marker
        self.on_article = on_article
        self.coded_ids: list[str] = []

    def __call__(self) -> "FakeCoder":
        """Act as its own loader (run_inputs(load_coder=...))."""
        return self

    def pipe(self, articles: Iterable[Article], *, batch_size: int | None = None,
             on_error: str = "raise") -> Iterator[Coded | Failure]:
        """Yield one result per article, in order."""
        for article in articles:
            self.coded_ids.append(article.id)
            if self.on_article is not None:
                self.on_article(article)
            if self.delay:
                time.sleep(self.delay)
            if self.fail_marker in article.text:
                yield Failure(path=article.origin or "?", position=None, reason="coding failed: test marker", kind="coding")
            else:
                yield Coded(article=article)


def story(number: int, tag: str = "") -> str:
    """The text of a short made-up article, distinct for each (number, tag)."""
    return (f"The council of Northvale met on Tuesday to discuss bridge number {number}{tag}. "
            f"Mayor Ana Petrov said the repairs would begin in spring, according to officials.")


def write_jsonl(path: Path, numbers: Iterable[int], *, append: bool = False, tag: str = "") -> None:
    """Write (or append) one JSONL record per number."""
    with path.open("a" if append else "w", encoding="utf-8") as out:
        for number in numbers:
            out.write(json.dumps({"title": f"Bridge {number}{tag}", "text": story(number, tag),
                                  "published": "2021-03-02"}) + "\n")


def test_fake_coder_codes_in_order_and_fails_on_marker() -> None:
    from tacitus.ingest import parse_text_article

    articles = [parse_text_article(story(1)), parse_text_article(story(2) + " CANNOT-CODE")]
    results = list(FakeCoder().pipe(articles))
    assert isinstance(results[0], Coded) and results[0].article.id == articles[0].id
    assert isinstance(results[1], Failure)
