"""A read-only mapping that pickles compactly and unpickles its values on first use.

The gazetteer's index maps 180,000 names to tuples of candidates: unpickled as a dict it is
more than a million objects, most of the start-up of `tacitus code` (resource_cache.py), while a
short article looks up a few hundred names. A PackedMapping pickles as its keys, one blob of
separately pickled values and their offsets; reading it back builds only the key index, and each
value is unpickled when it is first looked up (then kept). Lookups, iteration order, length and
equality are those of the mapping it was made from; values are equal to the originals (objects
shared between two values become equal copies).
"""

from __future__ import annotations

import pickle
from array import array
from typing import Any, Iterator, Mapping, TypeVar

__all__ = ["PackedMapping"]

V = TypeVar("V")
_MISSING = object()


class PackedMapping(Mapping[str, V]):
    """A read-only ``str -> value`` mapping stored packed in pickles (see the module docstring)."""

    __slots__ = ("_index", "_blob", "_offsets", "_values")

    def __init__(self, data: Mapping[str, V]) -> None:
        """Wrap ``data`` (copied): every value is at hand until the mapping is pickled."""
        self._values: dict[str, V] = dict(data)
        self._index: dict[str, int] | None = None  # key -> position in the blob, once unpickled
        self._blob = b""
        self._offsets = array("Q")

    def __getitem__(self, key: str) -> V:
        value = self._values.get(key, _MISSING)
        if value is not _MISSING:
            return value  # type: ignore[return-value]
        if self._index is None:
            raise KeyError(key)
        at = self._index[key]  # KeyError for a name not in the mapping
        value = pickle.loads(self._blob[self._offsets[at]:self._offsets[at + 1]])
        self._values[key] = value  # each value is decoded once
        return value  # type: ignore[return-value]

    def get(self, key: Any, default: Any = None) -> Any:
        """The value of ``key``, or ``default`` (the hot path of place lookups: no exception)."""
        if self._index is None or key in self._values:
            return self._values.get(key, default)
        return self[key] if key in self._index else default

    def __contains__(self, key: object) -> bool:
        return key in (self._values if self._index is None else self._index)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values if self._index is None else self._index)

    def __len__(self) -> int:
        return len(self._values if self._index is None else self._index)

    def __repr__(self) -> str:
        return f"PackedMapping({len(self)} keys)"

    def __reduce__(self) -> tuple[Any, ...]:
        keys = tuple(self)
        parts = [pickle.dumps(self[key], protocol=pickle.HIGHEST_PROTOCOL) for key in keys]
        offsets = array("Q", [0])
        for part in parts:
            offsets.append(offsets[-1] + len(part))
        return (_unpack, (keys, b"".join(parts), offsets.tobytes()))


def _unpack(keys: tuple[str, ...], blob: bytes, offsets: bytes) -> PackedMapping[Any]:
    """Rebuild a PackedMapping from its pickled parts: only the key index is built now."""
    packed: PackedMapping[Any] = PackedMapping({})
    packed._index = {key: at for at, key in enumerate(keys)}
    packed._blob = blob
    packed._offsets = array("Q")
    packed._offsets.frombytes(offsets)
    return packed
