"""The record tables and their recorded migrations.

The tables are created from the column lists derived from the records (columns.py). Every
change to the tables of a file that already exists is a numbered migration, applied once and
recorded in ``schema_migrations``; a database written before versioning (no such table) is
brought up to date by the same list, since each step is idempotent on a file that already has
it. A database recorded at a newer version than this code knows is refused instead of guessed at.

To change a table: change the record, then append a migration that brings an existing file to
the new columns (tests/db checks that a file of the first release migrates to exactly the
columns a new file gets).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import duckdb

from ..errors import StoreError
from .columns import TABLES

__all__ = ["Migration", "MIGRATIONS", "SCHEMA_VERSION", "migrate", "schema_version"]


@dataclass(frozen=True)
class Migration:
    """One numbered change to the tables."""

    version: int
    name: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def _create_record_tables(con: duckdb.DuckDBPyConnection) -> None:
    for table in TABLES:
        con.execute(table.ddl())


def _quote_event_links_and_section(con: duckdb.DuckDBPyConnection) -> None:
    # Added after the first release: the events a quote reports, and the part of the article it is in.
    con.execute("ALTER TABLE quotes ADD COLUMN IF NOT EXISTS event_ids VARCHAR[]")
    con.execute("ALTER TABLE quotes ADD COLUMN IF NOT EXISTS section VARCHAR")


def _event_mentions(con: duckdb.DuckDBPyConnection) -> None:
    # Added with one record per happening (events/merge.py): the merged mentions of an event.
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS mentions INTEGER")
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS mention_evidence VARCHAR[]")


def _actor_why(con: duckdb.DuckDBPyConnection) -> None:
    # Added with the one owner of actor coding (issue 15): the clues that decided country and sector.
    con.execute("ALTER TABLE actors ADD COLUMN IF NOT EXISTS why VARCHAR")


def _quote_why(con: duckdb.DuckDBPyConnection) -> None:
    # Added with issue 15 part 5: how a quotation's speaker was found.
    con.execute("ALTER TABLE quotes ADD COLUMN IF NOT EXISTS why VARCHAR")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "record tables (articles, actors, events, quotes, failures)", _create_record_tables),
    Migration(2, "quotes.event_ids and quotes.section", _quote_event_links_and_section),
    Migration(3, "events.mentions and events.mention_evidence", _event_mentions),
    Migration(4, "actors.why", _actor_why),
    Migration(5, "quotes.why", _quote_why),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

_VERSION_TABLE = ("CREATE TABLE IF NOT EXISTS schema_migrations "
                  "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration recorded in this database (0 for a file written before versioning)."""
    try:
        row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except duckdb.CatalogException:
        return 0
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, path: str = "the database") -> int:
    """Apply the migrations this database has not recorded, each in its own transaction; return
    the version reached. Raises StoreError for a database newer than this code."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer tacitus (schema {current}, this one knows up to "
                         f"{SCHEMA_VERSION}): upgrade tacitus to read it")
    if current == SCHEMA_VERSION:
        return current
    con.execute(_VERSION_TABLE)
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            migration.apply(con)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        [migration.version, migration.name])
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
