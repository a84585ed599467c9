"""The ``tacitus calibrate`` command: ``register(app)`` adds it to the Typer app in cli.py.

The work is in ``evaluate/calibrate_run.py`` (coding the gold, fitting, measuring), imported when
the command runs: this module sits outside the ``evaluate`` package, whose import loads spaCy, so
that ``--help`` and the other commands do not pay for it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the `calibrate` command to the Tacitus CLI."""

    @app.command("calibrate")
    def calibrate_command(
        gold: Path = typer.Argument(..., help="Whole-article gold file (../shared/data/gold/articles/*.expected.json)."),
        fold: str = typer.Option("1/2", "--fold", help="Fit on this fold (K/N)."),
        check: Optional[str] = typer.Option("2/2", "--check", help="Measure before/after on this held-out fold ('' for none)."),
        out: Optional[Path] = typer.Option(None, "--out", help="Write the table here (YAML); "
                                           "src/tacitus/events/data/calibration.yaml is the shipped one."),
        min_count: int = typer.Option(10, "--min-count", min=1, help="Fewest records per score bin."),
        strength: float = typer.Option(4.0, "--strength", min=0.0, help="Pseudo-records pulling each bin toward the overall share right."),
        features: str = typer.Option("auto", "--features", help="auto, all or none: record features on top of the score."),
        as_json: bool = typer.Option(False, "--json", help="Print the table and the report as JSON."),
    ) -> None:
        """Fit the confidence calibration table on whole-article gold and report it on a held-out fold."""
        from .errors import InputError
        from .evaluate.calibrate_run import calibrate, print_report, write_table
        from .evaluate.folds import parse_fold
        from .options import RunOptions

        if features not in ("auto", "all", "none"):
            raise InputError(f"--features {features!r}: use auto, all or none")
        if not gold.exists():
            raise InputError(f"{gold}: no such file")
        fit_fold = parse_fold(fold)
        check_fold = parse_fold(check) if check else None
        report = calibrate(gold, RunOptions.from_cli().load_coder(), fit_fold, check_fold, min_count, strength, features)
        if out is not None:
            write_table(report, out)
        if as_json:
            typer.echo(json.dumps(report, indent=2))
        else:
            print_report(report)
