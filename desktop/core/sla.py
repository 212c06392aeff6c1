"""SLA clock: working-day deadlines, the emergency first-action limit and countdowns.

Deadline rule, as an officer reads it: the clock starts when the report is received,
but never before 08:00 WIB on a working day. A report received on a weekend, a public
holiday, a joint-leave day (cuti bersama) or before 08:00 starts at 08:00 of the next
working day (the same day when it came in early on a working day). It is due at that
same wall-clock time N working days later. Examples with N = 1: Friday 16:00 -> Monday
16:00; Saturday 10:00 -> Tuesday 08:00; Monday 06:30 -> Tuesday 08:00.

The 08:00 floor also applies on working days so that a later report can never be due
earlier than a previous one (Sunday 23:59 and Monday 00:01 both count from Monday 08:00).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from importlib import resources
from typing import Literal

from desktop.core.i18n import QT_TRANSLATE_NOOP

# Jakarta has no daylight saving time, so a fixed offset needs no tz database.
WIB = timezone(timedelta(hours=7), "WIB")
OFFICE_OPENS = time(8, 0)
EMERGENCY_FIRST_ACTION = timedelta(minutes=15)

DeadlineState = Literal["none", "met", "overdue", "due_soon", "ok"]

_KINDS = frozenset({"holiday", "joint_leave"})
# date.fromisoformat also takes "20260101" and week dates; the file must be unambiguous.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class CalendarError(ValueError):
    """The holiday file cannot be used; the message says which entry and why."""


@dataclass(frozen=True)
class HolidayCalendar:
    """Days off on top of weekends: national holidays and joint leave."""

    days_off: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.days_off

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        day += timedelta(days=1)
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, day: date, count: int) -> date:
        for _ in range(count):
            day = self.next_working_day(day)
        return day


def load_holidays(path: str | None = None) -> HolidayCalendar:
    """Read the packaged calendar, or an installer's override file at `path`."""
    try:
        if path is None:
            source = resources.files("desktop.core").joinpath("data/holidays_id.json")
            text = source.read_text(encoding="utf-8")
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as exc:
        raise CalendarError(f"cannot read holiday file: {exc}") from exc
    return parse_holidays(text)


