"""Events: ontology (CAMEO, PLOVER, Goldstein), trigger lexicon, detection, roles and modality.

Public API: ``EventResources.load()`` once per process, then ``detect_events(doc, article, actors,
resources)`` per article; ``Ontology`` for the standards' codes.
"""

from .detect import EventResources, detect_events
from .lexicon import Lexicon, LexiconError, Pattern
from .modality import ModalityCues
from .ontology import CameoCode, Ontology, OntologyError

__all__ = [
    "EventResources",
    "detect_events",
    "Ontology",
    "CameoCode",
    "OntologyError",
    "Lexicon",
    "LexiconError",
    "Pattern",
    "ModalityCues",
]
