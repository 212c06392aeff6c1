import json
from datetime import date, datetime, timedelta, timezone
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.sla import (
    EMERGENCY_FIRST_ACTION,
    WIB,
    CalendarError,
    HolidayCalendar,
    alert_due,
    deadline_state,
    due_at,
    first_action_due,
    format_countdown,
    load_holidays,
    parse_holidays,
    remaining,
    working_days_between,
)

CALENDAR = load_holidays()
UTC = timezone.utc


def wib(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WIB)


# --- due_at ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "days", "expected"),
    [
        # Plain week, no holidays around.
        (wib(2026, 1, 6, 10, 30), 1, wib(2026, 1, 7, 10, 30)),
        (wib(2026, 1, 6, 10, 30), 0, wib(2026, 1, 6, 10, 30)),
        # Across a weekend.
        (wib(2026, 1, 9, 16, 0), 1, wib(2026, 1, 12, 16, 0)),
        (wib(2026, 1, 9, 16, 0), 5, wib(2026, 1, 19, 16, 0)),  # skips Isra Mikraj, Fri 16 Jan
        # Imlek 2026: Mon 16 Feb joint leave, Tue 17 Feb holiday.
        (wib(2026, 2, 13, 14, 0), 1, wib(2026, 2, 18, 14, 0)),
        # Nyepi and Idul Fitri 2026: 18-24 March closed (joint leave, holidays, weekend).
        (wib(2026, 3, 17, 10, 0), 1, wib(2026, 3, 25, 10, 0)),
        (wib(2026, 3, 17, 10, 0), 3, wib(2026, 3, 27, 10, 0)),
        # Christmas 2026: Thu 24 Dec joint leave, Fri 25 Dec holiday.
        (wib(2026, 12, 23, 11, 0), 1, wib(2026, 12, 28, 11, 0)),
        # New Year 2027 falls on a Friday.
        (wib(2026, 12, 31, 15, 0), 1, wib(2027, 1, 4, 15, 0)),
        (wib(2026, 12, 30, 15, 0), 2, wib(2027, 1, 4, 15, 0)),
    ],
)
def test_due_at_keeps_wall_clock_time_on_the_nth_working_day(received, days, expected):
    assert due_at(received, days, CALENDAR) == expected


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        # Saturday: clock starts Monday 08:00.
        (wib(2026, 1, 10, 13, 0), wib(2026, 1, 13, 8, 0)),
        # Sunday just before midnight and Monday just after count the same.
        (wib(2026, 1, 11, 23, 59), wib(2026, 1, 13, 8, 0)),
        (wib(2026, 1, 12, 0, 1), wib(2026, 1, 13, 8, 0)),
        # Before office hours on a working day.
        (wib(2026, 1, 12, 6, 30), wib(2026, 1, 13, 8, 0)),
        (wib(2026, 1, 12, 8, 0), wib(2026, 1, 13, 8, 0)),
        # On Idul Fitri 2026 (Sat 21 Mar): clock starts Wed 25 Mar 08:00.
        (wib(2026, 3, 21, 9, 0), wib(2026, 3, 26, 8, 0)),
        # On Christmas Day 2026 (Fri): clock starts Mon 28 Dec 08:00.
        (wib(2026, 12, 25, 19, 0), wib(2026, 12, 29, 8, 0)),
        # On New Year's Day 2027 (Fri): clock starts Mon 4 Jan 08:00.
        (wib(2027, 1, 1, 0, 5), wib(2027, 1, 5, 8, 0)),
    ],
)
def test_received_on_a_non_working_day_or_early_counts_from_08_00(received, expected):
    assert due_at(received, 1, CALENDAR) == expected


def test_due_at_decides_in_jakarta_time_and_returns_utc():
    # Friday 20:00 UTC is already Saturday 03:00 in Jakarta.
    received = datetime(2026, 1, 9, 20, 0, tzinfo=UTC)
    due = due_at(received, 1, CALENDAR)
    assert due.utcoffset() == timedelta(0)
    assert due == wib(2026, 1, 13, 8, 0)


def test_due_at_accepts_any_aware_datetime():
    tokyo = timezone(timedelta(hours=9))
    received = datetime(2026, 1, 9, 18, 0, tzinfo=tokyo)  # Fri 16:00 WIB
    assert due_at(received, 1, CALENDAR) == wib(2026, 1, 12, 16, 0)


def test_due_at_rejects_negative_deadlines():
    with pytest.raises(ValueError, match="deadline_working_days"):
        due_at(wib(2026, 1, 6, 10), -1, CALENDAR)


