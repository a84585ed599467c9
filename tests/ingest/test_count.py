"""Counting the records of the inputs (ingest/count.py) for the run's progress total and ETA."""

from __future__ import annotations

import gzip
import json

from tacitus.ingest import iter_articles
from tacitus.ingest.count import count_records
from tacitus.options import RunOptions
from tacitus.runner import run_inputs
from test_runner_fakes import FakeCoder, write_jsonl


def test_counts_match_what_the_reader_yields(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Chile accused Peru.", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(json.dumps({"id": i, "text": f"Story {i}."}) for i in range(5)) + "\n\n",
                                    encoding="utf-8")
    (folder / "c.csv").write_text('id,text\n1,"A story\nover two lines."\n2,Another story.\n', encoding="utf-8")
    (folder / ".hidden.txt").write_text("not read", encoding="utf-8")
    assert count_records([folder]) == len(list(iter_articles([folder]))) == 8


def test_unknown_when_it_cannot_be_counted_cheaply(tmp_path):
    packed = tmp_path / "a.jsonl.gz"
    with gzip.open(packed, "wt") as handle:
        handle.write(json.dumps({"text": "x"}) + "\n")
    assert count_records([packed]) is None
    assert count_records(["-"]) is None


def test_progress_shows_done_of_total_and_time_remaining(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, range(6))
    run_inputs(RunOptions(inputs=[str(corpus)], db=tmp_path / "t.duckdb", progress=True), load_coder=FakeCoder())
    shown = capsys.readouterr().err
    assert "6/6" in shown and "ETA" in shown
