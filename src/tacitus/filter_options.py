"""The events filter options shared by `tacitus events` and `tacitus export`.

One declaration of each option (flag, help text) and one function that turns their values into
a :class:`~tacitus.store.EventFilter`, so that the two commands cannot drift apart. Typer reads
an option's declaration from the parameter's default, which may be shared between commands.
"""

from __future__ import annotations

from typing import Optional

import typer

from .db.filters import EventFilter, parse_dyad

__all__ = ["TYPE", "CAMEO", "ACTOR", "COUNTRY", "MODALITY", "DATE_FROM", "DATE_TO", "TEXT", "DYAD",
           "EITHER_DIRECTION", "ARTICLE", "parse_dyad", "event_filter"]

TYPE = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT.")
CAMEO = typer.Option(None, "--cameo", help="CAMEO code prefix, e.g. 04 or 042.")
ACTOR = typer.Option(None, "--actor", help="Source or target name contains this text.")
COUNTRY = typer.Option(None, "--country", help="Source or target country (ISO3 or PLOVER code).")
MODALITY = typer.Option(None, "--modality", help="asserted, intended, planned, cancelled, negated or hypothetical.")
DATE_FROM = typer.Option(None, "--from", help="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD).")
DATE_TO = typer.Option(None, "--to", help="Latest event date (inclusive).")
TEXT = typer.Option(None, "--text", help="Evidence sentence contains this text.")
DYAD = typer.Option(None, "--dyad", help="SOURCE:TARGET countries or codes, e.g. USA:PRK or USAGOV:PRKGOV.")
EITHER_DIRECTION = typer.Option(False, "--either-direction", help="With --dyad, match both directions.")
ARTICLE = typer.Option(None, "--article", help="Only events of this article id.")


def event_filter(*, event_type: Optional[str], cameo: Optional[str], actor: Optional[str], country: Optional[str],
                 modality: Optional[str], date_from: Optional[str], date_to: Optional[str], text: Optional[str],
                 dyad: Optional[str], either_direction: bool, article: Optional[str],
                 limit: Optional[int]) -> EventFilter:
    """The EventFilter for the shared options' values (raises TacitusError for a malformed --dyad)."""
    return EventFilter(article_id=article, event_type=event_type, cameo=cameo, actor=actor, country=country,
                       modality=modality, date_from=date_from, date_to=date_to, text=text,
                       dyad=parse_dyad(dyad), either_direction=either_direction, limit=limit)
