"""The schema: tables derived from the records, numbered migrations, old files brought up to date."""

from __future__ import annotations

import dataclasses

import duckdb
import pytest

from tacitus.db.columns import ACTORS, ARTICLES, EVENTS, FAILURES, QUOTES, TABLES
from tacitus.db.schema import MIGRATIONS, SCHEMA_VERSION, schema_version
from tacitus.errors import StoreError
from tacitus.model import Article, Coded, Quote, content_id
from tacitus.store import Store

# The tables as the first release wrote them (no version table, quotes without event_ids and
# section): a user's existing database must still open.
_FIRST_RELEASE = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, published VARCHAR, title VARCHAR,
    standfirst VARCHAR, captions VARCHAR[], credits VARCHAR[], subheads VARCHAR[],
    source_line VARCHAR, byline VARCHAR, dateline VARCHAR, text VARCHAR, language VARCHAR,
    removed JSON, origin VARCHAR);
CREATE TABLE actors (
    id VARCHAR, article_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR,
    title VARCHAR, kind VARCHAR, wikidata VARCHAR, mentions JSON, position INTEGER, PRIMARY KEY (article_id, id));
CREATE TABLE events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, evidence VARCHAR,
    event_type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source_actor_id VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_code VARCHAR,
    target_actor_id VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_code VARCHAR,
    date VARCHAR, date_text VARCHAR, location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
    location_lon DOUBLE, location_geonameid BIGINT, location_feature VARCHAR, modality VARCHAR, confidence DOUBLE,
    why VARCHAR, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, position INTEGER);
CREATE TABLE quotes (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, text VARCHAR, kind VARCHAR, cue VARCHAR,
    speaker_actor_id VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR, speaker_sector VARCHAR,
    speaker_code VARCHAR, start INTEGER, "end" INTEGER, sentence INTEGER, position INTEGER);
CREATE TABLE failures (id VARCHAR PRIMARY KEY, path VARCHAR, position VARCHAR, reason VARCHAR, kind VARCHAR);
INSERT INTO articles (id, text, title) VALUES ('old1', 'Rebels attacked the garrison.', 'An old article');
"""


def _columns(path, table: str) -> dict[str, str]:
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                           "ORDER BY ordinal_position", [table]).fetchall()
    return dict(rows)


def _expected(table) -> dict[str, str]:
    expected = {c.name: c.sql_type for c in table.columns}
    if table.positioned:
        expected["position"] = "INTEGER"
    return expected


def test_columns_come_from_the_records():
    # Every field of a record is a column (nested records flattened), so a new field cannot be forgotten.
    assert set(ARTICLES.names) == {f.name for f in dataclasses.fields(Article)}
    assert {"source_actor_id", "target_code", "location_geonameid", "mode", "trigger_end"} <= set(EVENTS.names)
    assert {"speaker_name", "event_ids", "section"} <= set(QUOTES.names)
    assert ACTORS.key == ("article_id", "id") and FAILURES.names[0] == "id"
    assert dict((c.name, c.sql_type) for c in ARTICLES.columns)["captions"] == "VARCHAR[]"


def test_a_new_database_has_the_derived_tables_and_the_latest_version(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path).close()
    for table in TABLES:
        assert _columns(path, table.name) == _expected(table)
    with duckdb.connect(str(path), read_only=True) as con:
        assert schema_version(con) == SCHEMA_VERSION
        recorded = con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [v for (v,) in recorded] == [m.version for m in MIGRATIONS]


def test_a_first_release_database_migrates_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(_FIRST_RELEASE)
        assert schema_version(con) == 0
    with Store(path) as store:
        assert store.article("old1").title == "An old article"
        text = "Dupont said: we talked."
        article = Article(id=content_id(text), text=text)
        quote = Quote(id="q1", article_id=article.id, text="we talked", kind="direct", cue="said", speaker=None,
                      start=13, end=22, event_ids=("e1",), section="text")
        store.write([Coded(article=article, quotes=(quote,))])
        assert store.coded(article.id).quotes == (quote,)
    for table in TABLES:  # the same columns as a new file (their order is the old file's)
        assert set(_columns(path, table.name)) == set(_expected(table)), table.name
    with duckdb.connect(str(path), read_only=True) as con:
        assert schema_version(con) == SCHEMA_VERSION
    Store(path).close()  # reopening applies nothing twice
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


def test_a_database_from_a_newer_tacitus_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, 'from the future')", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="newer tacitus"):
        Store(path)


def test_an_old_database_still_reads_read_only(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(_FIRST_RELEASE)
    with Store(path, read_only=True) as store:
        assert [a.id for a in store.articles()] == ["old1"]
