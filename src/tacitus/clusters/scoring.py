"""Pairwise merge precision and recall of the stored clusters against hand labels.

A labels file (see eval/cluster-labels.json) lists happenings, each with its reports as
(article, PLOVER type, a few words of the evidence sentence). The article is named by the end of
its URL (".../c01") or by its stored id. A coded event takes the happening of the first report it
matches; an event matching none is a happening of its own. An event that merged several mentions
within its article (``mention_evidence``, events/merge.py) stands for each of them: every mention
is scored as a report in the event's cluster, so a within-article merge counts as reports put
together, as a cross-article merge does. Over all pairs of reports:
precision = pairs put together that share a happening / pairs put together; recall = pairs that
share a happening and were put together / pairs that share a happening.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from ..errors import InputError
from ..store import Store

__all__ = ["PairScores", "pairwise_scores"]


@dataclass(frozen=True)
class PairScores:
    """Pair counts and the scores derived from them."""

    predicted_pairs: int
    gold_pairs: int
    correct_pairs: int
    events: int
    labelled_events: int

    @property
    def precision(self) -> float:
        """Share of predicted pairs that report one happening (1.0 when nothing was merged)."""
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        """Share of same-happening pairs that were merged (1.0 when there are none)."""
        return self.correct_pairs / self.gold_pairs if self.gold_pairs else 1.0

    def to_dict(self) -> dict[str, float | int]:
        """Counts and scores as a plain dict."""
        return {**self.__dict__, "precision": round(self.precision, 3), "recall": round(self.recall, 3)}


def _labels(path: Path) -> list[tuple[str, str, str, str]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return [(h["id"], article, kind.upper(), words.casefold())
                for h in data["happenings"] for article, kind, words in h["reports"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"cannot read cluster labels {path}: {exc} (see eval/cluster-labels.json)") from exc


def pairwise_scores(store: Store, labels_path: str | Path) -> PairScores:
    """Score the store's clusters (``cluster_events``) against the labels file."""
    labels = _labels(Path(labels_path))
    rows = store.connection.execute(
        "SELECT e.id, a.id, a.url, e.event_type, e.evidence, e.mention_evidence, ce.cluster_id FROM events e "
        "JOIN articles a ON a.id = e.article_id JOIN cluster_events ce ON ce.event_id = e.id ORDER BY e.id").fetchall()
    truth: dict[str, str] = {}
    cluster: dict[str, str] = {}
    for event_id, article_id, url, kind, evidence, more, cluster_id in rows:
        names = {article_id, (url or "").rstrip("/").rsplit("/", 1)[-1]}
        for number, text in enumerate([evidence, *(more or ())]):
            report = event_id if number == 0 else f"{event_id}#{number}"
            cluster[report] = cluster_id
            found = next((h for h, article, k, words in labels
                          if article in names and k == kind and words in (text or "").casefold()), None)
            truth[report] = found or f"alone:{report}"
    predicted = gold = correct = 0
    for first, second in combinations(sorted(cluster), 2):
        together, same = cluster[first] == cluster[second], truth[first] == truth[second]
        predicted += together
        gold += same
        correct += together and same
    labelled = sum(not tag.startswith("alone:") for tag in truth.values())
    return PairScores(predicted, gold, correct, len(cluster), labelled)
