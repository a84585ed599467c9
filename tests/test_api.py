"""The public API: every name in ``tacitus.__all__`` resolves (lazily) to a documented object of
the package, the documents use no name outside it, and a star import gives exactly it."""

from __future__ import annotations

import inspect
import re

import tacitus
from conftest import REPO


def test_every_exported_name_is_a_documented_object_of_the_package():
    assert len(set(tacitus.__all__)) == len(tacitus.__all__)
    for name in tacitus.__all__:
        value = getattr(tacitus, name)
        assert getattr(value, "__module__", "").startswith("tacitus."), name
        assert getattr(value, "__name__", name) == name, name
        assert inspect.getdoc(value), f"{name} has no docstring"
    assert set(tacitus.__all__) <= set(dir(tacitus))


def test_the_documented_api_is_exported():
    # Every tacitus.NAME the README and docs use is part of the public API.
    used = set()
    for doc in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        used |= set(re.findall(r"\btacitus\.([A-Za-z_]\w*)\(", doc.read_text(encoding="utf-8")))
    assert used and used <= set(tacitus.__all__), used - set(tacitus.__all__)


def test_star_import_binds_exactly_the_api():
    namespace: dict[str, object] = {}
    exec("from tacitus import *", namespace)
    assert {k for k in namespace if not k.startswith("__")} == set(tacitus.__all__)
    for must in ("load", "Store", "EventFilter", "Article", "Coded", "TacitusError"):
        assert must in tacitus.__all__
