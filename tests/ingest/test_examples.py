"""The example articles in examples/ (the README quickstart input) all read cleanly."""

from __future__ import annotations

from pathlib import Path

from tacitus.ingest import iter_articles
from tacitus.model import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_every_example_reads_with_date_title_and_plausible_length() -> None:
    items = list(iter_articles([EXAMPLES]))
    assert all(isinstance(item, Article) for item in items), [i for i in items if not isinstance(i, Article)]
    # examples/cluster/ holds short reports of the same happenings (the clustering set).
    cluster_set = [a for a in items if "/cluster/" in a.origin]
    assert 10 <= len(items) - len(cluster_set) <= 14 and 8 <= len(cluster_set) <= 16
    for article in items:
        assert article.published and article.published.startswith("2025-"), article.origin
        assert article.title, article.origin
        words = len(article.text.split()) + len(article.title.split())
        shortest = 25 if article in cluster_set else 150
        assert shortest <= words <= 450, (article.origin, words)
        assert "Advertisement" not in article.text and "Read more" not in article.text
    formats = {Path(a.origin.split(":")[0]).suffix for a in items}
    assert formats == {".txt", ".jsonl", ".csv", ".html"}


def test_example_ids_are_unique() -> None:
    ids = [a.id for a in iter_articles([EXAMPLES])]
    assert len(ids) == len(set(ids))
