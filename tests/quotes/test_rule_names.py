"""Every rule name the quote extractor can give an Attribution has a ``why`` entry, and every
``why`` entry names a rule the extractor can give (read from the source of tacitus/quotes)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tacitus.quotes
from tacitus.quotes.direct import Attribution
from tacitus.quotes.rules import PARTIAL, check_rule, rule_meanings
from tacitus.quotes.why import explain

_PACKAGE = Path(tacitus.quotes.__file__).parent


def _literals(node: ast.expr) -> set[str]:
    """The rule names an expression can give: its string constants, through conditionals. A
    variable passes on a rule made elsewhere (and found there); PARTIAL + x is x, partial."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _literals(node.body) | _literals(node.orelse)
    if isinstance(node, ast.JoinedStr):
        raise AssertionError(f"a rule name built by an f-string cannot be checked (line {node.lineno})")
    return set()


def _rule_expressions(tree: ast.AST) -> list[ast.expr]:
    """Every expression the source hands over as an Attribution's rule."""
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name == "_make" and node.args:
                found.append(node.args[-1])
            if name == "Attribution" and len(node.args) >= 6:
                found.append(node.args[5])
            if name == "Report" and len(node.args) >= 3:
                found.append(node.args[2])
            found.extend(k.value for k in node.keywords if k.arg == "rule")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for element, value in zip(target.elts, node.value.elts):
                        if isinstance(element, ast.Name) and element.id == "rule":
                            found.append(value)
                elif isinstance(target, ast.Name) and target.id == "rule":
                    found.append(node.value)
    return found


def _emitted() -> dict[str, set[str]]:
    """Rule names given by each module of the quotes package."""
    by_module: dict[str, set[str]] = {}
    for path in sorted(_PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for expression in _rule_expressions(tree):
            names |= _literals(expression)
        if names:
            by_module[path.stem] = names
    return by_module


def test_every_rule_the_extractor_gives_has_a_why_entry() -> None:
    emitted = _emitted()
    assert {"direct", "indirect", "headline"} <= set(emitted)  # the scan sees the rule makers
    unexplained = {name for names in emitted.values() for name in names} - set(rule_meanings())
    assert not unexplained


def test_every_why_entry_is_a_rule_the_extractor_gives() -> None:
    emitted = set().union(*_emitted().values())
    assert set(rule_meanings()) - emitted == set()


def test_an_attribution_with_an_unlisted_rule_is_refused() -> None:
    with pytest.raises(ValueError):
        Attribution(0, 4, "direct", None, None, "cue-sideways")
    assert check_rule(PARTIAL + "cue-after") == "partial-cue-after"


def test_why_words_every_listed_rule() -> None:
    for name, meaning in rule_meanings().items():
        attribution = Attribution(0, 4, "direct", None, None, name)
        assert explain(attribution, "text").startswith(meaning)
        partial = Attribution(0, 4, "indirect", None, None, PARTIAL + name)
        assert explain(partial, "text").startswith("partial quotation inside a clause; " + meaning)
