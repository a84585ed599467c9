"""One happening, many reports: incremental, explained clustering of stored events.

``cluster_pending(store)`` places every event not yet clustered (a new batch joins old clusters;
rerunning changes nothing), ``rebuild_clusters(store)`` redoes everything and gives the same
clusters. The rules are in rules.py, the streaming engine in engine.py, the tables in schema.py.
"""

from __future__ import annotations

from ..lazy import lazy_exports

# Public name -> its module, imported on first use: the CLI registers `tacitus clusters` from
# command.py at start-up, and the engine (pyarrow) and queries (DuckDB) should only load when
# the command runs.
_EXPORTS = {
    "register": "command", "ClusterSummary": "engine", "cluster_database": "engine", "cluster_pending": "engine",
    "rebuild_clusters": "engine", "Cluster": "query", "cluster_members": "query", "cluster_of": "query",
    "list_clusters": "query",
}

__all__ = [
    "ClusterSummary", "Cluster", "cluster_database", "cluster_pending", "rebuild_clusters", "list_clusters", "cluster_of",
    "cluster_members", "register",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
