"""The embedded database's search index (FTS5, migration 0002) during bulk writes.

Fed row by row by its trigger, FTS5 slows with every report it holds: 37 ms a report once
100,000 are in, so a million-report seed would take days and a large import hours. A bulk
write pauses the trigger and rebuilds the index from the reports table once at the end, in
the caller's transaction. PostgreSQL's search index is an ordinary index and needs none of this.
"""

from __future__ import annotations

TRIGGER = "reports_fts_insert"


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
