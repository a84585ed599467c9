"""POST /api/code: codes a pasted article with a lazily built coder, stores nothing, limits size,
and requires the token where it must."""

from __future__ import annotations

import duckdb
import pytest
from serve_support import hand_records
from serve_support import hand_db, make_client  # noqa: F401 - pytest fixtures



class FakeCoder:
    """Stands in for tacitus.load(): returns a fixed Coded and records what it was asked."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def code(self, text, *, published=None, source=None, title=None):
        self.calls.append({"text": text, "published": published, "source": source})
        return hand_records()[0]


@pytest.fixture
def fake():
    built: list[FakeCoder] = []

    def factory() -> FakeCoder:
        built.append(FakeCoder())
        return built[-1]

    return built, factory


def _counts(path) -> tuple:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "quotes"))
    finally:
        con.close()


def test_code_returns_the_coded_record_and_spans_and_stores_nothing(hand_db, make_client, fake):
    built, factory = fake
    client = make_client(hand_db, coder_factory=factory)
    before = _counts(hand_db)
    assert built == []  # nothing is loaded until the first request
    for _ in range(2):
        response = client.post("/api/code", json={"text": "Some article", "published": "2024-03-05", "source": "Me"})
        assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"article", "actors", "events", "quotes", "spans"}
    assert body["events"][0]["event_type"] == "CONSULT"
    assert {s["kind"] for s in body["spans"]} >= {"actor", "trigger", "evidence"}
    assert len(built) == 1 and len(built[0].calls) == 2  # loaded once per app
    assert built[0].calls[0] == {"text": "Some article", "published": "2024-03-05", "source": "Me"}
    client.app.state.database.close()
    assert _counts(hand_db) == before


@pytest.mark.parametrize("body", [b"{not json", b'{"published": "2024-01-01"}', b'{"text": ""}', b'[1, 2]',
                                  b'{"text": 5}'])
def test_malformed_bodies_are_422(hand_db, make_client, fake, body):
    client = make_client(hand_db, coder_factory=fake[1])
    response = client.post("/api/code", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_body"
    assert fake[0] == []


def test_oversized_article_is_413_declared_or_streamed(hand_db, make_client, fake):
    client = make_client(hand_db, coder_factory=fake[1])
    big = {"text": "x" * 210_000}
    response = client.post("/api/code", json=big)
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"

    async def chunks():  # no Content-Length: the limit applies while reading
        for _ in range(30):
            yield b"x" * 10_000

    response = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert fake[0] == []


def test_coder_input_errors_are_422(hand_db, make_client):
    from tacitus.errors import InputError

    class Refuses:
        def code(self, *args, **kwargs):
            raise InputError("no article body: paste the text of a news article")

    client = make_client(hand_db, coder_factory=Refuses)
    response = client.post("/api/code", json={"text": "   "})
    assert response.status_code == 422 and "paste" in response.json()["error"]["message"]


def test_token_rules(hand_db, make_client, fake):
    article = {"text": "Some article"}
    # Loopback without a token: open.
    assert make_client(hand_db, coder_factory=fake[1]).post("/api/code", json=article).status_code == 200
    # Another address without a token: refused, and the message says how to enable it.
    open_wide = make_client(hand_db, bind_host="0.0.0.0", coder_factory=fake[1])
    response = open_wide.post("/api/code", json=article)
    assert response.status_code == 403 and "--token" in response.json()["error"]["message"]
    # With a token, wherever bound: required, and compared exactly.
    for host in ("0.0.0.0", "127.0.0.1"):
        guarded = make_client(hand_db, bind_host=host, token="s3cret", coder_factory=fake[1])
        assert guarded.post("/api/code", json=article).status_code == 401
        assert guarded.post("/api/code", json=article, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert guarded.post("/api/code", json=article, headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert guarded.post("/api/code", json=article, headers={"X-Tacitus-Token": "s3cret"}).status_code == 200
        # Read-only endpoints stay open.
        assert guarded.get("/api/events").status_code == 200