def parse_holidays(text: str) -> HolidayCalendar:
    """Validate the whole file before building anything, so no calendar is half-loaded."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CalendarError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from exc
    if not isinstance(document, dict) or not isinstance(document.get("days"), list):
        raise CalendarError('the file must be an object with a "days" list')

    seen: dict[date, int] = {}
    for index, entry in enumerate(document["days"]):
        where = f"days[{index}]"
        if not isinstance(entry, dict):
            raise CalendarError(f"{where}: must be an object")
        for field in ("date", "name", "kind"):
            if field not in entry:
                raise CalendarError(f"{where}: missing field {field!r}")
        raw = entry["date"]
        if not isinstance(raw, str) or not _ISO_DATE.fullmatch(raw):
            raise CalendarError(f"{where}: date {raw!r} is not in YYYY-MM-DD form")
        try:
            day = date.fromisoformat(raw)
        except ValueError as exc:
            raise CalendarError(f"{where}: date {raw!r} does not exist ({exc})") from exc
        if not isinstance(entry["name"], str) or not entry["name"].strip():
            raise CalendarError(f"{where}: name must be a non-empty string")
        if entry["kind"] not in _KINDS:
            raise CalendarError(
                f"{where}: kind {entry['kind']!r} must be one of {sorted(_KINDS)}"
            )
        if day in seen:
            raise CalendarError(f"{where}: duplicate date {raw} (also days[{seen[day]}])")
        seen[day] = index
    return HolidayCalendar(frozenset(seen))


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value.isoformat()}")


def _clock_start(received: datetime, calendar: HolidayCalendar) -> datetime:
    """When the working-day clock starts for a report received at `received` (WIB)."""
    local = received.astimezone(WIB)
    day = local.date()
    if not calendar.is_working_day(day):
        return datetime.combine(calendar.next_working_day(day), OFFICE_OPENS, WIB)
    if local.time() < OFFICE_OPENS:
        return datetime.combine(day, OFFICE_OPENS, WIB)
    return local


def due_at(received: datetime, deadline_working_days: int, calendar: HolidayCalendar) -> datetime:
    """Deadline in UTC under the rule in the module docstring."""
    _require_aware(received, "received")
    if deadline_working_days < 0:
        raise ValueError(f"deadline_working_days must be >= 0, got {deadline_working_days}")
    start = _clock_start(received, calendar)
    due_day = calendar.add_working_days(start.date(), deadline_working_days)
    return datetime.combine(due_day, start.timetz()).astimezone(timezone.utc)


def first_action_due(received: datetime) -> datetime:
    """Emergencies run on the plain clock: nights, weekends and holidays included."""
    _require_aware(received, "received")
    return (received + EMERGENCY_FIRST_ACTION).astimezone(timezone.utc)


def remaining(due: datetime, now: datetime) -> timedelta:
    """Time left before `due`; negative once overdue."""
    _require_aware(due, "due")
    _require_aware(now, "now")
    return due - now


def deadline_state(
    due: datetime | None,
    now: datetime,
    done: bool = False,
    soon: timedelta = timedelta(hours=1),
) -> DeadlineState:
    """One of "none", "met", "overdue", "due_soon", "ok" for the deadline badge.

    At the due instant itself the deadline has passed; with exactly `soon` left it is due soon.
    """
    _require_aware(now, "now")
    if due is None:
        return "none"
    if done:
        return "met"
    left = remaining(due, now)
    if left <= timedelta(0):
        return "overdue"
    if left <= soon:
        return "due_soon"
    return "ok"


def alert_due(
    due: datetime | None, now: datetime, previously_alerted: bool, threshold: timedelta
) -> bool:
    """Whether the "about to pass" alert fires now: once, while 0 < time left <= threshold.

    An overdue item gets no "about to pass" alert: overdue has its own state.
    """
    _require_aware(now, "now")
    if due is None or previously_alerted:
        return False
    return timedelta(0) < remaining(due, now) <= threshold


# Days and hours, hours and minutes, minutes: the UI passes them in the reader's language.
COUNTDOWN = (QT_TRANSLATE_NOOP("countdown", "{days}d {hours}h"),
             QT_TRANSLATE_NOOP("countdown", "{hours}h {minutes:02d}m"),
             QT_TRANSLATE_NOOP("countdown", "{minutes}m"))


def format_countdown(delta: timedelta, templates: tuple[str, str, str] = COUNTDOWN) -> str:
    """Compact countdown: "3d 4h", "2h 05m", "14m"; a leading "-" when overdue.

    Units are truncated, like a clock: 59 seconds left shows "0m", not "1m".
    """
    sign = "-" if delta < timedelta(0) else ""
    days, minutes_in_day = divmod(abs(delta) // timedelta(minutes=1), 24 * 60)
    hours, minutes = divmod(minutes_in_day, 60)
    with_days, with_hours, only_minutes = templates
    if days:
        return sign + with_days.format(days=days, hours=hours)
    if hours:
        return sign + with_hours.format(hours=hours, minutes=minutes)
    return sign + only_minutes.format(minutes=minutes)


def working_days_between(start: datetime, end: datetime, calendar: HolidayCalendar) -> int:
    """Working days after start's WIB date up to and including end's; negative if end is earlier."""
    _require_aware(start, "start")
    _require_aware(end, "end")
    first, last = start.astimezone(WIB).date(), end.astimezone(WIB).date()
    if last < first:
        return -working_days_between(end, start, calendar)
    return sum(
        calendar.is_working_day(first + timedelta(days=offset))
        for offset in range(1, (last - first).days + 1)
    )
