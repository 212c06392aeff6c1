"""The cache holds exactly the rows and values the user's role reads on the server."""

from __future__ import annotations

import threading

from desktop.sync import pull
from desktop.sync.cache import CHILD_COLUMNS, REFERENCE_COLUMNS

SELECTS = {"reports": pull.REPORTS_SELECT, **pull.CHILD_SELECTS, **pull.REFERENCE_SELECTS}


def _server_rows(replica) -> dict[str, list[tuple]]:
    """Every table as the user's own role reads it, in text format (the pull reads binary)."""
    with replica.link.guarded() as connection:
        driver = replica.link.driver(connection)
        with driver.cursor() as cursor:
            rows = {table: sorted(cursor.execute(statement).fetchall()) for table, statement in SELECTS.items()}
        connection.rollback()
    return rows


def _cached_rows(replica) -> dict[str, list[tuple]]:
    with replica.cache.read() as connection:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall()) for table in SELECTS}


def test_first_sync_and_later_changes_copy_every_row_value_for_value(central):
    client = central.replica("petugas1")
    client.pull()
    server = _server_rows(client)
    # More rows than one multi-row statement takes, so both the full statements and the rest are written.
    assert len(server["reports"]) > pull.ROWS_PER_STATEMENT
    assert len(server["status_events"]) > pull.ROWS_PER_STATEMENT
    assert set(SELECTS) == {"reports", *CHILD_COLUMNS, *REFERENCE_COLUMNS}
    assert _cached_rows(client) == server
    # The full load's checkpoint thread is gone once it ends.
    assert not [thread for thread in threading.enumerate() if thread.name == "cache-checkpoint"]

    new = central.new_reports(2 * pull.ROWS_PER_STATEMENT + 7, title="Copied row")
    central.settle(client, lambda: len(central.cached(client, new)) == len(new))
    server = _server_rows(client)
    assert _cached_rows(client) == server
    cached = central.cached(client, new)
    assert sorted(row[1] for row in cached.values()) == sorted(f"Copied row {i}" for i in range(len(new)))
    path = client.cache.path
    client.close()
    # Closed and opened again, the file holds every row.
    reopened = central.open_cache(path, path.with_suffix(".key"))
    with reopened.read() as connection:
        assert {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall()) for table in SELECTS} == server
    reopened.close()
