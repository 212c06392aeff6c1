"""The workstation's local cache: one SQLCipher file per user and central database.

SQLCipher (through the maintained ``sqlcipher3`` driver, its library bundled in the wheel)
encrypts every page and authenticates it with an HMAC, so a stolen laptop shows no report
text and a tampered page is refused. The random data key lives only wrapped in the key file
beside the cache (desktop.sync.keys), unlocked by the user's password.

Reporter identity is never in the cache: the pull never selects it, and no table here can
hold it. The tables repeat the central ones' names and columns for what a workstation needs
offline; ``server_version`` is the version last pulled, which the sanity check compares.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Callable, Iterator

import sqlcipher3

from desktop import config
from desktop.sync.keys import KdfParams, KeyFileError, WrongPassword, new_data_key, read_key_file, write_key_file

SCHEMA_VERSION = "1"
PAGE_SIZE = 16384
WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default
CHECKPOINT_EVERY = 0.2  # seconds, while a full load writes
DEFAULT_OFFLINE_DAYS = 7

# Columns pulled from the central tables, in the order the pull selects them.
REPORT_COLUMNS = ("id", "reference", "channel", "category_id", "title", "description", "address", "lat", "lon",
                  "location_problem", "area_id", "status", "priority", "privacy", "emergency", "lead_agency_id",
                  "received_at", "first_action_at", "dispatched_at", "done_at", "due_at", "updated_at",
                  "duplicate_of_id", "photo_count", "version")
CHILD_COLUMNS = {
    "assignments": ("id", "report_id", "agency_id", "role", "assigned_at", "assigned_by", "accepted_at", "ended_at",
                    "end_reason"),
    "status_events": ("id", "report_id", "at", "actor_id", "action", "from_status", "to_status", "agency_id", "note"),
    "notes": ("id", "report_id", "at", "author_id", "agency_id", "kind", "body"),
    "ratings": ("report_id", "score", "comment", "at"),
}
REFERENCE_COLUMNS = {
    "agencies": ("id", "code", "name", "short_name", "kind", "active"),
    "categories": ("id", "code", "name_id", "name_en", "default_agency_id", "emergency", "deadline_days"),
    "areas": ("id", "code", "city", "kecamatan", "kelurahan", "lat", "lon"),
    "users": ("id", "username", "display_name", "role", "agency_id"),
}
_INTEGER = {"id", "category_id", "area_id", "emergency", "lead_agency_id", "duplicate_of_id", "photo_count",
            "version", "report_id", "agency_id", "assigned_by", "actor_id", "author_id", "score", "active",
            "default_agency_id", "deadline_days", "server_version"}
_REAL = {"lat", "lon"}

SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    # The workstation's queue: ``seq`` is the per-client id the server's last_applied counts.
    """CREATE TABLE IF NOT EXISTS outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        report_id INTEGER, payload TEXT NOT NULL, created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)""",
    """CREATE TABLE IF NOT EXISTS conflicts (
        id INTEGER PRIMARY KEY, report_id INTEGER, mutation_id TEXT, kind TEXT NOT NULL, field TEXT,
        lost_value TEXT, kept_value TEXT, message TEXT NOT NULL, at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_reports_received_at ON reports (received_at)",
    "CREATE INDEX IF NOT EXISTS ix_assignments_report_id ON assignments (report_id)",
    "CREATE INDEX IF NOT EXISTS ix_status_events_report_id ON status_events (report_id)",
    "CREATE INDEX IF NOT EXISTS ix_notes_report_id ON notes (report_id)",
]


def _column_type(name: str) -> str:
    return "INTEGER" if name in _INTEGER else "REAL" if name in _REAL else "TEXT"


def _table_ddl(table: str, columns: tuple[str, ...], key: str) -> str:
    body = ", ".join(f"{c} {_column_type(c)}{' PRIMARY KEY' if c == key else ''}" for c in columns)
    return f"CREATE TABLE IF NOT EXISTS {table} ({body})"