def test_without_holidays_only_weekends_are_skipped():
    # 17 Aug 2026 is a holiday in the packaged calendar, but not in an empty one.
    assert due_at(wib(2026, 8, 14, 9), 1, HolidayCalendar()) == wib(2026, 8, 17, 9)
    assert due_at(wib(2026, 8, 14, 9), 1, CALENDAR) == wib(2026, 8, 18, 9)


# --- emergencies ----------------------------------------------------------------------


def test_emergency_first_action_ignores_holidays_and_night():
    received = wib(2026, 3, 21, 2, 50)  # Idul Fitri, night
    assert first_action_due(received) == wib(2026, 3, 21, 3, 5)
    assert first_action_due(received).utcoffset() == timedelta(0)
    assert EMERGENCY_FIRST_ACTION == timedelta(minutes=15)


@pytest.mark.parametrize(
    ("elapsed", "state"),
    [
        (timedelta(minutes=14, seconds=59), "due_soon"),
        (timedelta(minutes=15), "overdue"),
        (timedelta(minutes=15, seconds=1), "overdue"),
    ],
)
def test_emergency_threshold_boundaries(elapsed, state):
    received = wib(2026, 5, 2, 23, 50)
    assert deadline_state(first_action_due(received), received + elapsed) == state


# --- deadline_state / remaining / alert_due ---------------------------------------------

DUE = datetime(2026, 6, 2, 9, 0, tzinfo=UTC)
SOON = timedelta(hours=1)


@pytest.mark.parametrize(
    ("due", "now", "done", "state"),
    [
        (None, DUE, False, "none"),
        (DUE, DUE + timedelta(days=3), True, "met"),
        (DUE, DUE - timedelta(days=3), True, "met"),
        (DUE, DUE + timedelta(microseconds=1), False, "overdue"),
        (DUE, DUE, False, "overdue"),
        (DUE, DUE - timedelta(microseconds=1), False, "due_soon"),
        (DUE, DUE - SOON, False, "due_soon"),
        (DUE, DUE - SOON - timedelta(microseconds=1), False, "ok"),
    ],
)
def test_deadline_state_boundaries(due, now, done, state):
    assert deadline_state(due, now, done=done, soon=SOON) == state


def test_deadline_state_default_soon_is_one_hour():
    assert deadline_state(DUE, DUE - timedelta(minutes=60)) == "due_soon"
    assert deadline_state(DUE, DUE - timedelta(minutes=61)) == "ok"


def test_remaining_is_negative_when_overdue_and_zone_independent():
    now = (DUE + timedelta(minutes=12)).astimezone(WIB)
    assert remaining(DUE, now) == timedelta(minutes=-12)


@pytest.mark.parametrize(
    ("left", "previously_alerted", "fires"),
    [
        (timedelta(minutes=31), False, False),
        (timedelta(minutes=30), False, True),
        (timedelta(seconds=1), False, True),
        (timedelta(minutes=10), True, False),
        (timedelta(0), False, False),
        (timedelta(minutes=-5), False, False),
    ],
)
def test_alert_fires_once_inside_threshold(left, previously_alerted, fires):
    assert alert_due(DUE, DUE - left, previously_alerted, timedelta(minutes=30)) is fires


def test_no_alert_without_deadline():
    assert alert_due(None, DUE, False, timedelta(hours=1)) is False


# --- countdown ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(days=3, hours=4, minutes=59), "3d 4h"),
        (timedelta(days=1), "1d 0h"),
        (timedelta(hours=2, minutes=5, seconds=59), "2h 05m"),
        (timedelta(hours=1), "1h 00m"),
        (timedelta(minutes=59, seconds=59), "59m"),
        (timedelta(minutes=14, seconds=30), "14m"),
        (timedelta(seconds=59), "0m"),
        (timedelta(0), "0m"),
        (timedelta(minutes=-12), "-12m"),
        (timedelta(hours=-2, minutes=-5), "-2h 05m"),
        (timedelta(days=-3, hours=-4), "-3d 4h"),
    ],
)
def test_format_countdown(delta, text):
    assert format_countdown(delta) == text


# --- working_days_between -------------------------------------------------------------


def test_working_days_between_counts_days_after_start_up_to_end():
    assert working_days_between(wib(2026, 1, 9, 16), wib(2026, 1, 12, 16), CALENDAR) == 1
    assert working_days_between(wib(2026, 3, 17, 10), wib(2026, 3, 27, 10), CALENDAR) == 3
    assert working_days_between(wib(2026, 1, 6, 9), wib(2026, 1, 6, 17), CALENDAR) == 0
    assert working_days_between(wib(2026, 1, 12, 16), wib(2026, 1, 9, 16), CALENDAR) == -1


def test_working_days_between_inverts_due_at_for_working_hours_receipt():
    received = wib(2026, 12, 22, 13, 15)
    for days in range(10):
        assert working_days_between(received, due_at(received, days, CALENDAR), CALENDAR) == days


