"""Scoring quotations against PolNeAR attributions (format ``polnear``).

A PolNeAR folder holds ``text/<name>.txt`` and BRAT ``attributions/<name>_<annotator>.ann``
files (a folder with ``train``/``dev`` subfolders is read whole). Text-bound lines
``T1<TAB>Content 115 290<TAB>...`` (fragments separated by ``;``) and relation lines
``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`` give each attribution's content, cue and
source (a Source that is a bare "said" with a name as its Cue has its labels swapped back). When several annotators did the same article, the first annotation file (by name) is used.

- ``content``: over direct quotations (gold contents that open with a quotation mark, in any of
  the forms the corpus uses: straight, curly, the doubled apostrophes and backticks of the New
  York Times (''like this''), guillemets, single marks, and a closing curly mark typed as an
  opening one), P/R/F1 against the system's direct quotes only (``kind == "direct"``); a pair
  matches when the spans overlap by at least half of the shorter, one-to-one. A further system
  quote lying inside an already matched gold content (the second stretch of a quotation split
  by its cue, which the gold keeps as one content of several fragments) is not counted at all.
- ``speaker_accuracy``: over matched direct quotations with a gold source, the share where the
  system speaker is the actor one of whose mentions overlaps the gold source span, or the one
  actor the gold source names (see ``_speaker_right``).
- ``all_content``: P/R/F1 of every gold attribution content against every system quote (direct
  and indirect), matched the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from ..model import Coded
from .folds import Fold
from .scoring import Counts, greedy_match, half_overlap, overlap, ratio
from .system import GoldText, annotate, prepare

__all__ = ["Attribution", "QuoteDoc", "parse_ann", "read", "score", "run", "is_direct"]

Span = tuple[tuple[int, int], ...]
# Every character a quotation can open with in the corpus. The NYT's ''doubled apostrophes''
# and a "\u201d" typed where "\u201c" belongs are quotation marks too: counting only straight and
# curly opening marks left about 60 dev quotations out of the direct set, so the system's right
# answers for them were scored as false positives.
_OPENING_QUOTES = ('"', "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "`", "'", "\u2018", "\u2019", "\u201a", "\u201b")
# Reporting verbs that, alone as a gold Source, show swapped Source and Cue labels.
_REPORTING_WORDS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes"})


@dataclass(frozen=True)
class Attribution:
    """One gold attribution: content span (fragments), its text, and the source span if any."""

    content: Span
    text: str
    source: Span | None = None

    @property
    def direct(self) -> bool:
        """True when the content opens with a quotation mark (see ``is_direct``)."""
        return is_direct(self.text)


@dataclass(frozen=True)
class QuoteDoc:
    """A gold article: id, text and attributions."""

    id: str
    text: str
    attributions: tuple[Attribution, ...]


def is_direct(text: str) -> bool:
    """Return True when a quotation's text opens with a quotation mark, double or single.

    A content opening with a single mark is a quotation too ('in their heads'): content spans
    start at a word or a mark, so an apostrophe opening one is a quotation mark, not an elision.
    """
    return text.lstrip().startswith(_OPENING_QUOTES)


def _fragments(field: str) -> Span:
    """Parse "Content 315 448;463 553" into ((315, 448), (463, 553))."""
    _, _, offsets = field.partition(" ")
    fragments = []
    for part in offsets.split(";"):
        start, end = part.split()
        fragments.append((int(start), int(end)))
    return tuple(fragments)


def parse_ann(ann: str, text: str) -> list[Attribution]:
    """Parse the BRAT text of one ``.ann`` file into attributions over ``text``."""
    spans: dict[str, Span] = {}
    attributions: list[Attribution] = []
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T"):
            try:
                spans[fields[0]] = _fragments(fields[1])
            except ValueError:
                continue  # a malformed span is skipped, not fatal: the rest of the file is usable
        elif fields[0].startswith("E"):
            relations.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if content is None:
            continue
        content_text = " ".join(text[start:end] for start, end in content)
        source, cue = spans.get(relation.get("Source", "")), spans.get(relation.get("Cue", ""))
        if _swapped(source, cue, text):
            source = cue
        attributions.append(Attribution(content, content_text, source))
    attributions.sort(key=lambda a: a.content)
    return attributions


def _swapped(source: Span | None, cue: Span | None, text: str) -> bool:
    """Whether an annotator swapped the Source and Cue labels ("said Hester": Source "said").

    A source that is a bare reporting verb names nobody; the cue beside it is then the source.
    """
    if source is None or cue is None:
        return False
    source_text = " ".join(text[s:e] for s, e in source).strip().lower()
    cue_text = " ".join(text[s:e] for s, e in cue).strip().lower()
    return source_text in _REPORTING_WORDS and cue_text not in _REPORTING_WORDS


def read(path: Path, limit: int | None = None, fold: Fold | None = None) -> list[QuoteDoc]:
    """Read a PolNeAR folder (or a split of it): the articles of ``fold`` (by article name; all
    when None), the first ``limit`` of them."""
    if not path.is_dir():
        raise InputError(f"{path}: not a folder; give a PolNeAR folder with text/ and attributions/")
    splits = [path] if (path / "text").is_dir() else sorted(p for p in path.iterdir() if (p / "text").is_dir())
    if not splits:
        raise InputError(f"{path}: no text/ and attributions/ folders found; expected a PolNeAR folder")
    docs: list[QuoteDoc] = []
    for split in splits:
        anns = sorted((split / "attributions").glob("*.ann"))
        for text_file in sorted((split / "text").glob("*.txt")):
            matching = [a for a in anns if a.stem.rsplit("_", 1)[0] == text_file.stem]
            if not matching or (fold is not None and not fold.keeps(text_file.stem)):
                continue
            text = text_file.read_text(encoding="utf-8")
            docs.append(QuoteDoc(text_file.stem, text, tuple(parse_ann(matching[0].read_text(encoding="utf-8"), text))))
            if limit is not None and len(docs) >= limit:
                return docs
    if not docs:
        where = f" in fold {fold}" if fold is not None else ""
        raise InputError(f"{path}: no article{where} has both a text and an annotation file")
    return docs


def _speaker_right(gold: Attribution, quote: Any, coded: Coded, text: str) -> bool:
    """True when the system speaker is the gold source's actor.

    Either one of the speaker actor's mentions overlaps the gold source span, or the gold source
    names that actor and no other: every capitalized word of the source ("Tester", "Zero Hedge")
    is a word of the actor's name or proper-name mentions, and of no other actor's. The second
    test is issue 3's "belongs to the same actor" for a surname the actor stage did not link to
    the actor ("Senator Jon Tester ... Tester said"); a name two actors share proves nothing.
    """
    if quote.speaker is None or gold.source is None:
        return False
    speaker = next((a for a in coded.actors if a.id == quote.speaker.actor_id), None)
    if speaker is None:
        return False
    if any(overlap(m.start, m.end, s0, s1) > 0 for m in speaker.mentions for s0, s1 in gold.source):
        return True
    names = [w.strip(".,;:'\u2019") for s0, s1 in gold.source for w in text[s0:s1].split()]
    names = [w for w in names if w[:1].isupper()]
    if not names:
        return False
    named = [a for a in coded.actors if all(w in _name_words(a) for w in names)]
    return len(named) == 1 and named[0].id == speaker.id


def _name_words(actor: Any) -> set[str]:
    """The words of an actor's name and of its capitalized mentions."""
    words = set(actor.name.split())
    for mention in actor.mentions:
        if mention.text[:1].isupper():
            words.update(mention.text.split())
    return {w.strip(".,;:'\u2019") for w in words}


