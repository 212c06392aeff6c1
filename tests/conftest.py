"""Shared fixtures: an isolated environment, small seeded databases, a real PostgreSQL."""

from __future__ import annotations

import os
import secrets
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

# Qt must be told before it loads: no screen, and no Chromium sandbox (tests run as root).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
_HOME = Path(tempfile.mkdtemp(prefix="jaklapor-tests-"))
# Never touch a real user's data or settings.
os.environ["JAKLAPOR_DATA_DIR"] = str(_HOME / "data")
os.environ["JAKLAPOR_CONFIG_DIR"] = str(_HOME / "config")

import PySide6.QtWebEngineWidgets  # noqa: E402,F401 - must load before any QApplication exists
from desktop.app import prepare_qt_environment  # noqa: E402

prepare_qt_environment()  # registers the map's URL scheme, which Qt only accepts before the QApplication
import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from desktop.core.identity_crypto import IdentityKey  # noqa: E402

ANCHOR = datetime(2026, 11, 2, tzinfo=timezone.utc)
PG_ADMIN_URL = os.environ.get("JAKLAPOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def identity_key() -> IdentityKey:
    return IdentityKey.generate()


def _seeded(url: str, reports: int, key: IdentityKey):
    from desktop.services.database import upgrade_database
    from desktop.services.seed import seed_database

    db = upgrade_database(url)
    seed_database(db, reports, 7, key, anchor=ANCHOR)
    return db


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, identity_key):
    """A small seeded SQLite database shared by read-only tests."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = _seeded(f"sqlite:///{path}", 600, identity_key)
    yield db
    db.dispose()


@pytest.fixture
def fresh_db(tmp_path, identity_key):
    """A seeded SQLite database of its own, for tests that change data."""
    db = _seeded(f"sqlite:///{tmp_path / 'fresh.sqlite'}", 300, identity_key)
    yield db
    db.dispose()


_loops: dict[int, object] = {}


@pytest.fixture
def aloop(qapp):
    """The asyncio loop the app's @asyncSlot handlers run on; tests drive it with tests.qt.run().

    One per application: a qasync loop cannot be made twice on the same QApplication. Every
    test starts and ends in Indonesian, the app's default language.
    """
    import asyncio

    import qasync

    from desktop.ui.i18n import install_language
    from tests.qt import NestedApp

    loop = _loops.get(id(qapp))
    if loop is None:
        loop = _loops[id(qapp)] = qasync.QEventLoop(NestedApp(qapp))
    asyncio.set_event_loop(loop)
    install_language("id")
    yield loop
    install_language("id")


@pytest.fixture
def runner():
    """The app's background runner for a UI test, shut down before its widgets close (below)."""
    from desktop.ui.runner import Runner

    runner = Runner()
    yield runner
    runner.shutdown()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Stop a test's runner before pytest-qt closes its widgets, as the app does on quitting.

    pytest-qt closes widgets before fixtures are torn down; a query still in flight would
    otherwise land on a deleted widget. Stopped, the runner cancels it instead.
    """
    runner = getattr(item, "funcargs", {}).get("runner")
    if runner is not None:
        runner.shutdown()
    yield


@pytest.fixture(scope="session")
def pg_admin():
    """A connection to the test PostgreSQL server; the run fails loudly if there is none."""
    try:
        connection = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL tests need a server at {PG_ADMIN_URL} ({exc}); "
                    "run them through 'make test', which starts it", pytrace=False)
    yield connection
    connection.close()


@pytest.fixture
def pg_url(pg_admin):
    """An empty PostgreSQL database created for this test and dropped after it."""
    name = f"jaklapor_test_{os.getpid()}_{secrets.token_hex(4)}"
    pg_admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    pg_admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    # Roles are cluster-wide: the schema's roles outlive the database unless dropped too.
    from db.sql import drop_leftover_roles

    drop_leftover_roles(pg_admin.cursor(), name)



def pytest_sessionfinish(session, exitstatus):
    """Delete what the tests closed before Python's shutdown destroys QtWebEngine's profile.

    Closed windows are only deleted when an event loop runs again; at interpreter exit the
    profile would go first and QtWebEngine aborts the process while its pages are alive.
    """
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
