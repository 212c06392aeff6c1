"""Fixtures for the dispatch board: logged-in users and reports made to measure."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from db.models import Area, Category, Report, StatusEvent
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.ids import new_id
from desktop.core.sla import due_at, load_holidays
from desktop.services.auth import login
from desktop.services.database import open_database, upgrade_database
from desktop.services.seed import seed_database
from tests.conftest import ANCHOR
from tests.qt import FakeDialogs, next_emit, run

CALENDAR = load_holidays()


@pytest.fixture(scope="session")
def board_template(tmp_path_factory, identity_key):
    """A seeded database file, seeded once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("board") / "template.sqlite"
    db = upgrade_database(f"sqlite:///{path}")
    seed_database(db, 300, 7, identity_key, anchor=ANCHOR)
    db.dispose()
    return path


@pytest.fixture
def board_db(board_template, tmp_path):
    """A seeded SQLite database of this test's own, for tests that change data."""
    path = tmp_path / "board.sqlite"
    shutil.copyfile(board_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def login_as(board_db):
    return lambda username: login(board_db, username, DEMO_PASSWORD)


@pytest.fixture
def officer(login_as):
    return login_as("petugas1")


@pytest.fixture
def make_report(board_db):
    """Insert a new waiting report; returns its id."""
    counter = iter(range(1, 10_000))

    def make(category: str = "sampah", kelurahan: str | None = None, received: datetime | None = None,
             status: str = "waiting") -> int:
        received = received or datetime.now(timezone.utc).replace(microsecond=0)
        with board_db.transaction() as session:
            cat = session.scalar(select(Category).where(Category.code == category))
            area_query = select(Area).order_by(Area.code).limit(1)
            if kelurahan:
                area_query = select(Area).where(Area.kelurahan == kelurahan)
            area = session.scalar(area_query)
            report_id = new_id(received)
            serial = next(counter)
            session.add(Report(
                id=report_id, reference=f"JL-TEST-{serial:06d}", channel="jaki", category_id=cat.id,
                title=f"Test {category} {serial}", description="Laporan uji", address="Jl. Uji No. 1",
                lat=area.lat, lon=area.lon, area_id=area.id, status=status, priority="normal", privacy="public",
                emergency=cat.emergency, received_at=received, due_at=due_at(received, cat.deadline_days, CALENDAR),
                updated_at=received, photo_count=0, version=1))
            session.flush()
            session.add(StatusEvent(id=new_id(received), report_id=report_id, at=received, action="received",
                                    from_status=None, to_status=status))
        return report_id

    return make


# --- UI ------------------------------------------------------------------------------

@pytest.fixture
def ui_context(board_db, runner):
    """Build an AppContext for a user on this test's database.

    Widgets given to ``keep`` are deleted here, on the GUI thread, after the runner has
    stopped: an exception travelling back from a runner job can hold the last reference to
    a screen, and letting a worker thread drop it would delete the widget off the GUI thread.
    """
    import gc

    import shiboken6

    from desktop.ui.bus import ChangeBus
    from desktop.ui.context import AppContext

    widgets = []

    def make(user):
        return AppContext(board_db, user, runner, ChangeBus(), FakeDialogs())

    make.keep = widgets.append
    yield make
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    widgets.clear()
    gc.collect()


@pytest.fixture
def open_screen(aloop, ui_context):
    """Show a screen for a user, in English, once its first load has arrived."""
    from desktop.ui.i18n import install_language

    def make(screen_class, user, loaded_signal: str, size=(1500, 900)):
        install_language("en")
        screen = screen_class(ui_context(user))
        ui_context.keep(screen)
        screen.resize(*size)
        screen.show()
        loaded = next_emit(getattr(screen, loaded_signal))
        screen.reload()
        run(aloop, loaded)
        return screen
    return make
