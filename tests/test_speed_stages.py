"""The array-based word tables of the geo and actor scans agree with spaCy's Token attributes."""

import pytest

from tacitus.actors.context import lemma_forms
from tacitus.geo.gazetteer import _name_like, _WordTable

# Written for this test: capitalized words at sentence starts, in names, in capitals.
TEXT = ("Officials in Gainesville said on Monday that the COLUMBUS office would open. "
        "Police Chief Ana Reyes met two officials from the Ohio Department of Transportation.")


@pytest.mark.slow
def test_word_table_matches_token_attributes(nlp):
    doc = nlp(TEXT)
    table = _WordTable(doc)
    assert table.texts == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.name_like == [_name_like(t) for t in doc]
    assert any(table.name_like) and not all(table.name_like)


@pytest.mark.slow
def test_lemma_forms_memo_gives_the_token_forms(nlp):
    doc = nlp(TEXT)
    forms = lemma_forms(doc)
    for _ in range(2):  # second pass reads the memo
        for token in doc:
            lemma = token.lemma_.lower()
            assert forms(token.i) == ((lemma,) if lemma and lemma != token.lower_ else ())
    assert forms(next(t.i for t in doc if t.lower_ == "officials")) == ("official",)
