"""Rich renderings of records for the terminal (the CLI's non-JSON output)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from rich.console import Console
from rich.table import Table

from .model import Coded

__all__ = ["print_summary", "print_coded", "events_table", "actors_table", "quotes_table", "output_console"]

# Width of a table written to a pipe or a file: wide enough that no real row wraps, so that
# `tacitus events | grep USA` or `> events.txt` keep one record per line.
PIPE_WIDTH = 4000


def output_console() -> Console:
    """The Console for standard output: the terminal's width on a terminal, no wrapping when piped."""
    import sys

    return Console() if sys.stdout.isatty() else Console(width=PIPE_WIDTH, soft_wrap=True)


def _ref(ref: dict[str, Any] | None) -> str:
    """'Mike Pompeo (USAGOV)' for an actor reference dict."""
    if not ref:
        return "-"
    code = ref.get("code") or ref.get("country") or "?"
    return f"{ref['name']} ({code})"


def events_table(events: Sequence[dict[str, Any]]) -> Table:
    """A table of event dicts: date, type, CAMEO, source, target, place, modality, evidence."""
    table = Table(title=f"{len(events)} events", show_lines=False)
    for column in ("date", "type", "cameo", "source", "target", "place", "modality", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        place = (e.get("location") or {}).get("name") or "-"
        evidence = e["evidence"] if len(e["evidence"]) <= 90 else e["evidence"][:87] + "..."
        table.add_row(e.get("date") or "-", e["event_type"], e["cameo"], _ref(e.get("source")),
                      _ref(e.get("target")), place, e["modality"], evidence)
    return table


def actors_table(actors: Sequence[dict[str, Any]]) -> Table:
    """A table of actor dicts: name, code, country, sector, kind, title, number of mentions."""
    table = Table(title=f"{len(actors)} actors")
    for column in ("name", "code", "country", "sector", "kind", "title", "mentions"):
        table.add_column(column, overflow="fold")
    for a in actors:
        table.add_row(a["name"], a.get("code") or "-", a.get("country") or "-", a.get("sector") or "-",
                      a.get("kind") or "-", a.get("title") or "-", str(len(a.get("mentions") or [])))
    return table


def quotes_table(quotes: Sequence[dict[str, Any]]) -> Table:
    """A table of quote dicts: speaker, kind, cue, text."""
    table = Table(title=f"{len(quotes)} quotes")
    for column in ("speaker", "kind", "cue", "text"):
        table.add_column(column, overflow="fold")
    for q in quotes:
        text = q["text"] if len(q["text"]) <= 120 else q["text"][:117] + "..."
        table.add_row(_ref(q.get("speaker")), q["kind"], q.get("cue") or "-", text)
    return table


def print_coded(coded: Coded, console: Console | None = None) -> None:
    """Print one coded article: its structure, then actors, events and quotes."""
    console = console or output_console()
    article = coded.article
    console.print(f"[bold]{article.title or '(no headline)'}[/]  id {article.id}")
    console.print(f"published {article.published or '-'}  source {article.source or '-'}")
    if article.standfirst:
        console.print(f"[italic]{article.standfirst}[/]")
    for label, values in (("captions", article.captions), ("credits", article.credits), ("subheads", article.subheads)):
        if values:
            console.print(f"{label}: " + " | ".join(values))
    data = coded.to_dict()
    console.print(actors_table(data["actors"]))
    console.print(events_table(data["events"]))
    console.print(quotes_table(data["quotes"]))


def print_summary(summary: Any, db: Path, console: Console | None = None) -> None:
    """Print the end-of-run summary of `tacitus run`."""
    console = console or output_console()
    rate = summary.new / summary.seconds if summary.seconds else 0.0
    console.print(
        f"read {summary.read}  =  stored {summary.new}  +  skipped {summary.skipped} (already stored or duplicate)"
        f"  +  failed {summary.failed}  "
        f"|  events {summary.events}  quotes {summary.quotes}  actors {summary.actors}  "
        f"|  {summary.seconds:.1f}s ({rate:.1f} new articles/s)  ->  {db}"
    )
    for failure in summary.failures[:10]:
        where = failure["path"] + (f" ({failure['position']})" if failure.get("position") else "")
        console.print(f"  failed: {where}: {failure['reason']}", highlight=False)
    if len(summary.failures) > 10:
        console.print(f"  ... and more: see the failures table in {db}")
