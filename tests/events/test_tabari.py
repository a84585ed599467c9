"""The TABARI/PETRARCH verb dictionary reader, on a small dictionary we wrote in its format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.events import EventResources
from tacitus.events.lexicon import LexiconError
from tacitus.events.ontology import Ontology
from tacitus.events.tabari import parse_verb_dictionary, read_verb_dictionaries, verb_dictionary_files

SAMPLE = """# a test dictionary
&FOODS
+BREAD
+RICE

####### VERB PATTERNS #######

---  GIFT   [070]  ---
GIFT {GIFTS GIFTED}
BESTOW
+HAND_OUT
- * &FOODS                              [073]    # GIFT
- * (TO {REFUGEE CAMP})                 [---]    # GIFT
- * WEAPONS                             [072]    # GIFT

---  SCOLD   [---]  ---
SCOLD
- * (FOR DELAYS)                        [111]    # SCOLD
- * NONSENSE                            [9999]   # SCOLD
"""


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    """The CAMEO ontology."""
    return Ontology.load()


def test_blocks_become_default_and_conditional_patterns(ontology):
    verbs = parse_verb_dictionary(SAMPLE, "sample", ontology)["verbs"]
    by_code = {(v["code"], tuple(v.get("when", {}).get("words", []))): v["lemma"] for v in verbs}
    assert by_code[("070", ())] == ["gift", "bestow"]              # multi-word "+HAND_OUT" skipped
    assert by_code[("073", ("bread", "rice"))] == ["gift", "bestow"]  # synonym set expanded
    assert by_code[("072", ("weapon", "weapons"))] == ["gift", "bestow"]  # plural surface -> both forms
    assert ("111", ("delay", "delays")) in by_code                 # head word after the preposition
    # Null codes and codes unknown to CAMEO are dropped; a block with no default adds no plain pattern.
    assert all(v["code"] not in ("---", "9999") for v in verbs)
    assert not any(v["code"] is None for v in verbs)


def test_not_a_dictionary_is_an_error(ontology):
    with pytest.raises(LexiconError, match="no verb patterns"):
        parse_verb_dictionary("just some text\n", "notes.txt", ontology)


def test_folders_give_only_verb_files(tmp_path: Path, ontology):
    (tmp_path / "CAMEO.test.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "Test.agents.txt").write_text("POLICE [~COP]\n", encoding="utf-8")
    (tmp_path / "my.verbs.txt").write_text(SAMPLE, encoding="utf-8")
    assert [p.name for p in verb_dictionary_files([tmp_path])] == ["CAMEO.test.txt", "my.verbs.txt"]
    assert len(read_verb_dictionaries([tmp_path], ontology)) == 2


def test_dictionary_patterns_come_after_ours(tmp_path: Path):
    path = tmp_path / "CAMEO.test.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    plain = EventResources.load()
    extended = EventResources.load(dictionaries=(tmp_path,))
    assert "bestow" not in plain.lexicon.verb_lemmas and "bestow" in extended.lexicon.verb_lemmas
    # A lemma we already cover keeps our patterns first.
    ours = plain.lexicon.candidates("verb", "condemn")
    assert extended.lexicon.candidates("verb", "condemn")[: len(ours)] == ours


@pytest.mark.shared
def test_reads_the_shared_cameo_dictionary(shared_dir: Path, ontology):
    sources = read_verb_dictionaries([shared_dir / "data" / "dictionaries" / "phoenix"], ontology)
    assert [Path(name).name for name, _ in sources] == ["CAMEO.2.0.txt"]
    assert len(sources[0][1]["verbs"]) > 1000
