"""Exports of stored events: GDELT 2.0 tables, PLOVER/POLECAT JSON Lines, Parquet, CSV.

    from tacitus import Store, EventFilter
    from tacitus.export import export_events
    with Store("tacitus.duckdb", read_only=True) as store:
        export_events(store, EventFilter(country="PRK"), "gdelt", Path("out"))

Every format streams: CSV and Parquet are written by DuckDB, GDELT and PLOVER rows are fetched in
chunks, so memory does not grow with the number of events. Each writer's module docstring lists
its fields and layout (gdelt.py, plover.py, tabular.py).
"""

from __future__ import annotations

from ..lazy import lazy_exports

# Public name -> its module, imported on first use: the CLI registers `tacitus export` from
# command.py at start-up, and the writers (DuckDB, pyarrow) should only load when it runs.
_EXPORTS = {"export_events": "api", "ExportSummary": "api", "FORMATS": "api", "register": "command"}

__all__ = ["export_events", "ExportSummary", "FORMATS", "register"]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
