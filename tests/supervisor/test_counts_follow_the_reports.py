"""The daily counts the triggers keep agree with the reports themselves, whatever writes them."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import delete, select, update

from db.models import Rating, Report
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.stats.period import Period
from desktop.services.auth import login
from desktop.services.bulk import BulkAction, BulkRequest, apply, preview
from desktop.services.dispatch import dispatch, reroute
from desktop.services.dto import ReportQuery
from desktop.services.duplicates import merge_duplicates, unmerge
from desktop.services.handling import complete, hand_back, start
from desktop.services.report_actions import CardRef
from desktop.services.supervision import heat_by_area, load_dashboard

NOW = datetime(2026, 11, 2, 5, 0, tzinfo=timezone.utc)
EVERYTHING = Period(date(2026, 1, 1), date(2026, 11, 2))
# Selects every report but is a filter, so the figures are read from the reports, not the counts.
READ = ReportQuery(privacy=("public", "confidential", "anonymous"))


def _both(db, user):
    counted = load_dashboard(db, user, EVERYTHING, now=NOW)
    read = load_dashboard(db, user, EVERYTHING, READ, now=NOW)
    return counted, read


def _ids(db, status: str, count: int) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(Report.id).where(Report.status == status).order_by(Report.id).limit(count)))


def _agree(db, user) -> None:
    counted, read = _both(db, user)
    assert counted == read
    heat = sorted(heat_by_area(db, user, EVERYTHING, now=NOW), key=lambda a: a.kelurahan)
    assert heat == sorted(heat_by_area(db, user, EVERYTHING, READ, now=NOW), key=lambda a: a.kelurahan)


def _work(db):
    """A day's worth of writes through the services and straight to the tables."""
    officer = login(db, "petugas1", DEMO_PASSWORD)
    boss = login(db, "supervisor1", DEMO_PASSWORD)
    waiting = _ids(db, "waiting", 6)
    dispatch(db, officer, [CardRef(i) for i in waiting[:3]], "DLH", NOW)
    staff = login(db, "staf.dlh", DEMO_PASSWORD)
    start(db, staff, CardRef(waiting[0]), NOW)
    complete(db, staff, CardRef(waiting[0]), "Sudah bersih", NOW)
    hand_back(db, staff, CardRef(waiting[1]), "Bukan kewenangan DLH", NOW)
    reroute(db, officer, [CardRef(waiting[2])], "SDA", "Saluran", NOW)
    planned = preview(db, boss, BulkRequest(BulkAction.REJECT, tuple(waiting[3:5]), "Bukan laporan"))
    apply(db, boss, planned, NOW)
    primary, member = _ids(db, "dispatched", 2)
    merge_duplicates(db, officer, primary, [member], NOW)
    unmerge(db, officer, member, NOW)
    with db.transaction() as session:
        session.add(Rating(report_id=waiting[0], score=1, comment=None, at=NOW))
    with db.transaction() as session:
        session.execute(update(Rating).where(Rating.report_id == waiting[0]).values(score=4))
        rated = session.scalar(select(Rating.report_id).where(Rating.report_id != waiting[0]).limit(1))
        session.execute(delete(Rating).where(Rating.report_id == rated))
        # A report removed with its rating (the cascade) leaves no trace in the counts.
        gone = session.scalar(select(Rating.report_id).where(Rating.report_id != waiting[0]).limit(1))
        session.execute(delete(Report).where(Report.id == gone))


def test_counts_follow_every_kind_of_write_on_sqlite(fresh_db):
    user = login(fresh_db, "supervisor1", DEMO_PASSWORD)
    _agree(fresh_db, user)
    _work(fresh_db)
    _agree(fresh_db, user)
    counted, _read = _both(fresh_db, user)
    assert counted.reports == 299 and counted.adaptation.rejected > 0


def test_counts_follow_every_kind_of_write_on_postgresql(pg_url, identity_key):
    from desktop.services.database import upgrade_database
    from desktop.services.seed import seed_database
    from tests.conftest import ANCHOR

    db = upgrade_database(pg_url)
    try:
        seed_database(db, 300, 7, identity_key, anchor=ANCHOR)
        user = login(db, "supervisor1", DEMO_PASSWORD)
        _agree(db, user)
        _work(db)
        _agree(db, user)
    finally:
        db.dispose()


def test_a_database_upgraded_with_reports_already_in_it_is_counted(tmp_path, identity_key):
    from db import migrate
    from desktop.services.database import upgrade_database
    from desktop.services.seed import seed_database
    from tests.conftest import ANCHOR

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    db = upgrade_database(url)
    seed_database(db, 150, 7, identity_key, anchor=ANCHOR)
    # Back to before the counts existed, then forward again: the migration counts what is there.
    migrate.downgrade(db.engine, "0007-1")
    with db.session() as session:
        assert session.scalar(select(Report.id).limit(1)) is not None
    migrate.upgrade(db.engine)
    user = login(db, "supervisor1", DEMO_PASSWORD)
    _agree(db, user)
    assert _both(db, user)[0].reports == 150
    db.dispose()
