"""A small city made by hand, whose every dashboard figure was worked out on paper.

Times are UTC; Jakarta (WIB) is seven hours ahead. The review is taken at NOW, Monday
2 November 2026 12:00 WIB, over PERIOD, the two weeks 19 October – 1 November 2026 (WIB).
R15 was received before the period and R16 after it: they count in the queues, never in
the dashboard. The expected figures are written out, with their working, in
test_figures_by_hand.py.

The bulk-action tests get their own database: 500 reports dispatched to DLH and a few
that a bulk run must leave alone (waiting, already with SDA, done).
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from db.models import Agency, Area, Assignment, Category, Rating, Report, StatusEvent, User
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.ids import new_id
from desktop.core.stats.period import Period
from desktop.services.auth import login
from desktop.services.database import open_database, upgrade_database
from desktop.services.seed import seed_database
from tests.conftest import ANCHOR

NOW = datetime(2026, 11, 2, 5, 0, tzinfo=timezone.utc)
PERIOD = Period(date(2026, 10, 19), date(2026, 11, 1))


def at(day: int, hour: int, minute: int = 0, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=timezone.utc)


M = timedelta(minutes=1)
H = timedelta(hours=1)
D = timedelta(days=1)


@dataclass
class Made:
    """One hand-made report: its row, its history and its agencies' parts."""

    key: str
    category: str
    channel: str
    received: datetime
    status: str
    due: datetime
    lead: str | None = None
    first_action: timedelta | None = None
    dispatched: timedelta | None = None
    done: timedelta | None = None
    rating: int | None = None
    # (offset from receipt, action, from, to, agency, note)
    events: list = field(default_factory=list)
    # (agency, role, assigned offset, ended offset or None, end reason)
    parts: list = field(default_factory=list)


