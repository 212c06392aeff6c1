"""Deadlines on a frozen clock: weekends, Indonesian holidays, the emergency's 15 minutes, escalation."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from db.models import Escalation, Report, StatusEvent
from desktop.core.deadlines import AlertKind, AlertTracker, Clock, Timed, breaches, running_clock
from desktop.core.sla import WIB, CalendarError, format_countdown, load_holidays, remaining
from desktop.services.access import AccessDenied
from desktop.services.board import load_cards
from desktop.services.calendar import calendar_in_use, install_calendar, recompute_deadlines
from desktop.services.dispatch import dispatch
from desktop.services.escalation import acknowledge, escalate_breaches, list_escalations
from desktop.services.report_actions import CardRef

CALENDAR = load_holidays()


def wib(*args) -> datetime:
    return datetime(*args, tzinfo=WIB)


def _emergency(received: datetime, first_action: datetime | None = None) -> Timed:
    return Timed(1, "JL-FIRE", True, received, first_action, None)


def test_emergency_alerts_at_arrival_five_minutes_before_and_at_fifteen_minutes():
    # A fire on a Saturday night: the 15 minutes run on the plain clock, weekend or not.
    received = wib(2026, 11, 7, 22, 0)
    item = _emergency(received)
    tracker = AlertTracker()
    assert [a.kind for a in tracker.scan([item], received)] == [AlertKind.EMERGENCY_ARRIVED]
    assert tracker.scan([item], received + timedelta(minutes=9, seconds=59)) == []
    assert [a.kind for a in tracker.scan([item], received + timedelta(minutes=10))] == [AlertKind.FIRST_ACTION_SOON]
    assert tracker.scan([item], received + timedelta(minutes=14, seconds=59)) == []
    assert breaches(item, received + timedelta(minutes=14, seconds=59)) == ()
    fired = tracker.scan([item], received + timedelta(minutes=15))
    assert [a.kind for a in fired] == [AlertKind.FIRST_ACTION_MISSED]
    assert fired[0].due == received + timedelta(minutes=15)
    assert breaches(item, received + timedelta(minutes=15)) == ((Clock.FIRST_ACTION, received + timedelta(minutes=15)),)
    # Each alert fires once.
    assert tracker.scan([item], received + timedelta(minutes=20)) == []


def test_first_action_in_time_stops_the_emergency_clock_and_a_late_one_is_still_a_breach():
    received = wib(2026, 11, 7, 22, 0)
    on_time = _emergency(received, received + timedelta(minutes=14))
    late = _emergency(received, received + timedelta(minutes=16))
    later = received + timedelta(hours=1)
    assert breaches(on_time, later) == ()
    assert [clock for clock, _ in breaches(late, later)] == [Clock.FIRST_ACTION]
    assert AlertTracker().scan([on_time], received + timedelta(minutes=15)) == []


def test_deadline_skips_christmas_leave_and_the_weekend():
    # Illegal parking has one working day; 24 Dec is joint leave, 25 Dec Christmas, then a weekend.
    from desktop.core.sla import due_at

    received = wib(2026, 12, 23, 11, 0)
    due = due_at(received, 1, CALENDAR)
    assert due == wib(2026, 12, 28, 11, 0)
    item = Timed(2, "JL-PARKIR", False, received, received, due)
    saturday = wib(2026, 12, 26, 11, 0)
    clock = running_clock(item, saturday)
    assert (clock.clock, clock.state) == (Clock.DEADLINE, "ok")
    assert format_countdown(remaining(clock.due, saturday)) == "2d 0h"
    # Calendar days would have made it overdue on Christmas Eve; working days do not.
    assert breaches(item, wib(2026, 12, 24, 11, 0)) == ()
    tracker = AlertTracker()
    assert tracker.scan([item], wib(2026, 12, 28, 9, 59)) == []
    assert [a.kind for a in tracker.scan([item], wib(2026, 12, 28, 10, 0))] == [AlertKind.DEADLINE_SOON]
    assert running_clock(item, wib(2026, 12, 28, 10, 0)).state == "due_soon"
    assert breaches(item, wib(2026, 12, 28, 10, 59)) == ()
    assert breaches(item, wib(2026, 12, 28, 11, 0)) == ((Clock.DEADLINE, due),)
    assert running_clock(item, wib(2026, 12, 28, 11, 0)).state == "overdue"


def test_deadline_over_idul_fitri_2026(make_report, board_db, officer):
    # Received the day before Nyepi and Lebaran 2026: 18-24 March are all days off.
    received = wib(2026, 3, 17, 10, 0)
    report_id = make_report("sampah", received=received)
    card = load_cards(board_db, officer, frozenset({report_id})).cards[0]
    assert card.due_at == wib(2026, 3, 27, 10, 0)  # three working days: 25, 26, 27 March
    escalated = lambda now: {e.report_id for e in escalate_breaches(board_db, officer, now=now)}  # noqa: E731
    assert report_id not in escalated(wib(2026, 3, 27, 9, 59))
    assert report_id in escalated(wib(2026, 3, 27, 10, 0))


def test_escalation_fires_at_fifteen_minutes_once_and_supervisors_acknowledge(board_db, login_as, make_report):
    officer = login_as("petugas1")
    received = wib(2026, 11, 8, 3, 0)  # a Sunday night
    report_id = make_report("kebakaran", received=received)

    def escalated(now):
        return [e for e in escalate_breaches(board_db, officer, now=now) if e.report_id == report_id]

    assert escalated(received + timedelta(minutes=14, seconds=59)) == []
    made = escalated(received + timedelta(minutes=15))
    assert [(e.clock, e.due_at) for e in made] == [(Clock.FIRST_ACTION, received + timedelta(minutes=15))]
    assert escalated(received + timedelta(minutes=30)) == []
    with board_db.session() as session:
        note = session.scalar(select(StatusEvent.note).where(
            StatusEvent.report_id == report_id, StatusEvent.action == "escalate"))
        version = session.get(Report, report_id).version
    assert "15 minutes" in note
    assert version == 1, "an escalation does not make an open card stale"
    assert load_cards(board_db, officer, frozenset({report_id})).cards[0].escalated
    listed = [e for e in list_escalations(board_db, officer) if e.report_id == report_id]
    assert len(listed) == 1
    with pytest.raises(AccessDenied):
        acknowledge(board_db, officer, listed[0].id)
    supervisor = login_as("supervisor1")
    assert acknowledge(board_db, supervisor, listed[0].id) == report_id
    assert report_id not in {e.report_id for e in list_escalations(board_db, supervisor)}
    history = list_escalations(board_db, supervisor, include_acknowledged=True)
    assert next(e for e in history if e.report_id == report_id).acknowledged_by == "Sri Wahyuni"


def test_a_dispatch_within_fifteen_minutes_prevents_the_escalation(board_db, officer, make_report):
    received = wib(2026, 11, 8, 3, 0)
    report_id = make_report("kebakaran", received=received)
    dispatch(board_db, officer, [CardRef(report_id, 1)], "GULKARMAT", now=received + timedelta(minutes=7))
    made = escalate_breaches(board_db, officer, now=received + timedelta(minutes=20))
    assert report_id not in {e.report_id for e in made}
    with board_db.session() as session:
        assert session.scalar(select(Escalation.id).where(Escalation.report_id == report_id)) is None


def test_deadline_breach_escalates_on_the_working_day_not_before(board_db, officer, make_report):
    received = wib(2026, 12, 23, 11, 0)
    report_id = make_report("parkir_liar", received=received)
    ids = lambda now: {e.report_id for e in escalate_breaches(board_db, officer, now=now)}  # noqa: E731
    assert report_id not in ids(wib(2026, 12, 27, 23, 0))
    assert report_id in ids(wib(2026, 12, 28, 11, 0))


# --- the installer's holiday file ----------------------------------------------------


def _holiday_file(path, days):
    path.write_text(json.dumps({"days": days}), encoding="utf-8")
    return path


def test_bad_holiday_file_is_refused_and_the_calendar_in_use_stays(tmp_path):
    good = _holiday_file(tmp_path / "good.json", [{"date": "2026-12-28", "name": "Libur uji", "kind": "holiday"}])
    target = tmp_path / "installed.json"
    install_calendar(good, target)
    installed = target.read_text(encoding="utf-8")
    bad = _holiday_file(tmp_path / "bad.json", [
        {"date": "2026-12-28", "name": "Libur uji", "kind": "holiday"},
        {"date": "2026-02-30", "name": "Tanggal salah", "kind": "holiday"}])
    with pytest.raises(CalendarError, match=r"days\[1\]: date '2026-02-30' does not exist"):
        install_calendar(bad, target)
    assert target.read_text(encoding="utf-8") == installed
    assert list(tmp_path.glob(".holidays-*")) == []


def test_an_unreadable_installed_calendar_falls_back_and_says_why(tmp_path):
    target = _holiday_file(tmp_path / "installed.json", [{"date": "28-12-2026", "name": "x", "kind": "holiday"}])
    in_use = calendar_in_use(target)
    assert in_use.source == "packaged" and in_use.calendar == CALENDAR
    assert "not in YYYY-MM-DD form" in in_use.problem and str(target) in in_use.problem
    good = _holiday_file(tmp_path / "good.json", [{"date": "2026-12-28", "name": "Libur uji", "kind": "holiday"}])
    assert not calendar_in_use(good).calendar.is_working_day(wib(2026, 12, 28).date())


def test_a_newly_decreed_holiday_moves_open_deadlines(board_db, officer, make_report, tmp_path):
    received = wib(2026, 12, 23, 11, 0)
    report_id = make_report("parkir_liar", received=received)
    extra = json.loads(__import__("importlib.resources").resources.files("desktop.core")
                       .joinpath("data/holidays_id.json").read_text(encoding="utf-8"))
    extra["days"].append({"date": "2026-12-28", "name": "Cuti bersama tambahan", "kind": "joint_leave"})
    calendar = install_calendar(_holiday_file(tmp_path / "new.json", extra["days"]), tmp_path / "installed.json")
    assert recompute_deadlines(board_db, calendar) > 0
    card = load_cards(board_db, officer, frozenset({report_id})).cards[0]
    assert card.due_at == wib(2026, 12, 29, 11, 0)
    assert card.version == 2


def test_an_old_backlog_of_missed_first_actions_does_not_shout():
    # Seen for the first time hours after its 15 minutes ran out: the card shows it, the alert stays quiet.
    received = wib(2026, 11, 7, 22, 0)
    stale = _emergency(received)
    assert AlertTracker().scan([stale], received + timedelta(hours=3)) == []
    assert breaches(stale, received + timedelta(hours=3)) == ((Clock.FIRST_ACTION, received + timedelta(minutes=15)),)


def test_countdowns_read_in_the_interface_language(qapp):
    from desktop.ui import format as fmt
    from desktop.ui.i18n import install_language

    install_language("id")
    try:
        assert fmt.countdown(timedelta(days=3, hours=4, minutes=5)) == "3h 4j"
        assert fmt.countdown(-timedelta(hours=2, minutes=5)) == "-2j 05m"
        install_language("en")
        assert fmt.countdown(timedelta(days=3, hours=4, minutes=5)) == "3d 4h"
    finally:
        install_language("id")
