"""What every workflow action shares: claiming a report at the version the user saw, and writing history.

A card on screen carries the report's ``version``. An action names that version; if the
report changed in between (another officer dispatched it, the agency started it), the
action is refused as stale and nothing is written, rather than overwriting what the user
never saw.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Agency, Assignment, Report, StatusEvent
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.workflow import Status, check_transition
from desktop.services.access import AccessDenied, visible_report
from desktop.services.dto import UserSession

# The context the templates below are marked with; lupdate only reads it written out in each one.
CONTEXT = "actions"
STALE = QT_TRANSLATE_NOOP(
    "actions", "Someone else changed this report meanwhile (it is now {target}); nothing was changed. "
             "The current state is shown now.")
UNKNOWN_AGENCY = QT_TRANSLATE_NOOP("actions", "There is no agency with the code {agency}.")
NOT_YOURS = QT_TRANSLATE_NOOP("access", "this report does not exist or is not yours to act on")


class ActionRefused(RefusalError):
    """The action was refused and nothing was written; ``refusal`` says why, translatably."""

    refusal: Refusal


class StaleCard(ActionRefused):
    """The report changed since the user saw it."""


@dataclass(frozen=True)
class CardRef:
    """A report as the user saw it: its id and the version on screen (None: act on whatever is current)."""

    id: int
    version: int | None = None


def claim(session: Session, user: UserSession, ref: CardRef, now: datetime) -> Report:
    """Load a report the user may act on and take the next version, or refuse if it moved on.

    The version is taken by a guarded UPDATE, so of two users acting on the same version
    exactly one wins, on SQLite and PostgreSQL alike.
    """
    report = session.scalar(visible_report(user, ref.id))
    if report is None:
        raise AccessDenied(NOT_YOURS)
    expected = report.version if ref.version is None else ref.version
    taken = session.execute(
        update(Report).where(Report.id == ref.id, Report.version == expected)
        .values(version=expected + 1, updated_at=now)
        .execution_options(synchronize_session=False))
    if taken.rowcount != 1:
        session.refresh(report)
        raise StaleCard(Refusal(CONTEXT, STALE, {"target": report.status}, report.reference))
    session.refresh(report)
    return report


def agency_by_code(session: Session, code: str) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code))
    if agency is None:
        raise ActionRefused(Refusal(CONTEXT, UNKNOWN_AGENCY, {"agency": code}))
    return agency


def active_assignments(session: Session, report_id: int) -> list[Assignment]:
    return list(session.scalars(
        select(Assignment).where(Assignment.report_id == report_id, Assignment.ended_at.is_(None))
        .order_by(Assignment.assigned_at, Assignment.id)))


def fresh_id(session: Session, now: datetime) -> int:
    """A new row id, distinct from every other one made in this transaction.

    ``new_id`` draws 20 random bits per millisecond: fine for one row, but a sweep writing
    thousands of rows in the same millisecond would collide, so a transaction counts up
    from one random start instead.
    """
    value = session.info.get("next_id") or new_id(now)
    session.info["next_id"] = value + 1
    return value


def add_event(session: Session, report: Report, user: UserSession | None, action: str, from_status: str,
              to_status: str, now: datetime, agency_id: int | None = None, note: str | None = None) -> None:
    session.add(StatusEvent(
        id=fresh_id(session, now), report_id=report.id, at=now, actor_id=user.user_id if user else None, action=action,
        from_status=from_status, to_status=to_status, agency_id=agency_id, note=note))


def change_status(session: Session, user: UserSession, report: Report, target: Status, action: str, now: datetime,
                  agency_id: int | None = None, note: str | None = None) -> None:
    """Move a claimed report to ``target`` if the workflow lets ``user`` (``note``: the reason), writing history."""
    before = Status(report.status)
    decision = check_transition(before, target, user.role, note)
    if not decision.allowed:
        raise ActionRefused(Refusal.of(decision, report.reference))
    report.status = target.value
    add_event(session, report, user, action, before.value, target.value, now, agency_id, note)


def clean_text(text: str | None) -> str:
    return (text or "").strip()
