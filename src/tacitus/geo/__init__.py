"""Places: toponyms resolved offline to GeoNames entries, and the location of an event."""

from .dateline import dateline_place
from .extract import PlaceMention, PlaceTable, extract_places, resolve
from .resources import Candidate, PlaceResources, distance_km

__all__ = ["dateline_place", "PlaceMention", "PlaceTable", "PlaceResources", "Candidate", "extract_places", "resolve", "distance_km"]
