"""The names of the attribution rules and what each means (data/rules.yaml), loaded once.

One list for the rules that make Attributions (direct.py, indirect.py, headline.py) and for the
``why`` that explains them (why.py): an Attribution with a rule the list lacks is a programming
error, raised when it is made, not a quote whose ``why`` says "rule x".
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as importlib_resources

import yaml

from .resources import QuoteDataError

__all__ = ["PARTIAL", "rule_meanings", "check_rule"]

_DATA_FILE = "rules.yaml"
# The prefix of a partial quotation's rule ("partial-cue-after"): a quotation inside a clause.
PARTIAL = "partial-"


@lru_cache(maxsize=1)
def rule_meanings() -> dict[str, str]:
    """Every rule name with its meaning in words, from the package's data file."""
    path = importlib_resources.files("tacitus.quotes").joinpath("data", _DATA_FILE)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise QuoteDataError(f"cannot read the quote rule names ({_DATA_FILE}): {exc}") from exc
    meanings: dict[str, str] = {}
    for group in (data or {}).values():
        for name, meaning in (group or {}).items():
            meanings[str(name)] = str(meaning)
    return meanings


def check_rule(rule: str) -> str:
    """Return ``rule`` when it is a listed rule name (with or without the partial prefix); raise
    ValueError otherwise."""
    if rule.removeprefix(PARTIAL) not in rule_meanings():
        raise ValueError(f"unknown quote attribution rule {rule!r}: add it to quotes/data/{_DATA_FILE}")
    return rule
