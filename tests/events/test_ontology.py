"""The ontology data files: complete against the standards, consistent, and well-formed."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from tacitus.events.ontology import Ontology, OntologyError, quad_class_of_root
from tacitus.model import EVENT_TYPES


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    """The package ontology."""
    return Ontology.load()


def _tsv_rows() -> list[dict[str, str]]:
    text = resources.files("tacitus.events.data").joinpath("cameo.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader([l for l in text.splitlines() if l and not l.startswith("#")], delimiter="\t"))


def test_cameo_tsv_has_no_duplicate_codes_and_every_field():
    rows = _tsv_rows()
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes))
    assert len(rows) >= 300
    for row in rows:
        assert row["code"].isdigit() and 2 <= len(row["code"]) <= 4
        assert row["name"].strip()
        assert -10.0 <= float(row["goldstein"]) <= 10.0
        assert row["plover_type"] in EVENT_TYPES
        assert row["plover_source"] in ("crosswalk", "tacitus", "manual")


def test_the_sixteen_plover_types_match_the_record_contract(ontology):
    assert ontology.plover_types() == EVENT_TYPES
    assert "visit" in ontology.modes("CONSULT")
    assert ontology.modes("AGREE") == ()
    with pytest.raises(OntologyError):
        ontology.modes("FIGHT")


def test_every_plover_type_is_reachable_from_some_cameo_code(ontology):
    reached = {code.plover_type for code in ontology.codes()}
    assert reached == set(EVENT_TYPES)


def test_modes_are_modes_of_their_type(ontology):
    for code in ontology.codes():
        if code.plover_mode:
            assert code.plover_mode in ontology.modes(code.plover_type), code


def test_known_codes_and_repaired_glitches(ontology):
    meet = ontology.cameo("042")
    assert meet is not None and meet.plover_type == "CONSULT" and meet.plover_mode == "visit"
    assert meet.quad_class == 1 and meet.goldstein == pytest.approx(1.9) and meet.root == "04"
    third = ontology.cameo("044")
    assert third is not None and third.name == "Meet at a 'third' location"
    assert ontology.cameo("106") is not None and ontology.cameo("1056") is not None
    assert "106" not in ontology.cameo("1056").name
    assert ontology.cameo("163").plover_type == "COERCE"  # as the 2021 crosswalk assigns it
    assert ontology.cameo("190").quad_class == 4
    assert ontology.cameo("999") is None


@pytest.mark.parametrize("root, quad", [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)])
def test_quad_class_follows_the_cameo_root(root, quad):
    assert quad_class_of_root(root) == quad


def test_cameo_quad_classes_agree_with_plover_quads():
    ontology = Ontology.load()
    for code in ("0911", "092", "140", "1411", "141"):
        entry = ontology.cameo(code)
        if entry is not None and entry.plover_type in ("ACCUSE", "PROTEST"):
            assert entry.quad_class == {"ACCUSE": 3, "PROTEST": 4}[entry.plover_type], code


def test_quad_class_rejects_roots_outside_the_standard():
    with pytest.raises(OntologyError):
        quad_class_of_root("21")


@pytest.mark.shared
def test_every_code_of_the_reference_tables_is_present(shared_dir, ontology):
    ref = shared_dir / "data" / "reference"
    expected: set[str] = set()
    for line in (ref / "CAMEO.goldsteinscale.txt").read_text(encoding="latin-1").splitlines()[1:]:
        if line.strip():
            code, score = line.split("\t")
            expected.add(code.strip())
            assert ontology.cameo(code.strip()).goldstein == pytest.approx(float(score))
    for line in (ref / "CAMEO.eventcodes.txt").read_text(encoding="latin-1").splitlines()[1:]:
        code = line.split("\t")[0].strip()
        if len(code) >= 2:
            expected.add(code)
    assert {code.code for code in ontology.codes()} - expected == {"1213", "1214"}  # from the crosswalk


@pytest.mark.shared
def test_plover_types_follow_the_crosswalk(shared_dir, ontology):
    lines = (shared_dir / "data" / "gold" / "events" / "CAMEO2PLOVER-2021.txt").read_text().splitlines()
    # Rows marked "manual" follow the PLOVER manual's text where it overrides the crosswalk (cameo.tsv header).
    manual = {row["code"] for row in _tsv_rows() if row["plover_source"] == "manual"}
    assert len(manual) <= 12
    checked = 0
    for line in lines:
        body = line.split("#")[0].strip()
        if ":" not in body or not body.split(":")[0].isdigit() or len(body.split(":")[0]) < 3:
            continue
        code, rest = body.split(":", 1)
        if code in manual:
            continue
        assert ontology.cameo(code).plover_type == rest.split(",")[0].strip(), code
        checked += 1
    assert checked > 200
