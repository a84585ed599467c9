"""Lazy package exports (PEP 562): a package names its public objects and the modules that hold
them, and each module is imported the first time one of its names is used.

``import tacitus`` and the CLI's start-up stay cheap this way: spaCy, DuckDB and pyarrow load only
when a command or a caller needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Callable, Mapping, MutableMapping

__all__ = ["lazy_exports"]


def lazy_exports(package: str, exports: Mapping[str, str],
                 namespace: MutableMapping[str, Any]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return a package's ``__getattr__`` and ``__dir__`` for ``exports`` (public name -> module
    name relative to ``package``). ``namespace`` is the package's ``globals()``: a name, once
    imported, is stored there so later lookups skip ``__getattr__``."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *exports})

    return __getattr__, __dir__
