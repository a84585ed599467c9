"""Rules for ACLED-style happenings: crowds that riot or rally, bases set up, grenades, open fire.

Sentences are our own. Each case names the CAMEO code (or prefix) the rule must give.
"""

from __future__ import annotations

import pytest

from tacitus.events.lexicon import Lexicon
from tacitus.events.ontology import Ontology

from .helpers import code_text

pytestmark = pytest.mark.slow


CASES = [
    # The subject condition: a crowd that fights is a riot (145), not a battle (190).
    ("Angry protesters clashed with the police near the port.", "145"),
    ("Crowds of youths confronted the police in two towns overnight.", "145"),
    ("A mob torched three shops in the market.", "145"),
    # In the passive the doer is the "by" agent.
    ("The town hall was wrecked by an angry protestor.", "145"),
    ("Rioters hurled rocks at the police station.", "145"),
    # Crowds gathering, people taking to the streets: a demonstration.
    ("Hundreds of demonstrators gathered outside the ministry on Sunday.", "141"),
    ("Thousands of farmers took to the streets of the capital on Monday.", "141"),
    # Forces who clash with a crowd: a violent protest, as CAMEO codes "clash with rioters".
    ("Kenyan police clashed with stone-throwing demonstrators in the square.", "145"),
    # The tagger's "raped" -> "rap" and "bases" -> "basis" are repaired by the lexicon's lemma_fixes.
    ("Two men raped a teenage girl in the village.", "1821"),
    ("Kenya has set up three new bases near the border.", "154"),
    # Military installations set up: a force posture.
    ("Kenya has set up two new checkpoints near the border town.", "154"),
    ("The rebels established a forward base in the valley last week.", "154"),
    # Explosives and firearms.
    ("Two suicide bombers blew themselves up at a checkpoint.", "1831"),
    ("An unknown attacker lobbed a grenade at a crowded bus stop.", "183"),
    ("Gunmen opened fire on a minibus outside the town.", "190"),
]


@pytest.mark.parametrize("text,cameo", CASES)
def test_acled_style_happenings_get_their_code(nlp, event_resources, text, cameo):
    """Each sentence yields an event with the expected CAMEO code."""
    codes = [e.cameo for e in code_text(nlp, event_resources, text)]
    assert cameo in codes, (text, codes)


NOT_CASES = [
    # Soldiers who clash are a battle, not a riot: the subject condition must not fire.
    ("Soldiers clashed with the rebels near the river.", "145"),
    # In the passive the subject is the victim: protesters who were attacked did not riot.
    ("The protesters were attacked by the police on Friday.", "145"),
    # "rapped" (criticized) keeps its own lemma: no sexual assault.
    ("Tomas Varga rapped Ana Lopes over the budget.", "1821"),
    # A protest camp or a relief camp is no military installation.
    ("The charity set up a relief camp for the refugees.", "154"),
    # Setting fire to a building stays arson, not a force posture.
    ("The rebels set fire to a police base.", "154"),
]


@pytest.mark.parametrize("text,cameo", NOT_CASES)
def test_rules_stay_out_of_neighbouring_senses(nlp, event_resources, text, cameo):
    """The new rules do not fire where their words mean something else."""
    codes = [e.cameo for e in code_text(nlp, event_resources, text)]
    assert cameo not in codes, (text, codes)


def test_subject_condition_follows_a_shared_subject(nlp):
    """A verb coordinated with an earlier one has that verb's subject ("gathered ... and threw")."""
    from tacitus.events.matching import _subject_words

    doc = nlp("Demonstrators gathered outside the hall and threw stones at the guards.")
    threw = next(t for t in doc if t.lower_ == "threw")
    assert "demonstrator" in {t.lemma_.lower() for t in _subject_words(threw)}


def test_subject_condition_is_compiled_and_makes_a_pattern_conditional():
    """``when: subject`` is a list condition: lower-cased, and tried before plain patterns."""
    lexicon = Lexicon.load(Ontology.load())
    pattern = next(p for p in lexicon.patterns if p.id == "protest.crowd-violence")
    assert "protester" in pattern.subject and pattern.conditional
    assert lexicon.candidates("verb", "clash")[0].id == "protest.crowd-violence"


def test_lemma_fixes_repair_only_the_listed_forms(nlp):
    """The lexicon's ``lemma_fixes`` map a mis-lemmatized form; other forms keep the tagger's lemma."""
    lexicon = Lexicon.load(Ontology.load())
    doc = nlp("Soldiers raped women and rapped on doors near the bases.")
    lemmas = {t.lower_: lexicon.lemma(t) for t in doc}
    assert lemmas["raped"] == "rape" and lemmas["bases"] == "base"
    assert lemmas["rapped"] == doc[4].lemma_.lower() != "rape"
