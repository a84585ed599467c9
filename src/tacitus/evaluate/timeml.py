"""Scoring temporal expressions against TimeML gold (format ``timeml``).

Reads a folder (searched recursively) of TimeML ``.tml`` files (TimeBank, AQUAINT: text inside
``<TEXT>`` with inline ``<TIMEX3>``, the document creation time in ``<DCT>``) and of MEANTIME
``.xml`` files (tokens plus ``<TIMEX3>`` markables anchored on token ids; the creation time is the
TIMEX3 with ``functionInDocument="CREATION_TIME"``). Only TIMEX3 of type DATE and TIME are
scored; their values are TimeML values, which include more than ISO dates (``2013-Q1``,
``2013-W12``, ``1998-SU``, ``PRESENT_REF``, ``199X``).

- ``detection``: P/R/F1 over spans; a system expression matches a gold one when they overlap
  (one-to-one, largest overlap first). System expressions typed duration or set are not counted.
- ``value_f1``: a gold expression counts only when an overlapping system expression has the
  identical normalized value (case and surrounding blanks ignored); precision is over the system
  expressions, recall over the gold ones. A same-span, different-value pair is a miss.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from .scoring import Counts, greedy_match, overlap
from .system import GoldText, annotate, prepare

__all__ = ["GoldTimex", "TimeDoc", "read", "read_tml", "read_meantime", "score", "run", "normalize_value"]

SCORED_TYPES = frozenset({"DATE", "TIME"})
_UNSCORED_SYSTEM_TYPES = frozenset({"duration", "set"})


@dataclass(frozen=True)
class GoldTimex:
    """A gold TIMEX3: its span in the document text, its text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeDoc:
    """A gold document: id, text, creation date and its scored TIMEX3s."""

    id: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]


def normalize_value(value: str | None) -> str:
    """Return a TimeML value in the form compared: stripped and upper case."""
    return (value or "").strip().upper()


def read_tml(path: Path) -> TimeDoc:
    """Read one TimeML ``.tml`` file: text of ``<TEXT>`` with the TIMEX3 spans inside it."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"{path}: not well-formed TimeML XML ({exc})") from exc
    dct_node = root.find("DCT/TIMEX3")
    dct = (dct_node.get("value") or "")[:10] if dct_node is not None else None
    text_node = root.find("TEXT")
    if text_node is None:
        raise InputError(f"{path}: no <TEXT> element; expected a TimeML document")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []

    def walk(node: ET.Element) -> None:
        """Append the node's text and children, recording TIMEX3 spans."""
        pieces.append(node.text or "")
        for child in node:
            start = sum(len(p) for p in pieces)
            walk(child)
            end = sum(len(p) for p in pieces)
            if child.tag == "TIMEX3" and child.get("type") in SCORED_TYPES:
                timexes.append(GoldTimex(start, end, "", child.get("type") or "", child.get("value") or ""))
            pieces.append(child.tail or "")

    walk(text_node)
    text = "".join(pieces)
    timexes = [GoldTimex(t.start, t.end, text[t.start:t.end], t.type, t.value) for t in timexes]
    return TimeDoc(path.stem, text, dct, tuple(timexes))


_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "'s", "n't", "%", "'", "''"}
_NO_SPACE_AFTER = {"(", "[", "$", "``"}


