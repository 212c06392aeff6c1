"""Seeding: deterministic, complete, refuses to double-seed, works on PostgreSQL too."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import Photo, Rating, Report, ReporterIdentity, StatusEvent, User
from desktop.core.identity_crypto import open_sealed
from desktop.services.database import upgrade_database
from desktop.services.seed import SeedError, seed_database
from tests.conftest import ANCHOR


def _fingerprint(db) -> list[tuple]:
    with db.session() as session:
        return session.execute(select(Report.id, Report.reference, Report.status, Report.description,
                                      Report.lat, Report.lon).order_by(Report.id)).all()


def test_same_seed_gives_the_same_database(tmp_path, identity_key):
    dbs = []
    for name in ("a", "b"):
        db = upgrade_database(f"sqlite:///{tmp_path / name}.sqlite")
        seed_database(db, 200, 42, identity_key, anchor=ANCHOR)
        dbs.append(db)
    assert _fingerprint(dbs[0]) == _fingerprint(dbs[1])


def test_seeded_database_is_complete(demo_db, identity_key):
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Report)) == 600
        assert session.scalar(select(func.count()).select_from(StatusEvent)) >= 600
        assert session.scalar(select(func.count()).select_from(Photo)) > 0
        assert session.scalar(select(func.count()).select_from(Rating)) > 0
        assert session.scalar(select(func.count()).select_from(User)) >= 6
        sealed = session.execute(select(ReporterIdentity.report_id, ReporterIdentity.sealed).limit(5)).all()
    # Identities are sealed under the installation key and bound to their report.
    for report_id, blob in sealed:
        assert open_sealed(blob, report_id, identity_key).name


def test_seeding_twice_is_refused(fresh_db, identity_key):
    with pytest.raises(SeedError, match="already holds 300 reports"):
        seed_database(fresh_db, 10, 1, identity_key)


def test_postgresql_seed(pg_url, identity_key):
    db = upgrade_database(pg_url)
    summary = seed_database(db, 500, 3, identity_key, anchor=ANCHOR)
    assert summary.reports == 500
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Report)) == 500
    db.dispose()