def _city() -> list[Made]:
    r = []
    r.append(Made("R1", "sampah", "jaki", at(26, 2), "done", at(26, 2) + 3 * D, "DLH", 30 * M, 30 * M, D, 5,
                  [(30 * M, "dispatch", "waiting", "dispatched", "DLH", None),
                   (2 * H, "start", "dispatched", "in_progress", "DLH", None),
                   (D, "complete", "in_progress", "done", "DLH", None)],
                  [("DLH", "lead", 30 * M, D, None)]))
    r.append(Made("R2", "sampah", "sms", at(21, 2), "done", at(21, 2) + 3 * D, "DLH", 90 * M, 90 * M, 5 * D, 2,
                  [(90 * M, "dispatch", "waiting", "dispatched", "DLH", None),
                   (3 * H, "start", "dispatched", "in_progress", "DLH", None),
                   (5 * D, "complete", "in_progress", "done", "DLH", None)],
                  [("DLH", "lead", 90 * M, 5 * D, None)]))
    r.append(Made("R3", "jalan_rusak", "jaki", at(27, 2), "reopened", at(27, 2) + 5 * D, None, 10 * M, 10 * M,
                  2 * D, 3,
                  [(10 * M, "dispatch", "waiting", "dispatched", "BINAMARGA", None),
                   (H, "start", "dispatched", "in_progress", "BINAMARGA", None),
                   (2 * D, "complete", "in_progress", "done", "BINAMARGA", None),
                   (3 * D, "reopen", "done", "reopened", None, "Jalan rusak lagi")],
                  [("BINAMARGA", "lead", 10 * M, 2 * D, None)]))
    r.append(Made("R4", "kebakaran", "call_centre", at(28, 2), "in_progress", at(29, 2), "GULKARMAT", 10 * M, 10 * M,
                  events=[(10 * M, "dispatch", "waiting", "dispatched", "GULKARMAT", None),
                          (30 * M, "start", "dispatched", "in_progress", "GULKARMAT", None)],
                  parts=[("GULKARMAT", "lead", 10 * M, None, None)]))
    r.append(Made("R5", "kebakaran", "call_centre", at(28, 3), "done", at(29, 3), "GULKARMAT", 20 * M, 20 * M, 3 * H,
                  4,
                  [(20 * M, "dispatch", "waiting", "dispatched", "GULKARMAT", None),
                   (40 * M, "coordinate", "dispatched", "coordination", "BPBD", None),
                   (H, "start", "coordination", "in_progress", "GULKARMAT", None),
                   (3 * H, "complete", "in_progress", "done", "GULKARMAT", None)],
                  [("GULKARMAT", "lead", 20 * M, 3 * H, None), ("BPBD", "support", 40 * M, 3 * H, None)]))
    r.append(Made("R6", "banjir", "jaki", at(31, 4), "waiting", at(31, 4) + 3 * D))
    r.append(Made("R7", "sampah", "lapor", at(30, 2), "waiting", at(30, 2) + 5 * D))
    r.append(Made("R8", "pju_mati", "lapor", at(27, 5), "coordination", at(27, 5) + 3 * D, "BINAMARGA", H, 4 * H,
                  events=[(H, "dispatch", "waiting", "dispatched", "DLH", None),
                          (3 * H, "hand_back", "dispatched", "waiting", "DLH", "Bukan kewenangan DLH"),
                          (4 * H, "dispatch", "waiting", "dispatched", "BINAMARGA", None),
                          (5 * H, "coordinate", "dispatched", "coordination", "DISHUB", None)],
                  parts=[("DLH", "lead", H, 3 * H, "Bukan kewenangan DLH"), ("BINAMARGA", "lead", 4 * H, None, None),
                         ("DISHUB", "support", 5 * H, None, None)]))
    r.append(Made("R9", "parkir_liar", "jaki", at(29, 2), "in_progress", at(30, 2), "DISHUB", 30 * M, 2 * H,
                  events=[(30 * M, "dispatch", "waiting", "dispatched", "SATPOLPP", None),
                          (2 * H, "reroute", "dispatched", "dispatched", "DISHUB", "Parkir liar urusan Dishub"),
                          (3 * H, "start", "dispatched", "in_progress", "DISHUB", None)],
                  parts=[("SATPOLPP", "lead", 30 * M, 2 * H, "Parkir liar urusan Dishub"),
                         ("DISHUB", "lead", 2 * H, None, None)]))
    rejects = (("R10", "ketertiban", "email", at(29, 6), 45, "Bukan laporan (pertanyaan umum)"),
               ("R11", "ketertiban", "email", at(29, 7), 50, "Bukan laporan (pertanyaan umum)"),
               ("R12", "ketertiban", "walk_in", at(29, 8), 55, "Bukan  laporan (pertanyaan umum) "),
               ("R13", "pkl", "social_media", at(30, 6), 60, "Pelapor Budi 0812 3456 7890 minta dihubungi"),
               ("R14", "pkl", "jaki", at(30, 7), 65, "Lokasi di luar Jakarta"))
    for key, category, channel, received, minutes, note in rejects:
        r.append(Made(key, category, channel, received, "rejected", received + 3 * D, None, minutes * M,
                      events=[(minutes * M, "reject", "waiting", "rejected", None, note)]))
    r.append(Made("R15", "sampah", "jaki", at(10, 2), "dispatched", at(15, 2), "DLH", H, H,
                  events=[(H, "dispatch", "waiting", "dispatched", "DLH", None)],
                  parts=[("DLH", "lead", H, None, None)]))
    r.append(Made("R16", "sampah", "jaki", at(1, 18, month=11), "waiting", at(5, 2, month=11)))
    return r


