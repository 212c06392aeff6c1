"""Migrations go up and down on both databases; a newer or missing schema is refused clearly."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from db import migrate
from db.models import Base
from desktop.services.database import DatabaseError, make_engine, open_database, upgrade_database

TABLES = set(Base.metadata.tables)


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def _up_down_up(url: str) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine)
    assert _tables(engine) >= TABLES
    migrate.check_current(engine)
    migrate.downgrade(engine, "base")
    assert _tables(engine) == set()
    migrate.upgrade(engine)
    assert _tables(engine) >= TABLES
    engine.dispose()


def test_sqlite_up_down_up(tmp_path):
    _up_down_up(f"sqlite:///{tmp_path / 'm.sqlite'}")


def test_postgresql_up_down_up(pg_url):
    _up_down_up(pg_url)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_schema_matches_the_models(backend, tmp_path, request):
    """Autogenerate finds nothing to do: migrations and models say the same thing."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    url = f"sqlite:///{tmp_path / 'c.sqlite'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    db = upgrade_database(url)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": migrate.include_name})
        diff = compare_metadata(context, Base.metadata)
    db.dispose()
    assert diff == []


def test_newer_schema_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'n.sqlite'}"
    upgrade_database(url).dispose()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer than this app"):
        open_database(url)
    with pytest.raises(DatabaseError, match="newer than this app"):
        upgrade_database(url)


def test_empty_database_is_refused_with_the_fix(tmp_path):
    with pytest.raises(DatabaseError, match="db upgrade"):
        open_database(f"sqlite:///{tmp_path / 'empty.sqlite'}")


def test_unreachable_server_says_so():
    with pytest.raises(DatabaseError, match="cannot reach the database"):
        open_database("postgresql://nobody@127.0.0.1:1/none")


@pytest.mark.parametrize("url", ["mysql://x@y/z", "not a url at all://", ""])
def test_bad_urls_are_refused(url):
    with pytest.raises(DatabaseError):
        open_database(url)
