"""Replay every input that once broke something (tests/hardening/regressions/*.json).

Each file describes its input (small, generated: a value, a text, or a piece repeated N times),
the function it goes to, and what must happen now ("none", "no-crash", "article", "failure" with
words of the reason, "failure-then-article"). Several were quadratic-time traps: replayed at a
size that took minutes before the fix and milliseconds after. Add a file for every new bug the fuzzers find.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tacitus.errors import TacitusError
from tacitus.ingest import iter_articles, parse_text_article
from tacitus.ingest.dates import normalize_date
from tacitus.ingest.paragraphs import split_paragraphs
from tacitus.limits import Limits
from tacitus.model import Article, Failure

REGRESSIONS = sorted((Path(__file__).parent / "regressions").glob("*.json"))
SUFFIXES = {"text_file": ".txt", "html_file": ".html", "jsonl": ".jsonl", "csv": ".csv"}


def _text(case: dict[str, Any]) -> str:
    """Build the input text a case describes."""
    if "repeat" in case:
        piece, times = case["repeat"]
        return case.get("prefix", "") + piece * times + case.get("suffix", "")
    if "repeat_html" in case:
        tag, times, inner = case["repeat_html"]
        return "<html><body>" + tag * times + inner + "</body></html>"
    if "lines" in case:
        expand = {"REPEAT_X_3000": "x" * 3000, "DEEP_ARRAY_200000": "[" * 200_000 + "]" * 200_000, "DIGITS_5000": "1" * 5000}
        lines = []
        for line in case["lines"]:
            for token, value in expand.items():
                line = line.replace(token, value)
            lines.append(line)
        return "\n".join(lines) + "\n"
    return case["text"]


def test_there_are_regressions_to_replay() -> None:
    assert len(REGRESSIONS) >= 5
    for path in REGRESSIONS:
        case = json.loads(path.read_text(encoding="utf-8"))
        assert {"target", "expect", "note"} <= set(case), path.name


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_regression(path: Path, tmp_path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    target, expect = case["target"], case["expect"]
    if target == "normalize_date":
        value = 10 ** case["value_digits"] if "value_digits" in case else case["value"]
        assert normalize_date(value) is None
        return
    if target == "parse_text_article":
        try:
            article = parse_text_article(_text(case), origin="regression")
        except TacitusError:
            assert expect != "article"
            return
        assert expect in ("article", "no-crash") and article.text
        return
    if target == "split_paragraphs":
        assert all(isinstance(p, str) for p in split_paragraphs(_text(case)))
        return
    file = tmp_path / ("input" + SUFFIXES[target])
    file.write_text(_text(case), encoding="utf-8")
    try:
        items = list(iter_articles([file], limits=Limits.from_mapping(case.get("limits", {}))))
    except TacitusError as exc:  # pragma: no cover - iter_articles records problems, never raises
        pytest.fail(f"iter_articles raised {exc}")
    if expect == "failure":
        assert len(items) == 1 and isinstance(items[0], Failure), items
        assert case["reason"] in items[0].reason
    elif expect == "failure-then-article":
        assert [type(i) for i in items] == [Failure, Article]
        assert case["reason"] in items[0].reason
    else:
        assert all(isinstance(i, (Article, Failure)) for i in items)
