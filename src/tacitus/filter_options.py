"""The events filter options shared by `tacitus events` and `tacitus export`.

One declaration of each option (flag, help text) and one function that turns their values into
a :class:`~tacitus.store.EventFilter`, so that the two commands cannot drift apart. Typer reads
an option's declaration from the parameter's default, which may be shared between commands.
"""

from __future__ import annotations

from typing import Optional

import typer

from .dates import parse_date_option
from .db.filters import EventFilter, parse_dyad
from .hints import check_country, check_event_type, check_modality

__all__ = ["TYPE", "CAMEO", "ACTOR", "COUNTRY", "MODALITY", "DATE_FROM", "DATE_TO", "TEXT", "DYAD",
           "EITHER_DIRECTION", "ARTICLE", "MIN_CONFIDENCE", "HISTORICAL", "parse_dyad", "event_filter"]

TYPE = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT.")
CAMEO = typer.Option(None, "--cameo", help="CAMEO code prefix, e.g. 04 or 042.")
ACTOR = typer.Option(None, "--actor", help="Source or target name contains this text.")
COUNTRY = typer.Option(None, "--country", help="Source or target country (ISO3 or PLOVER code).")
MODALITY = typer.Option(None, "--modality", help="asserted, intended, planned, cancelled, negated, hypothetical or all.")
DATE_FROM = typer.Option(None, "--from", help="Earliest event date: YYYY, YYYY-MM or YYYY-MM-DD (an event matches when its date's span overlaps the range).")
DATE_TO = typer.Option(None, "--to", help="Latest event date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (2018-06 includes June 30).")
TEXT = typer.Option(None, "--text", help="Evidence sentence contains this text.")
DYAD = typer.Option(None, "--dyad", help="SOURCE:TARGET countries or codes, e.g. USA:PRK or USAGOV:PRKGOV.")
EITHER_DIRECTION = typer.Option(False, "--either-direction", help="With --dyad, match both directions.")
ARTICLE = typer.Option(None, "--article", help="Only events of this article id.")
HISTORICAL = typer.Option(None, "--historical/--no-historical", help="Only events dated well before their article (over 30 days: background, PLOVER's historical mode), or none of them. Default: both.")
MIN_CONFIDENCE = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Only events whose confidence is at least this (0..1; the README says what confidence means).")


def event_filter(*, event_type: Optional[str], cameo: Optional[str], actor: Optional[str], country: Optional[str],
                 modality: Optional[str], date_from: Optional[str], date_to: Optional[str], text: Optional[str],
                 dyad: Optional[str], either_direction: bool, article: Optional[str],
                 limit: Optional[int], min_confidence: Optional[float] = None,
                 historical: Optional[bool] = None) -> EventFilter:
    """The EventFilter for the shared options' values. A malformed --dyad raises TacitusError; a
    date that is not ISO YYYY[-MM[-DD]] or an unknown --type, --country or --modality raises
    UsageError (exit code 2) with a hint."""
    parse_date_option(date_from, "--from")
    parse_date_option(date_to, "--to")
    return EventFilter(article_id=article, event_type=check_event_type(event_type), cameo=cameo, actor=actor,
                       country=check_country(country), modality=check_modality(modality), date_from=date_from,
                       date_to=date_to, text=text, dyad=parse_dyad(dyad), either_direction=either_direction,
                       limit=limit, min_confidence=min_confidence, historical=historical)
