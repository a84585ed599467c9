"""The public API is exactly what tacitus/__init__ exports."""

from __future__ import annotations

import tacitus

EXPECTED = {
    "load", "Coder", "Settings", "Annotation", "Store", "EventFilter",
    "iter_articles", "read_article", "parse_text_article",
    "Article", "Actor", "ActorRef", "Mention", "Event", "Place", "Quote", "Coded", "Failure",
    "TacitusError", "InputError", "ModelError", "StoreError",
}


def test_all_is_the_api():
    assert set(tacitus.__all__) == EXPECTED
    for name in tacitus.__all__:
        assert getattr(tacitus, name) is not None
