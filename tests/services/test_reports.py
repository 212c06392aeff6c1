"""Reading reports: filters, paging, detail, and what each role may see."""

from __future__ import annotations

import pytest

from desktop.core.roles import Role
from desktop.services.access import AccessDenied
from desktop.services.auth import LoginError, login
from desktop.services.dto import ReportQuery
from desktop.services.reports import get_report_detail, list_reports

PASSWORD = "demo12345"


@pytest.fixture(scope="module")
def officer(demo_db):
    return login(demo_db, "petugas1", PASSWORD)


def test_first_page_is_newest_first_with_total(demo_db, officer):
    page = list_reports(demo_db, officer, limit=50)
    assert page.total == 600 and len(page.rows) == 50
    times = [row.received_at for row in page.rows]
    assert times == sorted(times, reverse=True)
    second = list_reports(demo_db, officer, offset=50, limit=50)
    assert not {r.id for r in page.rows} & {r.id for r in second.rows}


def test_status_filter_and_count(demo_db, officer):
    page = list_reports(demo_db, officer, ReportQuery(statuses=("waiting",)))
    assert page.total == len(page.rows) > 0
    assert {row.status for row in page.rows} == {"waiting"}


def test_text_search_matches_reference_and_description(demo_db, officer):
    sample = list_reports(demo_db, officer, limit=1).rows[0]
    assert [r.id for r in list_reports(demo_db, officer, ReportQuery(text=sample.reference)).rows] == [sample.id]
    flood = list_reports(demo_db, officer, ReportQuery(text="banjir"))
    assert flood.total > 0


def test_search_treats_wildcards_literally(demo_db, officer):
    assert list_reports(demo_db, officer, ReportQuery(text="%")).total == 0
    assert list_reports(demo_db, officer, ReportQuery(text="_")).total == 0


def test_detail_has_history_and_protects_identity(demo_db, officer):
    done = list_reports(demo_db, officer, ReportQuery(statuses=("done",)), limit=1).rows[0]
    detail = get_report_detail(demo_db, officer, done.id)
    assert detail.timeline[0].action == "received"
    assert detail.timeline[-1].to_status == "done"
    assert detail.agencies, "a finished report still names the agency that did the work"
    assert not hasattr(detail, "reporter_name")
    text = repr(detail)
    for field in ("phone", "email", "nik"):
        assert field not in text


def test_agency_staff_see_only_their_agency(demo_db):
    staff = login(demo_db, "staf.dlh", PASSWORD)
    assert staff.role == Role.AGENCY_STAFF and staff.agency_code == "DLH"
    page = list_reports(demo_db, staff, limit=500)
    assert page.total > 0
    assert {row.lead_agency for row in page.rows} <= {"DLH", None}
    officer = login(demo_db, "petugas1", PASSWORD)
    other = next(r for r in list_reports(demo_db, officer, limit=600).rows if r.lead_agency not in ("DLH", None))
    with pytest.raises(AccessDenied):
        get_report_detail(demo_db, staff, other.id)


@pytest.mark.parametrize("username", ["auditor1", "admin"])
def test_roles_without_report_access_are_refused(demo_db, username):
    user = login(demo_db, username, PASSWORD)
    with pytest.raises(AccessDenied):
        list_reports(demo_db, user)


def test_wrong_password_is_refused_and_audited(demo_db):
    from sqlalchemy import select

    from db.models import AuditEntry

    with pytest.raises(LoginError):
        login(demo_db, "petugas1", "wrong-password")
    with demo_db.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (last.action, last.actor_username) == ("login_failed", "petugas1")
