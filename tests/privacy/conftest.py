"""Fixtures for the privacy tests: a seeded central database, users on their own roles."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from db.models import Report, ReporterIdentity
from desktop.core.demo_data import DEMO_PASSWORD, generate
from desktop.core.sla import load_holidays
from desktop.services.auth import login
from desktop.services.central import gate_role_name, login_role_name
from desktop.services.database import Database, open_database, upgrade_database
from desktop.services.seed import seed_database
from tests.conftest import ANCHOR

ANCHOR_SEED = 7
CENTRAL_REPORTS = 120


def seeded_identities(count: int, anchor) -> list:
    """The identities the demo seed gave those reports, to search for in dumps and caches."""
    return [r.identity for r in generate(count, ANCHOR_SEED, anchor, load_holidays()) if r.identity]


def identity_needles(identities) -> list[bytes]:
    needles = set()
    for identity in identities:
        for value in (identity.name, identity.phone, identity.nik, identity.email):
            if value:
                needles.add(value.encode("utf-8"))
    return sorted(needles)


@dataclass
class Central:
    url: str
    admin: Database
    key: object

    def gate_url(self) -> str:
        url = make_url(self.url)
        return url.set(username=gate_role_name(url)).render_as_string(hide_password=False)

    def role_url(self, username: str) -> str:
        url = make_url(self.url)
        return url.set(username=login_role_name(url, username)).render_as_string(hide_password=False)

    def session_of(self, username: str):
        """(Database, UserSession) logged in through the gate, running as ``username``'s own role."""
        db = open_database(self.gate_url())
        return db, login(db, username, DEMO_PASSWORD)

    def report(self, privacy: str, with_identity: bool = True) -> int:
        with self.admin.session() as session:
            statement = select(Report.id).where(Report.privacy == privacy).order_by(Report.id)
            if with_identity:
                statement = statement.where(Report.id.in_(
                    select(ReporterIdentity.report_id).where(ReporterIdentity.sealed.is_not(None))))
            return session.scalar(statement.limit(1))

    def audit_actions(self, report_id: int | None = None) -> list[tuple[str, str]]:
        with self.admin.session() as session:
            query = "SELECT actor_username, action FROM audit_entries"
            if report_id is not None:
                query += f" WHERE report_id = {int(report_id)}"
            return [tuple(row) for row in session.execute(text(query + " ORDER BY id"))]


@pytest.fixture
def central(pg_url, identity_key):
    """A central database seeded with the demo city, opened with the installer's account."""
    admin = upgrade_database(pg_url)
    seed_database(admin, CENTRAL_REPORTS, ANCHOR_SEED, identity_key, anchor=ANCHOR)
    yield Central(pg_url, admin, identity_key)
    admin.dispose()


@pytest.fixture
def needles() -> list[bytes]:
    """Every seeded name, phone number, e-mail address and NIK of the central fixture, as bytes."""
    return identity_needles(seeded_identities(CENTRAL_REPORTS, ANCHOR))
