"""One real run: the loaded pipeline over a few items of a shared gold set."""

from __future__ import annotations

import pytest

from tacitus.evaluate import evaluate, render


@pytest.mark.slow
@pytest.mark.shared
def test_evaluate_plover_gsr_end_to_end(shared_dir, coder):
    result = evaluate(shared_dir / "data/gold/events/plover_gsr.dev.jsonl", "plover-gsr", coder, limit=5)
    assert result["items"] == 5
    assert result["format"] == "plover-gsr"
    for key in ("type", "dyad"):
        assert set(result[key]) == {"precision", "recall", "f1"}
        assert all(0.0 <= value <= 1.0 for value in result[key].values())
    assert 0.0 <= result["actors"] <= 1.0
    assert result["actors_scored"] > 0  # gold actor texts were found in the article text
    assert render(result).row_count >= 4


@pytest.mark.slow
@pytest.mark.shared
def test_evaluate_reports_dictionaries_honestly(shared_dir, coder):
    import inspect

    import tacitus

    result = evaluate(shared_dir / "data/gold/events/petrarch_unittest.jsonl", "petrarch", coder,
                      dictionaries=shared_dir / "data/dictionaries/petrarch-validate", limit=2)
    supported = "dictionaries" in inspect.signature(tacitus.load).parameters
    assert result["dictionaries"]["applied"] is supported
