"""The real coder over examples/cluster/ (articles we wrote): merge precision and recall floors."""

from __future__ import annotations

import pytest

from tacitus.options import RunOptions
from tacitus.clusters import cluster_pending, rebuild_clusters
from tacitus.clusters.scoring import pairwise_scores
from tacitus.runner import run_inputs
from tacitus.store import Store

from conftest import EXAMPLES

from .cluster_fixtures import partition

ARTICLES = EXAMPLES / "cluster" / "articles.jsonl"
LABELS = EXAMPLES.parent / "eval" / "cluster-labels.json"

# Measured when the clusterer was written (2025 examples, window 1 day): precision 1.0 (9/9 pairs),
# recall 0.60 (9/15). The missed pairs are coder limits: a side coded without its sector or
# country ("RUS" vs "RUSMIL"), which the rules do not merge across articles without a full dyad.
PRECISION_FLOOR = 0.9
RECALL_FLOOR = 0.55


@pytest.mark.slow
def test_written_reports_cluster_above_the_floors(tmp_path, coder):
    db = tmp_path / "examples.duckdb"
    run_inputs(RunOptions(inputs=[str(ARTICLES)], db=db), load_coder=lambda: coder)
    with Store(db) as store:
        cluster_pending(store)
        scores = pairwise_scores(store, LABELS)
        incremental = partition(store)
        rebuild_clusters(store)
        assert partition(store) == incremental
    assert scores.labelled_events >= 12, scores.to_dict()  # the coder still finds the labelled reports
    assert scores.precision >= PRECISION_FLOOR, scores.to_dict()
    assert scores.recall >= RECALL_FLOOR, scores.to_dict()
