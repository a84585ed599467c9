"""Actors: mentions, in-article coreference, and country/sector coding."""

from .table import ActorTable

__all__ = ["ActorTable"]
