"""Repository habits that are cheap to check: unique test basenames, small modules, docstrings."""

from __future__ import annotations

import ast
from collections import Counter

from conftest import REPO


def test_test_module_basenames_are_unique():
    # pytest imports test modules by basename (rootdir mode): two files with one name collide.
    names = Counter(path.name for path in (REPO / "tests").rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []


def test_modules_stay_small_and_public_functions_have_docstrings():
    too_long, undocumented = [], []
    for path in (REPO / "src" / "tacitus").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > 500:
            too_long.append(path.name)
        for node in _public_definitions(ast.parse(source)):
            if ast.get_docstring(node) is None:
                undocumented.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name}")
    assert undocumented == []
    assert too_long == []


def _public_definitions(module: ast.Module):
    """Module-level functions and classes, and the methods of those classes, not starting with _."""
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    for node in module.body:
        if isinstance(node, kinds) and not node.name.startswith("_"):
            yield node
            if isinstance(node, ast.ClassDef):
                yield from (m for m in node.body if isinstance(m, kinds) and not m.name.startswith("_"))
