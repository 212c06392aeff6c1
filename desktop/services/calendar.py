"""The holiday calendar deadlines run on: the packaged one, or an installer's newer file.

Public holidays and joint leave are decreed year by year, so an installer replaces the
file without waiting for a new release. A replacement is checked in full before it is
used; a bad one is refused with the entry at fault, and the calendar in use stays as it was.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from db.models import Category, Report
from desktop import config
from desktop.core.sla import CalendarError, HolidayCalendar, due_at, load_holidays
from desktop.core.workflow import OPEN_STATUSES
from desktop.services.database import Database

HOLIDAYS_FILE = "holidays_id.json"


def override_path() -> Path:
    """Where an installed replacement calendar lives (beside the user's settings)."""
    return config.config_dir() / HOLIDAYS_FILE


@dataclass(frozen=True)
class CalendarInUse:
    calendar: HolidayCalendar
    source: str  # "packaged" or the override file's path
    # Why the installed replacement is not used, when it cannot be read.
    problem: str | None = None


def calendar_in_use(path: Path | None = None) -> CalendarInUse:
    """The replacement calendar if there is a usable one, else the packaged one (with the reason)."""
    path = path or override_path()
    if not path.exists():
        return CalendarInUse(load_holidays(), "packaged")
    try:
        return CalendarInUse(load_holidays(str(path)), str(path))
    except CalendarError as exc:
        return CalendarInUse(load_holidays(), "packaged", f"{path}: {exc}")


def install_calendar(source: Path, target: Path | None = None) -> HolidayCalendar:
    """Check ``source`` and make it the calendar in use; CalendarError (nothing replaced) if it is bad."""
    calendar = load_holidays(str(source))
    target = target or override_path()
    text = source.read_text(encoding="utf-8")
    # Write beside the target and rename, so a crash never leaves half a file in use.
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".holidays-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return calendar


def recompute_deadlines(db: Database, calendar: HolidayCalendar, now: datetime | None = None) -> int:
    """Move the deadlines of open reports to what ``calendar`` says; returns how many changed."""
    now = now or datetime.now(timezone.utc)
    changed = 0
    with db.transaction() as session:
        days = dict(session.execute(select(Category.id, Category.deadline_days)).all())
        rows = session.execute(select(Report).where(Report.status.in_(sorted(s.value for s in OPEN_STATUSES))))
        for report in rows.scalars():
            due = due_at(report.received_at, days[report.category_id], calendar)
            if due != report.due_at:
                report.due_at = due
                report.version += 1
                report.updated_at = now
                changed += 1
    return changed
