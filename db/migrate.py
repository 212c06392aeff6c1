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


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        _refuse_newer(connection)
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def _refuse_newer(connection: Connection) -> None:
    current = current_revision(connection)
    if current is None:
        return
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise SchemaError(
            f"the database has schema revision {current}, which is newer than this app knows "
            f"(latest {script.get_current_head()}); install the newer JakLapor Desk")


def check_current(engine: Engine) -> None:
    """Refuse to open a database that is empty, older or newer than this app."""
    with engine.connect() as connection:
        current = current_revision(connection)
        _refuse_newer(connection)
    head = head_revision()
    if current is None:
        raise SchemaError("the database has no JakLapor schema; run 'jaklapor-desk db upgrade --url URL'")
    if current != head:
        raise SchemaError(
            f"the database schema is at revision {current}, this app needs {head}; "
            "run 'jaklapor-desk db upgrade --url URL'")