def _all_ddl() -> list[str]:
    tables = [_table_ddl("reports", REPORT_COLUMNS + ("server_version",), "id")]
    tables += [_table_ddl(t, c, "report_id" if t == "ratings" else "id") for t, c in CHILD_COLUMNS.items()]
    tables += [_table_ddl(t, c, "id") for t, c in REFERENCE_COLUMNS.items()]
    return tables + SCHEMA


SERVER_TABLES = ("reports",) + tuple(CHILD_COLUMNS) + tuple(REFERENCE_COLUMNS)


class CacheError(Exception):
    """The cache cannot be opened; the message says why and what to do."""


class OfflineLoginExpired(CacheError):
    """The last online login is too long ago to work offline."""


def pg_timestamp(moment: datetime) -> str:
    """A UTC time written as PostgreSQL prints timestamptz with TimeZone=UTC, so both sort alike."""
    moment = moment.astimezone(timezone.utc)
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}".rstrip("0")
    return text + "+00"


def parse_timestamp(text: str | None) -> datetime | None:
    if text is None:
        return None
    if text.endswith("+00"):
        text += ":00"
    return datetime.fromisoformat(text).astimezone(timezone.utc)


def cache_paths(directory: Path, central: str, username: str) -> tuple[Path, Path]:
    """The cache file and its key file for ``username`` on the central database named ``central``."""
    stem = hashlib.sha256(f"{central}\n{username}".encode("utf-8")).hexdigest()[:20]
    return directory / f"{stem}.cache", directory / f"{stem}.key"


def default_directory() -> Path:
    path = config.data_dir() / "sync"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Checksum:
    count: int
    total: int


def checksum_of(rows) -> Checksum:
    """Count and sum over (id, version) pairs: the same arithmetic as the server's query."""
    count = total = 0
    for report_id, version in rows:
        count += 1
        total += (report_id % 2147483647) * 31 + version
    return Checksum(count, total)


class Cache:
    """An open cache. One connection, used under a lock, so any thread may call in."""

    def __init__(self, path: Path, connection, username: str, connect_again: Callable):
        self.path = path
        self.username = username
        self._connection = connection
        self._connect_again = connect_again
        self._lock = threading.RLock()

    # --- connection --------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator:
        with self._lock:
            yield self._connection

    @contextmanager
    def transaction(self) -> Iterator:
        """One SQLite transaction: everything inside commits together or not at all."""
        with self._lock:
            connection = self._connection
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Many transactions in a row (a full load): the WAL is copied into the file beside them.

        The connection that writes would otherwise stop every thousand pages to copy them
        (a sixth of a full load); a second connection on its own thread copies them instead,
        while the rows go on arriving.
        """
        stop = threading.Event()
        copier = self._connect_again()

        def copy() -> None:
            while not stop.wait(CHECKPOINT_EVERY):
                try:
                    copier.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlcipher3.Error:
                    # The writer copies what is left once the load ends (its own checkpoints resume).
                    return

        with self._lock:
            self._connection.execute("PRAGMA wal_autocheckpoint = 0")
        thread = threading.Thread(target=copy, name="cache-checkpoint", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()
            copier.close()
            with self._lock:
                if self._connection is not None:
                    self._connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    @property
    def closed(self) -> bool:
        return self._connection is None

    # --- meta --------------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self.read() as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @staticmethod
    def set_meta(connection, key: str, value: str | None) -> None:
        if value is None:
            connection.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            connection.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                               "SET value = excluded.value", (key, value))

    @property
    def client_id(self) -> str:
        return self.meta("client_id")

    def cursor(self) -> tuple[int, int] | None:
        """The change-log position pulled up to, or None before the first full load."""
        value = self.meta("cursor")
        if value is None:
            return None
        xid, seq = value.split(":")
        return int(xid), int(seq)

    # --- what the status bar and screens read ------------------------------------------

    def pending_count(self) -> int:
        with self.read() as connection:
            return connection.execute("SELECT count(*) FROM outbox").fetchone()[0]

    def report_count(self) -> int:
        with self.read() as connection:
            return connection.execute("SELECT count(*) FROM reports").fetchone()[0]

    def checksum(self, excluded: set[int] = frozenset()) -> Checksum:
        with self.read() as connection:
            rows = connection.execute("SELECT id, server_version FROM reports").fetchall()
        return checksum_of((r, v) for r, v in rows if r not in excluded)


# sqlcipher3 binds None through its adapter protocol, whose failed look-ups raise and clear two
# exceptions per value: pulled rows hold about two empty columns each, and binding them took a
# quarter of a full load. A registered adapter is found by one dict look-up, and an empty dict's
# ``get`` answers None without entering Python (a tenth of the time; a Python function is half as fast).
sqlcipher3.register_adapter(type(None), {}.get)


def _connect(path: Path, data_key: bytes):
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
    # A raw key: the data key is already random, so SQLCipher's own PBKDF2 would add nothing.
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    # Each page is encrypted and authenticated on its own: 16 KiB pages made a full load an
    # eighth faster than SQLite's 4 KiB (fewer pages, less per-page work). Fixed for the file's life.
    connection.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        connection.close()
        raise
    # Wiping freed memory costs a third of the write speed; the key itself stays protected.
    connection.execute("PRAGMA cipher_memory_security = OFF")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def _create_schema(connection, username: str) -> None:
    connection.execute("BEGIN IMMEDIATE")
    for statement in _all_ddl():
        connection.execute(statement)
    for key, value in (("schema", SCHEMA_VERSION), ("client_id", str(uuid.uuid4())), ("username", username)):
        connection.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (key, value))
    connection.execute("COMMIT")


def _set_aside(*paths: Path) -> None:
    """Keep an unusable cache under another name rather than delete what might still be recovered."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    for path in paths:
        for candidate in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            if candidate.exists():
                os.replace(candidate, candidate.with_name(f"{candidate.name}.set-aside-{stamp}"))