def build_city(db) -> dict[str, int]:
    """Insert the hand-made reports; returns their ids by key."""
    ids = {}
    with db.transaction() as session:
        agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
        categories = {c.code: c for c in session.scalars(select(Category))}
        area = session.scalar(select(Area).order_by(Area.code).limit(1))
        officer = session.scalar(select(User.id).where(User.username == "petugas1"))
        for serial, made in enumerate(_city(), start=1):
            category = categories[made.category]
            report_id = new_id(made.received)
            ids[made.key] = report_id
            offset = lambda delta: made.received + delta if delta is not None else None  # noqa: E731
            session.add(Report(
                id=report_id, reference=f"JL-HAND-{serial:04d}", channel=made.channel, category_id=category.id,
                title=f"{made.key} {made.category}", description="Dibuat tangan untuk uji statistik",
                address="Jl. Uji No. 1", lat=area.lat, lon=area.lon, area_id=area.id, status=made.status,
                priority="emergency" if category.emergency else "normal", privacy="public",
                emergency=category.emergency, lead_agency_id=agencies[made.lead] if made.lead else None,
                received_at=made.received, first_action_at=offset(made.first_action),
                dispatched_at=offset(made.dispatched), done_at=offset(made.done), due_at=made.due,
                updated_at=made.received, photo_count=0, version=1))
            session.flush()
            history = [(timedelta(0), "received", None, "waiting", None, None), *made.events]
            for delta, action, before, after, agency, note in history:
                session.add(StatusEvent(id=new_id(made.received + delta), report_id=report_id,
                                        at=made.received + delta, actor_id=None if action == "received" else officer,
                                        action=action, from_status=before, to_status=after,
                                        agency_id=agencies[agency] if agency else None, note=note))
            for agency, role, assigned, ended, reason in made.parts:
                session.add(Assignment(id=new_id(made.received + assigned), report_id=report_id,
                                       agency_id=agencies[agency], role=role, assigned_at=made.received + assigned,
                                       assigned_by=officer, accepted_at=None, ended_at=offset(ended),
                                       end_reason=reason))
            if made.rating is not None:
                session.add(Rating(report_id=report_id, score=made.rating, comment=None,
                                   at=made.received + made.done + H))
    return ids


def _accounts_only(path, identity_key):
    """A new SQLite database with the reference data and demo accounts, and no report yet."""
    db = upgrade_database(f"sqlite:///{path}")
    seed_database(db, 0, 7, identity_key, anchor=ANCHOR)
    return db


def _own_copy(path, tmp_path):
    """A copy of the database file at ``path`` for one test that writes, opened."""
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    return open_database(f"sqlite:///{copy}")


@pytest.fixture(scope="session")
def city_template(tmp_path_factory, identity_key):
    """The hand-made city in a SQLite file, built once; tests that write get a copy."""
    path = tmp_path_factory.mktemp("city") / "city.sqlite"
    db = _accounts_only(path, identity_key)
    ids = build_city(db)
    db.dispose()
    return path, ids


@pytest.fixture(scope="session")
def city(city_template):
    path, ids = city_template
    db = open_database(f"sqlite:///{path}")
    yield db, ids
    db.dispose()


@pytest.fixture(scope="session")
def pg_city(pg_admin, identity_key):
    """The hand-made city on PostgreSQL, built once (the tests only read it)."""
    from psycopg import sql

    from db.sql import drop_leftover_roles
    from tests.conftest import PG_ADMIN_URL

    name = f"jaklapor_city_{os.getpid()}_{secrets.token_hex(4)}"
    pg_admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    db = upgrade_database(f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}")
    try:
        seed_database(db, 0, 7, identity_key, anchor=ANCHOR)
        yield db, build_city(db)
    finally:
        db.dispose()
        pg_admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        drop_leftover_roles(pg_admin.cursor(), name)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_city(request):
    """The same hand-made city on both databases: the SQL must count the same on each."""
    return request.getfixturevalue("city" if request.param == "sqlite" else "pg_city")


def supervisor(db):
    return login(db, "supervisor1", DEMO_PASSWORD)


BULK_REPORTS = 500


