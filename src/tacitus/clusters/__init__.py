"""One happening, many reports: incremental, explained clustering of stored events.

``cluster_pending(store)`` places every event not yet clustered (a new batch joins old clusters;
rerunning changes nothing), ``rebuild_clusters(store)`` redoes everything and gives the same
clusters. The rules are in rules.py, the streaming engine in engine.py, the tables in schema.py.
"""

from __future__ import annotations

from .command import register
from .engine import ClusterSummary, cluster_database, cluster_pending, rebuild_clusters
from .query import Cluster, cluster_members, cluster_of, list_clusters

__all__ = [
    "ClusterSummary", "Cluster", "cluster_database", "cluster_pending", "rebuild_clusters", "list_clusters", "cluster_of",
    "cluster_members", "register",
]
