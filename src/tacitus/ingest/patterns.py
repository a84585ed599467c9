"""The structure patterns (data/structure.yaml) and field names (data/fields.yaml), loaded once.

Readers load a StructurePatterns once per run and hand it to every parse, so that no YAML is
read or regular expression compiled per article; nothing is kept in module globals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Mapping

import yaml

__all__ = ["StructurePatterns", "FieldNames", "load_yaml"]


def load_yaml(name: str) -> Any:
    """Return the parsed content of ``tacitus/ingest/data/<name>``."""
    text = resources.files("tacitus.ingest").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _alternation(words: list[str]) -> str:
    """Return a regex alternation of literal ``words``, longest first (so "AP" never beats "APA")."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class StructurePatterns:
    """Compiled regular expressions for headline, caption, debris, dateline and source detection."""

    inline_debris: tuple[tuple[str, re.Pattern[str]], ...]
    line_debris: tuple[tuple[str, re.Pattern[str]], ...]
    read_more_alone: re.Pattern[str]
    agencies: frozenset[str]
    agency_regex: str
    caption_prefix: re.Pattern[str]
    credit_prefix: re.Pattern[str]
    source_line: re.Pattern[str]
    published_line: re.Pattern[str]

    @classmethod
    def load(cls) -> "StructurePatterns":
        """Load and compile data/structure.yaml."""
        data = load_yaml("structure.yaml")
        flags = re.IGNORECASE
        agencies = [str(a) for a in data["agencies"]]
        caption = _alternation(data["caption_prefixes"])
        credit = _alternation(data["credit_prefixes"])
        return cls(
            inline_debris=tuple((kind, re.compile(rx)) for kind, rx in data["debris"]["inline"].items()),
            line_debris=tuple(
                (kind, re.compile(rf"(?:{rx})[.!:]?", flags)) for kind, rx in data["debris"]["line"].items()
            ),
            read_more_alone=re.compile(data["read_more_alone"], flags),
            agencies=frozenset(a.lower() for a in agencies),
            agency_regex=_alternation(agencies),
            caption_prefix=re.compile(rf"(?:{caption})\s*:\s*(?P<rest>.+)", flags | re.DOTALL),
            credit_prefix=re.compile(rf"(?:{credit})\s*:\s*(?P<rest>.+)", flags | re.DOTALL),
            source_line=re.compile(data["source_line"], flags),
            published_line=re.compile(data["published_line"], flags),
        )


@dataclass(frozen=True)
class FieldNames:
    """Which record keys or CSV columns mean which Tacitus field (data/fields.yaml)."""

    aliases: Mapping[str, tuple[str, ...]]

    @classmethod
    def load(cls) -> "FieldNames":
        """Load data/fields.yaml."""
        data = load_yaml("fields.yaml")
        return cls(aliases={field: tuple(names) for field, names in data.items()})

    @staticmethod
    def fold(name: str) -> str:
        """Return a key in the form used for matching: lower case, no spaces, hyphens, underscores."""
        return re.sub(r"[\s_\-]+", "", str(name)).lower()

    def resolve(self, keys: list[str], column_map: Mapping[str, str] | None = None) -> dict[str, str]:
        """Map each Tacitus field to the key of ``keys`` that holds it (explicit ``column_map`` first).

        A field is left out when no key matches; a ``column_map`` entry naming a key that is absent
        is left out too (the caller reports it).
        """
        folded = {self.fold(key): key for key in reversed(keys)}  # first key wins on collisions
        found: dict[str, str] = {}
        explicit = dict(column_map or {})
        for field_name, names in self.aliases.items():
            if field_name in explicit:
                if explicit[field_name] in keys:
                    found[field_name] = explicit[field_name]
                elif self.fold(explicit[field_name]) in folded:
                    found[field_name] = folded[self.fold(explicit[field_name])]
                continue
            for name in names:
                key = folded.get(self.fold(name))
                if key is not None and key not in found.values():
                    found[field_name] = key
                    break
        return found