# --- naive datetimes ------------------------------------------------------------------

NAIVE = datetime(2026, 1, 6, 10, 0)


@pytest.mark.parametrize(
    "call",
    [
        lambda: due_at(NAIVE, 1, CALENDAR),
        lambda: first_action_due(NAIVE),
        lambda: remaining(DUE, NAIVE),
        lambda: remaining(NAIVE, DUE),
        lambda: deadline_state(DUE, NAIVE),
        lambda: deadline_state(NAIVE, DUE),
        lambda: alert_due(NAIVE, DUE, False, SOON),
        lambda: working_days_between(NAIVE, DUE, CALENDAR),
        lambda: working_days_between(DUE, NAIVE, CALENDAR),
    ],
)
def test_naive_datetimes_are_rejected(call):
    with pytest.raises(ValueError, match="timezone-aware"):
        call()


# --- holiday file ---------------------------------------------------------------------


def test_packaged_file_matches_the_2026_decree():
    text = resources.files("desktop.core").joinpath("data/holidays_id.json").read_text("utf-8")
    days = json.loads(text)["days"]
    in_2026 = [d for d in days if d["date"].startswith("2026-")]
    assert sum(d["kind"] == "holiday" for d in in_2026) == 17
    assert sum(d["kind"] == "joint_leave" for d in in_2026) == 8
    assert {d["date"][:4] for d in days} == {"2024", "2025", "2026", "2027"}
    assert date(2026, 3, 20) in CALENDAR.days_off
    assert date(2027, 1, 1) in CALENDAR.days_off


def test_override_file_is_read(tmp_path):
    path = tmp_path / "holidays.json"
    path.write_text(json.dumps({"days": [{"date": "2026-01-07", "name": "X", "kind": "holiday"}]}))
    calendar = load_holidays(str(path))
    assert calendar.days_off == frozenset({date(2026, 1, 7)})


def test_missing_override_file_is_a_calendar_error(tmp_path):
    with pytest.raises(CalendarError, match="cannot read"):
        load_holidays(str(tmp_path / "absent.json"))


GOOD = {"date": "2026-01-01", "name": "Tahun Baru 2026 Masehi", "kind": "holiday"}


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ([GOOD, {**GOOD, "date": "2026-1-02"}], "days[1]: date '2026-1-02' is not in YYYY-MM-DD"),
        ([GOOD, {**GOOD, "date": "20260102"}], "days[1]: date '20260102' is not in YYYY-MM-DD"),
        ([GOOD, {**GOOD, "date": 20260102}], "days[1]: date 20260102 is not in YYYY-MM-DD form"),
        ([{**GOOD, "date": "2026-02-30"}], "days[0]: date '2026-02-30' does not exist"),
        ([GOOD, {"date": "2026-01-02", "kind": "holiday"}], "days[1]: missing field 'name'"),
        ([GOOD, {"name": "x", "kind": "holiday"}], "days[1]: missing field 'date'"),
        ([GOOD, {**GOOD, "date": "2026-01-02", "kind": "weekend"}], "days[1]: kind 'weekend'"),
        ([GOOD, {**GOOD, "date": "2026-01-02", "name": " "}], "days[1]: name must be"),
        ([GOOD, "2026-01-02"], "days[1]: must be an object"),
        (
            [GOOD, {**GOOD, "date": "2026-01-02"}, GOOD],
            "days[2]: duplicate date 2026-01-01 (also days[0])",
        ),
    ],
)
def test_bad_entries_name_the_entry_and_the_problem(tmp_path, days, message):
    path = tmp_path / "holidays.json"
    path.write_text(json.dumps({"note": "test", "days": days}))
    with pytest.raises(CalendarError) as caught:
        load_holidays(str(path))
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"days": [', "not valid JSON (line 1"),
        ("[]", '"days" list'),
        ('{"note": "no days"}', '"days" list'),
        ('{"days": {"2026-01-01": "x"}}', '"days" list'),
    ],
)
def test_bad_documents_are_rejected(text, message):
    with pytest.raises(CalendarError) as caught:
        parse_holidays(text)
    assert message in str(caught.value)


# --- properties -----------------------------------------------------------------------

received_times = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2027, 11, 30), timezones=st.just(UTC)
)
deadlines = st.integers(min_value=0, max_value=30)


@given(first=received_times, second=received_times, days=deadlines)
def test_due_at_is_on_a_working_day_and_monotonic(first, second, days):
    early, late = sorted((first, second))
    due_early = due_at(early, days, CALENDAR)
    assert CALENDAR.is_working_day(due_early.astimezone(WIB).date())
    assert due_early >= early
    assert due_early <= due_at(late, days, CALENDAR)
    assert due_early < due_at(early, days + 1, CALENDAR)
