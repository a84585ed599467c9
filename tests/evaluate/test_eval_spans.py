"""Span scorers (timeml, geoxml, polnear) on tiny gold files written here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from eval_helpers import actor, coded, quote
from tacitus.evaluate import geoxml, polnear, timeml
from tacitus.model import Place

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-03-06" functionInDocument="CREATION_TIME">20200306</TIMEX3></DCT>
<TEXT>The council met <TIMEX3 tid="t1" type="DATE" value="2020-03-06">Friday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3> and will meet again <TIMEX3 tid="t3" type="DATE" value="2020-Q2">next quarter</TIMEX3>, as it did <TIMEX3 tid="t4" type="DATE" value="199X">in the nineties</TIMEX3>.</TEXT>
</TimeML>
"""


@dataclass
class Expr:
    text: str
    start: int
    end: int
    value: str | None
    type: str = "date"


@dataclass
class PlaceMention:
    text: str
    start: int
    end: int
    place: Place | None


@pytest.fixture
def tml_doc(tmp_path: Path) -> timeml.TimeDoc:
    folder = tmp_path / "tml"
    folder.mkdir()
    (folder / "doc1.tml").write_text(TML, encoding="utf-8")
    docs = timeml.read(folder)
    assert len(docs) == 1
    return docs[0]


def test_timeml_reader_keeps_date_and_time_only(tml_doc):
    assert tml_doc.dct == "2020-03-06"
    assert [t.text for t in tml_doc.timexes] == ["Friday", "next quarter", "in the nineties"]
    assert [t.value for t in tml_doc.timexes] == ["2020-03-06", "2020-Q2", "199X"]
    assert tml_doc.text[tml_doc.timexes[0].start:tml_doc.timexes[0].end] == "Friday"


def _at(doc: timeml.TimeDoc, text: str, value: str | None, kind: str = "date") -> Expr:
    start = doc.text.index(text)
    return Expr(text, start, start + len(text), value, kind)


