"""The PLOVER-to-CAMEO actor translation (export/data/cameo_*.tsv) checked against the codebooks:
the PLOVER manual's sector and non-state tables, and the CAMEO agents and international actors
dictionaries (Phoenix, in ../shared/data/dictionaries/phoenix)."""

from __future__ import annotations

import re

import pytest

from tacitus.export.cameo_actors import CameoActor, cameo_actor, nonstate_to_cameo, sector_to_cameo

pytestmark = pytest.mark.shared


def _manual_table(shared_dir, caption: str) -> set[str]:
    """The 3-letter codes in the first column of the PLOVER manual's table with this caption."""
    text = (shared_dir / "data" / "reference" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    start = text.index(f"\\caption{{{caption}}}")
    block = text[start:text.index("\\end{", start)]
    return set(re.findall(r"^\s*([A-Z]{3})\s*&", block, re.M))


def _cameo_agent_codes(shared_dir) -> set[str]:
    """Every 3-letter element of the agent codes in the CAMEO agents dictionary ([~GOVMED] -> GOV, MED)."""
    text = (shared_dir / "data" / "dictionaries" / "phoenix" / "Phoenix.agents.txt").read_text(encoding="utf-8")
    codes: set[str] = set()
    for code in re.findall(r"\[~([A-Z]+)\]", text):
        codes.update(code[i:i + 3] for i in range(0, len(code), 3))
    return codes


def test_every_plover_sector_of_the_manual_is_translated(shared_dir):
    sectors = _manual_table(shared_dir, "Sector Codes")
    assert {"GOV", "MIL", "JRN", "MED", "SOC", "PRE", "UNK"} <= sectors  # the table was read
    assert set(sector_to_cameo()) == sectors


def test_every_cameo_type_is_a_cameo_agent_code(shared_dir):
    agents = _cameo_agent_codes(shared_dir)
    assert {"GOV", "MED", "HLH"} <= agents
    for plover, cameo in sector_to_cameo().items():
        assert cameo == "" or cameo in agents, f"{plover} -> {cameo} is not a CAMEO agent code"
    assert sector_to_cameo()["MED"] == "HLH" and sector_to_cameo()["JRN"] == "MED"


def test_every_plover_nonstate_code_is_translated_to_a_code_of_the_cameo_dictionaries(shared_dir):
    nonstate = _manual_table(shared_dir, "International Non-state actor names")
    assert nonstate == {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
    assert set(nonstate_to_cameo()) == nonstate
    folder = shared_dir / "data" / "dictionaries" / "phoenix"
    actor_codes = set()
    for name in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        actor_codes.update(re.findall(r"\[([A-Z]+)", (folder / name).read_text(encoding="utf-8", errors="replace")))
    for plover, cameo in nonstate_to_cameo().items():
        assert cameo.code in actor_codes, f"{plover} -> {cameo.code} is not in the CAMEO actors dictionaries"
        assert cameo.code.startswith(cameo.type1)


@pytest.mark.parametrize("country, sector, expected", [
    ("USA", "GOV", CameoActor("USAGOV", "USA", "", "GOV")),
    ("EUR", None, CameoActor("IGOEUREEC", "EUR", "EEC", "IGO")),
    ("EUR", "GOV", CameoActor("IGOEUREEC", "EUR", "EEC", "IGO")),
    ("UNO", "REF", CameoActor("IGOUNOREF", "", "UNO", "IGO", "REF")),
    ("KOS", "GOV", CameoActor("KSVGOV", "KSV", "", "GOV")),
    ("MDA", "PRE", CameoActor("MDA", "MDA", "", "")),
    (None, "MIL", CameoActor("MIL", "", "", "MIL")),
    (None, None, None),
    (None, "UNK", None),
])
def test_composed_codes(country, sector, expected):
    assert cameo_actor(country, sector) == expected
