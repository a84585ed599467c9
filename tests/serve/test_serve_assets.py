"""Data shipped with the server: the sort whitelists, the world map and the tool that builds it,
and the `tacitus serve` command."""

from __future__ import annotations

import importlib.util
import json
import re

import typer
from typer.testing import CliRunner

from tacitus.errors import TacitusError
from tacitus.serve.pages import static_dir
from tacitus.serve.queries import CLUSTER_COLUMNS
from tacitus.serve.settings import ApiSettings
from tacitus.store import Store
from serve_support import REPO
from serve_support import hand_db  # noqa: F401 - pytest fixtures


def test_sort_whitelists_name_real_columns(tmp_path):
    settings = ApiSettings.load()
    with Store(tmp_path / "t.duckdb") as store:
        columns = {table: {row[0] for row in store.connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for table in ("events", "articles", "actors", "quotes")}
    columns["clusters"] = set(CLUSTER_COLUMNS)
    for table, allowed in settings.sort.items():
        assert set(allowed) <= columns[table], table
        assert settings.default_sort[table].lstrip("-") in allowed
        assert all(re.fullmatch(r"[a-z_]+", name) for name in allowed)
    assert 1 <= settings.limits["default"] <= settings.limits["max"]


def test_world_map_file_is_complete_and_licensed():
    world = json.loads((static_dir() / "world-110m.json").read_text(encoding="utf-8"))
    assert world["viewBox"] == "0 0 360 180" and len(world["countries"]) >= 170
    names = {c["name"] for c in world["countries"]}
    assert {"France", "Brazil", "Japan", "Nigeria", "Antarctica"} <= names
    for country in world["countries"]:
        assert country["d"].startswith("M") and country["d"].endswith("Z")
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", country["d"])]
        # Rings crossing the antimeridian may run a little past the edges (the SVG clips them).
        assert all(-40 <= n <= 400 for n in numbers), country["name"]
    assert "public domain" in (static_dir() / "world-110m.LICENSE.txt").read_text(encoding="utf-8")


def _tool():
    spec = importlib.util.spec_from_file_location("build_world_geometry", REPO / "tools" / "build_world_geometry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_geometry_tool_decodes_topojson_arcs_and_unwraps_the_antimeridian():
    tool = _tool()
    topology = {
        "transform": {"scale": [1, 1], "translate": [-180, -90]},
        "arcs": [[[10, 10], [10, 0], [0, 10]], [[10, 10], [0, 10], [10, 0]]],
        "objects": {"countries": {"geometries": [
            {"type": "Polygon", "id": "001", "properties": {"name": "Square"}, "arcs": [[0, ~1]]},
            {"type": "Point", "id": "002"},
        ]}},
    }
    arcs = tool.decode_arcs(topology)
    assert arcs[0] == [(-170, -80), (-160, -80), (-160, -70)]
    ring = tool.ring_points([0, ~1], arcs)
    assert ring[0] == (-170, -80) and ring[-1] == (-170, -80) and len(ring) == 5
    built = tool.build(topology)
    assert [c["name"] for c in built["countries"]] == ["Square"]
    assert built["countries"][0]["d"] == "M10 170L20 170L20 160L10 160L10 170Z"
    assert tool.unwrap([(179.0, 0.0), (-179.0, 1.0), (-178.0, 2.0)]) == [(179.0, 0.0), (181.0, 1.0), (182.0, 2.0)]


def test_serve_command_options_token_from_environment_and_missing_db(tmp_path, hand_db, monkeypatch):
    from tacitus.serve import register

    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # a second command keeps `serve` a subcommand
    runner = CliRunner()
    help_text = runner.invoke(app, ["serve", "--help"]).output
    for option in ("--db", "--host", "--port", "--token"):
        assert option in help_text
    started = {}
    monkeypatch.setattr("uvicorn.run", lambda app, host, port, **kw: started.update(app=app, host=host, port=port))
    result = runner.invoke(app, ["serve", "--db", str(hand_db), "--port", "8123"], env={"TACITUS_TOKEN": "abc"})
    assert result.exit_code == 0, result.output
    assert started["port"] == 8123 and started["host"] == "127.0.0.1"
    assert started["app"].state.token == "abc"
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert isinstance(missing.exception, TacitusError) and "tacitus run" in str(missing.exception)
