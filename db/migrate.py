"""Schema migrations through Alembic, driven from code so installers need no alembic.ini."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine


class SchemaError(Exception):
    """The database's schema cannot be used by this version of the app."""


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "db:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revisions() -> frozenset[str]:
    """The newest revision of each branch: features add their tables on their own branch."""
    return frozenset(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(connection: Connection) -> frozenset[str]:
    return frozenset(MigrationContext.configure(connection).get_current_heads())


def upgrade(engine: Engine, revision: str = "heads") -> None:
    with engine.begin() as connection:
        _refuse_newer(connection)
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def _refuse_newer(connection: Connection) -> None:
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = sorted(current_revisions(connection) - known)
    if unknown:
        raise SchemaError(
            f"the database has schema revision {', '.join(unknown)}, which is newer than this app knows "
            f"(latest {', '.join(sorted(script.get_heads()))}); install the newer JakLapor Desk")


def check_current(engine: Engine) -> None:
    """Refuse to open a database that is empty, older or newer than this app."""
    with engine.connect() as connection:
        current = current_revisions(connection)
        _refuse_newer(connection)
    heads = head_revisions()
    if not current:
        raise SchemaError("the database has no JakLapor schema; run 'jaklapor-desk db upgrade --url URL'")
    if current != heads:
        raise SchemaError(
            f"the database schema is at revision {', '.join(sorted(current))}, this app needs "
            f"{', '.join(sorted(heads))}; run 'jaklapor-desk db upgrade --url URL'")
