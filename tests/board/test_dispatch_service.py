"""The command centre's moves as services: what they write, what they refuse, and undo."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from db.models import Agency, Assignment, Report, StatusEvent
from desktop.core.dispatching import Move
from desktop.services.access import AccessDenied
from desktop.services.board import load_board, load_cards
from desktop.services.dispatch import coordinate, dispatch, recall, reject, reroute, undo
from desktop.services.escalation import escalate
from desktop.services.handling import accept
from desktop.services.report_actions import ActionRefused, CardRef, StaleCard
from desktop.services.reports import get_report_detail


def _card(db, user, report_id):
    update = load_cards(db, user, frozenset({report_id}))
    return update.cards[0] if update.cards else None


def _ref(db, user, report_id) -> CardRef:
    return CardRef(report_id, _card(db, user, report_id).version)


def _history(db, report_id):
    with db.session() as session:
        return session.execute(select(StatusEvent.action, StatusEvent.from_status, StatusEvent.to_status,
                                      StatusEvent.note).where(StatusEvent.report_id == report_id)
                               .order_by(StatusEvent.at, StatusEvent.id)).all()


def _snapshot(db, report_id):
    """Everything a refused action must leave untouched."""
    with db.session() as session:
        report = session.get(Report, report_id)
        return (report.status, report.version, report.lead_agency_id,
                session.scalar(select(func.count()).select_from(StatusEvent).where(StatusEvent.report_id == report_id)),
                session.scalar(select(func.count()).select_from(Assignment).where(Assignment.report_id == report_id)))


def test_dispatch_writes_status_assignment_history_and_version(board_db, officer, make_report):
    report_id = make_report("sampah")
    before = _card(board_db, officer, report_id)
    result = dispatch(board_db, officer, [CardRef(report_id, before.version)], "DLH")
    assert result.move == Move.DISPATCH and result.reports == {report_id}
    after = _card(board_db, officer, report_id)
    assert after.status == "dispatched" and after.lead == "DLH" and after.version == before.version + 1
    assert not after.lead_accepted
    assert _history(board_db, report_id)[-1][:3] == ("dispatch", "waiting", "dispatched")
    detail = get_report_detail(board_db, officer, report_id)
    assert detail.first_action_at is not None
    assert [(p.code, p.role) for p in detail.agencies] == [("DLH", "lead")]


def test_three_cards_dispatch_together_or_not_at_all(board_db, officer, make_report):
    ids = [make_report("sampah") for _ in range(3)]
    refs = [_ref(board_db, officer, i) for i in ids]
    # Someone else dispatches the second card first: the drop of all three is refused as stale.
    dispatch(board_db, login_officer(board_db, "petugas2"), [refs[1]], "SDA")
    untouched = [_snapshot(board_db, i) for i in (ids[0], ids[2])]
    with pytest.raises(StaleCard) as refused:
        dispatch(board_db, officer, refs, "DLH")
    assert "JL-TEST" in str(refused.value) and "Dispatched" in str(refused.value)
    assert [_snapshot(board_db, i) for i in (ids[0], ids[2])] == untouched
    assert _card(board_db, officer, ids[1]).lead == "SDA"
    # With fresh versions the other two go through in one step.
    dispatch(board_db, officer, [_ref(board_db, officer, ids[0]), _ref(board_db, officer, ids[2])], "DLH")
    assert {_card(board_db, officer, i).lead for i in (ids[0], ids[2])} == {"DLH"}


def login_officer(db, username):
    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.services.auth import login

    return login(db, username, DEMO_PASSWORD)


def test_coordination_adds_a_supporting_agency_and_keeps_the_lead(board_db, officer, make_report):
    report_id = make_report("banjir")
    dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "SDA")
    coordinate(board_db, officer, [_ref(board_db, officer, report_id)], "BPBD")
    card = _card(board_db, officer, report_id)
    assert card.status == "coordination" and card.lead == "SDA" and card.supports == ("BPBD",)
    # A third agency joins without another status change.
    coordinate(board_db, officer, [_ref(board_db, officer, report_id)], "DINSOS")
    card = _card(board_db, officer, report_id)
    assert card.status == "coordination" and set(card.supports) == {"BPBD", "DINSOS"}
    detail = get_report_detail(board_db, officer, report_id)
    assert {(p.code, p.role) for p in detail.agencies} == {("SDA", "lead"), ("BPBD", "support"), ("DINSOS", "support")}


def test_reroute_needs_a_reason_and_records_it(board_db, officer, make_report):
    report_id = make_report("sampah")
    dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "DLH")
    before = _snapshot(board_db, report_id)
    with pytest.raises(ActionRefused, match="reason"):
        reroute(board_db, officer, [_ref(board_db, officer, report_id)], "SATPOLPP", "   ")
    assert _snapshot(board_db, report_id) == before
    reroute(board_db, officer, [_ref(board_db, officer, report_id)], "SATPOLPP", "Pedagang membuang sampah: ketertiban")
    card = _card(board_db, officer, report_id)
    assert card.lead == "SATPOLPP" and card.status == "dispatched"
    action, frm, to, note = _history(board_db, report_id)[-1]
    assert (action, frm, to) == ("reroute", "dispatched", "dispatched") and "ketertiban" in note
    # The old lead's part ended with the reason; it no longer sees the report.
    dlh = login_officer(board_db, "staf.dlh")
    with pytest.raises(AccessDenied):
        get_report_detail(board_db, dlh, report_id)


def test_recall_returns_to_the_inbox_with_reason(board_db, officer, make_report):
    report_id = make_report("sampah")
    dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "DLH")
    coordinate(board_db, officer, [_ref(board_db, officer, report_id)], "SATPOLPP")
    with pytest.raises(ActionRefused, match="written reason"):
        recall(board_db, officer, [_ref(board_db, officer, report_id)], "")
    recall(board_db, officer, [_ref(board_db, officer, report_id)], "Alamat salah, perlu konfirmasi pelapor")
    card = _card(board_db, officer, report_id)
    assert card.status == "waiting" and card.lead is None and card.supports == ()
    assert _history(board_db, report_id)[-1][:3] == ("recall", "coordination", "waiting")


def test_drop_on_a_disabled_agency_is_refused_and_changes_nothing(board_db, officer, make_report):
    report_id = make_report("sampah")
    with board_db.transaction() as session:
        session.execute(update(Agency).where(Agency.code == "DLH").values(active=False))
    before = _snapshot(board_db, report_id)
    with pytest.raises(ActionRefused, match="DLH is disabled"):
        dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "DLH")
    assert _snapshot(board_db, report_id) == before


def test_unknown_agency_and_illegal_moves_are_refused(board_db, officer, make_report):
    report_id = make_report("sampah")
    with pytest.raises(ActionRefused, match="no agency with the code NOPE"):
        dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "NOPE")
    with pytest.raises(ActionRefused, match="already in the inbox"):
        recall(board_db, officer, [_ref(board_db, officer, report_id)], "x")
    # An officer cannot take a report back from an agency that is already handling it.
    dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "DLH")
    from desktop.services.handling import start
    staff = login_officer(board_db, "staf.dlh")
    start(board_db, staff, _ref(board_db, staff, report_id))
    before = _snapshot(board_db, report_id)
    with pytest.raises(ActionRefused, match="may not move a report from In progress to Waiting"):
        recall(board_db, officer, [_ref(board_db, officer, report_id)], "salah alamat")
    with pytest.raises(ActionRefused, match="may not re-route a report that is In progress"):
        reroute(board_db, officer, [_ref(board_db, officer, report_id)], "SDA", "salah dinas")
    assert _snapshot(board_db, report_id) == before
    # A supervisor may.
    supervisor = login_officer(board_db, "supervisor1")
    reroute(board_db, supervisor, [_ref(board_db, supervisor, report_id)], "SDA", "salah dinas")
    assert _card(board_db, officer, report_id).lead == "SDA"


def test_agency_staff_and_auditors_cannot_dispatch(board_db, make_report, login_as):
    report_id = make_report("sampah")
    for username in ("staf.dlh", "auditor1"):
        user = login_as(username)
        with pytest.raises(AccessDenied):
            dispatch(board_db, user, [CardRef(report_id, 1)], "DLH")


def test_undo_takes_back_a_dispatch_until_the_agency_accepts(board_db, officer, make_report):
    report_id = make_report("sampah")
    before = _card(board_db, officer, report_id)
    result = dispatch(board_db, officer, [CardRef(report_id, before.version)], "DLH")
    undo(board_db, officer, result.undo)
    card = _card(board_db, officer, report_id)
    assert card.status == "waiting" and card.lead is None
    detail = get_report_detail(board_db, officer, report_id)
    assert detail.first_action_at is None and detail.agencies == ()
    assert _history(board_db, report_id)[-1][:3] == ("undo", "dispatched", "waiting")
    # The same undo twice is refused: it has changed since.
    with pytest.raises(ActionRefused, match="changed since"):
        undo(board_db, officer, result.undo)
    # Once the agency accepted, undo is refused and nothing changes.
    again = dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "DLH")
    staff = login_officer(board_db, "staf.dlh")
    accept(board_db, staff, _ref(board_db, staff, report_id))
    kept = _snapshot(board_db, report_id)
    with pytest.raises(ActionRefused, match="DLH has already accepted it"):
        undo(board_db, officer, again.undo)
    assert _snapshot(board_db, report_id) == kept


def test_undo_of_coordination_removes_only_the_supporter(board_db, officer, make_report):
    report_id = make_report("banjir")
    dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "SDA")
    result = coordinate(board_db, officer, [_ref(board_db, officer, report_id)], "BPBD")
    undo(board_db, officer, result.undo)
    card = _card(board_db, officer, report_id)
    assert card.status == "dispatched" and card.lead == "SDA" and card.supports == ()


def test_reject_closes_a_report_with_its_reason_all_or_none(board_db, officer, make_report):
    waiting, dispatched = make_report("sampah"), make_report("sampah")
    dispatch(board_db, officer, [_ref(board_db, officer, dispatched)], "DLH")
    with pytest.raises(ActionRefused, match="needs a written reason"):
        reject(board_db, officer, [_ref(board_db, officer, waiting)], "  ")
    # A dispatched report cannot be rejected: the whole call is refused, the waiting one included.
    before = _snapshot(board_db, waiting)
    with pytest.raises(ActionRefused, match="cannot go to Rejected"):
        reject(board_db, officer, [_ref(board_db, officer, waiting), _ref(board_db, officer, dispatched)], "Iklan")
    assert _snapshot(board_db, waiting) == before
    assert reject(board_db, officer, [_ref(board_db, officer, waiting)], "Bukan laporan: iklan") == {waiting}
    assert _card(board_db, officer, waiting) is None
    assert _history(board_db, waiting)[-1] == ("reject", "waiting", "rejected", "Bukan laporan: iklan")
    assert get_report_detail(board_db, officer, waiting).first_action_at is not None


def test_escalate_raises_priority_and_says_why_for_supervisors_only(board_db, officer, make_report, login_as):
    report_id = make_report("sampah")
    dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "DLH")
    with pytest.raises(AccessDenied):
        escalate(board_db, officer, [_ref(board_db, officer, report_id)], "Lambat")
    supervisor = login_as("supervisor1")
    with pytest.raises(ActionRefused, match="needs a written reason"):
        escalate(board_db, supervisor, [_ref(board_db, supervisor, report_id)], "")
    escalate(board_db, supervisor, [_ref(board_db, supervisor, report_id)], "Tiga hari tanpa kabar")
    assert get_report_detail(board_db, supervisor, report_id).priority == "high"
    action, frm, to, note = _history(board_db, report_id)[-1]
    assert (action, frm, to) == ("escalate", "dispatched", "dispatched") and "Tiga hari tanpa kabar" in note
    closed = make_report("sampah")
    reject(board_db, officer, [_ref(board_db, officer, closed)], "Ganda")
    with pytest.raises(ActionRefused, match="Rejected cannot be escalated"):
        escalate(board_db, supervisor, [CardRef(closed)], "Lambat")


def test_board_snapshot_has_columns_cards_and_suggestions(board_db, officer, make_report):
    waiting = make_report("sampah")
    local = make_report("pkl", kelurahan="Gambir")
    board = load_board(board_db, officer)
    codes = [a.code for a in board.agencies]
    assert codes[0] == "SATPOLPP" and "DLH" in codes and any(c.startswith("KEC-") for c in codes)
    assert codes.index("DLH") < min(i for i, c in enumerate(codes) if c.startswith("KEC-"))
    cards = {c.id: c for c in board.cards}
    assert {c.status for c in board.cards} <= {"waiting", "reopened", "dispatched", "coordination", "in_progress"}
    assert cards[waiting].suggestion.agency_code == "DLH"
    assert cards[local].suggestion.agency_code == "KEC-GAMBIR"
    assert "sampah" in board.categories


def test_stale_version_from_a_parallel_session_is_refused(board_db, officer, make_report):
    report_id = make_report("sampah")
    ref = _ref(board_db, officer, report_id)
    dispatch(board_db, officer, [ref], "DLH")
    before = _snapshot(board_db, report_id)
    with pytest.raises(StaleCard):
        reroute(board_db, officer, [ref], "SDA", "alasan")
    assert _snapshot(board_db, report_id) == before


def test_postgresql_runs_the_same_moves(pg_url, identity_key):
    from desktop.services.database import upgrade_database
    from desktop.services.seed import seed_database

    db = upgrade_database(pg_url)
    seed_database(db, 120, 3, identity_key, anchor=datetime(2026, 11, 2, tzinfo=timezone.utc))
    officer = login_officer(db, "petugas1")
    waiting = next(c for c in load_board(db, officer).cards if c.status == "waiting")
    result = dispatch(db, officer, [CardRef(waiting.id, waiting.version)], "DLH",
                      now=datetime.now(timezone.utc) + timedelta(seconds=1))
    with pytest.raises(StaleCard):
        dispatch(db, officer, [CardRef(waiting.id, waiting.version)], "SDA")
    undo(db, officer, result.undo)
    assert _card(db, officer, waiting.id).status == "waiting"
    # The deadline sweep runs there too, once per breach.
    from desktop.services.escalation import escalate_breaches

    later = datetime(2027, 6, 1, tzinfo=timezone.utc)
    first = escalate_breaches(db, officer, now=later)
    assert first and escalate_breaches(db, officer, now=later) == ()
    db.dispose()
