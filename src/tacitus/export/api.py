"""``export_events``: write the events a filter selects in one of the export formats.

Output is written beside the target under a temporary name and moved into place at the end, so
an export that fails midway leaves no half-written file for a reader to mistake for a whole one.
An existing output is replaced only with ``force=True``; missing parent folders are created.

What a GDELT user counts by default: GDELT rows are events that happened, in the news. So the
gdelt format exports, unless asked otherwise, only ``asserted`` events (not negated,
hypothetical, intended, planned or cancelled ones: ``modality="all"`` keeps every one) and no
``historical`` events (background dated well before its article: ``historical=True`` keeps
them). The other formats export every event and carry ``modality`` and ``historical`` as fields.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError, TacitusError
from ..store import EventFilter, Store
from .fields import Written
from .gdelt import write_gdelt
from .plover import write_plover
from .query import iter_event_rows
from .tabular import write_csv, write_parquet

__all__ = ["export_events", "ExportSummary", "FORMATS", "export_scope", "ALL_MODALITIES"]

# format -> (what --output names, the files written inside a folder output)
FORMATS: dict[str, str] = {
    "gdelt": "a folder: events.tsv (61 columns) and mentions.tsv (16 columns), GDELT 2.0 layout",
    "plover": "a JSON Lines file: one PLOVER/POLECAT record per event",
    "parquet": "a folder: Parquet dataset partitioned year=YYYY/month=MM (unknown when undated)",
    "csv": "a CSV file: header row and the store's events columns",
}


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: the format, the output path, how many events, and the files."""

    format: str
    output: str
    events: int
    files: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (JSON-ready)."""
        data = asdict(self)
        data["files"] = list(self.files)
        data["warnings"] = list(self.warnings)
        return data


# The modality value that selects every modality (``--modality all``).
ALL_MODALITIES = "all"


def export_scope(fmt: str, where: EventFilter, historical: bool | None) -> tuple[EventFilter, bool]:
    """The filter and the historical choice an export of ``fmt`` applies (see the module notes):
    gdelt defaults to asserted, non-historical events; ``all`` lifts the modality filter."""
    gdelt = fmt.lower() == "gdelt"
    if where.modality is None and gdelt:
        where = replace(where, modality="asserted")
    elif where.modality is not None and where.modality.lower() == ALL_MODALITIES:
        where = replace(where, modality=None)
    return where, (not gdelt) if historical is None else historical


def export_events(store: Store, where: EventFilter, fmt: str, output: Path, *,
                  header: bool = False, force: bool = False, per_cluster: bool = False,
                  historical: bool | None = None) -> ExportSummary:
    """Export the events matching ``where`` from ``store`` to ``output`` in format ``fmt``.

    ``fmt`` is one of FORMATS (gdelt, plover, parquet, csv). ``header`` adds a header row to the
    GDELT tables (GDELT ships none); ``per_cluster`` writes one GDELT Event row per happening
    (cluster) with one Mention row per report. ``where.modality`` None means asserted for gdelt
    and every modality otherwise ("all": every modality); ``historical`` None means without
    historical events for gdelt and with them otherwise. Raises TacitusError with what to do for
    an unknown format or an existing output without ``force``.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise TacitusError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if per_cluster and fmt != "gdelt":
        raise TacitusError("--per-cluster applies to --format gdelt only (other formats list every event)")
    output = Path(output)
    if output.exists() and not force:
        raise TacitusError(f"{output} already exists: choose another --output or pass --force to replace it")
    where, with_historical = export_scope(fmt, where, historical)
    partial = output.with_name(f".{output.name}.partial")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        _remove(partial)
        written = _write(store, where, fmt, partial, header=header, per_cluster=per_cluster,
                         historical=with_historical)
        _remove(output)
        os.replace(partial, output)
    except duckdb.Error as exc:
        raise StoreError(f"cannot export from {store.path}: {str(exc).strip().splitlines()[0]}") from exc
    except OSError as exc:
        raise TacitusError(f"cannot write {output}: {exc.strerror or exc}; check the path and free space") from exc
    finally:
        _remove(partial)
    files = sorted(str(p) for p in output.rglob("*") if p.is_file()) if output.is_dir() else [str(output)]
    return ExportSummary(format=fmt, output=str(output), events=written.count, files=tuple(files),
                         warnings=written.warnings)


def _write(store: Store, where: EventFilter, fmt: str, target: Path, *, header: bool, per_cluster: bool,
           historical: bool) -> Written:
    """Write one format to ``target`` (a file or a folder, as the format needs)."""
    if fmt == "gdelt" and per_cluster:
        return write_gdelt(iter_event_rows(store, where, happenings=True, historical=historical), target,
                           header=header, mention_rows=iter_event_rows(store, where, historical=historical))
    if fmt == "gdelt":
        return write_gdelt(iter_event_rows(store, where, historical=historical), target, header=header)
    if fmt == "plover":
        from .. import __version__

        return write_plover(iter_event_rows(store, where, historical=historical), target,
                            coder=f"tacitus {__version__}")
    if fmt == "parquet":
        target.mkdir()
        return Written(write_parquet(store, where, target, historical=historical))
    return Written(write_csv(store, where, target, historical=historical))


def _remove(path: Path) -> None:
    """Delete a file or folder if it exists."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
