"""One frozen options object for a run, built once (by the CLI or a caller) and taken by the
local engine (runner.py), Ray (engines/) and watch (watch.py), so the three cannot drift: an
option added here reaches every path, and every budget reaches both the readers and the coder.

``RunOptions.from_cli`` turns the command line's raw values (``--column FIELD=COLUMN``,
``--budget NAME=VALUE``, ``--published DATE``) into the object, with one clear message per
malformed value.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .errors import TacitusError
from .limits import Limits

if TYPE_CHECKING:  # the coder module loads spaCy
    from .coder import Coder, Settings

__all__ = ["RunOptions", "EngineOptions", "ENGINES", "DEFAULT_DB", "parse_column_map", "parse_limits",
           "checked_date"]

DEFAULT_DB = "tacitus.duckdb"
ENGINES = ("local", "ray")
# A budget of 0 switches a check off; the coder still needs a number (spaCy's own max_length).
_NO_CHAR_BUDGET = 10**9


@dataclass(frozen=True)
class EngineOptions:
    """Where the coding runs: ``local`` (this process) or ``ray`` (its address, actors, shard folder)."""

    name: str = "local"
    address: str | None = None
    workers: int | None = None
    shards_dir: str | None = None
    lines_per_item: int | None = None
    load_into_store: bool = True

    def __post_init__(self) -> None:
        if self.name not in ENGINES:
            raise TacitusError(f"unknown engine {self.name!r}; use --engine local or --engine ray")
        if self.name == "local" and (self.address or self.shards_dir or self.workers or self.lines_per_item):
            raise TacitusError("--address, --shards and --workers apply to --engine ray only")


@dataclass(frozen=True)
class RunOptions:
    """Everything that decides how a run reads, codes and stores.

    - inputs and reading: ``inputs``, ``column_map`` (pairs of Tacitus field, corpus column),
      ``published`` and ``source`` (defaults for records without them), ``limits`` (budgets);
    - coding: ``model``, ``dictionaries``, ``batch_size`` (spaCy batch and write batch);
    - storing: ``db``, ``commit_seconds`` (least time between writes), ``wait`` (for another
      run's lock), ``store_timeout`` (None: wait for readers as long as needed), ``cluster``;
    - ``engine`` and ``progress``.
    """

    inputs: tuple[str, ...] = ()
    db: str = DEFAULT_DB
    column_map: tuple[tuple[str, str], ...] = ()
    published: str | None = None
    source: str | None = None
    limits: Limits = field(default_factory=Limits)
    model: str | None = None
    dictionaries: tuple[str, ...] = ()
    batch_size: int = 32
    commit_seconds: float = 2.0
    wait: bool = True
    store_timeout: float | None = None
    cluster: bool = True
    progress: bool = False
    engine: EngineOptions = field(default_factory=EngineOptions)

    def __post_init__(self) -> None:
        # Accept the natural Python types and keep the object hashable and immutable.
        object.__setattr__(self, "inputs", tuple(str(p) for p in self.inputs))
        object.__setattr__(self, "db", str(self.db))
        object.__setattr__(self, "dictionaries", tuple(str(p) for p in self.dictionaries))
        if isinstance(self.column_map, Mapping):
            object.__setattr__(self, "column_map", tuple(self.column_map.items()))
        if self.batch_size < 1:
            raise TacitusError(f"batch size must be at least 1, got {self.batch_size}")
        if self.commit_seconds < 0:
            raise TacitusError(f"commit interval must be 0 or more seconds, got {self.commit_seconds}")

    @classmethod
    def from_cli(cls, *, inputs: Sequence[str] = (), column: Iterable[str] = (), budget: Iterable[str] = (),
                 published: str | None = None, dictionaries: Iterable[str | Path] = (),
                 engine: str = "local", address: str | None = None, workers: int | None = None,
                 shards: str | Path | None = None, **values: Any) -> "RunOptions":
        """Build the options from a command line's raw values (raises TacitusError with a clear
        message for a malformed --column, --budget, --published or engine option)."""
        return cls(inputs=tuple(inputs), column_map=tuple(parse_column_map(column).items()),
                   limits=parse_limits(budget), published=checked_date(published),
                   dictionaries=tuple(str(d) for d in dictionaries),
                   engine=EngineOptions(name=engine, address=address, workers=workers,
                                        shards_dir=str(shards) if shards is not None else None),
                   **values)

    @property
    def columns(self) -> dict[str, str]:
        """The column map as a dict (None-free: empty when the corpus uses Tacitus's names)."""
        return dict(self.column_map)

    def replace(self, **changes: Any) -> "RunOptions":
        """A copy with some values changed (watch codes each round's files with the same options)."""
        return dataclasses.replace(self, **changes)

    def reader_options(self) -> dict[str, Any]:
        """The keyword arguments of ``tacitus.ingest.iter_articles`` / ``read_article``."""
        return {"column_map": self.columns or None, "published": self.published, "source": self.source,
                "limits": self.limits}

    def coder_settings(self) -> "Settings":
        """The coder's settings: model, batch size, dictionaries and the article budgets."""
        from .coder import Settings

        return Settings(model=self.model, batch_size=self.batch_size,
                        max_chars=self.limits.max_chars or _NO_CHAR_BUDGET, max_seconds=self.limits.max_seconds,
                        dictionaries=self.dictionaries)

    def load_coder(self) -> "Coder":
        """Load the coder these options describe (loads the spaCy model: call it when needed)."""
        from .coder import load

        return load(self.model, settings=self.coder_settings())


def parse_column_map(items: Iterable[str]) -> dict[str, str]:
    """Turn ["text=story", "published=pubdate"] into a mapping, with a clear error otherwise."""
    mapping: dict[str, str] = {}
    for item in items:
        ours, sep, theirs = item.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise TacitusError(f"--column expects FIELD=COLUMN (e.g. text=story_body), got {item!r}")
        mapping[ours.strip()] = theirs.strip()
    return mapping


def parse_limits(items: Iterable[str]) -> Limits:
    """Turn ["max_chars=100000"] into Limits, with a clear error otherwise."""
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not value.strip().replace(".", "", 1).isdigit():
            raise TacitusError(f"--budget expects NAME=NUMBER (e.g. max_chars=1000000), got {item!r}")
        values[name.strip()] = value.strip()
    return Limits.from_mapping(values)


def checked_date(value: str | None) -> str | None:
    """A --published value as YYYY-MM-DD by the rules of every date option (tacitus.dates: ISO
    only), or DateOptionError (exit code 2): 07/10/2018 is ambiguous, and relative dates need a
    day to anchor on."""
    from .dates import DateOptionError, parse_date_option

    found = parse_date_option(value, "--published")
    if found is None:
        return None
    if found.precision != "day":
        raise DateOptionError(f"--published {value!r} needs a day: use YYYY-MM-DD (e.g. 2018-10-07), so that "
                              "relative dates (\"on Sunday\") can be resolved")
    return found.start.isoformat()
