"""spaCy Docs built by hand, as spaCy tests its own rules: a rule test states the parse it
reasons about (words, heads, dependency labels, tags, entities) instead of hoping the
statistical model parses a sentence that way, and runs without loading the model (not "slow").

    doc = parse("The talks ended on Friday .",
                tags="DT NNS VBD IN NNP .",
                deps="det nsubj ROOT prep pobj punct",
                heads="1 2 2 2 3 2")

Heads are absolute token indexes (the root points at itself); coarse POS are derived from the
Penn tags unless given; ``ents`` is one IOB label per token ("O B-DATE I-DATE").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

__all__ = ["parse", "make_doc", "PENN_TO_UPOS"]

# Penn Treebank tag -> Universal POS, as the English pipelines' attribute ruler maps them.
PENN_TO_UPOS = {
    "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON", "FW": "X", "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ",
    "JJS": "ADJ", "LS": "X", "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN",
    "PDT": "DET", "POS": "PART", "PRP": "PRON", "PRP$": "PRON", "RB": "ADV", "RBR": "ADV", "RBS": "ADV",
    "RP": "ADP", "SYM": "SYM", "TO": "PART", "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB",
    "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "WDT": "PRON", "WP": "PRON", "WP$": "PRON", "WRB": "ADV",
    ".": "PUNCT", ",": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT",
    "HYPH": "PUNCT", "NFP": "PUNCT", "$": "SYM",
}
# Forms of "be", "have" and "do" are auxiliaries when they carry an aux label or govern a copula.
_AUX_LEMMAS = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "has", "have", "had", "do",
               "does", "did"}


@lru_cache(maxsize=1)
def _vocab():
    """English lexical attributes (lower, like_num, ...) without the statistical model."""
    import spacy

    return spacy.blank("en").vocab


def make_doc(words: Sequence[str], *, heads: Sequence[int], deps: Sequence[str], tags: Sequence[str],
             pos: Sequence[str] | None = None, lemmas: Sequence[str] | None = None,
             ents: Sequence[str] | None = None, spaces: Sequence[bool] | None = None) -> Doc:
    """A Doc with the given annotation on every token (lists of one value per word)."""
    if not len(words) == len(heads) == len(deps) == len(tags):
        raise ValueError(f"{len(words)} words but {len(heads)} heads, {len(deps)} deps, {len(tags)} tags")
    if pos is None:
        pos = [_upos(word, tag, dep) for word, tag, dep in zip(words, tags, deps)]
    return Doc(_vocab(), words=list(words), spaces=list(spaces) if spaces is not None else None,
               heads=list(heads), deps=list(deps), tags=list(tags), pos=list(pos),
               lemmas=list(lemmas) if lemmas is not None else [w.lower() for w in words],
               ents=list(ents) if ents is not None else None)


def parse(text: str, *, tags: str, deps: str, heads: str, ents: str | None = None, lemmas: str | None = None) -> Doc:
    """The compact form of :func:`make_doc`: space-separated words, tags, labels, head indexes."""
    words = text.split()
    return make_doc(words, tags=tags.split(), deps=deps.split(), heads=[int(h) for h in heads.split()],
                    ents=ents.split() if ents else None, lemmas=lemmas.split() if lemmas else None)


def _upos(word: str, tag: str, dep: str) -> str:
    """The coarse POS of a Penn tag; verbs of "be"/"have"/"do" that serve as auxiliaries are AUX."""
    if tag.startswith("VB") and word.lower() in _AUX_LEMMAS and dep in ("aux", "auxpass", "ROOT", "ccomp"):
        return "AUX"
    return PENN_TO_UPOS.get(tag, "X")
