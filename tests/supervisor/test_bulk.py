"""Bulk actions: a preview says what will change, applying changes exactly that, and every report remembers it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select, update

from db.models import Agency, AuditEntry, Report, StatusEvent
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.services.access import AccessDenied
from desktop.services.auth import login
from desktop.services.bulk import (
    AGENCY_DISABLED, CHANGED_SINCE, NOTHING_CHOSEN, REASON_NEEDED, SKIP_ALREADY_LEAD, SKIP_CLOSED, SKIP_IN_INBOX,
    SKIP_IS_PRIMARY, TOO_MANY, UNKNOWN_AGENCY, UNKNOWN_PRIMARY, BulkAction, BulkRequest, apply, preview, report_ids,
)
from desktop.services.dispatch import reroute
from desktop.services.dto import ReportQuery
from desktop.services.duplicates import PRIMARY_CLOSED
from desktop.services.report_actions import ActionRefused, CardRef
from desktop.services.reports import get_report_detail

from tests.supervisor.conftest import BULK_REPORTS, supervisor

NOW = datetime(2026, 11, 2, 5, 0, tzinfo=timezone.utc)
REASON = "Saluran di wilayah ini dikelola SDA"


def _events(db, action: str) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(StatusEvent).where(StatusEvent.action == action))


def test_bulk_reroute_of_500_reports_previews_applies_and_shows_in_every_timeline(bulk_db):
    db, groups = bulk_db
    boss = supervisor(db)
    chosen = (*groups["dlh"], groups["waiting"][0], groups["sda"][0], groups["done"][0])
    request = BulkRequest(BulkAction.REROUTE, chosen, REASON, agency="SDA")

    planned = preview(db, boss, request)
    assert planned.problem is None
    assert len(planned.applicable) == BULK_REPORTS
    assert {(c.status, c.agency, c.new_status, c.new_agency) for c in planned.applicable} == \
        {("dispatched", "DLH", "dispatched", "SDA")}
    skipped = {c.report_id: c.skipped.template for c in planned.skipped}
    assert skipped == {groups["waiting"][0]: SKIP_IN_INBOX, groups["sda"][0]: SKIP_ALREADY_LEAD,
                       groups["done"][0]: SKIP_CLOSED}
    # The preview wrote nothing.
    assert _events(db, "reroute") == 0

    result = apply(db, boss, planned, NOW)
    assert result.changed == frozenset(groups["dlh"]) and result.skipped == 3
    for report_id in groups["dlh"]:
        detail = get_report_detail(db, boss, report_id)
        last = detail.timeline[-1]
        assert (last.action, last.from_status, last.to_status, last.agency, last.note, last.actor) == \
            ("reroute", "dispatched", "dispatched", "SDA", REASON, "Sri Wahyuni")
        assert [part.code for part in detail.agencies if part.role == "lead"] == ["SDA"]
    untouched = get_report_detail(db, boss, groups["waiting"][0])
    assert untouched.status == "waiting" and untouched.timeline[-1].action == "received"
    with db.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "bulk_reroute"))
    assert entry is not None and '"count": 500' in entry.detail


def test_a_report_changed_after_the_preview_stops_the_whole_run(bulk_db):
    db, groups = bulk_db
    boss = supervisor(db)
    chosen = tuple(groups["dlh"][:20])
    planned = preview(db, boss, BulkRequest(BulkAction.REROUTE, chosen, REASON, agency="SDA"))
    # Meanwhile an officer moves one of them elsewhere.
    officer = login(db, "petugas1", DEMO_PASSWORD)
    reroute(db, officer, [CardRef(chosen[7])], "BINAMARGA", "Jalan, bukan sampah", NOW)
    with pytest.raises(ActionRefused):
        apply(db, boss, planned, NOW)
    with db.session() as session:
        dlh = session.scalar(select(Agency.id).where(Agency.code == "DLH"))
        still_with_dlh = session.scalar(select(func.count()).select_from(Report).where(
            Report.id.in_(chosen), Report.lead_agency_id == dlh))
    # Nothing of the run was written: 19 still with DLH (the 20th went to Bina Marga).
    assert still_with_dlh == 19 and _events(db, "reroute") == 1


def test_reject_with_reason_closes_waiting_reports_only(bulk_db):
    db, groups = bulk_db
    boss = supervisor(db)
    chosen = (*groups["waiting"], groups["dlh"][0])
    planned = preview(db, boss, BulkRequest(BulkAction.REJECT, chosen, "Bukan laporan (pertanyaan umum)"))
    assert [c.report_id for c in planned.applicable] == list(groups["waiting"])
    assert planned.skipped[0].skipped.context == "workflow"
    apply(db, boss, planned, NOW)
    for report_id in groups["waiting"]:
        detail = get_report_detail(db, boss, report_id)
        assert detail.status == "rejected"
        assert (detail.timeline[-1].action, detail.timeline[-1].note) == ("reject", "Bukan laporan (pertanyaan umum)")
        assert detail.first_action_at == NOW


def test_escalate_raises_priority_and_says_why_in_the_history(bulk_db):
    db, groups = bulk_db
    boss = supervisor(db)
    chosen = (*groups["sda"], groups["done"][0])
    planned = preview(db, boss, BulkRequest(BulkAction.ESCALATE, chosen, "Lewat tenggat tiga hari"))
    assert [(c.priority, c.new_priority) for c in planned.applicable] == [("normal", "high")] * 2
    assert [c.skipped.template for c in planned.skipped] == [SKIP_CLOSED]
    apply(db, boss, planned, NOW)
    for report_id in groups["sda"]:
        detail = get_report_detail(db, boss, report_id)
        assert detail.priority == "high" and detail.status == "in_progress"
        last = detail.timeline[-1]
        assert last.action == "escalate" and "Lewat tenggat tiga hari" in last.note and last.agency == "SDA"


def test_mark_duplicate_of_merges_into_the_primary(bulk_db):
    db, groups = bulk_db
    boss = supervisor(db)
    with db.session() as session:
        primary = session.scalar(select(Report.reference).where(Report.id == groups["dlh"][0]))
    chosen = tuple(groups["dlh"][:4])
    planned = preview(db, boss, BulkRequest(BulkAction.DUPLICATE, chosen, primary_reference=primary.lower()))
    assert planned.primary_id == groups["dlh"][0]
    assert [c.skipped.template for c in planned.skipped] == [SKIP_IS_PRIMARY]
    assert {c.new_status for c in planned.applicable} == {"duplicate"}
    result = apply(db, boss, planned, NOW)
    assert result.touched == frozenset(chosen)
    for report_id in chosen[1:]:
        detail = get_report_detail(db, boss, report_id)
        assert detail.status == "duplicate" and detail.duplicate_of_reference == primary
        assert detail.timeline[-1].action == "merge"


def test_a_merge_refused_at_apply_time_keeps_its_reason(bulk_db):
    db, groups = bulk_db
    boss = supervisor(db)
    primary, member = groups["dlh"][4], groups["dlh"][5]
    with db.session() as session:
        reference = session.scalar(select(Report.reference).where(Report.id == primary))
    planned = preview(db, boss, BulkRequest(BulkAction.DUPLICATE, (member,), primary_reference=reference))
    # Meanwhile the primary is closed: nothing may be merged into it any more.
    with db.transaction() as session:
        session.execute(update(Report).where(Report.id == primary).values(status="done"))
    with pytest.raises(ActionRefused) as caught:
        apply(db, boss, planned, NOW)
    refusal = caught.value.refusal
    assert (refusal.template, refusal.reference) == (PRIMARY_CLOSED, reference)
    assert str(caught.value) == f"{reference}: The report is Done; merge into a report that is still open."


@pytest.mark.parametrize("request_, template", [
    (BulkRequest(BulkAction.REROUTE, (), "alasan", agency="SDA"), NOTHING_CHOSEN),
    (BulkRequest(BulkAction.REROUTE, (1,), "   ", agency="SDA"), REASON_NEEDED),
    (BulkRequest(BulkAction.REROUTE, (1,), "alasan", agency="NOPE"), UNKNOWN_AGENCY),
    (BulkRequest(BulkAction.REJECT, tuple(range(5001)), "alasan"), TOO_MANY),
    (BulkRequest(BulkAction.DUPLICATE, (1,), primary_reference="JL-0000-404"), UNKNOWN_PRIMARY),
])
def test_bad_requests_are_refused_before_anything_is_read_or_written(bulk_db, request_, template):
    db, _groups = bulk_db
    boss = supervisor(db)
    planned = preview(db, boss, request_)
    assert planned.problem is not None and planned.problem.template == template and not planned.changes
    with pytest.raises(ActionRefused) as refused:
        apply(db, boss, planned, NOW)
    assert str(refused.value)


def test_a_disabled_agency_takes_no_reports(bulk_db):
    db, groups = bulk_db
    with db.transaction() as session:
        session.scalar(select(Agency).where(Agency.code == "SDA")).active = False
    planned = preview(db, supervisor(db), BulkRequest(BulkAction.REROUTE, tuple(groups["dlh"][:2]), "x", "SDA"))
    assert planned.problem.template == AGENCY_DISABLED and "SDA" in planned.problem.text()


def test_a_stale_duplicate_run_is_refused(bulk_db):
    db, groups = bulk_db
    boss = supervisor(db)
    with db.session() as session:
        primary = session.scalar(select(Report.reference).where(Report.id == groups["dlh"][0]))
    planned = preview(db, boss, BulkRequest(BulkAction.DUPLICATE, tuple(groups["dlh"][:3]), primary_reference=primary))
    reroute(db, login(db, "petugas1", DEMO_PASSWORD), [CardRef(groups["dlh"][2])], "SDA", "pindah", NOW)
    with pytest.raises(ActionRefused) as refused:
        apply(db, boss, planned, NOW)
    assert refused.value.refusal.template == CHANGED_SINCE
    assert get_report_detail(db, boss, groups["dlh"][1]).status == "dispatched"


def test_only_supervisors_act_in_bulk(bulk_db):
    db, groups = bulk_db
    officer = login(db, "petugas1", DEMO_PASSWORD)
    with pytest.raises(AccessDenied):
        preview(db, officer, BulkRequest(BulkAction.REROUTE, tuple(groups["dlh"][:1]), "x", "SDA"))


def test_a_queue_cell_becomes_the_reports_it_counts(bulk_db):
    db, groups = bulk_db
    ids = report_ids(db, supervisor(db), ReportQuery(agencies=("DLH",), statuses=("dispatched",)))
    assert set(ids) == set(groups["dlh"])
