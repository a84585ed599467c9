"""Actor dictionaries: TABARI/PETRARCH ``.actors``/``.agents`` files, our YAML/CSV format, and the
built-in Phoenix knowledge base.

``read_dictionaries(paths)`` reads files or folders (in a folder: ``*.actors.txt``,
``*.agents.txt``, ``*.yaml``/``*.yml``, ``*.csv``; other files, such as verb or discard
dictionaries, are left to other stages) and returns every actor entry and agent found.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from .builtin import load_builtin
from .model import Agent, DatedCode, DictEntry, split_code
from .tabari import iter_files, parse_actors, parse_agents, read_actors, read_agents
from .userfile import read_user_file

__all__ = [
    "Agent", "DatedCode", "DictEntry", "Dictionaries", "load_builtin", "parse_actors", "parse_agents",
    "read_dictionaries", "split_code",
]


@dataclass(frozen=True)
class Dictionaries:
    """What a set of dictionary files holds: actor entries and agents, in reading order."""

    entries: tuple[DictEntry, ...] = ()
    agents: tuple[Agent, ...] = ()


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".actors.txt") or name.endswith(".actors"):
        return "actors"
    if name.endswith(".agents.txt") or name.endswith(".agents"):
        return "agents"
    if path.suffix.lower() in (".yaml", ".yml", ".csv"):
        return "user"
    return None


def read_dictionaries(paths: Iterable[Path]) -> Dictionaries:
    """Read dictionary files and folders. A file named directly must be of a known kind."""
    entries: list[DictEntry] = []
    agents: list[Agent] = []
    for given in paths:
        given = Path(given)
        if not given.exists():
            raise InputError(f"{given}: no such dictionary file or folder")
        for path in iter_files([given]):
            kind = _kind(path)
            if kind is None:
                if path == given:
                    raise InputError(f"{path}: not an actor dictionary; name it *.actors.txt, *.agents.txt, "
                                     "*.yaml or *.csv")
                continue  # verbs, discards and other files in a folder belong to other stages
            if kind == "actors":
                entries += read_actors(path)
            elif kind == "agents":
                agents += read_agents(path)
            else:
                more_entries, more_agents = read_user_file(path)
                entries += more_entries
                agents += more_agents
    return Dictionaries(tuple(entries), tuple(agents))
