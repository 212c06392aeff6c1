"""Pull: the central database's changes into the cache, read through the user's own role.

The change log (migration 0006) numbers each touched report ``(xid, seq)``, ``xid`` being
the writing transaction's ``xid8``. A pull reads, in one REPEATABLE READ snapshot, the
rows past the cursor whose ``xid`` is below ``pg_snapshot_xmin(pg_current_snapshot())``:
every transaction below that bound has finished, so no row can later appear behind the
cursor. A transaction that commits late (a low xid) holds the bound back until it commits,
then is read: it stalls the pull, it is never skipped. The reports touched are re-read
whole, through row-level security, so a report the user may no longer see comes back
absent and leaves the cache; a batch and the new cursor commit in one SQLite transaction.

A full load copies everything the user may see in one snapshot and starts the cursor at
that snapshot's bound. It runs on the first sync, when the server's epoch changes (a
restore), and when the count/checksum sanity check finds the cache disagreeing.
"""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import text

from desktop.core.progress import Progress
from desktop.services.dto import UserSession
from desktop.sync import outbox
from desktop.sync.cache import CHILD_COLUMNS, REFERENCE_COLUMNS, REPORT_COLUMNS, Cache, Checksum
from desktop.sync.link import Link

BATCH = 2000
CHUNK = 20000
FETCH = 10000
ROWS_PER_STATEMENT = 100
_CURSORS = itertools.count()
CHANNEL = "jaklapor_sync"
_BOOLEAN = {"emergency", "active"}


_TIMESTAMP = {"received_at", "first_action_at", "dispatched_at", "done_at", "due_at", "updated_at", "assigned_at",
              "accepted_at", "ended_at", "at"}


def _select(table: str, columns: tuple[str, ...], extra: tuple[str, ...] = ()) -> str:
    """Booleans as 0/1 and times as PostgreSQL's UTC text: what the cache stores, with no conversion here."""
    items = [f"{c}::int" if c in _BOOLEAN else f"{c}::text" if c in _TIMESTAMP else c for c in columns]
    return f"SELECT {', '.join(items + list(extra))} FROM {table}"


REPORTS_SELECT = _select("reports", REPORT_COLUMNS, ("version",))
CHILD_SELECTS = {table: _select(table, columns) for table, columns in CHILD_COLUMNS.items()}
REFERENCE_SELECTS = {table: _select(table, columns) for table, columns in REFERENCE_COLUMNS.items()}
CHECKSUM_SQL = ("SELECT count(*), coalesce(sum(mod(id, 2147483647) * 31 + version), 0) FROM reports "
                "WHERE NOT (id = ANY(%s))")
CONFLICTS_SQL = ("SELECT id, report_id, mutation_id, kind, field, lost_value, kept_value, message, at::text "
                 "FROM sync_conflicts WHERE at > now() - interval '30 days'")


def _insert(table: str, width: int, replace: bool = False, rows: int = 1) -> str:
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    row = f"({', '.join('?' * width)})"
    return f"{verb} INTO {table} VALUES {', '.join([row] * rows)}"


def _insert_rows(tx, table: str, width: int, rows: list, replace: bool = False) -> None:
    """Write ``rows``, a hundred to a statement.

    The driver steps once per statement, and around each step hands the GIL to the fetching
    thread and back: one row to a statement cost a full load a tenth of its time.
    """
    whole = len(rows) - len(rows) % ROWS_PER_STATEMENT
    if whole:
        tx.executemany(_insert(table, width, replace, ROWS_PER_STATEMENT),
                       (tuple(itertools.chain.from_iterable(rows[start:start + ROWS_PER_STATEMENT]))
                        for start in range(0, whole, ROWS_PER_STATEMENT)))
    if whole < len(rows):
        tx.executemany(_insert(table, width, replace), rows[whole:])


@dataclass(frozen=True)
class PullResult:
    changed: frozenset[int] = frozenset()
    full: bool = False
    rows: int = 0
    reason: str = ""


class ResyncNeeded(Exception):
    """The cache cannot continue from its cursor (new epoch, failed sanity check)."""


