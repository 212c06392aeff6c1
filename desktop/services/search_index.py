"""The embedded database's search index (FTS5, migration 0002) during bulk writes.

A bulk write into an empty or small database pauses the trigger that indexes reports row by row
and rebuilds the index from the reports table once at the end, in the caller's transaction. The
rebuild reads every report, old and new, and costs about what the trigger costs a report (a
100,000-report import into an empty database: 27 s with one rebuild, 31 s row by row), so it pays
only while the new reports are at least as many as those already indexed; into a large database
(a million reports took 38 s to rebuild) a file is indexed row by row. PostgreSQL's search index is an ordinary index and needs none of this.
"""

from __future__ import annotations

TRIGGER = "reports_fts_insert"


def rebuild_pays(connection, incoming: int) -> bool:
    """True when ``incoming`` new reports are indexed faster by one rebuild than row by row."""
    if connection.dialect.name != "sqlite":
        return False
    return incoming >= connection.exec_driver_sql("SELECT count(*) FROM reports").scalar()


def pause(connection) -> str | None:
    """Stop indexing new reports row by row; what ``resume`` needs (None: nothing was paused)."""
    if connection.dialect.name != "sqlite":
        return None
    trigger = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (TRIGGER,)).scalar()
    connection.exec_driver_sql(f"DROP TRIGGER {TRIGGER}")
    return trigger


def resume(connection, paused: str | None) -> None:
    """Index every report, including those written since ``pause``, and go back to row by row."""
    if paused is None:
        return
    connection.exec_driver_sql(paused)
    connection.exec_driver_sql("INSERT INTO reports_fts (reports_fts) VALUES ('rebuild')")
