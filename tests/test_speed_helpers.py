"""The speed helpers give exactly what the slow forms they replace gave (no model needed)."""

from __future__ import annotations

import spacy

from tacitus.actors.dictionary import _NEAR_MIN, ActorDictionary, _one_edit
from tacitus.actors.table import ActorTable
from tacitus.dictionaries import DictEntry
from tacitus.nlp import doc_length, doc_text
from tacitus.quotes.context import QuoteContext
from tacitus.quotes.resources import QuoteResources

TEXT = 'The envoy said "we will return" on Monday.\n\n  "Not now," she added, "maybe later."  Talks  resume.'


def _doc():
    return spacy.blank("en")(TEXT)


def test_doc_text_and_length_match_spacy():
    doc = _doc()
    assert doc_length(doc) == len(doc.text) == len(TEXT)
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)  # built once, then kept
    assert doc_length(spacy.blank("en")("")) == 0


def test_quote_context_lookups_match_token_scans():
    doc = _doc()
    quoted = [(15, 30), (44, 53), (62, 76), (20, 25)]  # nested and overlapping stretches too
    ctx = QuoteContext(doc, TEXT, ActorTable(()), QuoteResources(verbs=frozenset(), nouns=frozenset()), quoted)
    for start in range(len(TEXT) + 2):
        covering = doc.char_span(start, min(start + 1, len(TEXT)), alignment_mode="expand")
        first = covering[0] if covering is not None and len(covering) else next((t for t in doc if t.idx >= start), None)
        found = ctx.token_at(start)
        assert (found.i if found is not None else None) == (first.i if first is not None else None)
        for end in range(start, min(len(TEXT), start + 12) + 1):
            span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
            expected = list(span) if span is not None else [t for t in doc if start <= t.idx < end]
            assert [t.i for t in ctx.tokens_between(start, end)] == [t.i for t in expected]
    for token in doc:
        assert ctx.in_quote(token) == any(low <= token.idx <= high for low, high in quoted)


def test_near_surname_index_matches_a_full_scan():
    names = ["Castellanos", "Bouteflika", "Mitterrand", "Castellano", "Nazarbayev", "Kim Jong Un"]
    entries = [DictEntry(name=n, phrases=(f"Someone {n}",), default="XXXGOV", person=True) for n in names]
    kb = ActorDictionary.build(entries)
    for word in ["Castelanos", "Bouteflicka", "Mitterand", "Castellanoz", "Nazarbayeva", "Casta", "Mitterrand"]:
        lower = word.lower()
        scan = [n for n in kb.surnames if n[:1] == lower[:1] and abs(len(n) - len(lower)) <= 1 and len(n) >= _NEAR_MIN
                and _one_edit(n, lower)]
        expected = scan[0] if len(scan) == 1 and lower not in kb.surnames else None
        assert kb.near_surname(word) == expected, word
    assert kb.near_surname("Bouteflicka") == "bouteflika"


def _paragraphs_by_scan(doc):
    """The token-by-token form of tacitus_paragraphs that the line-break search replaced."""
    for index, token in enumerate(doc):
        previous = doc[index - 1] if index else None
        if previous is not None and "\n" in doc.text[previous.idx:token.idx] and not token.is_space:
            token.is_sent_start = True
    return doc


def test_paragraph_starts_match_a_token_scan():
    from tacitus.nlp import paragraph_boundaries

    blank = spacy.blank("en")
    for text in [TEXT, "\n\nA b.\n \n c\n", "x", "", "\n", "a\nb", "a \n\n\tb\n\n", " \n a", "One.\nTwo\n\n\nThree"]:
        expected = [t.is_sent_start for t in _paragraphs_by_scan(blank(text))]
        assert [t.is_sent_start for t in paragraph_boundaries(blank(text))] == expected, repr(text)
    assert paragraph_boundaries(blank("Head\nBody text"))[2].is_sent_start
