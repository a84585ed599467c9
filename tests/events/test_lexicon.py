"""The lexicon data file and its compiler (no spaCy model needed)."""

from __future__ import annotations

from importlib import resources

import pytest

from tacitus.events.lexicon import Lexicon, LexiconError, load_yaml
from tacitus.events.ontology import Ontology


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    """The package ontology."""
    return Ontology.load()


@pytest.fixture(scope="module")
def lexicon(ontology) -> Lexicon:
    """The built-in lexicon."""
    return Lexicon.load(ontology)


def test_lexicon_is_broad_and_covers_every_cameo_root_with_events(lexicon):
    assert 150 <= len(lexicon.patterns) <= 400
    roots = {p.code[:2] for p in lexicon.patterns if p.code}
    # 01 (plain statements) is deliberately thin; every other root has patterns.
    assert {f"{n:02d}" for n in range(2, 21)} <= roots


def test_every_pattern_code_is_a_cameo_code_and_ids_are_unique(lexicon, ontology):
    ids = [p.id for p in lexicon.patterns]
    assert len(ids) == len(set(ids))
    for pattern in lexicon.patterns:
        assert pattern.skip or ontology.cameo(pattern.code) is not None
        assert "." in pattern.id and pattern.lemmas
        assert all(lemma == lemma.lower() for lemma in pattern.lemmas)


def test_prepositions_and_particles_stay_words_not_booleans(lexicon):
    call = lexicon.candidates("verb", "call")
    assert any("off" in p.particle for p in call)
    assert any("on" in p.prep for p in call)
    assert load_yaml("x: [on, off, no, yes]")["x"] == ["on", "off", "no", "yes"]


def test_conditional_patterns_are_tried_before_plain_ones(lexicon):
    agree = lexicon.candidates("verb", "agree")
    assert agree[0].conditional and not agree[-1].conditional
    assert agree[-1].code == "030"


def test_trigger_lemmas_cover_verbs_and_nouns(lexicon):
    for lemma in ("meet", "agree", "accuse", "attack", "arrest", "protest", "threaten"):
        assert lemma in lexicon.verb_lemmas
    for lemma in ("talk", "summit", "sanction", "attack", "protest"):
        assert lemma in lexicon.noun_lemmas
    assert "hold" in lexicon.light_verbs


def test_user_lexicon_is_tried_first(tmp_path, ontology):
    extra = tmp_path / "mine.yaml"
    extra.write_text("verbs:\n  - {id: mine.parley, lemma: parley, code: '046', symmetric: true}\n"
                     "  - {id: mine.meet-block, lemma: meet, skip: true, when: {words: [quota]}}\n")
    lexicon = Lexicon.load(ontology, [extra])
    assert lexicon.candidates("verb", "parley")[0].id == "mine.parley"
    assert lexicon.candidates("verb", "meet")[0].id == "mine.meet-block"


@pytest.mark.parametrize("text, message", [
    ("verbs:\n  - {id: x.a, lemma: foo, code: '999'}\n", "not in cameo.tsv"),
    ("verbs:\n  - {id: x.a, lemma: foo}\n", "needs a 'code'"),
    ("verbs:\n  - {id: x.a, lemma: foo, code: '040', colour: red}\n", "unknown keys"),
    ("verbs:\n  - {id: x.a, lemma: foo, code: '040', when: {shape: [x]}}\n", "bad 'when'"),
    ("verbs:\n  - {id: consult.meet, lemma: foo, code: '040'}\n", "already used"),
])
def test_bad_user_lexicons_raise_a_clear_error(tmp_path, ontology, text, message):
    extra = tmp_path / "bad.yaml"
    extra.write_text(text)
    with pytest.raises(LexiconError, match=message):
        Lexicon.load(ontology, [extra])


def test_modality_cue_file_is_well_formed():
    from tacitus.events.modality import ModalityCues

    cues = ModalityCues.load()
    assert "not" in cues.negation and "schedule" in cues.planned_governor
    assert ("call", "off") in cues.cancel_phrasal
    text = resources.files("tacitus.events.data").joinpath("modality.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    for key, values in data.items():
        assert len(values) == len(set(values)), key
