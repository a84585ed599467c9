"""The PolNeAR quote scorer on tiny BRAT files written here: what counts as direct, kinds, pieces."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eval_helpers import actor, coded, quote
from tacitus.evaluate import polnear
from tacitus.model import Coded


def _ann(text: str, *attributions: tuple[str, str | None]) -> str:
    """BRAT lines for attributions given as (content text, source text or None), found in order."""
    lines, n, cursor = [], 0, 0
    for index, (content, source) in enumerate(attributions, start=1):
        start = text.index(content, cursor)
        n += 1
        lines.append(f"T{n}\tContent {start} {start + len(content)}\t{content}")
        relation = f"E{index}\tAttribution:T{n} Content:T{n}"
        if source is not None:
            s = text.index(source)
            n += 1
            lines.append(f"T{n}\tSource {s} {s + len(source)}\t{source}")
            relation += f" Source:T{n}"
        lines.append(relation)
        cursor = start + 1
    return "\n".join(lines) + "\n"


def test_every_opening_quotation_mark_makes_a_direct_quotation():
    # The NYT's doubled apostrophes, a closing curly mark typed as an opening one, single marks.
    for text in ("''We will win,''", "\u201dWe will win.\u201d", "\u2018Never again\u2019", '"Yes,"', "\u201cNo.\u201d"):
        assert polnear.is_direct(text), text
    for text in ("that \u201cwe will win\u201d", "the plan fails", "to ''go vote''"):
        assert not polnear.is_direct(text), text


def test_doubled_apostrophe_quote_is_scored_as_direct():
    text = "''We will win,'' said Jane Doe.\n"
    (doc,) = [polnear.QuoteDoc("d", text, tuple(polnear.parse_ann(_ann(text, ("''We will win,''", "Jane Doe")), text)))]
    jane = actor("jane", "Jane Doe", "USA", text, (text.index("Jane"), text.index("Jane") + 8))
    result = polnear.score([doc], [coded(text, [jane], quotes=[quote(2, 14, text, jane)])])
    assert result["content"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["speaker_accuracy"] == 1.0


def test_system_indirect_quotes_are_not_scored_against_direct_gold():
    text = 'Jane Doe said the plan fails. "It is over," she said.\n'
    gold = polnear.parse_ann(_ann(text, ("the plan fails", "Jane Doe"), ('"It is over,"', "she")), text)
    doc = polnear.QuoteDoc("d", text, tuple(gold))
    over = (text.index("It is"), text.index('," she'))
    plan = (text.index("the plan"), text.index("fails") + 5)
    # An indirect system quote over the direct gold is no direct match, and no direct false positive.
    result = polnear.score([doc], [coded(text, quotes=[quote(*over, text, None, kind="indirect")])])
    assert result["content"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert result["all_content"]["recall"] == 0.5
    # A direct system quote over the indirect gold is a direct false positive.
    result = polnear.score([doc], [coded(text, quotes=[quote(*over, text, None), quote(*plan, text, None)])])
    assert result["content"]["precision"] == 0.5 and result["content"]["recall"] == 1.0
    assert result["all_content"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_the_pieces_of_a_split_gold_quotation_are_one_quotation():
    text = '"We had," Jane Doe said, "a good day." Later, "a new plan," she said.\n'
    first, second = text.index('"We had,"'), text.index('"a good day."')
    ann = (
        f"T1\tContent {first} {first + 9};{second} {second + 13}\t...\n"
        f"T2\tSource {text.index('Jane')} {text.index('Jane') + 8}\tJane Doe\n"
        "E1\tAttribution:T1 Content:T1 Source:T2\n"
    )
    doc = polnear.QuoteDoc("d", text, tuple(polnear.parse_ann(ann, text)))
    jane = actor("jane", "Jane Doe", "USA", text, (text.index("Jane"), text.index("Jane") + 8))
    pieces = [quote(first + 1, first + 8, text, jane), quote(second + 1, second + 12, text, jane)]
    result = polnear.score([doc], [coded(text, [jane], quotes=pieces)])
    assert result["content"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["speakers_scored"] == 1
    # A quote outside the gold quotation is still a false positive.
    extra = quote(text.index("a new plan"), text.index('," she said.'), text, jane)
    result = polnear.score([doc], [coded(text, [jane], quotes=[*pieces, extra])])
    assert result["content"]["precision"] == 0.5


@dataclass
class _Annotation:
    coded: Coded


class _FakeCoder:
    """Quotes every double-quoted stretch of each article's text, to test offset mapping in run()."""

    def annotate(self, articles, batch_size=32):
        for article in articles:
            text = article.text
            start = text.index('"') + 1
            end = text.index('"', start)
            yield _Annotation(coded(text, quotes=[quote(start, end, text, None)]))


