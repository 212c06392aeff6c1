"""Schema migrations through Alembic, driven from code so installers need no alembic.ini."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine


class SchemaError(Exception):
    """The database's schema cannot be used by this version of the app.

    ``kind`` (NEWER, EMPTY or OLDER) and the revisions are what the app words for the user
    (desktop.services.database.schema_refusal); the message itself is only for a log.
    """

    def __init__(self, kind: str, current: frozenset[str] = frozenset(), needed: frozenset[str] = frozenset()):
        super().__init__(f"{kind} schema: revision {', '.join(sorted(current)) or 'none'}, "
                         f"this app has {', '.join(sorted(needed))}")
        self.kind, self.current, self.needed = kind, current, needed


NEWER, EMPTY, OLDER = "newer", "empty", "older"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "db:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# Objects only migrations manage: SQLAlchemy cannot model an FTS5 virtual table (nor the
# shadow tables SQLite keeps for it), an xid8 column (sync's change log, PostgreSQL only) or an
# expression index, so schema comparison skips them.
UNMODELLED_TABLES = ("reports_fts", "sync_change_log")
UNMODELLED_INDEXES = ("search_reports_text",)


def include_name(name: str | None, type_: str, parent_names) -> bool:
    """Alembic's include_name hook: leave the unmodelled search objects out of autogenerate."""
    if type_ == "table" and name is not None:
        return not any(name == table or name.startswith(table + "_") for table in UNMODELLED_TABLES)
    if type_ == "index":
        return name not in UNMODELLED_INDEXES
    return True


def head_revisions() -> frozenset[str]:
    """The newest revision(s); one while the history stays a single line."""
    return frozenset(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(connection: Connection) -> frozenset[str]:
    return frozenset(MigrationContext.configure(connection).get_current_heads())


def upgrade(engine: Engine, revision: str = "heads") -> None:
    with engine.begin() as connection:
        _refuse_newer(connection)
        command.upgrade(_config(connection), revision)
    # A connection keeps the planner statistics it loaded, even those a migration since deleted
    # (0008): the engine's next connections read them afresh.
    engine.dispose()


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def _refuse_newer(connection: Connection) -> None:
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = sorted(current_revisions(connection) - known)
    if unknown:
        raise SchemaError(NEWER, frozenset(unknown), frozenset(script.get_heads()))


def check_current(engine: Engine) -> None:
    """Refuse to open a database that is empty, older or newer than this app."""
    with engine.connect() as connection:
        current = current_revisions(connection)
        _refuse_newer(connection)
    heads = head_revisions()
    if not current:
        raise SchemaError(EMPTY, needed=heads)
    if current != heads:
        raise SchemaError(OLDER, current, heads)
