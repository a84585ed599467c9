"""Ray is an optional extra: without it, `--engine ray` says how to install it (no traceback)."""

from __future__ import annotations

import sys
import tomllib

import pytest
from typer.testing import CliRunner

from conftest import REPO
from tacitus.cli import app
from tacitus.engines import RAY_MISSING, require_ray
from tacitus.errors import TacitusError


def test_ray_is_an_extra_and_the_test_extra_installs_it():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(dep.startswith("ray") for dep in project["dependencies"])
    assert any(dep.startswith("ray[data]") for dep in project["optional-dependencies"]["ray"])
    assert any(dep.startswith("ray[data]") for dep in project["optional-dependencies"]["test"])


def test_engine_ray_without_ray_is_a_clear_error(tmp_path, monkeypatch):
    # A None entry in sys.modules makes `import ray` fail as it does when Ray is not installed.
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(TacitusError, match=r"pip install 'tacitus\[ray\]'"):
        require_ray()
    article = tmp_path / "a.txt"
    article.write_text("Chile and Peru signed a trade pact on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(article), "--db", str(tmp_path / "t.duckdb"), "--engine", "ray"])
    assert result.exit_code != 0 and isinstance(result.exception, TacitusError)
    assert str(result.exception) == RAY_MISSING
    assert not (tmp_path / "t.duckdb").exists()
