"""The map index (migration 0002) follows every change to reports, on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from db.models import Report
from desktop.core.clustering import PYRAMID_LEVELS, Bounds, grid_x, grid_y
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.services.auth import login
from desktop.services.central import gate_role_name
from desktop.services.database import open_database, upgrade_database
from desktop.services.dto import ReportQuery
from desktop.services.map_data import viewport
from desktop.services.reports import list_reports
from desktop.services.seed import seed_database

from tests.conftest import ANCHOR

MIGRATION = Path(__file__).resolve().parents[2] / "db" / "migrations" / "versions" / "0002_map_index.py"


def _expected_cells(connection) -> set[tuple]:
    """The pyramid recomputed from map_points: (level, cx, cy, status, category, n, single id or None)."""
    expected = set()
    rows = connection.execute(text(
        "SELECT report_id, gx, gy, status, category_id, emergency, awaiting FROM map_points WHERE gx IS NOT NULL")).all()
    for level in PYRAMID_LEVELS:
        groups: dict[tuple, list[int]] = {}
        for report_id, gx, gy, status, category, emergency, awaiting in rows:
            key = (level, gx >> (26 - level), gy >> (26 - level), status, category, bool(emergency), bool(awaiting))
            groups.setdefault(key, []).append(report_id)
        expected |= {key + (len(ids), ids[0] if len(ids) == 1 else None) for key, ids in groups.items()}
    return expected


def _actual_cells(connection) -> set[tuple]:
    rows = connection.execute(text(
        "SELECT level, cx, cy, status, category_id, emergency, awaiting, n, xor_id FROM map_cells WHERE n > 0")).all()
    return {(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), r[7], r[8] if r[7] == 1 else None) for r in rows}


def _check(db) -> None:
    with db.engine.connect() as connection:
        reports = connection.execute(text(
            "SELECT id, status, lat, lon, location_problem, emergency, first_action_at FROM reports")).all()
        points = {r[0]: r for r in connection.execute(text(
            "SELECT report_id, status, gx, gy, awaiting FROM map_points")).all()}
        assert set(points) == {r[0] for r in reports}, "every report, located or not, has its index row"
        for report_id, status, lat, lon, problem, emergency, first_action in reports:
            point = points[report_id]
            assert point[1] == status
            assert bool(point[4]) == bool(emergency and first_action is None)
            if problem is None:
                assert (point[2], point[3]) == (grid_x(lon), grid_y(lat))
            else:
                assert point[2] is None and point[3] is None, "a report without a valid location is never placed"
        assert _actual_cells(connection) == _expected_cells(connection)


def _change_things(db) -> None:
    with db.engine.begin() as connection:
        ids = [r[0] for r in connection.execute(text(
            "SELECT id FROM reports WHERE location_problem IS NULL ORDER BY id LIMIT 12")).all()]
        connection.execute(text("UPDATE reports SET status = 'done', first_action_at = received_at "
                                "WHERE status IN ('waiting', 'reopened')"))
        connection.execute(text("UPDATE reports SET lat = lat + 0.05, lon = lon - 0.05 WHERE id = :id"), {"id": ids[0]})
        connection.execute(text("UPDATE reports SET lat = 0, lon = 0, location_problem = 'zero' WHERE id = :id"),
                           {"id": ids[1]})
        connection.execute(text("UPDATE reports SET emergency = :yes, first_action_at = NULL WHERE id = :id"),
                           {"id": ids[2], "yes": True})
        connection.execute(text("DELETE FROM reports WHERE id IN (:a, :b)"), {"a": ids[3], "b": ids[4]})


def test_sqlite_index_follows_inserts_updates_and_deletes(fresh_db):
    _check(fresh_db)
    _change_things(fresh_db)
    _check(fresh_db)


def test_postgresql_index_follows_inserts_updates_and_deletes(pg_url, identity_key):
    db = upgrade_database(pg_url)
    try:
        seed_database(db, 150, 7, identity_key, anchor=ANCHOR)
        _check(db)
        _change_things(db)
        _check(db)
    finally:
        db.dispose()


def test_agency_staff_read_their_inbox_and_map_through_their_own_role(pg_url, identity_key):
    """Under their own database role (row-level security), agency staff list and map their
    agency's reports, and a status change they make still keeps the index right."""
    admin = upgrade_database(pg_url)
    url = make_url(pg_url)
    staff_db = open_database(url.set(username=gate_role_name(url)).render_as_string(hide_password=False))
    try:
        seed_database(admin, 150, 7, identity_key, anchor=ANCHOR)
        staff = login(staff_db, "staf.dlh", DEMO_PASSWORD)
        with admin.session() as session:
            theirs = set(session.scalars(select(Report.id).where(Report.lead_agency_id == staff.agency_id)))
        assert theirs, "the demo city gives DLH reports to lead"

        page = list_reports(staff_db, staff, ReportQuery(), limit=500)
        listed = {row.id for row in page.rows}
        assert page.total == len(listed) and theirs <= listed
        assert len(listed) < 150, "only their agency's reports, not the city's"
        city = viewport(staff_db, staff, ReportQuery(), Bounds(-6.45, 106.6, -6.05, 107.05), 11)
        located = sum(1 for row in page.rows if row.lat is not None)
        assert city.source == "points" and city.shown == located > 0

        report_id = min(theirs)
        with staff_db.transaction() as session:
            session.execute(text("UPDATE reports SET status = 'in_progress', first_action_at = received_at "
                                 "WHERE id = :id"), {"id": report_id})
        assert {row.id: row.status for row in list_reports(staff_db, staff, ReportQuery()).rows}[report_id] \
            == "in_progress"
        _check(admin)
    finally:
        staff_db.dispose()
        admin.dispose()


def test_upgrade_indexes_the_reports_already_there(fresh_db):
    """A database upgraded from 0001 gets the same index the triggers would have built."""
    spec = importlib.util.spec_from_file_location("map_index_migration", MIGRATION)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with fresh_db.engine.connect() as connection:
        built_by_triggers = _actual_cells(connection)
    with fresh_db.engine.begin() as connection:
        connection.execute(text("DELETE FROM map_cells"))
        connection.execute(text("DELETE FROM map_points"))
        for name, _columns, _unique in migration.INDEXES:
            connection.execute(text(f"DROP INDEX {name}"))
        with Operations.context(MigrationContext.configure(connection)):
            migration._fill_from_reports("sqlite")
    with fresh_db.engine.connect() as connection:
        assert _actual_cells(connection) == built_by_triggers
    _check(fresh_db)


@pytest.mark.parametrize("words,hits", [("banjir", True), ("banj", True), ("Banjir   JALAN", True),
                                        ("zzzqqq", False)])
def test_full_text_index_finds_words_and_prefixes(demo_db, words, hits):
    from desktop.core.search import fts5_query, search_tokens

    with demo_db.engine.connect() as connection:
        found = connection.execute(text("SELECT count(*) FROM reports_fts WHERE reports_fts MATCH :q"),
                                   {"q": fts5_query(search_tokens(words))}).scalar()
    assert (found > 0) == hits
