"""The real pipeline's output exports in every format, and each file reads back with the same events."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from conftest import EXAMPLES
from tacitus.export import export_events
from tacitus.export.columns import plover_fields
from tacitus.export.fields import numeric_id
from tacitus.ingest import read_article
from tacitus.store import EventFilter, Store

# Invented reports (not from any corpus) whose events are not all plain assertions.
_OWN_REPORTS = [
    {"id": "own-1", "published": "2021-03-04", "source": "Test Wire", "title": "Talks stall",
     "text": "Vietnamese Foreign Minister Tran Van Minh has not met his Chinese counterpart since October 2019. "
             "Malaysia may impose sanctions on Vietnam if the dispute continues."},
    {"id": "own-2", "published": "2021-03-05", "source": "Test Wire", "title": "A visit",
     "text": "Brazilian President Ana Costa will visit Argentina next month, officials said. "
             "In 1982, Argentine troops invaded the Falkland Islands."},
    {"id": "own-3", "source": "Undated Wire", "title": "Undated",
     "text": "Kenyan police arrested twelve protesters in Nairobi. The European Union condemned the arrests."},
]


@pytest.mark.slow
def test_coded_examples_export_in_every_format(tmp_path, coder):
    paths = [EXAMPLES / "articles" / name for name in ("02_geneva_talks.txt", "03_eu_sanctions.txt", "05_japan_aid.txt")]
    db = tmp_path / "real.duckdb"
    with Store(db) as store:
        store.write([coder.code(read_article(str(path))) for path in paths])
    with Store(db, read_only=True) as store:
        events = store.events()
        summaries = {fmt: export_events(store, EventFilter(modality="all"), fmt, tmp_path / f"out-{fmt}",
                                        historical=True)
                     for fmt in ("gdelt", "plover", "parquet", "csv")}
    ids = [e.id for e in events]
    assert len(ids) >= 5  # three articles with several events each
    assert {s.events for s in summaries.values()} == {len(ids)}

    gdelt_rows = [line.split("\t") for line in (tmp_path / "out-gdelt" / "events.tsv").read_text(encoding="utf-8").splitlines()]
    assert {len(row) for row in gdelt_rows} == {61}
    assert [row[0] for row in gdelt_rows] == [str(numeric_id(i)) for i in ids]
    assert [row[26] for row in gdelt_rows] == [e.cameo for e in events]  # EventCode
    mention_rows = (tmp_path / "out-gdelt" / "mentions.tsv").read_text(encoding="utf-8").splitlines()
    assert {len(line.split("\t")) for line in mention_rows} == {16}

    records = [json.loads(line) for line in (tmp_path / "out-plover").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    assert all(tuple(r) == plover_fields() and r["event"] and r["story_id"] for r in records)
    located = [(r["event_loc"]["lat"], r["event_loc"]["lon"]) for r in records if r["event_loc"]]
    assert located == [(e.location.lat, e.location.lon) for e in events if e.location]

    back = duckdb.connect().execute(
        f"SELECT id FROM read_parquet('{tmp_path / 'out-parquet'}/**/*.parquet', hive_partitioning = true)").fetchall()
    assert sorted(row[0] for row in back) == sorted(ids)
    with open(tmp_path / "out-csv", newline="", encoding="utf-8") as handle:
        assert [row["id"] for row in csv.DictReader(handle)] == ids


@pytest.mark.slow
def test_default_gdelt_export_of_a_coded_corpus_reads_in_pandas_as_gdelt_means_it(tmp_path, coder):
    """The issue's acceptance check: read with pandas (dtype=str), the default GDELT export has no
    empty SQLDATE, no type code outside CAMEO's agent codes, and only asserted events."""
    import pandas as pd

    from tacitus.export.cameo_actors import nonstate_to_cameo, sector_to_cameo
    from tacitus.export.columns import gdelt_event_columns
    from tacitus.ingest import iter_articles

    db = tmp_path / "corpus.duckdb"
    # The examples plus invented reports with negated, hypothetical, planned and historical events.
    own = tmp_path / "own.jsonl"
    own.write_text("\n".join(json.dumps(record) for record in _OWN_REPORTS) + "\n", encoding="utf-8")
    articles = list(iter_articles([str(EXAMPLES), str(own)]))
    with Store(db) as store:
        store.write(list(coder.pipe(articles)))
    with Store(db, read_only=True) as store:
        events = store.events(EventFilter())
        export_events(store, EventFilter(), "gdelt", tmp_path / "gdelt")
    assert {e.modality for e in events} - {"asserted"}, "the corpus should hold non-asserted events to leave out"
    frame = pd.read_csv(tmp_path / "gdelt" / "events.tsv", sep="\t", header=None, dtype=str, quoting=3,
                        keep_default_na=False, names=list(gdelt_event_columns()))
    assert len(frame) > 10
    assert (frame["SQLDATE"].str.fullmatch(r"\d{8}")).all()
    cameo_types = set(sector_to_cameo().values()) | {a.type1 for a in nonstate_to_cameo().values()}
    cameo_types.discard("")
    for column in ("Actor1Type1Code", "Actor2Type1Code", "Actor1Type2Code", "Actor2Type2Code"):
        assert set(frame[column]) - {""} <= cameo_types, column
    assert not {"JRN", "PRE", "UNK", "PRM", "SOC"} & set(frame["Actor1Type1Code"])
    modality = {str(numeric_id(e.id)): e.modality for e in events}
    assert {modality[i] for i in frame["GLOBALEVENTID"]} == {"asserted"}
    # An actor without a code is blank, never a name without a code (GDELT's UNIDENTIFIED habit).
    assert not ((frame["Actor1Code"] == "") & (frame["Actor1Name"] != "")).any()
