"""Pairwise cluster scoring against hand labels (hand-built events through Store.write; no model)."""

from __future__ import annotations

import dataclasses
import json

from tacitus.clusters import cluster_pending
from tacitus.clusters.scoring import pairwise_scores

from .cluster_fixtures import E, coded, store_with

MEET = ("CONSULT", "042")


def _labels(tmp_path, reports):
    path = tmp_path / "labels.json"
    path.write_text(json.dumps({"happenings": [{"id": "meeting", "reports": reports}]}), encoding="utf-8")
    return path


def test_a_merged_record_counts_each_of_its_mentions_as_a_report(tmp_path):
    # One article mentions the meeting twice; the coder merged both mentions into one record.
    article = coded("a", "2018-10-07", "Wire One", [E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang")])
    merged = dataclasses.replace(article.events[0], mentions=2, mention_evidence=("a second sentence about it",))
    article = dataclasses.replace(article, events=(merged,))
    other = coded("b", "2018-10-07", "Wire Two", [E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang")])
    store = store_with(tmp_path / "t.duckdb", [article, other])
    cluster_pending(store)
    labels = _labels(tmp_path, [[article.article.id, "CONSULT", "a sentence 0"],
                                [article.article.id, "CONSULT", "second sentence"],
                                [other.article.id, "CONSULT", "b sentence 0"]])
    scores = pairwise_scores(store, labels)
    # Three reports of one happening, all together: three pairs, all found.
    assert (scores.gold_pairs, scores.predicted_pairs, scores.correct_pairs) == (3, 3, 3)
    assert scores.labelled_events == 3
    store.close()


def test_reports_left_apart_lower_recall_not_precision(tmp_path):
    first = coded("a", "2018-10-07", "Wire One", [E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang")])
    second = coded("b", "2018-10-07", "Wire Two", [E(*MEET, "USAGOV", "CHNGOV", "2018-10-07", "Beijing")])
    store = store_with(tmp_path / "t.duckdb", [first, second])
    cluster_pending(store)
    labels = _labels(tmp_path, [[first.article.id, "CONSULT", "a sentence 0"],
                                [second.article.id, "CONSULT", "b sentence 0"]])
    scores = pairwise_scores(store, labels)
    assert (scores.gold_pairs, scores.predicted_pairs, scores.correct_pairs) == (1, 0, 0)
    assert scores.recall == 0.0 and scores.precision == 1.0
    store.close()
