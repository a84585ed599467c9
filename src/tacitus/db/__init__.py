"""The database layer: one schema with recorded migrations, the column lists derived from the
records, one way to open the file, and one set of filters.

- ``columns``: the tables' columns, derived from model.py's records;
- ``schema``: creating the tables, numbered migrations recorded in ``schema_migrations``;
- ``rows``: records to rows and back;
- ``connect``: opening the file (writers wait for readers; readers give up after a timeout);
- ``filters``: events/actors/quotes/articles/clusters conditions and dyad parsing.

The store (tacitus.Store), clustering, the exports and the HTTP API all go through these.
"""

from __future__ import annotations

from ..lazy import lazy_exports

# Public name -> its module, imported on first use: the CLI's filter options use filters.py, and
# opening a database (connect.py: DuckDB) should only load when a command opens one.
_EXPORTS = {
    **dict.fromkeys(("ACTOR_COLUMNS", "ARTICLE_COLUMNS", "EVENT_COLUMNS", "FAILURE_COLUMNS", "QUOTE_COLUMNS",
                     "TABLES"), "columns"),
    **dict.fromkeys(("DatabaseBusy", "connect", "first_line", "is_lock_conflict", "writer_waiting"), "connect"),
    **dict.fromkeys(("EventFilter", "actor_condition", "article_condition", "cluster_condition", "contains_sql",
                     "event_condition", "parse_dyad", "quote_condition", "where_clause"), "filters"),
    **dict.fromkeys(("SCHEMA_VERSION", "migrate", "schema_version"), "schema"),
}

__all__ = ["ACTOR_COLUMNS", "ARTICLE_COLUMNS", "EVENT_COLUMNS", "FAILURE_COLUMNS", "QUOTE_COLUMNS", "TABLES",
           "DatabaseBusy", "connect", "first_line", "is_lock_conflict", "writer_waiting", "EventFilter",
           "actor_condition", "article_condition", "cluster_condition", "contains_sql", "event_condition",
           "parse_dyad", "quote_condition", "where_clause", "SCHEMA_VERSION", "migrate", "schema_version"]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
