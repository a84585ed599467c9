"""A table-driven stand-in for the model's ``attribute_ruler`` and ``lemmatizer``, with the same output.

Both components are per-token Python work (about 2.3 s per 300 articles, a sixth of spaCy's time),
yet what they write on a token is a pure function of a few of its attributes:

- the attribute ruler's patterns read a token's ORTH/LOWER, TAG, IS_SPACE and DEP, and, for its
  few two-token patterns ("gon na", "there is", ...), the neighbour's; a later pattern wins;
- the rule lemmatizer reads ORTH, POS and MORPH, which the ruler has just set (its own cache is
  keyed on exactly these).

So ``FastAttributes`` remembers what the real components produce and writes it with one
``Doc.from_array``:

- per (TAG, DEP class, is-space), the TAG, POS, MORPH (and DEP) of any word that no pattern names
  by LOWER: the ruler cannot tell such words apart; their lemma is then looked up per (ORTH, POS,
  MORPH), and a new one is made by the rule lemmatizer's own steps (``_RuleLemmas``: the same
  tables, with its list of known lemmas held as a set);
- per (ORTH, TAG, DEP class), everything, for the few words a pattern names;
- per three-token window, for a token inside a match of a two-token pattern.

A key not seen yet is worked out by running the real components on a small Doc of the unseen
tokens (a line-break token follows any that could open a two-token pattern, so they never
combine). The DEP value only enters a key when some pattern names it; other relations share one
class. tests/test_speed_attributes.py checks the result against the real components; over the
first 300 newswire-1997 articles (95,368 tokens) every TAG, POS, MORPH, LEMMA and DEP is the same.
Like spaCy's components, one instance is not meant for concurrent calls from several threads.
"""

from __future__ import annotations

import re
from typing import Iterable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["FastAttributes", "install_fast_attributes"]

# Stands for every dependency label that no attribute-ruler pattern names.
_OTHER_DEP = -1
# Stand for the ORTH of words that no pattern names (spaces apart, as IS_SPACE is read).
_GENERIC = -2
_GENERIC_SPACE = -3
_SEPARATOR = "\n\n"
_Key = tuple[int, int, int]
_Value = tuple[int, int, int, int, int]  # tag, pos, morph, lemma, dep (dep -1 = unchanged)


def _named_deps(ruler: AttributeRuler) -> set[str]:
    """Every DEP value that a pattern of ``ruler`` names (in a plain value, IN or NOT_IN)."""
    names: set[str] = set()
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            for token in pattern:
                value = token.get("DEP")
                if isinstance(value, str):
                    names.add(value)
                elif isinstance(value, dict):
                    for listed in value.values():
                        names.update(listed if isinstance(listed, list) else [listed])
    return names


