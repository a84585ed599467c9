"""Tests of our YAML/CSV dictionary format and of reading files and folders."""

from __future__ import annotations

import pytest

from tacitus.dictionaries import read_dictionaries
from tacitus.dictionaries.userfile import parse_csv, parse_yaml
from tacitus.errors import InputError

YAML = """\
actors:
  - name: Rufus Firefly
    synonyms: [Firefly]
    code: FRDGOV
    person: true
    dates:
      - {code: FRDELI, until: 1932-12-31}
  - name: Freedonia
    code: FRD
agents:
  - phrase: hacker
    code: "~CRM"
  - phrase: sheep
    plural: sheep
    code: "~AGR"
"""


def test_yaml_actors_and_agents():
    entries, agents = parse_yaml(YAML, "mine.yaml")
    firefly = entries[0]
    assert firefly.phrases == ("Rufus Firefly", "Firefly") and firefly.person
    assert firefly.code_at("1930-01-01") == "FRDELI" and firefly.code_at("1940-01-01") == "FRDGOV"
    assert entries[1].code_at(None) == "FRD"
    assert {a.phrase: a.plurals for a in agents} == {"hacker": ("hackers",), "sheep": ("sheep",)}


def test_yaml_errors_say_what_to_do():
    with pytest.raises(InputError, match="needs a 'name'"):
        parse_yaml("actors:\n  - code: FRD\n")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_yaml("actors:\n  - {name: X, dates: [{code: A, from: soon}]}\n")


def test_csv_rows_group_into_dated_entries():
    text = ("type,phrase,synonyms,code,from,until,person\n"
            "actor,Rufus Firefly,Firefly,FRDGOV,,,yes\n"
            "actor,Rufus Firefly,,FRDELI,,1932-12-31,yes\n"
            "agent,hacker,,~CRM,,,\n")
    entries, agents = parse_csv(text, "mine.csv")
    assert len(entries) == 1 and entries[0].person
    assert entries[0].code_at("1930-01-01") == "FRDELI" and entries[0].code_at("1950-01-01") == "FRDGOV"
    assert agents[0].phrase == "hacker" and agents[0].code == "~CRM"


def test_csv_needs_its_columns():
    with pytest.raises(InputError, match="type, phrase, code"):
        parse_csv("name,code\nX,Y\n")


def test_folder_reads_known_kinds_and_ignores_others(tmp_path):
    (tmp_path / "Test.actors.txt").write_text("FREEDONIA [FRD]\n", encoding="utf-8")
    (tmp_path / "Test.agents.txt").write_text("POLICE {} [~COP]\n", encoding="utf-8")
    (tmp_path / "Test.verbs.txt").write_text("--- GRANT ---\n", encoding="utf-8")
    (tmp_path / "extra.yaml").write_text("actors:\n  - {name: Sylvania, code: SYL}\n", encoding="utf-8")
    read = read_dictionaries([tmp_path])
    assert [e.name for e in read.entries] == ["Freedonia", "Sylvania"]
    assert [a.phrase for a in read.agents] == ["police"]


def test_unknown_file_named_directly_is_an_error(tmp_path):
    path = tmp_path / "Test.verbs.txt"
    path.write_text("x\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an actor dictionary"):
        read_dictionaries([path])
    with pytest.raises(InputError, match="no such"):
        read_dictionaries([tmp_path / "missing"])
