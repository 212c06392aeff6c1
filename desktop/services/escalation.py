"""Raising breached deadlines to the supervisors, once per report and clock.

Any command-centre workstation runs the sweep; the unique (report, clock) constraint
means two workstations sweeping at the same moment still escalate each breach once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError

from db.models import Agency, Escalation, Report, User
from desktop.core.catalog import Priority
from desktop.core.deadlines import Clock, Timed, breaches
from desktop.core.dispatching import Refusal
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission, Role
from desktop.core.sla import EMERGENCY_FIRST_ACTION, WIB
from desktop.core.workflow import OPEN_STATUSES, Status
from desktop.services.access import AccessDenied, require
from desktop.services.database import Database
from desktop.services.dto import UserSession
from desktop.services.report_actions import CONTEXT, ActionRefused, CardRef, add_event, claim, clean_text, fresh_id

_OPEN = sorted(s.value for s in OPEN_STATUSES)
# The history line, read by the command centre, the agency and the supervisors.
NOTES = {
    Clock.FIRST_ACTION: "Escalated to supervisors: no first action within 15 minutes of an emergency",
    Clock.DEADLINE: "Escalated to supervisors: deadline passed ({due} WIB)",
}
ALREADY_ACKNOWLEDGED = QT_TRANSLATE_NOOP("actions", "This escalation was already acknowledged.")
ESCALATE_REASON = QT_TRANSLATE_NOOP("actions", "Escalating a report needs a written reason.")
ESCALATE_CLOSED = QT_TRANSLATE_NOOP("actions", "A report that is {current} cannot be escalated.")
SUPERVISOR_ONLY = QT_TRANSLATE_NOOP("access", "only a supervisor acknowledges escalations")
NO_ESCALATION = QT_TRANSLATE_NOOP("access", "this escalation does not exist")
# The history line of an escalation a supervisor raises by hand.
RAISED_NOTE = "Escalated by a supervisor to the head of the agency: {reason}"


@dataclass(frozen=True)
class EscalationView:
    id: int
    report_id: int
    reference: str
    clock: Clock
    due_at: datetime
    escalated_at: datetime
    agency: str | None
    acknowledged_by: str | None


def _breached(session, now: datetime):
    """(report, clock, due) for every breach at ``now`` that has no escalation yet."""
    def not_escalated(clock: Clock):
        return ~exists().where(Escalation.report_id == Report.id, Escalation.clock == clock.value)

    late_emergencies = select(Report).where(
        Report.status.in_(_OPEN), Report.emergency.is_(True),
        Report.received_at <= now - EMERGENCY_FIRST_ACTION, not_escalated(Clock.FIRST_ACTION))
    past_due = select(Report).where(Report.status.in_(_OPEN), Report.due_at <= now, not_escalated(Clock.DEADLINE))
    for wanted, statement in ((Clock.FIRST_ACTION, late_emergencies), (Clock.DEADLINE, past_due)):
        for report in session.scalars(statement):
            timed = Timed(report.id, report.reference, report.emergency, report.received_at,
                          report.first_action_at, report.due_at)
            for clock, due in breaches(timed, now):
                if clock == wanted:
                    yield report, clock, due


def escalate_breaches(db: Database, user: UserSession, now: datetime | None = None) -> tuple[EscalationView, ...]:
    """Escalate every open report whose deadline has passed by ``now`` and was not escalated yet."""
    now = now or datetime.now(timezone.utc)
    require(user, Permission.DISPATCH)
    for attempt in range(2):
        try:
            return _sweep(db, now)
        except IntegrityError:
            # Another workstation escalated some of the same breaches first; theirs stand, sweep again.
            if attempt:
                raise
    return ()


def _sweep(db: Database, now: datetime) -> tuple[EscalationView, ...]:
    made = []
    with db.transaction() as session:
        codes = dict(session.execute(select(Agency.id, Agency.code)).all())
        for report, clock, due in list(_breached(session, now)):
            row = Escalation(id=fresh_id(session, now), report_id=report.id, clock=clock.value, due_at=due,
                             escalated_at=now, agency_id=report.lead_agency_id)
            session.add(row)
            note = NOTES[clock].format(due=due.astimezone(WIB).strftime("%d-%m-%Y %H:%M"))
            # An escalation adds to the history but changes nothing a user was working on,
            # so it leaves the report's version alone (no open drag becomes stale).
            add_event(session, report, None, "escalate", report.status, report.status, now,
                      report.lead_agency_id, note)
            made.append(EscalationView(row.id, report.id, report.reference, clock, due, now,
                                       codes.get(report.lead_agency_id), None))
    return tuple(made)


def list_escalations(db: Database, user: UserSession, include_acknowledged: bool = False,
                     since: datetime | None = None) -> tuple[EscalationView, ...]:
    """Escalations for the command centre, newest first."""
    require(user, Permission.DISPATCH)
    statement = (select(Escalation, Report.reference, Agency.code, User.display_name)
                 .join(Report, Report.id == Escalation.report_id)
                 .outerjoin(Agency, Agency.id == Escalation.agency_id)
                 .outerjoin(User, User.id == Escalation.acknowledged_by)
                 .order_by(Escalation.escalated_at.desc(), Escalation.id.desc()))
    if not include_acknowledged:
        statement = statement.where(Escalation.acknowledged_at.is_(None))
    if since is not None:
        statement = statement.where(Escalation.escalated_at >= since)
    with db.session() as session:
        return tuple(EscalationView(e.id, e.report_id, reference, Clock(e.clock), e.due_at, e.escalated_at, code, who)
                     for e, reference, code, who in session.execute(statement))


def acknowledge(db: Database, user: UserSession, escalation_id: int, now: datetime | None = None) -> int:
    """A supervisor has seen the breach and taken it up; returns the report id."""
    now = now or datetime.now(timezone.utc)
    if user.role != Role.SUPERVISOR:
        raise AccessDenied(SUPERVISOR_ONLY)
    with db.transaction() as session:
        row = session.get(Escalation, escalation_id)
        if row is None:
            raise AccessDenied(NO_ESCALATION)
        if row.acknowledged_at is not None:
            raise ActionRefused(Refusal(CONTEXT, ALREADY_ACKNOWLEDGED))
        row.acknowledged_at = now
        row.acknowledged_by = user.user_id
        return row.report_id


def escalate(db: Database, user: UserSession, cards: Sequence[CardRef], reason: str,
             now: datetime | None = None) -> frozenset[int]:
    """A supervisor raises open reports to the head of their lead agency: all of ``cards``, or none.

    Each becomes high priority (an emergency stays one) and its history says why.
    """
    now = now or datetime.now(timezone.utc)
    reason = clean_text(reason)
    require(user, Permission.SUPERVISE)
    if not reason:
        raise ActionRefused(Refusal(CONTEXT, ESCALATE_REASON))
    with db.transaction() as session:
        for ref in cards:
            report = claim(session, user, ref, now)
            if Status(report.status) not in OPEN_STATUSES:
                raise ActionRefused(Refusal(CONTEXT, ESCALATE_CLOSED, {"current": report.status}, report.reference))
            if report.priority != Priority.EMERGENCY.value:
                report.priority = Priority.HIGH.value
            add_event(session, report, user, "escalate", report.status, report.status, now, report.lead_agency_id,
                      RAISED_NOTE.format(reason=reason))
    return frozenset(ref.id for ref in cards)
