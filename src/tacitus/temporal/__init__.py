"""Temporal expressions: detection, TimeML normalization relative to the publication date, and
the date attached to an event trigger."""

from .extract import TimeExpression, TimeResources, TimeTable, clause_direction, extract_times, parse_reference
from .lexicon import TemporalLexicon
from .rules import Normalized, TemporalRules

__all__ = [
    "TimeExpression",
    "TimeTable",
    "TimeResources",
    "TemporalLexicon",
    "TemporalRules",
    "Normalized",
    "extract_times",
    "clause_direction",
    "parse_reference",
]