def _begin_snapshot(connection) -> tuple[str, int]:
    """Start the REPEATABLE READ snapshot; its epoch and its xmin bound."""
    if connection.in_transaction():
        connection.rollback()
    # A COPY on the driver's own cursor may have begun a transaction SQLAlchemy never saw.
    connection.connection.driver_connection.rollback()
    # The first statement of the transaction (SQLAlchemy has just begun it) fixes its snapshot rules.
    connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
    row = connection.execute(text("SELECT sync_server_epoch(), pg_snapshot_xmin(pg_current_snapshot())::text")).one()
    return row[0], int(row[1])


def _copy_rows(driver, statement: str, params=None):
    """Rows of ``statement`` in blocks from a server-side cursor (psycopg's C loaders, few round trips).

    Binary results: numbers arrive without being printed and parsed again (the text columns
    are the same either way).
    """
    with driver.cursor(name=f"pull_{next(_CURSORS)}", binary=True) as cursor:
        cursor.execute(statement, params)
        while rows := cursor.fetchmany(FETCH):
            yield from rows


def _conflicts(driver) -> list[tuple]:
    with driver.cursor() as cursor:
        return cursor.execute(CONFLICTS_SQL).fetchall()


def _store_conflicts(connection, rows) -> None:
    connection.executemany(
        "INSERT INTO conflicts (id, report_id, mutation_id, kind, field, lost_value, kept_value, message, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", rows)


def full_load(link: Link, cache: Cache, user: UserSession, progress: Progress | None = None,
              reason: str = "first sync") -> PullResult:
    """Copy everything ``user`` may see, in one snapshot; the cursor starts at its bound."""
    with link.guarded() as connection, cache.bulk_load():
        epoch, bound = _begin_snapshot(connection)
        driver = link.driver(connection)
        total = connection.execute(text("SELECT count(*) FROM reports")).scalar()
        with cache.transaction() as tx:
            for key in ("cursor", "epoch"):
                Cache.set_meta(tx, key, None)
            for table in ("reports",) + tuple(CHILD_COLUMNS) + tuple(REFERENCE_COLUMNS):
                # Rows of queued actions are deleted too; the final step re-applies those actions.
                tx.execute(f"DELETE FROM {table}")
            for table, statement in REFERENCE_SELECTS.items():
                _insert_rows(tx, table, len(REFERENCE_COLUMNS[table]), list(_copy_rows(driver, statement)))
        rows = _load_chunks(cache, driver, "reports", REPORTS_SELECT, len(REPORT_COLUMNS) + 1, progress, total)
        for table, statement in CHILD_SELECTS.items():
            rows += _load_chunks(cache, driver, table, statement, len(CHILD_COLUMNS[table]))
        conflicts = _conflicts(driver)
        connection.rollback()
    with cache.transaction() as tx:
        outbox.rebase(tx, user, None)
        _store_conflicts(tx, conflicts)
        Cache.set_meta(tx, "epoch", epoch)
        Cache.set_meta(tx, "cursor", f"{bound}:0")
    if progress is not None:
        progress.advance(total, total)
    return PullResult(frozenset(), True, rows, reason)


def _load_chunks(cache: Cache, driver, table: str, statement: str, width: int, progress: Progress | None = None,
                 total: int = 0) -> int:
    """Stream one table into the cache, a chunk per SQLite transaction so readers get turns."""
    stream = _copy_rows(driver, statement)
    loaded = 0
    # The next chunk comes from the server while this one is written: the network and the
    # encrypted writes overlap instead of taking turns. One fetch at a time reads the stream.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as fetcher:
        pending = fetcher.submit(lambda: list(islice(stream, CHUNK)))
        while chunk := pending.result():
            pending = fetcher.submit(lambda: list(islice(stream, CHUNK)))
            with cache.transaction() as tx:
                _insert_rows(tx, table, width, chunk)
            loaded += len(chunk)
            if progress is not None and table == "reports":
                progress.advance(loaded, max(total, loaded))
    return loaded


