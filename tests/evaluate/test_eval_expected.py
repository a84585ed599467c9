"""The ``expected`` checker, ``evaluate``'s input errors, and the rendered table."""

from __future__ import annotations

import json

import pytest

from eval_helpers import actor, coded, event, quote
from tacitus.errors import InputError
from tacitus.evaluate import evaluate, render
from tacitus.evaluate.expected import event_matches, load_expectation, score
from tacitus.model import Place

TEXT = 'Ruritania\'s President Ann Lee met Freedonia\'s leader Bo Chan in Paris on Monday. "It went well," Lee said.'

SPEC = {
    "metadata": {"published": "2021-05-04", "source": "Test Wire"},
    "actors": [
        {"name": "Ann Lee", "country": "RUR", "sector": "GOV"},
        {"name": "Bo Chan", "country": "FRE", "sector": "GOV"},
    ],
    "events": {
        "must": [{"id": "meeting", "types": ["CONSULT"], "source": {"country": "FRE"}, "target": {"country": "RUR"},
                  "symmetric": True, "location": "Paris", "date": "2021-05-03", "modality": ["asserted"]}],
        "should": [{"id": "threat", "types": ["THREATEN"], "source": {"country": "RUR"}}],
        "must_not": [{"id": "no-cancel", "types": ["CONSULT"], "source": {"country": "RUR"}, "modality": ["cancelled"]}],
        "never_actors": ["Monday"],
    },
    "quotes": [{"contains": "It went well", "speaker": "Ann Lee"}],
}


def _output():
    lee = actor("lee", "Ann Lee", "RUR", TEXT, (TEXT.index("Ann Lee"), TEXT.index("Ann Lee") + 7))
    lee = type(lee)(**{**lee.__dict__, "sector": "GOV"})
    chan = actor("chan", "Bo Chan", "FRE", TEXT, (TEXT.index("Bo Chan"), TEXT.index("Bo Chan") + 7))
    meeting = event("CONSULT", lee, chan, date="2021-05-03", location=Place("Paris", "FRA"))
    start = TEXT.index('"It')
    return coded(TEXT, [lee, chan], [meeting], [quote(start, TEXT.index(' Lee said'), TEXT, lee)])


def test_expected_counts_and_ids():
    result = score(SPEC, _output())
    assert result["must"]["found"] == 1 and result["must"]["total"] == 1 and result["must"]["rate"] == 1.0
    assert result["should"]["missed_ids"] == ["threat"]
    assert result["must_not"]["found"] == 0  # no violation
    assert result["actors"]["found"] == 1 and result["actors"]["missed_ids"] == ["Bo Chan"]  # Bo Chan has no sector
    assert result["quotes"]["found"] == 1
    assert result["never_actors"]["found"] == 0


def test_expected_event_rules():
    want = SPEC["events"]["must"][0]
    lee = actor("lee", "Ann Lee", "RUR", TEXT, (0, 3))
    chan = actor("chan", "Bo Chan", "FRE", TEXT, (4, 7))
    paris = Place("Paris", "FRA")
    assert event_matches(event("CONSULT", lee, chan, date="2021-05-03", location=paris), want)  # symmetric
    assert not event_matches(event("CONSULT", lee, chan, date="2021-05-04", location=paris), want)  # date
    assert not event_matches(event("CONSULT", lee, chan, date="2021-05-03"), want)  # no location
    assert not event_matches(event("CONSULT", lee, chan, date="2021-05-03", location=paris, modality="planned"), want)
    assert not event_matches(event("AGREE", lee, chan, date="2021-05-03", location=paris), want)


def test_load_expectation_finds_the_article(tmp_path):
    (tmp_path / "x.expected.json").write_text(json.dumps(SPEC), encoding="utf-8")
    with pytest.raises(InputError, match="missing beside it"):
        load_expectation(tmp_path / "x.expected.json")
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    spec, article = load_expectation(tmp_path / "x.expected.json")
    assert article.name == "x.txt" and spec["metadata"]["source"] == "Test Wire"


def test_evaluate_input_errors(tmp_path):
    with pytest.raises(InputError, match="unknown gold format"):
        evaluate(tmp_path, "acled", coder=object())
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        evaluate(empty, "plover-gsr", coder=object())
    with pytest.raises(InputError, match="no such folder"):
        evaluate(tmp_path / "missing", "timeml", coder=object())
    with pytest.raises(InputError, match="folder"):
        evaluate(empty, "polnear", coder=object())


def test_render_has_a_row_per_metric_and_class():
    result = {
        "format": "plover-gsr", "gold": "x", "items": 2, "seconds": 1.0, "dictionaries": None,
        "type": {"precision": 0.5, "recall": 0.5, "f1": 0.5}, "actors": 0.75,
        "per_type": {"AGREE": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1},
                     "ACCUSE": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}},
        "must": {"found": 1, "total": 2, "rate": 0.5, "missed_ids": ["b"]},
    }
    table = render(result)
    assert table.row_count == 6  # items, type, actors, two classes, must
