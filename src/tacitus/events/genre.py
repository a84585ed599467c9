"""The genre of an article read from its vocabulary: a sports report, a market report, or news.

Sports and market reports borrow the words of violence for play and for prices ("beat Chelsea",
"struck a shot", "concerns hit the dollar"). Which trade an article reports is read from the
share of its words that are words of the trade (``data/genre.yaml``: general vocabularies of
games and of markets, with a density and a number of distinct words calibrated so that politics
reports are not read as either). The reading is made once per article and kept on the Doc.

The sense checks (``sense_genre.py``) use the reading; this module decides nothing about events.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Mapping

from spacy.tokens import Doc

from .lexicon import LexiconError, load_yaml

__all__ = ["Genre", "GenreReader"]

_DATA = "tacitus.events.data"
# Where the reading of a Doc is kept, so every trigger of the article shares one reading.
_KEY = "tacitus.events.genre"


@dataclass(frozen=True)
class Genre:
    """One trade's vocabulary, the share and number of its words that make an article of it, the
    PLOVER types whose triggers need evidence of violence in such an article, and those that need
    evidence of politics."""

    name: str
    words: frozenset[str]
    density: float
    distinct: int
    guarded: frozenset[str]
    # PLOVER types of words and moves that need a political actor or word in such an article.
    verbal: frozenset[str] = frozenset()
    # The share and number of the trade's words (a looser bar than the genre's own) above which
    # the article's names are its trade's people and places (a player, a club) unless it gives
    # them an office: the knowledge base's namesakes do not apply. None: never.
    own_names: tuple[float, int] | None = None


@dataclass(frozen=True)
class GenreReader:
    """Reads the genres of an article (``genres:`` of data/genre.yaml)."""

    genres: tuple[Genre, ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping | None) -> "GenreReader":
        """Build the reader from the ``genres:`` mapping of genre.yaml."""
        if not data:
            return cls()
        try:
            genres = tuple(
                Genre(str(name), frozenset(str(w).lower() for w in spec["words"]), float(spec["density"]),
                      int(spec["distinct"]), frozenset(str(t).upper() for t in spec.get("guarded", ())),
                      frozenset(str(t).upper() for t in spec.get("verbal", ())),
                      _bar(spec.get("own_names")))
                for name, spec in data.items())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise LexiconError(f"genre.yaml: a genre lacks or garbles the key {exc}") from exc
        return cls(genres)

    @classmethod
    def load(cls) -> "GenreReader":
        """Read data/genre.yaml from the package."""
        data = load_yaml(resources.files(_DATA).joinpath("genre.yaml").read_text(encoding="utf-8")) or {}
        return cls.from_mapping(data.get("genres"))

    def read(self, doc: Doc) -> tuple[Genre, ...]:
        """The genres ``doc`` reads as (usually none: news), kept on the Doc after the first call."""
        cached = doc.user_data.get(_KEY)
        if cached is not None and cached[0] is self:
            return cached[1]
        words = _words(doc)
        found = tuple(g for g in self.genres if _above(g, words, g.density, g.distinct))
        doc.user_data[_KEY] = (self, found)
        return found


    def own_names(self, doc: Doc) -> bool:
        """True when ``doc`` reads as a genre whose names are its trade's own (``own_names:``): a
        football report's "Blackburn" is the club, its "John Williams" a player."""
        if not any(g.own_names for g in self.genres):
            return False
        words = _words(doc)
        return any(g.own_names is not None and _above(g, words, *g.own_names) for g in self.genres)


def _words(doc: Doc) -> list[str]:
    """The lower-case words of ``doc``. Names are left out: the vocabulary is of the trade, and a
    match report is half names."""
    return [t.lower_ for t in doc if t.is_alpha and not t.text[:1].isupper()]


def _bar(spec: Mapping | None) -> tuple[float, int] | None:
    """The ``own_names:`` bar of a genre (density and distinct), or None."""
    if not spec:
        return None
    return float(spec["density"]), int(spec["distinct"])


def _above(genre: Genre, words: list[str], density: float, distinct: int) -> bool:
    """True when at least ``density`` of ``words`` (and ``distinct`` distinct ones) are of the
    genre's vocabulary; a plural is read as its singular ("goals", "shares")."""
    hits = [w for w in words if w in genre.words or (w.endswith("s") and w[:-1] in genre.words)]
    return bool(words) and len(hits) / len(words) >= density and len(set(hits)) >= distinct
