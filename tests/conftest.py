"""Shared fixtures: the spaCy pipeline (loaded once per test session) and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline with Tacitus's paragraph component (slow: load once)."""
    from tacitus.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder; tests that need it skip with a reason when it is missing."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (a user's fresh clone); CI always has it")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    """A fully loaded Tacitus coder (slow: load once)."""
    import tacitus

    return tacitus.load()


@pytest.fixture(scope="session")
def reference_doc(nlp, shared_dir):
    """The reference article (../shared/seeds/000_...) as one parsed Doc of its whole file."""
    from tacitus.nlp import make_doc_text

    text = (shared_dir / "seeds" / "000_4ffbeff3ed2e1bd7.txt").read_text(encoding="utf-8")
    return nlp(make_doc_text(text))


def token_after(doc, word: str, after: str):
    """The first token ``word`` after the first occurrence of the text ``after`` in ``doc``."""
    offset = doc.text.index(after)
    return next(t for t in doc if t.text == word and t.idx >= offset)


# The stages' built tables, loaded once per test session (through the on-disk cache of
# tacitus.resource_cache, as the coder loads them). Every test module takes these instead of
# loading its own copy.

@pytest.fixture(scope="session")
def actor_resources():
    """The shipped actor tables (no user dictionaries)."""
    from tacitus.actors import ActorResources
    from tacitus.resource_cache import cached

    return cached("actors", ActorResources.load)


@pytest.fixture(scope="session")
def code_actors(nlp, actor_resources):
    """code_actors(text, dateline=None, *, published, source) -> ActorTable: the actor stage run on
    a short text. ``dateline`` is a Place or a (name, country) pair; ``source`` the outlet (its
    home may be the article's)."""
    from tacitus.actors import extract_actors
    from tacitus.model import Article, Place
    from tacitus.nlp import make_doc_text

    def _code(text, dateline=None, *, published="2005-03-01", source=None):
        if isinstance(dateline, tuple):
            dateline = Place(name=dateline[0], country=dateline[1])
        article = Article(id="t", text=text, published=published, source=source)
        return extract_actors(nlp(make_doc_text(text)), article, actor_resources, dateline)

    return _code


@pytest.fixture(scope="session")
def event_resources():
    """The shipped event lexicon and rules."""
    from tacitus.events import EventResources
    from tacitus.resource_cache import cached

    return cached("events", EventResources.load)


@pytest.fixture(scope="session")
def place_resources():
    """The gazetteer and place tables."""
    from tacitus.geo import PlaceResources
    from tacitus.resource_cache import cached

    return cached("places", PlaceResources.load)


@pytest.fixture(scope="session")
def quote_resources():
    """The quotation cue tables."""
    from tacitus.quotes import QuoteResources

    return QuoteResources.load()


@pytest.fixture(scope="session")
def time_resources():
    """The time expression tables."""
    from tacitus.temporal import TimeResources

    return TimeResources.load()
