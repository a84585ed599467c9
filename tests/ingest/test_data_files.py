"""The ingest data files (src/tacitus/ingest/data) are complete and well-formed."""

from __future__ import annotations

import re

from tacitus.ingest.patterns import FieldNames, StructurePatterns, load_yaml

FIELDS = {"id", "title", "text", "published", "source", "url", "dateline", "standfirst"}


def test_structure_yaml_compiles_and_has_every_section() -> None:
    data = load_yaml("structure.yaml")
    assert set(data) >= {"debris", "read_more_alone", "agencies", "caption_prefixes", "credit_prefixes", "source_line", "published_line"}
    assert set(data["debris"]["inline"]) == {"placeholder", "template", "wiki"}
    assert {"advertisement", "read_more"} <= set(data["debris"]["line"])
    for pattern in [*data["debris"]["inline"].values(), *data["debris"]["line"].values()]:
        re.compile(pattern)
    patterns = StructurePatterns.load()
    assert "reuters" in patterns.agencies and "afp" in patterns.agencies


def test_agency_and_prefix_lists_have_no_duplicates() -> None:
    data = load_yaml("structure.yaml")
    for key in ("agencies", "caption_prefixes", "credit_prefixes"):
        values = [str(v) for v in data[key]]
        assert len(values) == len(set(values)), key
        assert all(v.strip() == v and v for v in values), key


def test_fields_yaml_covers_every_field_without_shared_aliases() -> None:
    names = FieldNames.load()
    assert set(names.aliases) == FIELDS
    folded = [names.fold(alias) for aliases in names.aliases.values() for alias in aliases]
    assert len(folded) == len(set(folded)), "an alias belongs to two fields"
    for field, aliases in names.aliases.items():
        assert names.fold(field) in {names.fold(a) for a in aliases}, field


def test_resolve_prefers_column_map_and_folds_case() -> None:
    names = FieldNames.load()
    keys = names.resolve(["Headline", "Story Body", "PubDate", "copy"], {"text": "copy"})
    assert keys == {"title": "Headline", "text": "copy", "published": "PubDate"}