class FastAttributes:
    """Sets TAG, POS, MORPH, LEMMA (and DEP of spaces) as ``attribute_ruler`` + ``lemmatizer`` do.

    Holds the real components and calls them for anything its table does not know yet.
    """

    def __init__(self, vocab, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        """Build the table (empty) and a matcher for the ruler's two-token patterns."""
        self.vocab = vocab
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        # key -> row of ``self._matrix`` (tag, pos, morph, lemma) and of ``self.dep_out``.
        self.index: dict[_Key, int] = {}
        self.dep_out: list[int] = []
        self._matrix = numpy.zeros((0, 4), dtype="uint64")
        self.window_table: dict[tuple, _Value] = {}
        # Hash of every DEP label a pattern names ("" included: unparsed tokens are matched on it).
        self.named_deps = {vocab.strings.add(name) if name else 0 for name in _named_deps(ruler)}
        self.multi = Matcher(vocab)
        firsts: list[dict] = []
        self.multi_length = 1
        for number, entry in enumerate(ruler.patterns):
            longer = [pattern for pattern in entry["patterns"] if len(pattern) > 1]
            if longer:
                self.multi.add(f"multi{number}", longer)
                firsts.extend(pattern[0] for pattern in longer)
                self.multi_length = max(self.multi_length, *(len(pattern) for pattern in longer))
        self.opener = _OpenerTest(vocab, firsts)
        # Words no pattern names by LOWER get one row per (TAG, DEP class, space): the ruler treats
        # them all alike; their lemma comes from the lemmatizer, per (ORTH, POS, MORPH).
        self.lexical = _LexicalTest(ruler)
        self.generic_rows = numpy.zeros(0, dtype=bool)
        self.lemmas: dict[tuple[int, int, int], int] = {}
        self.rules = _RuleLemmas(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place, exactly as the two real components would."""
        if len(doc) == 0:
            return doc
        orths = doc.to_array(ORTH).tolist()
        tags = doc.to_array(TAG).tolist()
        deps = doc.to_array(DEP).tolist()
        spaces = doc.to_array(IS_SPACE).tolist()
        named, lexical = self.named_deps, self.lexical
        strings = self.vocab.strings
        # Spaces keep their own DEP in the key: the ruler rewrites it, so the output depends on it.
        keys = [(orth if lexical(orth, strings) else (_GENERIC_SPACE if space else _GENERIC), tag,
                 dep if dep in named or space else _OTHER_DEP)
                for orth, tag, dep, space in zip(orths, tags, deps, spaces)]
        index = self.index
        missing = [i for i, key in enumerate(keys) if key not in index]
        if missing:
            self._learn(doc, missing, keys)
        rows = [index[key] for key in keys]
        matrix = self._matrix[rows]
        self._fill_lemmas(doc, matrix, orths, numpy.flatnonzero(self.generic_rows[rows]).tolist())
        doc.from_array([TAG, POS, MORPH, LEMMA], matrix)
        dep_out = self.dep_out
        for i, row in enumerate(rows):
            if dep_out[row] != _OTHER_DEP:
                doc[i].dep = dep_out[row]
        for i in self._window_tokens(doc, orths, deps):
            self._set_from_window(doc, i, orths, tags, deps)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Annotate a stream of Docs."""
        for doc in docs:
            yield self(doc)

    # ---- internals ---------------------------------------------------------------------------

    def _fill_lemmas(self, doc: Doc, matrix: numpy.ndarray, orths: list[int], generic: list[int]) -> None:
        """Put the lemma of every generic token in column 3 of ``matrix`` (its rows hold TAG, POS,
        MORPH); a new (ORTH, POS, MORPH) goes through the real lemmatizer once."""
        lemmas = self.lemmas
        unknown: list[int] = []
        for i in generic:
            lemma = lemmas.get((orths[i], int(matrix[i, 1]), int(matrix[i, 2])))
            if lemma is None:
                unknown.append(i)
            else:
                matrix[i, 3] = lemma
        if unknown:
            # The lemmatizer reads POS and MORPH from the token: set them first.
            doc.from_array([TAG, POS, MORPH], matrix[:, :3])
            strings = self.vocab.strings
            for i in unknown:
                key = (orths[i], int(matrix[i, 1]), int(matrix[i, 2]))
                lemma = lemmas.get(key)
                if lemma is None:
                    lemma = lemmas[key] = strings.add(self.rules(doc[i]))
                matrix[i, 3] = lemma

    def _window_tokens(self, doc: Doc, orths: list[int], deps: list[int]) -> set[int]:
        """Indices of tokens inside a match of a multi-token pattern: their output needs context.

        The matcher only runs on the few spans that start with a token able to open such a pattern.
        """
        found: set[int] = set()
        opener = self.opener
        for i, (orth, dep) in enumerate(zip(orths, deps)):
            if opener(orth, dep):
                for _, start, end in self.multi(doc[i:i + self.multi_length], allow_missing=True):
                    found.update(range(i + start, i + end))
        return found

    def _learn(self, doc: Doc, indices: list[int], keys: list[_Key]) -> None:
        """Run the real components on the unseen tokens (one Doc) and record their output.

        A line-break separator follows each token that could open a multi-token pattern, so that
        sample tokens never combine; the tokens keep the TAG and DEP they have in ``doc``.
        """
        seen: dict[_Key, int] = {}
        for i in indices:
            seen.setdefault(keys[i], i)
        words: list[str] = []
        positions: list[int] = []
        for i in seen.values():
            positions.append(len(words))
            words.append(doc[i].text)
            if self.opener(doc[i].orth, doc[i].dep):
                words.append(_SEPARATOR)
        sample = Doc(self.vocab, words=words, spaces=[False] * len(words))
        for position, i in zip(positions, seen.values()):
            token, source = sample[position], doc[i]
            token.tag = source.tag
            token.dep = source.dep
        self._run_real(sample)
        learned: list[tuple[int, int, int, int]] = []
        first_row = len(self.dep_out)
        for position, i in zip(positions, seen.values()):
            token = sample[position]
            learned.append((token.tag, token.pos, token.morph.key, token.lemma))
            self.dep_out.append(token.dep if token.dep != doc[i].dep else _OTHER_DEP)
        generic = numpy.array([key[0] in (_GENERIC, _GENERIC_SPACE) for key in seen], dtype=bool)
        self.generic_rows = numpy.concatenate([self.generic_rows, generic])
        self._matrix = numpy.concatenate([self._matrix, numpy.array(learned, dtype="uint64")])
        # The rows exist before the index points at them: a reader never sees a row that is not there.
        for row, key in enumerate(seen, start=first_row):
            self.index[key] = row

    def _set_from_window(self, doc: Doc, i: int, orths: list[int], tags: list[int], deps: list[int]) -> None:
        """Set token ``i`` from its window (the tokens a pattern through it can reach), cached."""
        start, end = max(0, i - self.multi_length + 1), min(len(doc), i + self.multi_length)
        window = tuple((orths[j], tags[j], deps[j], bool(doc[j].whitespace_)) for j in range(start, end))
        cache_key = (window, i - start)
        if cache_key not in self.window_table:
            tokens = doc[start:end]
            sample = Doc(self.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
            for token, j in zip(sample, range(start, end)):
                token.tag = tags[j]
                token.dep = deps[j]
            self._run_real(sample)
            token = sample[i - start]
            self.window_table[cache_key] = (token.tag, token.pos, token.morph.key, token.lemma, token.dep)
        tag, pos, morph, lemma, dep = self.window_table[cache_key]
        token = doc[i]
        token.tag, token.pos, token.lemma, token.dep = tag, pos, lemma, dep
        token.set_morph(morph)

    def _run_real(self, sample: Doc) -> None:
        """The real attribute ruler, then the real lemmatizer, on a sample Doc."""
        self.lemmatizer(self.ruler(sample))


class _OpenerTest:
    """Whether a token (by ORTH and DEP) could be the first token of a multi-token pattern.

    Errs on the side of yes: only the LOWER and DEP conditions of each first token are checked.
    """

    def __init__(self, vocab, firsts: list[dict]) -> None:
        """Keep the first-token conditions; answers are cached per (orth, dep)."""
        self.vocab = vocab
        self.firsts = firsts
        self.cache: dict[tuple[int, int], bool] = {}

    def __call__(self, orth: int, dep: int) -> bool:
        """True when some first-token condition on LOWER and DEP holds for this token."""
        key = (orth, dep)
        answer = self.cache.get(key)
        if answer is None:
            lower = self.vocab.strings[orth].lower()
            label = self.vocab.strings[dep] if dep else ""
            answer = any(_holds(spec.get("LOWER"), lower) and _holds(spec.get("DEP"), label) for spec in self.firsts)
            self.cache[key] = answer
        return answer


class _RuleLemmas:
    """The rule lemmatizer's first lemma for a token, as ``Lemmatizer.rule_lemmatize`` gives it.

    The same steps over the same tables, with one difference: the index of known lemmas is a set
    (spaCy keeps lists, scanned once per rule; that scan is most of the lemmatizer's cost on a new
    word). Any lemmatizer not in "rule" mode is simply called.
    """

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        """Copy the lemmatizer's index lists into sets; keep the rules and exceptions."""
        self.lemmatizer = lemmatizer
        self.rule_mode = getattr(lemmatizer, "mode", None) == "rule"
        lookups = lemmatizer.lookups
        self.index = {pos: frozenset(forms) for pos, forms in lookups.get_table("lemma_index", {}).items()}
        self.exceptions = lookups.get_table("lemma_exc", {})
        self.rules = lookups.get_table("lemma_rules", {})

    def __call__(self, token) -> str:
        """The lemma the real lemmatizer would write on ``token`` (its POS and MORPH are set)."""
        if not self.rule_mode:
            return self.lemmatizer.lemmatize(token)[0]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return self.lemmatizer.lemmatize(token)[0]  # spaCy's own answer (and warning)
        if self.lemmatizer.is_base_form(token):
            return string.lower()
        index = self.index.get(get_string_id(univ_pos))  # Lookups tables key entries by hash
        exceptions = self.exceptions.get(univ_pos)
        rules = self.rules.get(univ_pos)
        if not (index or exceptions or rules):
            return string if univ_pos == "propn" else string.lower()
        index, exceptions, rules = index or frozenset(), exceptions or {}, rules or {}
        lower = string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(lower, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [string])[0]


class _LexicalTest:
    """Whether the ruler's output for a word can depend on the word itself (cached per ORTH).

    True when some pattern names its lowercase form (a value, IN or NOT_IN list, or REGEX), or
    always when the patterns read a word attribute other than LOWER and IS_SPACE, or set LEMMA
    without naming the word: then nothing can be shared between words.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        """Collect the lowercase forms and expressions the patterns name."""
        self.names: set[str] = set()
        self.expressions: list[str] = []
        self.always = False
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                for token in pattern:
                    if set(token) - {"LOWER", "TAG", "DEP", "IS_SPACE"}:
                        self.always = True
                    self._collect(token.get("LOWER"))
                target = pattern[entry.get("index", 0)]
                if "LEMMA" in entry["attrs"] and not _names_words(target.get("LOWER")):
                    self.always = True
        self.cache: dict[int, bool] = {}

    def _collect(self, condition: object) -> None:
        """Add the forms and expressions of one LOWER condition."""
        if isinstance(condition, str):
            self.names.add(condition)
        elif isinstance(condition, dict):
            for operator, operand in condition.items():
                if operator == "REGEX":
                    self.expressions.append(operand)
                elif isinstance(operand, list):
                    self.names.update(operand)
                else:
                    self.always = True

    def __call__(self, orth: int, strings) -> bool:
        """True when the word must be keyed on its own ORTH."""
        answer = self.cache.get(orth)
        if answer is None:
            lower = strings[orth].lower()
            answer = self.always or lower in self.names or any(re.search(e, lower) for e in self.expressions)
            self.cache[orth] = answer
        return answer


def _names_words(condition: object) -> bool:
    """Whether a LOWER condition only holds for the words it names (a value, IN, or REGEX)."""
    if isinstance(condition, str):
        return True
    return isinstance(condition, dict) and bool(condition) and set(condition) <= {"IN", "REGEX"}


def _holds(condition: object, value: str) -> bool:
    """Whether a Matcher condition on a string attribute holds (unknown forms count as holding)."""
    if condition is None:
        return True
    if isinstance(condition, str):
        return value == condition
    if isinstance(condition, dict):
        for operator, operand in condition.items():
            if operator == "IN" and value not in operand:
                return False
            if operator == "NOT_IN" and value in operand:
                return False
            if operator == "REGEX" and not re.search(operand, value):
                return False
        return True
    return True


@Language.factory("tacitus_attributes")
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    """spaCy factory: a FastAttributes over the pipeline's own attribute_ruler and lemmatizer."""
    return FastAttributes(nlp.vocab, nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def install_fast_attributes(nlp: Language) -> bool:
    """Replace ``attribute_ruler`` + ``lemmatizer`` in ``nlp`` by ``tacitus_attributes``.

    The real components stay in the pipeline, disabled, for the table to call. Returns False (and
    changes nothing) when the pipeline lacks either component or has something between them.
    """
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return False
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return False
    nlp.add_pipe("tacitus_attributes", after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True