def pull_changes(link: Link, cache: Cache, user: UserSession, check: bool = False, batch: int = BATCH,
                 on_batch_applied=None) -> PullResult:
    """Apply the change log past the cursor, batch by batch; ResyncNeeded if that cannot be trusted.

    ``check``: after the last batch, compare the count and checksum of the cached reports
    with the server's at the same snapshot. ``on_batch_applied`` is called inside each
    batch's SQLite transaction, after the rows and before the cursor (tests interrupt there).
    """
    changed: set[int] = set()
    rows_total = 0
    while True:
        cursor = cache.cursor()
        if cursor is None:
            raise ResyncNeeded("first sync")
        with link.guarded() as connection:
            epoch, bound = _begin_snapshot(connection)
            if epoch != cache.meta("epoch"):
                connection.rollback()
                raise ResyncNeeded("the central database was restored or replaced (new epoch)")
            driver = link.driver(connection)
            with driver.cursor() as pg:
                changes = pg.execute(
                    "SELECT xid::text, seq, report_id FROM sync_change_log WHERE (xid, seq) > (%s::xid8, %s) "
                    "AND xid < %s::xid8 ORDER BY xid, seq LIMIT %s",
                    (str(cursor[0]), cursor[1], str(bound), batch)).fetchall()
            ids = sorted({row[2] for row in changes})
            fetched = _fetch(driver, ids) if ids else {}
            conflicts = _conflicts(driver)
            last = len(changes) < batch
            server_sum = _server_checksum(driver, bound) if check and last else None
            connection.rollback()
        with cache.transaction() as tx:
            _apply_batch(tx, user, ids, fetched)
            _store_conflicts(tx, conflicts)
            if on_batch_applied is not None:
                on_batch_applied(ids)
            if changes:
                Cache.set_meta(tx, "cursor", f"{changes[-1][0]}:{changes[-1][1]}")
        changed.update(ids)
        rows_total += sum(len(v) for v in fetched.values())
        if server_sum is not None:
            recent, expected = server_sum
            if cache.checksum(recent) != expected:
                raise ResyncNeeded("the cached reports did not match the central database (sanity check)")
        if last:
            return PullResult(frozenset(changed), False, rows_total)


def _fetch(driver, ids: list[int]) -> dict[str, list]:
    fetched = {"reports": list(_copy_rows(driver, REPORTS_SELECT + " WHERE id = ANY(%s)", (ids,)))}
    for table, statement in CHILD_SELECTS.items():
        fetched[table] = list(_copy_rows(driver, statement + " WHERE report_id = ANY(%s)", (ids,)))
    return fetched


def _apply_batch(tx, user: UserSession, ids: list[int], fetched: dict[str, list]) -> None:
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    for table in CHILD_COLUMNS:
        tx.execute(f"DELETE FROM {table} WHERE report_id IN ({marks})", ids)
    present = {int(row[0]) for row in fetched["reports"]}
    gone = [report_id for report_id in ids if report_id not in present]
    if gone:
        # Deleted, or no longer the user's to see: it leaves this workstation.
        tx.execute(f"DELETE FROM reports WHERE id IN ({','.join('?' * len(gone))})", gone)
    _insert_rows(tx, "reports", len(REPORT_COLUMNS) + 1, fetched["reports"], replace=True)
    for table, columns in CHILD_COLUMNS.items():
        _insert_rows(tx, table, len(columns), fetched[table], replace=True)
    outbox.rebase(tx, user, sorted(present))


def _server_checksum(driver, bound: int) -> tuple[set[int], Checksum]:
    """The server's count and checksum, leaving out reports changed at or after the bound (not pulled yet)."""
    with driver.cursor() as pg:
        recent = {row[0] for row in pg.execute(
            "SELECT DISTINCT report_id FROM sync_change_log WHERE xid >= %s::xid8", (str(bound),))}
        count, total = pg.execute(CHECKSUM_SQL, (sorted(recent),)).fetchone()
    return recent, Checksum(int(count), int(total))

