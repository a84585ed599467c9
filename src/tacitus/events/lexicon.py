"""The trigger lexicon: YAML patterns (verb lemmas and event nouns -> CAMEO), compiled once.

The format is documented in the header of ``data/lexicon.yaml``. Users extend the lexicon by
passing their own YAML files (same format) to ``Lexicon.load``; their patterns are tried before
the built-in ones for the same lemma, so a user entry can refine or block ("skip") a default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import yaml

from ..errors import TacitusError
from .ontology import Ontology

__all__ = ["LexiconError", "Pattern", "Lexicon", "load_yaml"]

_DATA = "tacitus.events.data"


class _LemmaLoader(yaml.SafeLoader):
    """A YAML loader where only true/false are booleans: "on", "off", "no" are words here."""


_LemmaLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LemmaLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml(text: str) -> Any:
    """Parse YAML where on/off/yes/no stay strings (they are prepositions and particles here)."""
    return yaml.load(text, Loader=_LemmaLoader)  # noqa: S506 - a SafeLoader subclass

_PATTERN_KEYS = frozenset({"id", "lemma", "code", "when", "targets", "symmetric", "intent", "skip", "of_source", "joint"})
_LIST_CONDITIONS = ("particle", "prep", "xcomp", "words", "governor", "subject", "object", "target_sector_not")
_CONDITION_KEYS = frozenset(_LIST_CONDITIONS) | {"actor_target", "purpose"}


class LexiconError(TacitusError):
    """A lexicon file is malformed; the message names the file and the pattern to fix."""


@dataclass(frozen=True)
class Pattern:
    """One compiled lexicon pattern: a trigger lemma set, optional conditions, and a CAMEO code."""

    id: str
    pos: str
    lemmas: tuple[str, ...]
    code: str | None
    targets: tuple[str, ...]
    particle: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    xcomp: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    governor: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    target_sector_not: frozenset[str] = frozenset()
    actor_target: bool = False
    purpose: bool = False  # fire only with a to-infinitive purpose clause ("joined X to guard churches")
    symmetric: bool = False
    intent: bool = False
    skip: bool = False
    of_source: bool = False  # (nouns) the "of" phrase names the doer: "the arrival of the delegation"
    # The code when two sides do it together (a compound subject, or a partner named with "with"):
    # "held joint exercises with X" is military cooperation (062), one army's exercise a show of force.
    joint: str | None = None

    @property
    def family(self) -> str:
        """The pattern family: the part of the id before the first dot."""
        return self.id.split(".", 1)[0]

    @property
    def conditional(self) -> bool:
        """True when the pattern has conditions on its context (tried before plain patterns)."""
        return bool(self.particle or self.prep or self.xcomp or self.words or self.governor or self.subject
                    or self.object or self.actor_target or self.purpose)


class Lexicon:
    """Patterns indexed by lemma, for verbs and for nouns, plus the light verbs of event nouns."""

    def __init__(self, patterns: Sequence[Pattern], light_verbs: Iterable[str], sourceless_types: Iterable[str] = (),
                 lemma_fixes: Mapping[str, str] | None = None, judging_types: Iterable[str] = ()) -> None:
        """Index the patterns: per (pos, lemma), conditional patterns first, file order kept.

        ``sourceless_types`` are the PLOVER types coded even when no source actor is found
        ("three soldiers were killed", "protesters were arrested"). ``lemma_fixes`` maps word forms
        the tagger lemmatizes wrongly to their right lemma ("raped" -> "rape", not "rap").
        ``judging_types`` are the PLOVER types of verbs whose event-noun object is a happening of its
        own ("condemned the attack": ACCUSE, and the attack).
        """
        self.lemma_fixes: dict[str, str] = {k.lower(): v.lower() for k, v in (lemma_fixes or {}).items()}
        self.patterns: tuple[Pattern, ...] = tuple(patterns)
        self.light_verbs: frozenset[str] = frozenset(light_verbs)
        self.sourceless_types: frozenset[str] = frozenset(t.upper() for t in sourceless_types)
        self.judging_types: frozenset[str] = frozenset(t.upper() for t in judging_types)
        index: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in self.patterns:
            for lemma in pattern.lemmas:
                index.setdefault((pattern.pos, lemma), []).append(pattern)
        # A stable sort keeps file order (and so user files first) inside each group.
        self._index = {key: tuple(sorted(group, key=lambda p: not p.conditional)) for key, group in index.items()}
        self.verb_lemmas: frozenset[str] = frozenset(lemma for pos, lemma in self._index if pos == "verb")
        self.noun_lemmas: frozenset[str] = frozenset(lemma for pos, lemma in self._index if pos == "noun")
        # The cheap pre-filter: a sentence is examined only if one of its lemmas is in this set.
        self.trigger_lemmas: frozenset[str] = self.verb_lemmas | self.noun_lemmas

    def lemma(self, token: Any) -> str:
        """The lower-case lemma of a spaCy token, with the lexicon's repairs of tagger mistakes."""
        return self.lemma_fixes.get(token.lower_) or token.lemma_.lower()

    def candidates(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        """Return the patterns for a lemma used as ``pos`` ("verb" or "noun"), best first."""
        return self._index.get((pos, lemma), ())

    @classmethod
    def load(cls, ontology: Ontology, extra: Sequence[str | Path] = (),
             dictionaries: Sequence[str | Path] = ()) -> "Lexicon":
        """Compile the built-in lexicon, with the patterns of ``extra`` YAML files tried first.

        ``dictionaries`` are TABARI/PETRARCH verb dictionaries (files or folders), read by
        :func:`tacitus.events.tabari.read_verb_dictionaries` and tried after the built-in patterns.
        """
        from .tabari import read_verb_dictionaries  # a reader used only with --dictionaries

        sources: list[tuple[str, Mapping[str, Any]]] = []
        for path in extra:
            path = Path(path)
            try:
                sources.append((str(path), load_yaml(path.read_text(encoding="utf-8")) or {}))
            except (OSError, yaml.YAMLError) as exc:
                raise LexiconError(f"cannot read lexicon file {path}: {exc}; check the path and the YAML syntax") from exc
        builtin = resources.files(_DATA).joinpath("lexicon.yaml").read_text(encoding="utf-8")
        sources.append(("lexicon.yaml", load_yaml(builtin) or {}))
        if dictionaries:
            sources.extend(read_verb_dictionaries(dictionaries, ontology))
        return cls.from_mappings(sources, ontology)

    @classmethod
    def from_mappings(cls, sources: Sequence[tuple[str, Mapping[str, Any]]], ontology: Ontology) -> "Lexicon":
        """Compile parsed lexicon documents (name, mapping); the built-in defaults come from the last one."""
        patterns: list[Pattern] = []
        light: set[str] = set()
        sourceless: set[str] = set()
        judging: set[str] = set()
        fixes: dict[str, str] = {}
        seen: dict[str, str] = {}
        defaults: dict[str, list[str]] = {}
        for _name, data in reversed(sources):
            defaults.update({k: list(v) for k, v in (data.get("defaults") or {}).items()})
        for name, data in sources:
            if not isinstance(data, Mapping):
                raise LexiconError(f"{name}: the top level must be a mapping with 'verbs' and/or 'nouns'")
            light.update(str(v).lower() for v in data.get("light_verbs") or ())
            sourceless.update(str(v).upper() for v in data.get("sourceless_types") or ())
            judging.update(str(v).upper() for v in data.get("judging_types") or ())
            for form, lemma in (data.get("lemma_fixes") or {}).items():
                fixes.setdefault(str(form).lower(), str(lemma).lower())  # earlier (user) files win
            for pos, key in (("verb", "verbs"), ("noun", "nouns")):
                for raw in data.get(key) or ():
                    pattern = _compile(raw, pos, name, defaults, ontology)
                    if pattern.id in seen:
                        raise LexiconError(f"{name}: pattern id {pattern.id!r} is already used in {seen[pattern.id]}; rename it")
                    seen[pattern.id] = name
                    patterns.append(pattern)
        return cls(patterns, light, sourceless, fixes, judging)


def _as_list(value: Any) -> list[str]:
    """Accept one string or a list of strings; return lower-cased strings."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value.lower()]
    return [str(item).lower() for item in value]


def _compile(raw: Any, pos: str, name: str, defaults: Mapping[str, list[str]], ontology: Ontology) -> Pattern:
    """Validate one raw pattern mapping and turn it into a Pattern."""
    if not isinstance(raw, Mapping) or "id" not in raw:
        raise LexiconError(f"{name}: every pattern needs an 'id' (got {raw!r})")
    pid = str(raw["id"])
    unknown = set(raw) - _PATTERN_KEYS
    if unknown:
        raise LexiconError(f"{name}: pattern {pid} has unknown keys {sorted(unknown)}; allowed: {sorted(_PATTERN_KEYS)}")
    lemmas = _as_list(raw.get("lemma"))
    if not lemmas:
        raise LexiconError(f"{name}: pattern {pid} has no 'lemma'")
    skip = bool(raw.get("skip", False))
    code = raw.get("code")
    if code is not None:
        code = str(code)
        if ontology.cameo(code) is None:
            raise LexiconError(f"{name}: pattern {pid} uses CAMEO code {code!r}, which is not in cameo.tsv")
    elif not skip:
        raise LexiconError(f"{name}: pattern {pid} needs a 'code' (or 'skip: true')")
    joint = raw.get("joint")
    if joint is not None and ontology.cameo(str(joint)) is None:
        raise LexiconError(f"{name}: pattern {pid} uses joint CAMEO code {joint!r}, which is not in cameo.tsv")
    when = raw.get("when") or {}
    if not isinstance(when, Mapping) or set(when) - _CONDITION_KEYS:
        raise LexiconError(f"{name}: pattern {pid} has bad 'when' conditions; allowed: {sorted(_CONDITION_KEYS)}")
    conditions = {key: frozenset(_as_list(when.get(key))) for key in _LIST_CONDITIONS}
    conditions["target_sector_not"] = frozenset(s.upper() for s in conditions["target_sector_not"])
    default_targets = defaults.get("verb_targets" if pos == "verb" else "noun_targets", [])
    targets = tuple(_as_list(raw.get("targets")) or default_targets)
    return Pattern(
        id=pid,
        pos=pos,
        lemmas=tuple(lemmas),
        code=code,
        targets=targets,
        actor_target=bool(when.get("actor_target", False)),
        purpose=bool(when.get("purpose", False)),
        symmetric=bool(raw.get("symmetric", False)),
        intent=bool(raw.get("intent", False)),
        skip=skip,
        of_source=bool(raw.get("of_source", False)),
        joint=str(joint) if joint is not None else None,
        **conditions,
    )