def open_cache(path: Path, key_path: Path, username: str, password: str, *, online: bool,
               offline_days: float = DEFAULT_OFFLINE_DAYS, now: datetime | None = None,
               kdf: KdfParams = KdfParams()) -> Cache:
    """Open (or, after an online login, create) ``username``'s cache.

    ``online``: the central database has just accepted the password. Offline, the key file
    must open with the password and the last online login must be within ``offline_days``.
    """
    now = now or datetime.now(timezone.utc)
    path.parent.mkdir(parents=True, exist_ok=True)
    data_key = None
    if key_path.exists():
        try:
            data_key = read_key_file(key_path, username, password)
        except WrongPassword:
            if not online:
                raise
            # The central password changed since: the old cache stays aside, a new one starts.
            _set_aside(path, key_path)
        except KeyFileError as exc:
            if not online:
                raise CacheError(str(exc)) from None
            _set_aside(path, key_path)
    elif not online:
        raise CacheError("this workstation holds no offline copy for this account; "
                         "connect to the central database to log in")
    elif path.exists():
        _set_aside(path)
    if data_key is None:
        data_key = new_data_key()
        write_key_file(key_path, username, password, data_key, kdf)
    try:
        connection = _connect(path, data_key)
    except sqlcipher3.DatabaseError:
        if not online:
            raise CacheError("the offline copy on this workstation is damaged; connect to the central database "
                             "to log in and reload it") from None
        _set_aside(path)
        connection = _connect(path, data_key)
    _create_schema(connection, username)
    cache = Cache(path, connection, username, partial(_connect, path, data_key))
    if online:
        with cache.transaction() as tx:
            Cache.set_meta(tx, "last_online_login", pg_timestamp(now))
    else:
        last = parse_timestamp(cache.meta("last_online_login"))
        if last is None or now - last > timedelta(days=offline_days):
            cache.close()
            raise OfflineLoginExpired(
                f"working offline is allowed for {offline_days:g} days after the last login with the central "
                "database; connect to the central database to log in")
    return cache


# The error every open of a non-cache file or a wrong key gives; tests and callers match on it.
NotACache = (sqlcipher3.DatabaseError, sqlite3.DatabaseError)
