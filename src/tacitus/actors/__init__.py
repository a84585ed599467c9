"""Actors: mentions, in-article coreference, and country/sector coding."""

from .countries import CountryTable
from .extract import extract_actors
from .resources import ActorResources
from .table import ActorTable

__all__ = ["ActorTable", "ActorResources", "CountryTable", "extract_actors"]
