"""Is an article in English? A stop-word ratio check, offline and instant.

Tacitus's coder reads English only: a French article run through it yields nonsense quietly. So
ingest counts, in the first words of the body, the commonest function words of English and of
the languages news corpora most often mix in (ingest/data/stopwords.tsv). An article whose
words are clearly another language's is refused as a Failure ("language fr (French), not
English: Tacitus codes English articles only"): it is counted in the run's summary and listed
in the failures table, never coded. The check is deliberately conservative: short texts (under
MIN_WORDS words) and mixed texts pass as English.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["guess_language", "language_failure_reason", "MIN_WORDS"]

# Fewer words than this and the ratios are noise: treat the text as English.
MIN_WORDS = 25
# Words read: enough for a stable ratio, cheap on a 500,000-character article.
SAMPLE_WORDS = 400
# Another language wins only with this many times English's hits and this share of the words.
MARGIN = 2.0
MIN_SHARE = 0.12

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=None)
def _stopwords() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(code, name, words) per language, from the data file."""
    text = resources.files("tacitus.ingest").joinpath("data", "stopwords.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((code, name, frozenset(words.split())) for code, name, words in rows)


def guess_language(text: str) -> tuple[str, str] | None:
    """(ISO 639-1 code, name) of the language the text's function words point to, or None when
    the text is short or no language is clearly ahead. English is ("en", "English")."""
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None
    scores = [(sum(w in vocabulary for w in words), code, name) for code, name, vocabulary in _stopwords()]
    english = next(score for score, code, _ in scores if code == "en")
    best, code, name = max(scores)
    if code == "en" or (best >= MARGIN * max(english, 1) and best >= MIN_SHARE * len(words)):
        return code, name
    return None


def language_failure_reason(text: str) -> str | None:
    """The failure reason for a text clearly not in English, else None (English or unsure)."""
    found = guess_language(text)
    if found is None or found[0] == "en":
        return None
    code, name = found
    return (f"language {code} ({name}), not English: Tacitus codes English articles only; "
            "translate the article or leave it out of the input")
