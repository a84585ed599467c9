"""Event scorers (plover-gsr, petrarch, case2021) on hand-made gold and system outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval_helpers import actor, coded, event
from tacitus.evaluate import case2021, petrarch, plover_gsr
from tacitus.evaluate.normalize import Normalizer

TEXT_A = "Japan and Italy agreed to hold talks."
TEXT_B = "Ruritania demanded that Freedonia release the prisoners."


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer.load()


def _write(tmp_path: Path, name: str, records: list[dict]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def plover_gold(tmp_path: Path, norm: Normalizer):
    records = [
        # A reciprocal compound actor with old CAMEO country codes.
        {"id": "1", "text": TEXT_A, "event": "AGREE", "source": [{"actorText": "Japan", "code": "JAP"}, {"actorText": "Italy", "code": "ITL"}], "target": ""},
        # An old type name.
        {"id": "2", "text": TEXT_B, "event": "DEMAND", "source": [{"actorText": "Ruritania", "code": "RUR"}], "target": [{"actorText": "Freedonia", "code": "FRE"}]},
    ]
    return plover_gsr.read(_write(tmp_path, "gsr.jsonl", records), norm)


def test_plover_reads_and_normalizes(plover_gold):
    assert plover_gold[0].sources[0].country == "JPN"
    assert plover_gold[1].event_type == "REQUEST"


def test_plover_perfect_output(plover_gold, norm):
    jp = actor("jp", "Japan", "JPN", TEXT_A, (0, 5))
    it = actor("it", "Italy", "ITA", TEXT_A, (10, 15))
    ru = actor("ru", "Ruritania", "RUR", TEXT_B, (0, 9))
    fr = actor("fr", "Freedonia", "FRE", TEXT_B, (24, 33))
    outputs = [
        coded(TEXT_A, [jp, it], [event("AGREE", jp, it)]),
        coded(TEXT_B, [ru, fr], [event("REQUEST", ru, fr)]),
    ]
    result = plover_gsr.score(plover_gold, outputs, norm)
    assert result["type"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["dyad"]["f1"] == 1.0
    assert result["actors"] == 1.0
    assert result["per_type"]["REQUEST"]["support"] == 1


def test_plover_wrong_type_and_wrong_dyad(plover_gold, norm):
    jp = actor("jp", "Japan", "JPN", TEXT_A, (0, 5))
    it = actor("it", "Italy", "FRA", TEXT_A, (10, 15))  # wrong country for Italy
    ru = actor("ru", "Ruritania", "RUR", TEXT_B, (0, 9))
    fr = actor("fr", "Freedonia", "FRE", TEXT_B, (24, 33))
    outputs = [
        coded(TEXT_A, [jp, it], [event("AGREE", jp, it)]),  # right type, target not among gold members
        coded(TEXT_B, [ru, fr], [event("ACCUSE", ru, fr), event("THREATEN", ru, fr)]),  # two wrong types
    ]
    result = plover_gsr.score(plover_gold, outputs, norm)
    # type: 1 hit, 1 miss, 2 false positives -> P 1/3, R 1/2.
    assert result["type"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    assert result["dyad"]["recall"] == 0.0
    assert result["actors"] == 0.75  # Italy's country is wrong
    assert result["per_type"]["ACCUSE"]["precision"] == 0.0


def test_plover_compound_source_matches_any_member(plover_gold, norm):
    jp = actor("jp", "Japan", "JPN", TEXT_A, (0, 5))
    it = actor("it", "Italy", "ITA", TEXT_A, (10, 15))
    assert plover_gsr.dyad_matches(plover_gold[0], event("AGREE", it, jp), norm)
    assert plover_gsr.dyad_matches(plover_gold[0], event("AGREE", it, None), norm)


def test_petrarch_root_and_code(tmp_path, norm):
    records = [
        {"id": "s1", "date": "19950101", "text": TEXT_A, "codings": [{"eventcode": "036", "sourcecode": "JAPGOV", "targetcode": "ITL"}]},
        {"id": "s2", "date": "19950101", "text": TEXT_B, "codings": [{"noevents": "True"}]},
    ]
    gold = petrarch.read(_write(tmp_path, "p.jsonl", records), norm)
    assert gold[0].date == "1995-01-01" and gold[0].countries == {"JPN", "ITA"}
    jp = actor("jp", "Japan", "JPN", TEXT_A, (0, 5))
    it = actor("it", "Italy", "ITA", TEXT_A, (10, 15))
    ru = actor("ru", "Ruritania", "RUR", TEXT_B, (0, 9))
    outputs = [
        coded(TEXT_A, [jp, it], [event("AGREE", jp, it, cameo="031")]),  # right root, wrong code
        coded(TEXT_B, [ru], [event("REQUEST", ru, None, cameo="100")]),  # an event where there is none
    ]
    result = petrarch.score(gold, outputs, norm)
    assert result["root"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert result["code"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert result["actors"] == 1.0


def test_case2021_type_recall(tmp_path, norm):
    records = [
        {"id": "1", "EventSnippet": TEXT_B, "SubType": "ARREST"},
        {"id": "2", "EventSnippet": TEXT_A, "SubType": "AGREEMENT"},
        {"id": "3", "EventSnippet": "A flood hit the valley.", "SubType": "NATURAL_DISASTER"},
    ]
    gold = case2021.read(_write(tmp_path, "c.jsonl", records), norm)
    ru = actor("ru", "Ruritania", "RUR", TEXT_B, (0, 9))
    outputs = [
        coded(TEXT_B, [ru], [event("COERCE", ru)]),
        coded(TEXT_A, [], []),
        coded("A flood hit the valley.", [], []),
    ]
    result = case2021.score(gold, outputs, norm)
    assert result["type_recall"] == 0.5
    assert result["mapped"] == 2 and result["unmapped"] == 1
    assert result["quiet_on_unmapped"] == 1.0
    assert result["per_type"]["AGREE"] == {"recall": 0.0, "support": 1}


def test_case2021_unknown_subtype_is_an_input_error(tmp_path, norm):
    from tacitus.errors import InputError

    path = _write(tmp_path, "c.jsonl", [{"id": "1", "EventSnippet": "x", "SubType": "SPACE_BATTLE"}])
    with pytest.raises(InputError, match="case2021_plover.tsv"):
        case2021.read(path, norm)
