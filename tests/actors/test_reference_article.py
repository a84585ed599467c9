"""The reference article of ../shared: the seven expected actors with country and sector."""

from __future__ import annotations

import json

import pytest

from tacitus.actors import ActorResources, extract_actors
from tacitus.model import Article
from tacitus.nlp import make_doc_text

pytestmark = [pytest.mark.slow, pytest.mark.shared]

SEED = "seeds/000_4ffbeff3ed2e1bd7"


def _body(raw: str) -> str:
    """The article body by hand (ingest's job): from the first body line, without debris."""
    lines = raw.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Kim Jong-un has agreed"))
    kept = [l for l in lines[start:] if l.strip() not in ("{articleGUID}", "Bumpy road") and not l.startswith("Source:")]
    return "\n".join(kept).strip()


def test_reference_actors(nlp, shared_dir):
    raw = (shared_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    expected = json.loads((shared_dir / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    text = _body(raw)
    table = extract_actors(nlp(make_doc_text(text)), Article(id="ref", text=text), ActorResources.load())
    by_name = {actor.name: actor for actor in table}
    for want in expected["actors"]:
        actor = by_name.get(want["name"])
        assert actor is not None, want["name"]
        assert actor.sector == want["sector"], want["name"]
        if "country" in want:
            assert actor.country == want["country"], want["name"]
        mentions = {m.text.replace("\u2019", "'") for m in actor.mentions}
        for also in want.get("also", []):
            assert also in mentions, (want["name"], also)
    assert not {"Bumpy", "Kevin Lim", "Anadolu", "The Straits Times"} & set(by_name)
