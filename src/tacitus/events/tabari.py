"""A reader for TABARI/PETRARCH verb dictionaries (``CAMEO.2.0.txt``), as an optional extra lexicon.

Used only when the user passes ``--dictionaries``; the built-in lexicon stays ours and is tried
first. The format, as far as we use it:

    &FOOD                       a synonym set, its members on the following "+WORD" lines
    +FOOD
    ---  MEET   [040]  ---      a verb block: a name and its default CAMEO code ("---": none)
    MEET {MEETS MET MEETING}    the verbs of the block (irregular forms in braces, ignored)
    - * (WITH &AGENCY) [043]    a pattern: words around "*" (the verb); its code

Each block becomes one plain pattern per single-word verb (the default code), and each pattern
line with a code becomes a conditional pattern whose ``words`` condition is the first content
word after the verb (synonym sets expanded). PETRARCH patterns require every word in order; ours
fire on any word of the trigger's complement region, so we keep only that head word: coarser,
and documented as such in each pattern id (``tabari.<block>.<line>``). Multi-word verbs
(``+MEET_WITH``), null codes (``---``), and codes unknown to our CAMEO table are skipped.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .lexicon import LexiconError
from .ontology import Ontology

__all__ = ["verb_dictionary_files", "parse_verb_dictionary", "read_verb_dictionaries"]

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Prepositions and markers that introduce a complement in a pattern: not content words.
_FUNCTION = frozenset({"to", "with", "for", "of", "on", "in", "into", "at", "by", "from", "over", "against",
                       "about", "as", "behind", "before", "after", "under", "between", "upon", "toward",
                       "towards", "a", "an", "the", "that", "and", "or", "out", "up", "off", "down", "back",
                       "away", "through", "across", "around", "its", "their", "his", "her"})


def verb_dictionary_files(paths: Iterable[str | Path]) -> list[Path]:
    """The verb dictionary files among ``paths``: files as given, and ``*verbs*.txt``/``CAMEO*.txt`` in folders."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.is_file() and _is_verb_file(p)))
        elif path.is_file() and _is_verb_file(path):
            found.append(path)
    return found


def _is_verb_file(path: Path) -> bool:
    """True for the names TABARI and PETRARCH give their verb dictionaries."""
    name = path.name.lower()
    return name.endswith(".txt") and ("verbs" in name or name.startswith("cameo"))


def _code(raw: str) -> str | None:
    """The CAMEO code of a "[...]" field: the part before ":" ("042:043" -> "042"); None for "---"."""
    code = raw.split(":", 1)[0].strip()
    return code if code and code.strip("-") else None


def _synsets(lines: Sequence[str]) -> dict[str, list[str]]:
    """The synonym sets: "&NAME" followed by "+WORD" lines."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&") and " " not in text:
            current = sets.setdefault(text[1:].upper(), [])
        elif text.startswith("+") and current is not None:
            word = text[1:].split()[0] if text[1:].split() else ""
            if word and "_" not in word:
                current.append(word.lower())
        elif text.startswith("---"):
            break
        else:
            current = None if not text else current
    return sets


def _head_words(pattern: str, synsets: Mapping[str, list[str]]) -> list[str]:
    """The first content word after "*" in a pattern line (a synonym set gives all its members)."""
    after = pattern.split("*", 1)[1] if "*" in pattern else ""
    for token in re.split(r"[\s(){}]+", after):
        if token.startswith("&"):
            members = synsets.get(token[1:].rstrip("_").upper())
            if members:
                return members
            continue
        match = _WORD.fullmatch(token.strip("$%^+"))
        if match and token.lower() not in _FUNCTION:
            word = token.strip("$%^+").lower()
            # Dictionary words are surface forms; our conditions compare lemmas.
            return sorted({word, word[:-1]} if word.endswith("s") and len(word) > 3 else {word})
    return []


def parse_verb_dictionary(text: str, name: str, ontology: Ontology) -> dict[str, Any]:
    """Turn one verb dictionary into a lexicon mapping ``{"verbs": [...]}`` (see the module docstring)."""
    lines = text.splitlines()
    synsets = _synsets(lines)
    verbs: list[dict[str, Any]] = []
    block: str | None = None
    start = 0
    default: str | None = None
    lemmas: list[str] = []
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        """Emit the finished block's patterns."""
        if block is None or not lemmas:
            return
        for pattern in pending:
            verbs.append({**pattern, "lemma": list(lemmas)})
        if default is not None:
            verbs.append({"id": f"tabari.{block}.{start}", "lemma": list(lemmas), "code": default})

    for number, line in enumerate(lines, start=1):
        text_ = line.split("#", 1)[0].rstrip()
        if not text_.strip():
            continue
        header = _BLOCK.match(text_)
        if header:
            flush()
            block, start, lemmas, pending = header.group(1).lower(), number, [], []
            default = _code(header.group(2))
            default = default if default and ontology.cameo(default) else None
            continue
        if block is None:
            continue
        if text_.startswith("-"):
            found = _CODE.search(text_)
            code = _code(found.group(1)) if found else None
            words = _head_words(text_[1:found.start() if found else None], synsets)
            if code and ontology.cameo(code) and words:
                pending.append({"id": f"tabari.{block}.{number}", "code": code, "when": {"words": words}})
            continue
        first = text_.split()[0]
        if not first.startswith(("+", "&", "{")) and "_" not in first and _WORD.fullmatch(first):
            lemmas.append(first.lower())
    flush()
    if not verbs:
        raise LexiconError(f"{name}: no verb patterns found; is it a TABARI/PETRARCH verb dictionary?")
    return {"verbs": verbs}


def read_verb_dictionaries(paths: Iterable[str | Path], ontology: Ontology) -> list[tuple[str, Mapping[str, Any]]]:
    """Read the verb dictionaries among ``paths`` into (name, lexicon mapping) pairs."""
    sources: list[tuple[str, Mapping[str, Any]]] = []
    for path in verb_dictionary_files(paths):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise LexiconError(f"cannot read verb dictionary {path}: {exc}; check the path") from exc
        sources.append((str(path), parse_verb_dictionary(text, str(path), ontology)))
    return sources