def read_meantime(path: Path) -> TimeDoc | None:
    """Read one MEANTIME document (tokens + anchored TIMEX3); None when it is not one."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"{path}: not well-formed XML ({exc})") from exc
    if root.tag != "Document":
        return None
    spans: dict[str, tuple[int, int]] = {}
    out: list[str] = []
    length = 0
    previous_sentence: str | None = None
    previous_text = ""
    for token in root.iter("token"):
        word = token.text or ""
        sentence = token.get("sentence")
        if previous_sentence is not None:
            if sentence != previous_sentence:
                separator = "\n"
            elif word in _NO_SPACE_BEFORE or previous_text in _NO_SPACE_AFTER:
                separator = ""
            else:
                separator = " "
            out.append(separator)
            length += len(separator)
        spans[token.get("t_id") or ""] = (length, length + len(word))
        out.append(word)
        length += len(word)
        previous_sentence, previous_text = sentence, word
    text = "".join(out)
    dct: str | None = None
    timexes: list[GoldTimex] = []
    for node in root.iter("TIMEX3"):
        anchors = [spans[a.get("t_id") or ""] for a in node.iter("token_anchor") if (a.get("t_id") or "") in spans]
        if node.get("functionInDocument") == "CREATION_TIME":
            dct = (node.get("value") or "")[:10] or None
        if not anchors or node.get("type") not in SCORED_TYPES:
            continue
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        timexes.append(GoldTimex(start, end, text[start:end], node.get("type") or "", node.get("value") or ""))
    timexes.sort(key=lambda t: (t.start, t.end))
    return TimeDoc(path.stem, text, dct, tuple(timexes))


def read(path: Path, limit: int | None = None) -> list[TimeDoc]:
    """Read every TimeML/MEANTIME document under a folder (or one file), sorted by path."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder; give a folder of TimeML .tml files")
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in (".tml", ".xml") and p.is_file())
    docs: list[TimeDoc] = []
    for file in files:
        doc = read_tml(file) if file.suffix == ".tml" else read_meantime(file)
        if doc is not None:
            docs.append(doc)
        if limit is not None and len(docs) >= limit:
            break
    if not docs:
        raise InputError(f"{path}: no TimeML documents found (.tml files or MEANTIME .xml)")
    return docs


def _counted(expression: Any) -> bool:
    """True when a system expression is of a kind TimeML would type DATE or TIME."""
    return str(getattr(expression, "type", "") or "").lower() not in _UNSCORED_SYSTEM_TYPES


def score(docs: Sequence[TimeDoc], outputs: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """Score system expressions (objects with start, end, value, type; spans into each doc's text)."""
    detection, values = Counts(), Counts()
    for doc, expressions in zip(docs, outputs, strict=True):
        system = [e for e in expressions if _counted(e)]
        pairs = greedy_match(doc.timexes, system, lambda g, s: overlap(g.start, g.end, s.start, s.end))
        detection.add(tp=len(pairs), fp=len(system) - len(pairs), fn=len(doc.timexes) - len(pairs))
        # Value matching is its own one-to-one pairing: an overlapping expression with the right
        # value counts even if span matching paired the gold with a neighbour.
        value_pairs = greedy_match(
            doc.timexes,
            system,
            lambda g, s: overlap(g.start, g.end, s.start, s.end)
            if normalize_value(g.value) == normalize_value(getattr(s, "value", None)) and normalize_value(g.value)
            else 0,
        )
        values.add(tp=len(value_pairs), fp=len(system) - len(value_pairs), fn=len(doc.timexes) - len(value_pairs))
    value_scores = values.scores()
    return {
        "items": len(docs),
        "gold_expressions": sum(len(d.timexes) for d in docs),
        "detection": detection.scores(),
        "value_f1": value_scores["f1"],
        "value": value_scores,
    }


def run(path: Path, coder: Any, limit: int | None = None) -> dict[str, Any]:
    """Run the coder over the gold documents (published = their creation date) and score them."""
    docs = read(path, limit)
    prepared = list(prepare(GoldText(key=d.id, text=d.text, published=d.dct) for d in docs))
    outputs = [list(annotation.times.expressions) for annotation in annotate(coder, prepared)]
    # Gold spans point into the gold text: map them into Article.text when ingest changed it.
    mapped_docs = [
        doc if p.offsets.identity else TimeDoc(doc.id, p.article.text, doc.dct, tuple(
            GoldTimex(*p.offsets.to_derived(t.start, t.end), t.text, t.type, t.value) for t in doc.timexes
        ))
        for doc, p in zip(docs, prepared)
    ]
    return score(mapped_docs, outputs)
