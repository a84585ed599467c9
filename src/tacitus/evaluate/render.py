"""Readable tables of an evaluation result, for the CLI's non-JSON output.

``render`` gives the headline table of any format; ``render_details`` the tables that only some
formats have (whole-article gold: per article, precision per confidence band, the error report).
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

__all__ = ["render", "render_details", "flatten"]

_META = ("format", "gold", "dictionaries", "seconds", "fold")


def _cell(value: Any) -> str:
    """Format one number for the table."""
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def flatten(result: Mapping[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """Return table rows (metric, precision, recall, f1 / value, support) for a result.

    P/R/F1 blocks take the three columns, per-class blocks (``per_type``, ``per_subtype``) give
    one row per class, ``{found, total}`` blocks read "found/total", plain numbers go to the value
    column.
    """
    rows: list[tuple[str, str, str, str, str]] = []
    for key, value in result.items():
        if key in _META:
            continue
        if isinstance(value, Mapping) and "f1" in value:
            rows.append((key, _cell(value.get("precision")), _cell(value.get("recall")), _cell(value["f1"]), ""))
        elif isinstance(value, Mapping) and "found" in value:
            if key.startswith(("must_not", "never")):
                # For things that must not appear, "found" counts violations: name them, not the rest.
                note = ("violated: " + ", ".join(value.get("found_ids", [])))[:60] if value.get("found_ids") else "none violated"
            else:
                note = ", ".join(value.get("missed_ids", []))[:60]
            recall = _cell(value["recall"]) if "recall" in value else ""
            rows.append((key, "", recall, f"{value['found']}/{value['total']}", note))
        elif isinstance(value, Mapping) and key.startswith("per_"):
            for name, scores in value.items():
                rows.append((
                    f"  {key[4:]} {name}",
                    _cell(scores.get("precision")),
                    _cell(scores.get("recall")),
                    _cell(scores.get("f1")),
                    _cell(scores.get("support")),
                ))
        elif isinstance(value, (int, float)):
            rows.append((key, "", "", _cell(value), ""))
    return rows


def render(result: Mapping[str, Any]) -> Table:
    """Return a rich Table of an evaluation result with one row per metric and per class."""
    dictionaries = result.get("dictionaries")
    caption = f"{result.get('gold', '')}  ({result.get('seconds', '?')} s)"
    if result.get("fold"):
        caption += f"  fold {result['fold']}"
    if dictionaries:
        caption += "  dictionaries " + ("applied" if dictionaries.get("applied") else "NOT applied")
    table = Table(title=f"tacitus eval: {result.get('format', '')}", caption=caption)
    for header in ("metric", "precision", "recall", "f1 / value", "support / missed"):
        table.add_column(header, justify="left" if header in ("metric", "support / missed") else "right")
    for row in flatten(result):
        table.add_row(*row)
    return table


def render_details(result: Mapping[str, Any]) -> list[RenderableType]:
    """Return the tables beyond the headline one (empty for formats that have none).

    Whole-article results get a table per article and one per confidence band; with the error
    report, the wrong and missed events per article and the count of wrong fields over the set.
    """
    parts: list[RenderableType] = []
    if result.get("per_article"):
        parts.append(_articles_table(result["per_article"]))
    if result.get("reliability"):
        parts.append(_reliability_table(result["reliability"]))
    if result.get("errors"):
        parts.extend(_error_report(result["errors"]))
    return parts


def _articles_table(entries: Sequence[Mapping[str, Any]]) -> Table:
    """One row per article: must, should, precision, dyad precision, actors, quotes, must_not."""
    table = Table(title="per article")
    for header in ("article", "must", "should", "precision", "dyad", "actors", "quotes", "must_not", "events/listed"):
        table.add_column(header, justify="left" if header == "article" else "right")
    for entry in entries:
        table.add_row(
            entry["id"],
            f"{entry['must']['found']}/{entry['must']['total']}",
            f"{entry['should']['found']}/{entry['should']['total']}",
            _cell(entry["precision"]), _cell(entry["dyad_precision"]), _cell(entry["actors"]), _cell(entry["quotes"]),
            str(entry["must_not"]["found"]), f"{entry['output_events']}/{entry['listed']}",
        )
    return table


def _reliability_table(bands: Sequence[Mapping[str, Any]]) -> Table:
    """Per confidence band: events, matched, mean confidence and precision (close when calibrated)."""
    table = Table(title="precision by confidence")
    for header in ("confidence", "events", "matched", "mean confidence", "precision"):
        table.add_column(header, justify="left" if header == "confidence" else "right")
    for band in bands:
        mean = band.get("mean_confidence")
        table.add_row(band["band"], str(band["events"]), str(band["matched"]),
                      "-" if mean is None else _cell(mean), _cell(band["precision"]))
    return table


def _side(side: Any) -> str:
    """An output actor reference or a gold side, as COUNTRY/SECTOR (lists joined with |)."""
    if side is None:
        return "-"

    def code(value: Any) -> str:
        return "|".join(value) if isinstance(value, list) else (value or "?")

    text = code(side.get("country"))
    if side.get("sector"):
        text += "/" + code(side["sector"])
    name = side.get("name") or side.get("who")
    return f"{text} ({name})" if name else text


def _output_line(event: Mapping[str, Any]) -> str:
    """One output event on one line: type, source -> target, date, place, modality, confidence."""
    place = event.get("place")
    where = "-" if not place else f"{place['name']} [{place.get('country') or '?'}]"
    return (f"{event['type']}  {_side(event['source'])} -> {_side(event['target'])}  {event.get('date') or '-'}  "
            f"{where}  {event['modality']}  conf {event['confidence']:.2f}")


def _gold_line(gold: Mapping[str, Any]) -> str:
    """One gold event on one line, in the same order as an output event."""
    modality = "|".join(gold.get("modality") or []) or "-"
    arrow = "<->" if gold.get("symmetric") else "->"
    return (f"{gold['group']}:{gold['id']}  {'|'.join(gold.get('types') or [])}  {_side(gold.get('source'))} {arrow} "
            f"{_side(gold.get('target'))}  {gold.get('date') or '-'}  {gold.get('location') or '-'}  {modality}")


def _quote_lines(lines: Text, item: Mapping[str, Any]) -> None:
    """A gold quote not found: its words and speaker, why it did not count, and our quotes
    holding its words with their speaker and the rule that chose it."""
    gold = item["gold"]
    lines.append(f"  QUOTE   \"{gold.get('contains')}\"  gold speaker {gold.get('speaker')}: {item['reason']}\n")
    for ours in item["ours"]:
        mentions = ", ".join(ours.get("speaker_mentions") or [])
        who = ours["speaker"] or "no speaker"
        lines.append(f"          ours: {ours['kind']} quote, cue {ours.get('cue') or '-'}, speaker {who}"
                     + (f" (mentions: {mentions})" if mentions else "") + "\n")
        if ours.get("why"):
            lines.append(f"          why: {ours['why']}\n", style="dim")
        flat = " / ".join(part for part in ours["text"].splitlines() if part.strip())  # one line per quote
        lines.append(f"          text: {flat[:160]}\n", style="dim")


def _error_report(errors: Mapping[str, Any]) -> list[RenderableType]:
    """The error report: per article the wrong output events, the missed must events and the gold
    quotes not found, then the count of wrong fields over the set."""
    lines = Text()
    for article in errors["articles"]:
        quotes = article.get("quotes") or []
        missed_actors = article.get("missed_actors") or []
        if not article["wrong"] and not article["missed_must"] and not quotes and not missed_actors:
            continue
        lines.append(f"\n== {article['id']}: {len(article['wrong'])} wrong, {len(article['missed_must'])} missed must, "
                     f"{len(quotes)} quote(s) not found, {len(missed_actors)} missed actors\n", style="bold")
        for item in article["wrong"]:
            event = item["event"]
            lines.append(f"  WRONG   {_output_line(event)}\n")
            if item["nearest"] is not None:
                lines.append(f"          nearest {_gold_line(item['nearest'])}\n")
                lines.append(f"          differs: {', '.join(item['differs'])}\n")
            lines.append(f"          evidence: {event.get('evidence') or ''}\n", style="dim")
            lines.append(f"          why: {event.get('why') or ''}\n", style="dim")
        for item in article["missed_must"]:
            lines.append(f"  MISSED  {_gold_line(item['gold'])}\n")
            lines.append(f"          evidence: {item['gold'].get('evidence') or ''}\n", style="dim")
            if item["closest"] is not None:
                lines.append(f"          closest {_output_line(item['closest'])}\n")
                lines.append(f"          differs: {', '.join(item['differs'])}\n")
            else:
                lines.append("          no output event in this article\n")
        for item in quotes:
            _quote_lines(lines, item)
        for item in missed_actors:
            lines.append(f"  ACTOR   {item['class']}: gold {_side(item['gold'])}\n")
            output = item.get("output")
            if output is not None:
                lines.append(f"          output {_side(output)} [{output.get('kind') or '-'}] "
                             f"mentions {', '.join(output.get('mentions') or [])}\n")
                lines.append(f"          why: {output.get('why') or ''}\n", style="dim")
    summary = errors["summary"]
    off = ", ".join(f"{n} field(s): {count}" for n, count in summary.get("wrong_events_by_fields_off", {}).items())
    table = Table(title="wrong fields over the set",
                  caption="wrong events: output events that match no gold event, against their nearest one; "
                          "only field: the one field that kept them from matching"
                          + (f". Wrong events by fields off: {off}" if off else ""))
    for header in ("field", "wrong events", "only field", "missed must"):
        table.add_column(header, justify="left" if header == "field" else "right")
    for name, counts in summary["fields"].items():
        table.add_row(name, str(counts["wrong_events"]), str(counts["only_wrong_field"]), str(counts["missed_must"]))
    classes = summary.get("missed_actors") or {}
    if classes:
        lines.append("\nmissed gold actors: " + ", ".join(f"{name} {count}" for name, count in classes.items()) + "\n",
                     style="bold")
    return [lines, table]
