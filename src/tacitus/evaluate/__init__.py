"""Measuring Tacitus against gold sets: ``evaluate`` runs the real pipeline and scores it.

One module per gold format (plover_gsr, petrarch, case2021, timeml, geoxml, polnear, expected,
articles), shared arithmetic in ``scoring``, field matching for hand-written expectations in
``matching``, deterministic folds in ``folds``, code tables in ``normalize`` (data files under
``data/``), the tables for people in ``render`` and the CI gate in ``gate``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..errors import InputError
from . import articles, case2021, expected, geoxml, petrarch, plover_gsr, polnear, timeml
from .folds import parse_fold
from .normalize import Normalizer
from .render import render
from .system import load_coder

__all__ = ["FORMATS", "FOLD_FORMATS", "evaluate", "render"]

FORMATS = ("plover-gsr", "petrarch", "case2021", "timeml", "geoxml", "polnear", "expected", "articles")
# Formats whose items can be split into folds (by article id or record id).
FOLD_FORMATS = ("articles", "plover-gsr", "case2021", "polnear")
_FOLDER_FORMATS = frozenset({"timeml", "polnear"})


def _check_input(path: Path, fmt: str) -> None:
    """Raise InputError with a one-line message for a wrong format or an unusable path."""
    if fmt not in FORMATS:
        raise InputError(f"unknown gold format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if not path.exists():
        kind = "folder" if fmt in _FOLDER_FORMATS else "file"
        raise InputError(f"{path}: no such {kind}; give the path of a {fmt} gold {kind}")
    if fmt == "polnear" and not path.is_dir():
        raise InputError(f"{path}: polnear gold is a folder with text/ and attributions/, not a file")
    if path.is_file() and path.stat().st_size == 0:
        raise InputError(f"{path}: the gold file is empty")
    if path.is_dir() and not any(path.iterdir()):
        raise InputError(f"{path}: the gold folder is empty")


def evaluate(
    gold: str | Path,
    fmt: str,
    coder: Any,
    *,
    dictionaries: str | Path | None = None,
    limit: int | None = None,
    fold: str | None = None,
    errors: bool = False,
) -> dict[str, Any]:
    """Run the pipeline over a gold set and return its scores as a JSON-ready dict.

    ``fmt`` is one of FORMATS. ``coder`` is a loaded ``tacitus.load()`` coder (None loads one).
    ``dictionaries`` names TABARI/PETRARCH dictionaries for this run: they are applied only when
    ``tacitus.load`` accepts them, and the result's ``dictionaries.applied`` says whether they
    were. ``limit`` scores only the first N items. Scores are in 0..1 (``mean_km`` is in km);
    ``items`` is the number of items scored. ``fold`` ("K/N", formats in FOLD_FORMATS) scores only
    the items whose id hashes to fold K of N; ``errors`` (format ``articles``) adds the error
    report under ``errors``. Raises InputError for a wrong format name, a missing path, an empty
    file, or a fold or error report the format does not support.
    """
    path = Path(gold)
    _check_input(path, fmt)
    if limit is not None and limit < 1:
        raise InputError(f"limit must be a positive number of items, not {limit}")
    if fold is not None and fmt not in FOLD_FORMATS:
        raise InputError(f"--fold works with the formats {', '.join(FOLD_FORMATS)}, not {fmt}")
    if errors and fmt != "articles":
        raise InputError(f"--errors works with --format articles, not {fmt}")
    chosen = parse_fold(fold) if fold is not None else None
    coder, applied = load_coder(coder, str(dictionaries) if dictionaries is not None else None)
    norm = Normalizer.load()
    started = time.perf_counter()
    if fmt == "plover-gsr":
        result = plover_gsr.run(path, coder, norm, limit, chosen)
    elif fmt == "petrarch":
        result = petrarch.run(path, coder, norm, limit)
    elif fmt == "case2021":
        result = case2021.run(path, coder, norm, limit, chosen)
    elif fmt == "timeml":
        result = timeml.run(path, coder, limit)
    elif fmt == "geoxml":
        result = geoxml.run(path, coder, limit)
    elif fmt == "polnear":
        result = polnear.run(path, coder, limit, chosen)
    elif fmt == "articles":
        result = articles.run(path, coder, limit, chosen, errors)
    else:
        result = expected.run(path, coder)
    if not result.get("items"):
        raise InputError(f"{path}: no {fmt} gold items found in it; check the format name")
    result["format"] = fmt
    result["gold"] = str(path)
    result["dictionaries"] = None if dictionaries is None else {"path": str(dictionaries), "applied": applied}
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result
