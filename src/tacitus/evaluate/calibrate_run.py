"""What ``tacitus calibrate`` does: fit the confidence calibration table on whole-article gold and check it.

Codes the gold articles of the fit fold with raw scores (the shipped table switched off), labels
each output record right or wrong with the articles scorer (``articles.event_matches``), fits the
table (``calibrate.fit``), then codes the check fold (held out) and reports the reliability table,
ECE and Brier score before (raw score) and after (the new table). ``--out`` writes the table;
``--out src/tacitus/events/data/calibration.yaml`` replaces the shipped one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any, Sequence

import typer
import yaml

from ..errors import InputError
from ..events.calibration import FEATURES, Calibration, features_of
from ..model import Failure
from .articles import BANDS, country_lookup, event_matches, load_gold, read_corpus_articles
from .calibrate import Labelled, brier, by_table_band, cross_validate, ece, fit, reliability
from .folds import Fold

__all__ = ["labelled_records", "calibrate", "write_table", "print_report"]

# Least drop in cross-validated Brier score for which the record features are kept.
_GAIN = 0.005


def labelled_records(gold: Path, coder: Any, fold: Fold | None) -> list[Labelled]:
    """Code the gold articles of ``fold`` with raw scores and label each output record right or wrong."""
    items = load_gold(gold, fold)
    if not items:
        raise InputError(f"{gold}: no articles in fold {fold}")
    articles = read_corpus_articles(items)
    ordered = [articles[item.id] for item in items]
    country_of = country_lookup()
    out: list[Labelled] = []
    for item, result in zip(items, coder.annotate(ordered, on_error="record"), strict=True):
        if isinstance(result, Failure):
            continue
        events = result.coded.events
        for event, right in zip(events, event_matches(item, events, country_of)):
            out.append(Labelled(event.confidence, features_of(event), right, item.id))
    return out


def _measures(pairs: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    return {"records": len(pairs), "right": sum(ok for _, ok in pairs), "ece": ece(pairs), "brier": brier(pairs),
            "reliability": reliability(pairs, BANDS)}


def calibrate(gold: Path, coder: Any, fit_fold: Fold, check_fold: Fold | None, min_count: int = 10,
              strength: float = 4.0, features: str = "auto") -> dict[str, Any]:
    """Fit a table on ``fit_fold`` and measure it on ``check_fold``; return the table and the report.

    ``features``: ``none`` (raw score only), ``all`` (every feature of ``FEATURES``) or ``auto``
    (the features only when they lower the leave-one-article-out Brier score on the fit fold by at
    least ``_GAIN``: a smaller gain on some tens of records is noise, and the simpler table wins).
    """
    coder.event_resources = dataclasses.replace(coder.event_resources, calibration=Calibration.identity())
    records = labelled_records(gold, coder, fit_fold)
    made = {"date": dt.date.today().isoformat(), "gold": gold.name, "fold": str(fit_fold),
            "articles": len({r.article for r in records}),
            "what": "share of records entirely right (type, both sides, date, place, modality) by the articles scorer"}
    names = tuple(FEATURES)
    cv = {"raw": brier([(r.score, r.right) for r in records]),
          "step": cross_validate(records, lambda rs: fit(rs, min_count, strength)),
          "step+features": cross_validate(records, lambda rs: fit(rs, min_count, strength, names))}
    chosen = {"none": (), "all": names}.get(features)
    if chosen is None:
        chosen = names if cv["step+features"] <= cv["step"] - _GAIN else ()
    table = fit(records, min_count, strength, chosen,
                made={**made, "cross_validated_brier": cv, "features": list(chosen)})
    report: dict[str, Any] = {"table": table.to_dict(), "fit": {"fold": str(fit_fold), "records": len(records),
                                                                "cross_validated_brier": cv}}
    if check_fold is not None:
        held = labelled_records(gold, coder, check_fold)
        report["check"] = {"fold": str(check_fold), "articles": len({r.article for r in held}),
                           "before": _measures([(r.score, r.right) for r in held]),
                           "after": _measures([(table.score(r.score, r.features), r.right) for r in held]),
                           "by_table_band": by_table_band(held, table)}
        # The held-out figures go into the table's own account of how it was made.
        report["table"]["made"]["held_out"] = {
            "fold": str(check_fold), "records": len(held), "right": sum(r.right for r in held),
            **{f"{name}_{when}": report["check"][when][name] for when in ("before", "after") for name in ("ece", "brier")}}
    return report


def print_report(report: dict[str, Any]) -> None:
    """A plain-text summary of the fitted table and the check."""
    table = report["table"]
    typer.echo(f"fit on fold {report['fit']['fold']}: {report['fit']['records']} records; "
               f"leave-one-article-out Brier {report['fit']['cross_validated_brier']}")
    for band in table["bands"]:
        typer.echo(f"  raw score >= {band['low']:.3f}: confidence {band['confidence']:.3f}")
    if table["adjust"]:
        typer.echo(f"  feature shifts (log-odds): {table['adjust']}")
    check = report.get("check")
    if not check:
        return
    typer.echo(f"check on fold {check['fold']} ({check['articles']} articles, held out):")
    for name in ("before", "after"):
        part = check[name]
        typer.echo(f"  {name}: {part['records']} records, {part['right']} right, ECE {part['ece']}, Brier {part['brier']}")
        for row in part["reliability"]:
            mean = "-" if row["mean_confidence"] is None else f"{row['mean_confidence']:.2f}"
            typer.echo(f"    {row['band']:<11} records {row['records']:>3}  mean confidence {mean:>5}  "
                       f"share right {row['share_right']:.2f}")
    typer.echo("  by band of the table (raw scores): records, mean raw score -> mean confidence, share right")
    for row in check["by_table_band"]:
        if row["records"]:
            typer.echo(f"    {row['scores']:<13} {row['records']:>3}  {row['mean_score']:.2f} -> {row['mean_confidence']:.2f}  "
                       f"{row['share_right']:.2f}")


def write_table(report: dict[str, Any], out: Path) -> None:
    """Write the fitted table of a report as the YAML file the event stage reads."""
    header = ("# Confidence calibration table (tacitus.events.calibration): raw score -> share of records\n"
              "# right. Written by `tacitus calibrate`; 'made' says from which gold, fold and counts.\n")
    out.write_text(header + yaml.safe_dump(report["table"], sort_keys=False, allow_unicode=True), encoding="utf-8")
