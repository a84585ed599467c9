"""PackedMapping: a mapping that pickles packed and unpickles each value on first lookup."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

import pytest

from tacitus.packed_mapping import PackedMapping


@dataclass(frozen=True)
class Town:
    name: str
    population: int


def _towns() -> dict[str, tuple[Town, ...]]:
    return {"springfield": (Town("Springfield", 160_000), Town("Springfield", 60_000)),
            "shelbyville": (Town("Shelbyville", 20_000),),
            "ogdenville": ()}


def test_a_packed_mapping_reads_back_equal_and_in_order():
    packed = pickle.loads(pickle.dumps(PackedMapping(_towns())))
    assert list(packed) == list(_towns()) and len(packed) == 3
    assert dict(packed.items()) == _towns() and packed == _towns()
    assert packed.get("springfield") == _towns()["springfield"]
    assert packed.get("capital city") is None and packed.get("capital city", ()) == ()
    assert "shelbyville" in packed and "capital city" not in packed
    with pytest.raises(KeyError):
        packed["capital city"]  # noqa: B018


def test_values_are_unpickled_on_first_lookup_only():
    packed = pickle.loads(pickle.dumps(PackedMapping(_towns())))
    assert packed._values == {}  # nothing decoded by reading it back
    first = packed["springfield"]
    assert packed["springfield"] is first and set(packed._values) == {"springfield"}


def test_before_pickling_it_is_the_mapping_it_wraps():
    towns = _towns()
    packed = PackedMapping(towns)
    assert packed["springfield"] is towns["springfield"] and packed == towns
    assert pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(packed)))) == towns
