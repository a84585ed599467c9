"""Shared helpers for the engine tests: articles we wrote ourselves and a table dump for comparisons."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

# Every table of the store with its key: compared row for row, all columns.
TABLE_KEYS = {"articles": "id", "actors": "article_id, id", "events": "id", "quotes": "id", "failures": "id"}

ARTICLES = [
    {"title": "Ministers meet in Lisbon", "published": "2024-03-04", "source": "Test Wire",
     "text": "Portugal's foreign minister met his Spanish counterpart in Lisbon on Monday to discuss "
             "water rights on the Tagus.\n\n\"We had a frank and useful conversation,\" the minister told reporters."},
    {"title": "Police clash with protesters", "published": "2024-03-05", "source": "Test Wire",
     "text": "Police in Nairobi fired tear gas at protesters on Tuesday, the interior ministry said.\n\n"
             "Opposition leaders accused the government of using excessive force."},
    {"title": "Aid convoy reaches the border", "published": "2024-03-05", "source": "Other Desk",
     "text": "The United Nations sent food aid to refugees near the Chad border, officials said on Tuesday.\n\n"
             "The World Food Programme said it would send more trucks next week."},
    {"title": "Sanctions announced", "published": "2024-03-06", "source": "Other Desk",
     "text": "The European Union imposed new sanctions on Belarus on Wednesday.\n\n"
             "Minsk rejected the measures and threatened to retaliate, its foreign ministry said."},
]


def write_jsonl(path: Path, *, corrupt: bool = True) -> Path:
    """Write our articles as JSONL with a blank line, a repeat, a record without text and a corrupt line."""
    lines = [json.dumps(a) for a in ARTICLES[:2]]
    lines.append("")
    if corrupt:
        lines.append('{"title": "cut short", "text": "The minister')
    lines.append(json.dumps({"title": "no body here", "published": "2024-03-05"}))
    lines += [json.dumps(a) for a in ARTICLES[2:]]
    lines.append(json.dumps(ARTICLES[0]))  # the same article again, in another work item
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def dump_tables(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a database, in key order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY {keys}").fetchall()
                for table, keys in TABLE_KEYS.items()}
    finally:
        con.close()
