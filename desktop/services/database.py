"""Opening a database by URL: the embedded SQLite file or the central PostgreSQL."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class DatabaseError(RefusalError):
    """A database cannot be used; the message says what is wrong and what to do."""

    context = "database"


NO_URL = QT_TRANSLATE_NOOP("database", "no database URL given; use postgresql://user@host/db or sqlite:///file")
NOT_A_URL = QT_TRANSLATE_NOOP("database", "not a database URL: {url}; use postgresql://user@host/db or sqlite:///file")
NO_FOLDER = QT_TRANSLATE_NOOP("database", "the folder {folder} does not exist; create it or choose another file")
UNSUPPORTED = QT_TRANSLATE_NOOP("database", "unsupported database {backend}; use PostgreSQL or SQLite")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "database", "cannot reach the database at {url}: {reason}; check the host, port, user and that the server is "
                "running")

SCHEMA_NEWER = QT_TRANSLATE_NOOP(
    "database", "the database has schema revision {current}, which is newer than this app knows (latest {needed}); "
                "install the newer JakLapor Desk")
SCHEMA_EMPTY = QT_TRANSLATE_NOOP(
    "database", "the database has no JakLapor schema; run 'jaklapor-desk db upgrade --url URL'")
SCHEMA_OLDER = QT_TRANSLATE_NOOP(
    "database", "the database schema is at revision {current}, this app needs {needed}; "
                "run 'jaklapor-desk db upgrade --url URL'")
_SCHEMA_TEMPLATES = {migrate.NEWER: SCHEMA_NEWER, migrate.EMPTY: SCHEMA_EMPTY, migrate.OLDER: SCHEMA_OLDER}


def schema_refusal(exc: migrate.SchemaError) -> Refusal:
    """What is wrong with the schema, in words each reader gets in their language."""
    return Refusal(DatabaseError.context, _SCHEMA_TEMPLATES[exc.kind],
                   {"current": ", ".join(sorted(exc.current)), "needed": ", ".join(sorted(exc.needed))})


def normalize_url(url: str) -> str:
    """Accept the URLs installers type (postgres://, postgresql://, a bare SQLite path)."""
    url = url.strip()
    if not url:
        raise DatabaseError.refuse(NO_URL)
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser().resolve())
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


# SQLite's page cache per connection, in KiB: ample for reading and everyday writes.
CACHE_KIB = 65_536
# A seed or a large import writes every report's search, map and statistics rows at once.
# Within the everyday cache SQLite evicts and re-reads the same index pages for each row:
# at 60,000 reports a batch of 2,000 took 28 s instead of 3.5 s.
BULK_CACHE_KIB = 1_048_576


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the UI read while the single writer commits; NORMAL is durable in WAL mode
    # except for the last transaction on power loss, which sync can replay.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


@contextmanager
def bulk_cache(connection) -> Iterator[None]:
    """A large page cache on ``connection`` (SQLite) while a bulk write runs; the usual one after."""
    if connection.dialect.name != "sqlite":
        yield
        return
    # On the driver's own cursor: a pragma is no statement of the caller's transaction.
    cursor = connection.connection.cursor()
    cursor.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.close()


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError.refuse(NOT_A_URL, url=repr(url)) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = parsed.database
        if path and path != ":memory:":
            parent = Path(path).parent
            if not parent.is_dir():
                raise DatabaseError.refuse(NO_FOLDER, folder=str(parent))
        engine = create_engine(parsed, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    raise DatabaseError.refuse(UNSUPPORTED, backend=repr(backend))


def check_reachable(engine: Engine) -> None:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError.refuse(UNREACHABLE, url=engine.url.render_as_string(hide_password=True),
                                   reason=reason) from None


@dataclass
class Database:
    """An open database: the engine and a factory for one Session per user action."""

    engine: Engine
    sessions: sessionmaker

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def label(self) -> str:
        """What the status bar shows: the file name, or host/database for PostgreSQL."""
        url = self.engine.url
        if self.dialect == "sqlite":
            return Path(url.database or "").name or ":memory:"
        return f"{url.host or 'localhost'}/{url.database}"

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, require_current: bool = True) -> Database:
    """Open ``url``; by default refuse a database whose schema is not exactly this app's."""
    engine = make_engine(url)
    check_reachable(engine)
    if require_current:
        try:
            migrate.check_current(engine)
        except migrate.SchemaError as exc:
            engine.dispose()
            raise DatabaseError(schema_refusal(exc)) from None
    return Database(engine, sessionmaker(engine, expire_on_commit=False))


def upgrade_database(url: str) -> Database:
    """Create or migrate the schema at ``url`` to this app's version and open it."""
    engine = make_engine(url)
    check_reachable(engine)
    try:
        migrate.upgrade(engine)
    except migrate.SchemaError as exc:
        engine.dispose()
        raise DatabaseError(schema_refusal(exc)) from None
    return Database(engine, sessionmaker(engine, expire_on_commit=False))
