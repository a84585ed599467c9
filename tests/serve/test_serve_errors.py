"""One error envelope everywhere: 404, 405, 413, 422, 500 and 503 all answer
{"error": {"code", "message", "details"}}."""

from __future__ import annotations

import subprocess
import sys

import pytest
from serve_support import client, hand_db, make_client  # noqa: F401 - pytest fixtures


def _envelope(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"code", "message", "details"} and error["message"]
    if code:
        assert error["code"] == code
    return error


@pytest.mark.parametrize("url", ["/nope", "/api/nope", "/static/nope.js", "/api/articles/nope"])
def test_not_found(client, url):
    _envelope(client.get(url), 404, "not_found")


def test_method_not_allowed(client):
    _envelope(client.post("/api/events"), 405, "method_not_allowed")
    _envelope(client.request("DELETE", "/api/articles"), 405)


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 501}, {"limit": "ten"}, {"offset": -1}, {"sort": "evidence"}, {"sort": "-"},
    {"type": "DANCE"}, {"cameo": "04a"}, {"date_from": "March"}, {"modality": "maybe"}, {"quad_class": 5},
    {"dyad": "USA"}, {"either_direction": "perhaps"},
])
def test_invalid_parameters_are_422(client, params):
    error = _envelope(client.get("/api/events", params=params), 422, "invalid_parameter")
    assert error["details"]


def test_bad_choice_on_aggregates_is_422(client):
    _envelope(client.get("/api/timeline", params={"interval": "decade"}), 422)
    _envelope(client.get("/api/network", params={"level": "planet"}), 422)


def test_unexpected_error_is_500_without_internals(client):
    @client.app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    error = _envelope(client.get("/api/boom"), 500, "internal_error")
    assert "secret" not in error["message"]


def test_unreadable_database_is_500_and_missing_database_is_503(tmp_path, make_client):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    _envelope(make_client(bad).get("/api/events"), 500, "database_unreadable")
    error = _envelope(make_client(tmp_path / "absent.duckdb").get("/api/events"), 503, "no_database")
    assert "tacitus run" in error["message"]


def test_database_locked_by_a_writer_is_503_after_retrying(hand_db, make_client):
    # Another process holds the file for writing (as `tacitus run` does during a batch).
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('locked', flush=True); "
        "sys.stdin.readline()"), str(hand_db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        client = make_client(hand_db)
        client.app.state.database.wait_seconds = 0.3
        error = _envelope(client.get("/api/events"), 503, "database_busy")
        assert "retry" in error["message"]
    finally:
        holder.communicate("\n", timeout=10)
    # Once the writer is gone, the same app answers.
    assert client.get("/api/events").status_code == 200
