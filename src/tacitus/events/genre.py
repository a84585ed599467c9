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
                      frozenset(str(t).upper() for t in spec.get("verbal", ())))
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
        # Names are left out: the vocabulary is of the trade, and a match report is half names.
        words = [t.lower_ for t in doc if t.is_alpha and not t.text[:1].isupper()]
        found = tuple(g for g in self.genres if _reads_as(g, words))
        doc.user_data[_KEY] = (self, found)
        return found


def _reads_as(genre: Genre, words: list[str]) -> bool:
    """True when enough of ``words`` (and enough distinct ones) are of the genre's vocabulary; a
    plural is read as its singular ("goals", "shares")."""
    hits = [w for w in words if w in genre.words or (w.endswith("s") and w[:-1] in genre.words)]
    return bool(words) and len(hits) / len(words) >= genre.density and len(set(hits)) >= genre.distinct
