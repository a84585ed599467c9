"""`tacitus serve --workers N`: N processes answer the API over one database file."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import psutil

from serve_support import hand_db  # noqa: F401 - pytest fixture


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_two_worker_processes_answer_the_api(hand_db):
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "tacitus.cli", "serve", "--db", str(hand_db), "--port", str(port),
                               "--workers", "2"], start_new_session=True, stderr=subprocess.PIPE, text=True)
    try:
        deadline, answers = time.monotonic() + 120, []
        while time.monotonic() < deadline and len(answers) < 20:
            try:
                answers.append(httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=5))
            except httpx.HTTPError:
                time.sleep(0.2)
        assert len(answers) == 20 and {r.status_code for r in answers} == {200}
        assert {r.json()["total"] for r in answers} == {3}
        workers = [p for p in psutil.Process(server.pid).children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]
        assert len(workers) == 2  # uvicorn's two worker processes under the supervisor
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    assert "2 processes" in server.stderr.read()