def _insert_open(db, count: int, status: str, lead: str | None, category: str = "sampah",
                 start: datetime = datetime(2026, 10, 20, 2, 0, tzinfo=timezone.utc)) -> list[int]:
    """``count`` reports in ``status``, led by ``lead``, each with its history so far."""
    ids = []
    with db.transaction() as session:
        agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
        cat = session.scalar(select(Category).where(Category.code == category))
        area = session.scalar(select(Area).order_by(Area.code).limit(1))
        serial = session.scalar(select(func.count()).select_from(Report))
        for n in range(count):
            received = start + n * M
            report_id = new_id(received)
            ids.append(report_id)
            lead_id = agencies[lead] if lead else None
            session.add(Report(
                id=report_id, reference=f"JL-BULK-{serial + n + 1:05d}", channel="jaki", category_id=cat.id,
                title=f"Bulk {n}", description="Laporan uji aksi massal", address="Jl. Uji No. 2", lat=area.lat,
                lon=area.lon, area_id=area.id, status=status, priority="normal", privacy="public", emergency=False,
                lead_agency_id=lead_id, received_at=received, first_action_at=received + H if lead else None,
                dispatched_at=received + H if lead else None, due_at=received + 3 * D, updated_at=received,
                photo_count=0, version=1))
            session.flush()
            session.add(StatusEvent(id=new_id(received), report_id=report_id, at=received, action="received",
                                    from_status=None, to_status="waiting"))
            if lead:
                session.add(StatusEvent(id=new_id(received + H), report_id=report_id, at=received + H,
                                        action="dispatch", from_status="waiting", to_status="dispatched",
                                        agency_id=lead_id))
                session.add(Assignment(id=new_id(received + H), report_id=report_id, agency_id=lead_id, role="lead",
                                       assigned_at=received + H))
    return ids


@pytest.fixture(scope="session")
def bulk_template(tmp_path_factory, identity_key):
    """500 reports dispatched to DLH, plus a few the bulk actions must leave alone; built once."""
    path = tmp_path_factory.mktemp("bulk") / "bulk.sqlite"
    db = _accounts_only(path, identity_key)
    groups = {
        "dlh": _insert_open(db, BULK_REPORTS, "dispatched", "DLH"),
        "waiting": _insert_open(db, 3, "waiting", None, start=datetime(2026, 10, 25, 2, 0, tzinfo=timezone.utc)),
        "sda": _insert_open(db, 2, "in_progress", "SDA", start=datetime(2026, 10, 26, 2, 0, tzinfo=timezone.utc)),
        "done": _insert_open(db, 2, "done", "DLH", start=datetime(2026, 10, 27, 2, 0, tzinfo=timezone.utc)),
    }
    db.dispose()
    return path, groups


@pytest.fixture
def bulk_db(bulk_template, tmp_path):
    """A copy of the bulk template of this test's own: bulk actions write."""
    path, groups = bulk_template
    db = _own_copy(path, tmp_path)
    yield db, groups
    db.dispose()


@pytest.fixture
def city_copy(city_template, tmp_path):
    """The hand-made city in a file of this test's own, for tests that write (exports are audited)."""
    path, ids = city_template
    db = _own_copy(path, tmp_path)
    yield db, ids
    db.dispose()


from tests.qt import FakeDialogs, next_emit, run  # noqa: E402


@pytest.fixture
def main_window(qtbot, aloop, runner):
    """The real main window for the supervisor on a given database, showing the review once it has loaded."""
    from desktop.ui.bus import ChangeBus
    from desktop.ui.context import AppContext
    from desktop.ui.i18n import install_language
    from desktop.ui.main.window import MainWindow
    windows = []

    def make(db):
        install_language("en")
        window = MainWindow(AppContext(db, supervisor(db), runner, ChangeBus(), FakeDialogs()))
        windows.append(window)
        window.resize(1600, 1000)
        window.show()
        panel = window.screens["supervisor"]
        loaded = next_emit(panel.sig_review_loaded)
        window.show_screen("supervisor")
        run(aloop, loaded, timeout=120)
        return window, panel

    yield make
    # The runner has stopped by now (tests/conftest.py), so the map's last viewport queries are cancelled.
    for window in windows:
        window.close()
        window.deleteLater()
