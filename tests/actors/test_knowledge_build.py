"""tools/build_knowledge.py rebuilds the shipped knowledge files byte for byte from the shared lists."""

from __future__ import annotations

import importlib.util
import sys
from importlib import resources
from types import ModuleType

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def build() -> ModuleType:
    pytest.importorskip("yaml")
    spec = importlib.util.spec_from_file_location("build_knowledge", REPO / "tools" / "build_knowledge.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_knowledge"] = module  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["build_knowledge"]
    return module


@pytest.mark.shared
def test_build_reproduces_the_shipped_files(build, shared_dir, tmp_path):
    assert build.main([str(shared_dir / "data" / "knowledge"), str(tmp_path)]) == 0
    shipped = resources.files("tacitus.actors").joinpath("data", "knowledge")
    for name in ("people.tsv.gz", "parties.tsv.gz", "LICENSE-ifg-ministers.txt", "LICENSE-partyfacts.txt",
                 "LICENSE-congress-legislators.txt"):
        assert (tmp_path / name).read_bytes() == shipped.joinpath(name).read_bytes(), name


def test_build_refuses_a_folder_that_is_not_the_knowledge_lists(build, tmp_path):
    assert build.main([str(tmp_path), str(tmp_path / "out")]) == 2
