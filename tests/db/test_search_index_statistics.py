"""The embedded database's search index is written by key, whatever ANALYZE once counted in it.

FTS5 drops each segment it merges with a range delete on its data table. Planned as a table scan,
that delete made single report writes on a million-report database wait seconds (migration 0008).
"""

from __future__ import annotations

from sqlalchemy import text

from db import migrate
from desktop.services.database import make_engine, upgrade_database

# The statement FTS5 runs for every merged segment (fts5DataDelete in SQLite's fts5_index.c).
SEGMENT_DELETE = "EXPLAIN QUERY PLAN DELETE FROM reports_fts_data WHERE id >= 1 AND id <= 5"


def _plan(engine) -> str:
    with engine.connect() as connection:
        return " ".join(row[-1] for row in connection.execute(text(SEGMENT_DELETE)))


def _statistics(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as connection:
        tables = {row[0] for row in connection.execute(text("SELECT tbl FROM sqlite_stat1"))}
    engine.dispose()
    return tables


def test_a_new_database_deletes_merged_segments_by_key(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    # The app goes on with the engine that migrated: its connections must not remember 0002's count.
    db = upgrade_database(url)
    assert "USING INTEGER PRIMARY KEY" in _plan(db.engine)
    db.dispose()
    assert not any(table.startswith("reports_fts") for table in _statistics(url))


def test_an_existing_database_is_mended_by_the_upgrade(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(url)
    migrate.upgrade(engine, "0007")
    # What every embedded database made before 0008 has: the index counted while it was empty.
    assert "reports_fts_data" in _statistics(url)
    assert _plan(engine).startswith("SCAN reports_fts_data")
    migrate.upgrade(engine)
    assert "USING INTEGER PRIMARY KEY" in _plan(engine)
    engine.dispose()
    assert "alembic_version" in _statistics(url)