def _matches(gold: Attribution, quote: Any) -> float:
    """1.0 when the system quote and the gold content overlap by at least half of the shorter."""
    return float(half_overlap(gold.content, ((quote.start, quote.end),)))


def _is_piece(quote: Any, gold: Sequence[Attribution], matched: set[int]) -> bool:
    """Whether an unmatched system quote lies (at least half of it) inside a matched gold content.

    PolNeAR keeps a quotation split by its cue ("We had," Pompeo said, "a good day.") or running on
    after "he said." as one content of several fragments; Tacitus reports each stretch between
    quotation marks as its own quote, with the same speaker. The second stretch is then a piece
    of a gold quotation already counted, not a quotation the gold lacks: it is left out of
    precision (neither a true nor a false positive) instead of being charged as a false one.
    """
    length = quote.end - quote.start
    for index in matched:
        shared = sum(overlap(quote.start, quote.end, s0, s1) for s0, s1 in gold[index].content)
        if length > 0 and shared * 2 >= length:
            return True
    return False


def _count(gold: Sequence[Attribution], system: Sequence[Any], counts: Counts) -> list[tuple[int, int]]:
    """Match one article's gold and system quotes one-to-one, add the counts, return the pairs."""
    pairs = greedy_match(gold, system, _matches)
    matched_gold = {gi for gi, _ in pairs}
    matched_system = {si for _, si in pairs}
    pieces = sum(
        1 for si, quote in enumerate(system) if si not in matched_system and _is_piece(quote, gold, matched_gold)
    )
    counts.add(tp=len(pairs), fp=len(system) - len(pairs) - pieces, fn=len(gold) - len(pairs))
    return pairs