def test_timeml_value_scoring_same_span_different_value_is_a_miss(tml_doc):
    system = [
        _at(tml_doc, "Friday", "2020-02-28"),  # same span, wrong value (the week before)
        _at(tml_doc, "next quarter", "2020-q2"),  # right value (case ignored)
        _at(tml_doc, "two hours", "PT2H", "duration"),  # not counted: durations are not scored
        _at(tml_doc, "council", "XXXX"),  # a false detection
    ]
    result = timeml.score([tml_doc], [system])
    assert result["detection"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert result["value"] == {"precision": 0.3333, "recall": 0.3333, "f1": 0.3333}
    assert result["value_f1"] == 0.3333


def test_timeml_partial_overlap_counts_for_detection(tml_doc):
    system = [_at(tml_doc, "nineties", "199X")]
    result = timeml.score([tml_doc], [system])
    assert result["detection"]["precision"] == 1.0
    assert result["value"]["recall"] == 0.3333


LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text>Officials in Paris met envoys from France and from Springfield.</text>
    <toponyms>
      <toponym><start>13</start><end>18</end><phrase>Paris</phrase>
        <gaztag geonameid="2988507"><name>Paris</name><fcode>PPLC</fcode><lat>48.85341</lat><lon>2.3488</lon><country>France</country></gaztag></toponym>
      <toponym><start>40</start><end>46</end><phrase>France</phrase>
        <gaztag geonameid="3017382"><name>France</name><fcode>PCLI</fcode><lat>46</lat><lon>2</lon><country>France</country></gaztag></toponym>
      <toponym><start>55</start><end>66</end><phrase>Springfield</phrase>
        <gaztag geonameid="4250542"><name>Springfield</name><fcode>PPLA</fcode><lat>39.80172</lat><lon>-89.64371</lon><country>United States</country></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_geoxml_reader_aligns_off_offsets(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    doc = geoxml.read(path)[0]
    france = doc.toponyms[1]
    assert doc.text[france.start:france.end] == "France"  # gold said 40..46, the word is at 41
    assert france.country == "FRA"
    assert doc.toponyms[2].start == doc.text.index("Springfield")


def test_geoxml_acc161_by_id_distance_and_country(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    doc = geoxml.read(path)[0]

    def mention(word: str, place: Place | None) -> PlaceMention:
        start = doc.text.index(word)
        return PlaceMention(word, start, start + len(word), place)

    system = [
        mention("Paris", Place("Paris", "FRA", 48.9, 2.4, None, "city")),  # 5 km off: right
        mention("France", Place("Lyon", "FRA", 45.75, 4.85, 2996944, "city")),  # country toponym: same country
        mention("Springfield", Place("Springfield", "USA", 42.1, -72.59, 4951788, "city")),  # Massachusetts: wrong
        mention("Officials", None),  # false detection
    ]
    result = geoxml.score([doc], [system])
    assert result["detection"] == {"precision": 0.75, "recall": 1.0, "f1": 0.8571}
    assert result["acc161"] == 0.6667
    assert result["mean_km"] > 100


def test_resolved_correctly_by_geonameid():
    gold = geoxml.GoldToponym(0, 5, "Paris", 2988507, 48.85, 2.35)
    assert geoxml.resolved_correctly(gold, Place("Paris", "FRA", 10.0, 10.0, 2988507))[0]
    assert not geoxml.resolved_correctly(gold, None)[0]


POLNEAR_TEXT = 'Vote Today.\n\n"We will win," said Jane Doe, the mayor. Critics argue that the plan fails.\n'


def _polnear(tmp_path: Path) -> Path:
    root = tmp_path / "polnear" / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "story.txt").write_text(POLNEAR_TEXT, encoding="utf-8")
    t = POLNEAR_TEXT
    content = (t.index('"We'), t.index('," said') + 2)
    source = (t.index("Jane"), t.index("Jane") + 8)
    cue = (t.index("said"), t.index("said") + 4)
    content2 = (t.index("the plan"), t.index("fails") + 5)
    source2 = (t.index("Critics"), t.index("Critics") + 7)
    ann = "\n".join([
        f"T1\tContent {content[0]} {content[1]}\t{t[content[0]:content[1]]}",
        f"T2\tSource {source[0]} {source[1]}\tJane Doe",
        f"T3\tCue {cue[0]} {cue[1]}\tsaid",
        f"T4\tAttribution {cue[0]} {cue[1]}\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        f"T5\tContent {content2[0]} {content2[1]}\tthe plan fails",
        f"T6\tSource {source2[0]} {source2[1]}\tCritics",
        "E2\tAttribution:T6 Content:T5 Source:T6",
    ])
    (root / "attributions" / "story_ab12.ann").write_text(ann + "\n", encoding="utf-8")
    (root / "attributions" / "story_zz99.ann").write_text("", encoding="utf-8")  # a second annotator: ignored
    return tmp_path / "polnear"


def test_polnear_brat_parsing(tmp_path):
    docs = polnear.read(_polnear(tmp_path))
    assert len(docs) == 1
    direct, indirect = docs[0].attributions
    assert direct.direct and direct.text.startswith('"We will win')
    assert not indirect.direct
    assert POLNEAR_TEXT[direct.source[0][0]:direct.source[0][1]] == "Jane Doe"


def test_polnear_parse_ann_discontinuous_content():
    text = '"One," he said, "two."'
    ann = "T1\tContent 0 6;16 22\t...\nT2\tSource 7 9\the\nE1\tContent:T1 Source:T2\n"
    (attribution,) = polnear.parse_ann(ann, text)
    assert attribution.content == ((0, 6), (16, 22))
    assert attribution.text == '"One," "two."'


def test_polnear_scores_content_and_speaker(tmp_path):
    docs = polnear.read(_polnear(tmp_path))
    t = POLNEAR_TEXT
    jane = actor("jane", "Jane Doe", "USA", t, (t.index("Jane"), t.index("Jane") + 8))
    mayor = actor("mayor", "the mayor", None, t, (t.index("the mayor"), t.index("the mayor") + 9))
    right = coded(t, [jane, mayor], quotes=[quote(t.index('"We'), t.index(",\" said") + 1, t, jane)])
    result = polnear.score(docs, [right])
    assert result["content"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["speaker_accuracy"] == 1.0
    assert result["all_content"]["recall"] == 0.5
    # Sharing less than half of the shorter span is no match; a wrong speaker is wrong.
    shifted = coded(t, [jane, mayor], quotes=[quote(t.index("win"), t.index("Critics"), t, mayor)])
    assert polnear.score(docs, [shifted])["content"]["recall"] == 0.0
    wrong = coded(t, [jane, mayor], quotes=[quote(t.index('"We'), t.index(",\" said"), t, mayor)])
    assert polnear.score(docs, [wrong])["speaker_accuracy"] == 0.0
