"""tacitus_attributes must give exactly what the model's attribute_ruler + lemmatizer give."""

from __future__ import annotations

import pytest

from tacitus.nlp import load_nlp

# Written for this test: two-token patterns (gonna, gotta, let's, ain't, y'all, c'mon, there is),
# pronoun case by relation, auxiliaries, 'but' as adverb, determiners as pronouns, line breaks.
TEXTS = [
    "The minister said on Tuesday that the talks had failed.\n\nThere is no deal, and there were no plans.",
    "\"We're gonna win, y'all,\" he said. \"Let's go. We gotta move, c'mon.\" It ain't over.",
    "I told it to them and they gave it to me. You saw that, but that is all.\n\nThose were the days.",
    "Rebels got the town back. She gets what she wants; he has done it and did not stop.",
    "Protesters   marched in Nairobi,\n \n they found the found object.  The 3rd battalion withdrew.",
]


def _attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.mark.slow
def test_same_attributes_as_the_real_components():
    real = load_nlp(fast=False)
    fast = load_nlp()
    assert "tacitus_attributes" in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert "lemmatizer" in real.pipe_names
    # Twice: the first pass fills the table, the second reads it.
    for _ in range(2):
        for text in TEXTS:
            assert _attributes(fast(text)) == _attributes(real(text))
    table = fast.get_pipe("tacitus_attributes")
    assert table.index and table.window_table  # both the table and the two-token windows were used


@pytest.mark.slow
def test_two_token_patterns_apply(nlp):
    doc = nlp("We are gonna win. There is hope.")
    by_text = {t.text: t for t in doc}
    assert by_text["gon"].lemma_ == "go" and by_text["na"].lemma_ == "to"
    assert by_text["is"].pos_ == "VERB"  # after expletive 'there', the ruler makes 'is' a VERB


@pytest.mark.slow
def test_rule_lemmas_match_the_lemmatizer():
    from tacitus.fastattrs import _RuleLemmas

    real = load_nlp(fast=False)
    lemmatizer = real.get_pipe("lemmatizer")
    rules = _RuleLemmas(lemmatizer)
    checked = 0
    for text in TEXTS + ["The mice were running; geese flew over better-known, worse cities' oxen."]:
        for token in real(text):
            if token.pos_ not in ("", "SPACE"):
                assert rules(token) == lemmatizer.rule_lemmatize(token)[0], token.text
                checked += 1
    assert checked > 80