def score(docs: Sequence[QuoteDoc], outputs: Sequence[Coded]) -> dict[str, Any]:
    """Score system quotes (one Coded per gold article, spans into the same text).

    Direct gold is scored against the system's direct quotes only; every gold attribution
    against every system quote. Matching is one-to-one (greedy); see ``_is_piece`` for the
    stretches of one split gold quotation.
    """
    direct_counts, all_counts = Counts(), Counts()
    speakers_right = speakers_total = 0
    for doc, coded in zip(docs, outputs, strict=True):
        gold_direct = [a for a in doc.attributions if a.direct]
        system_direct = [q for q in coded.quotes if q.kind == "direct"]
        pairs = _count(gold_direct, system_direct, direct_counts)
        for gi, si in pairs:
            if gold_direct[gi].source is None:
                continue
            speakers_total += 1
            speakers_right += int(_speaker_right(gold_direct[gi], system_direct[si], coded, doc.text))
        _count(doc.attributions, coded.quotes, all_counts)
    return {
        "items": len(docs),
        "content": direct_counts.scores(),
        "speaker_accuracy": ratio(speakers_right, speakers_total),
        "speakers_scored": speakers_total,
        "all_content": all_counts.scores(),
    }


def run(path: Path, coder: Any, limit: int | None = None, fold: Fold | None = None) -> dict[str, Any]:
    """Run the coder over the gold articles (of ``fold`` when given) and score its quotes."""
    docs = read(path, limit, fold)
    prepared = list(prepare(GoldText(key=d.id, text=d.text) for d in docs))
    outputs = [annotation.coded for annotation in annotate(coder, prepared)]
    mapped = []
    for doc, p in zip(docs, prepared):
        if p.offsets.identity:
            mapped.append(doc)
            continue

        def remap(span: Span | None, offsets=p.offsets) -> Span | None:
            """Map a gold span's fragments into Article.text (``offsets`` bound now, not at call time)."""
            return None if span is None else tuple(offsets.to_derived(s, e) for s, e in span)

        mapped.append(QuoteDoc(doc.id, p.article.text, tuple(Attribution(remap(a.content) or (), a.text, remap(a.source)) for a in doc.attributions)))
    result = score(mapped, outputs)
    result["fold"] = None if fold is None else str(fold)
    return result
