"""The sense of a violent trigger in a report of an accident or a disaster: the accident's toll.

A mine blast, a road crash, a fire or a flood kills and injures; the report tells the toll in
sentences of their own ("Six people on the bus were killed on the spot", "The few crops that
survived are now destroyed") whose cause is named only in the lead or the headline. Read alone,
such a sentence looks like an ASSAULT by someone unnamed.

An article reads as an accident report (``accident_report:`` of ``data/genre.yaml``) when enough of
its lower-case words are words of accidents and disasters AND none of its words is a word of
violence: a bomb, a gunman, a soldier or a shot anywhere in it and the article is read as news,
every trigger judged on its own sentence (a bombing report also tells of explosions, rescuers and
the injured). In an accident report a trigger of a guarded type is the accident's toll.
The reading is made once per article and kept on the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Mapping

from spacy.tokens import Doc, Token

from .lexicon import LexiconError, load_yaml

__all__ = ["AccidentReader"]

_DATA = "tacitus.events.data"
# Where the reading of a Doc is kept, so every trigger of the article shares one reading.
_KEY = "tacitus.events.accident_report"


@dataclass(frozen=True)
class AccidentReader:
    """Reads whether an article is a report of an accident (see the module docstring)."""

    words: frozenset[str] = frozenset()
    violence: frozenset[str] = frozenset()
    density: float = 1.0
    distinct: int = 1_000_000
    guarded: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping | None) -> "AccidentReader":
        """Build the reader from the ``accident_report:`` mapping of genre.yaml (none: never reads)."""
        if not data:
            return cls()
        try:
            return cls(frozenset(str(w).lower() for w in data["words"]),
                       frozenset(str(w).lower() for w in data["violence"]),
                       float(data["density"]), int(data["distinct"]),
                       frozenset(str(t).upper() for t in data["guarded"]))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise LexiconError(f"genre.yaml: accident_report lacks or garbles the key {exc}") from exc

    @classmethod
    def load(cls) -> "AccidentReader":
        """Read the ``accident_report:`` section of data/genre.yaml from the package."""
        data = load_yaml(resources.files(_DATA).joinpath("genre.yaml").read_text(encoding="utf-8")) or {}
        return cls.from_mapping(data.get("accident_report"))

    def is_report(self, doc: Doc) -> bool:
        """True when ``doc`` reads as an accident report; kept on the Doc after the first call."""
        cached = doc.user_data.get(_KEY)
        if cached is not None and cached[0] is self:
            return cached[1]
        found = self._reads(doc)
        doc.user_data[_KEY] = (self, found)
        return found

    def _reads(self, doc: Doc) -> bool:
        """Enough words of accidents (names left out), and no word of violence at all."""
        if not self.words:
            return False
        if any(t.lower_ in self.violence for t in doc):
            return False
        words = [t.lower_ for t in doc if t.is_alpha and not t.text[:1].isupper()]
        hits = [w for w in words if w in self.words or (w.endswith("s") and w[:-1] in self.words)]
        return bool(words) and len(hits) / len(words) >= self.density and len(set(hits)) >= self.distinct

    def judge(self, token: Token, plover: str) -> str | None:
        """The reason to skip a trigger of a guarded type in an accident report, else None."""
        if plover not in self.guarded or not self.is_report(token.doc):
            return None
        return f"an accident report: '{token.text}' tells the accident's toll, no one's attack"
