"""The on-disk cache of built resources: reused while the sources stand, rebuilt when they change."""

from __future__ import annotations

from tacitus.resource_cache import CACHE_ENV, cached


def test_a_built_value_is_reused_and_rebuilt_when_an_input_changes(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "my.actors.txt"
    source.write_text("FREEDONIA [FRD]\n")
    builds = []

    def build():
        builds.append(1)
        return {"entries": source.read_text()}

    first = cached("demo", build, inputs=[source])
    assert cached("demo", build, inputs=[source]) == first and len(builds) == 1
    source.write_text("FREEDONIA [FRD]\nSYLVANIA [SYL]\n")
    assert cached("demo", build, inputs=[source]) == {"entries": source.read_text()} and len(builds) == 2


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    cached("demo", lambda: [1, 2, 3])
    [path] = tmp_path.glob("demo-*.pickle")
    path.write_bytes(b"not a pickle")
    assert cached("demo", lambda: [4]) == [4]


def test_caching_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cached("demo", lambda: "built") == "built"
    assert not list(tmp_path.rglob("*.pickle"))


def test_tables_read_from_the_cache_are_left_out_of_garbage_collection(tmp_path, monkeypatch):
    """A table read back is frozen (gc.freeze): full collections no longer walk its objects."""
    import gc

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    cached("demo", lambda: {f"name {i}": (i, [i]) for i in range(1000)})
    value = cached("demo", lambda: {})
    assert len(value) == 1000
    young = {id(o) for generation in range(3) for o in gc.get_objects(generation)}
    assert id(value) not in young and id(value["name 7"][1]) not in young
    assert gc.isenabled()