def test_run_maps_gold_offsets_into_the_ingested_text(tmp_path: Path):
    # Ingest drops the CMS debris line, so every offset after it moves; the scorer must follow.
    text = "Council votes on budget.\n\n{articleGUID}\n\nThe vote was close. \"We will win,\" said Jane Doe.\n"
    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "story.txt").write_text(text, encoding="utf-8")
    (root / "attributions" / "story_ab12.ann").write_text(_ann(text, ('"We will win,"', "Jane Doe")), encoding="utf-8")
    result = polnear.run(root, _FakeCoder())
    assert result["content"]["recall"] == 1.0 and result["content"]["precision"] == 1.0


def test_folds_split_the_articles_by_name(tmp_path: Path):
    from tacitus.evaluate.folds import parse_fold

    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for n in range(12):
        text = f'Story {n}. "We will win the vote," said Jane Doe.\n'
        (root / "text" / f"story{n}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"story{n}_ab12.ann").write_text(_ann(text, ('"We will win the vote,"', "Jane Doe")), encoding="utf-8")
    first = {d.id for d in polnear.read(root, fold=parse_fold("1/2"))}
    second = {d.id for d in polnear.read(root, fold=parse_fold("2/2"))}
    assert first and second and not first & second and len(first | second) == 12
    assert polnear.run(root, _FakeCoder(), fold=parse_fold("2/2"))["items"] == len(second)


def test_speaker_named_by_the_gold_source_counts_only_when_one_actor_has_that_name():
    text = 'Senator Jon Tester asked. "Every time you say that," Tester said.\n'
    gold = polnear.parse_ann(_ann(text, ('"Every time you say that,"', None)), text)
    source_start = text.index("Tester said")  # the gold source: the bare surname
    gold = [polnear.Attribution(gold[0].content, gold[0].text, ((source_start, source_start + 6),))]
    doc = polnear.QuoteDoc("d", text, tuple(gold))
    start, end = text.index("Every"), text.index(',"')
    # The actor stage linked only "Senator Jon Tester", not the later "Tester".
    tester = actor("t", "Jon Tester", "USA", text, (0, 17))
    assert polnear.score([doc], [coded(text, [tester], quotes=[quote(start, end, text, tester)])])["speaker_accuracy"] == 1.0
    # A second actor sharing the name makes the name prove nothing.
    other = actor("o", "Ann Tester", "USA", text, (len(text) - 1, len(text) - 1))
    result = polnear.score([doc], [coded(text, [tester, other], quotes=[quote(start, end, text, tester)])])
    assert result["speaker_accuracy"] == 0.0


def test_swapped_source_and_cue_labels_are_read_back():
    text = '"Nobody wants that," said Hester.\n'
    content, said, name = (0, 20), (text.index("said"), text.index("said") + 4), (text.index("Hester"), text.index("Hester") + 6)
    ann = (
        f"T1\tContent {content[0]} {content[1]}\t...\nT2\tSource {said[0]} {said[1]}\tsaid\n"
        f"T3\tCue {name[0]} {name[1]}\tHester\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
    )
    (attribution,) = polnear.parse_ann(ann, text)
    assert attribution.source == (name,)
