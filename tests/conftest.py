"""Shared fixtures: the spaCy pipeline (loaded once per test session) and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline with Tacitus's paragraph component (slow: load once)."""
    from tacitus.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder; tests that need it skip with a reason when it is missing."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (a user's fresh clone); CI always has it")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    """A fully loaded Tacitus coder (slow: load once)."""
    import tacitus

    return tacitus.load()
