"""The command centre's moves on the board: dispatch, coordinate, re-route, recall, and undo.

Several cards dropped together move in one transaction: all of them, or none when any
one is refused (stale, not allowed, a disabled agency), so a drop is also one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from db.models import Agency, Assignment, Report
from desktop.core import dispatching
from desktop.core.dispatching import CardState, Move, Refusal, plan_move
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.core.workflow import Status, check_transition
from desktop.services.access import require
from desktop.services.database import Database
from desktop.services.dto import UserSession
from desktop.services.report_actions import (
    CONTEXT, STALE, ActionRefused, CardRef, StaleCard, active_assignments, add_event, agency_by_code, change_status,
    claim, clean_text, fresh_id,
)

REROUTE_REASON = QT_TRANSLATE_NOOP("actions", "Re-routing a report needs a written reason.")
NO_UNDO = QT_TRANSLATE_NOOP("actions", "There is nothing to undo.")
ACCEPTED = QT_TRANSLATE_NOOP("actions", "{agency} has already accepted it, so it can no longer be undone.")
CHANGED = QT_TRANSLATE_NOOP("actions", "It has changed since (it is now {target}), so it can no longer be undone.")
# Written into the history, where the command centre and the agency read it.
UNDO_NOTE = "Sent by mistake; taken back before the agency accepted it"
PROMOTED = "Became the lead agency"


@dataclass(frozen=True)
class UndoItem:
    report_id: int
    # The version right after the move: any later change (an acceptance too) ends the chance to undo.
    version: int
    assignment_id: int
    previous_status: str
    previous_first_action_at: datetime | None
    previous_dispatched_at: datetime | None


@dataclass(frozen=True)
class UndoToken:
    """What the last dispatch or coordination did, so it can be taken back."""

    move: Move
    agency_code: str
    items: tuple[UndoItem, ...]


@dataclass(frozen=True)
class MoveResult:
    move: Move
    agency_code: str | None
    reports: frozenset[int]
    undo: UndoToken | None = None


def _state(session, report: Report) -> CardState:
    parts = session.execute(select(Agency.code, Assignment.role).join(Assignment, Assignment.agency_id == Agency.id)
                            .where(Assignment.report_id == report.id, Assignment.ended_at.is_(None))).all()
    lead = session.scalar(select(Agency.code).where(Agency.id == report.lead_agency_id)) \
        if report.lead_agency_id else None
    return CardState(report.reference, Status(report.status), lead,
                     frozenset(code for code, role in parts if role == "support"))


def move_cards(db: Database, user: UserSession, move: Move, cards: Sequence[CardRef], agency_code: str | None,
               reason: str | None = None, now: datetime | None = None) -> MoveResult:
    """Carry out one board move on ``cards``, re-checked against the database's current state."""
    now = now or datetime.now(timezone.utc)
    reason = clean_text(reason)
    require(user, Permission.DISPATCH)
    if not cards:
        raise ActionRefused(Refusal(dispatching.CONTEXT, dispatching.NOTHING))
    undo_items: list[UndoItem] = []
    with db.transaction() as session:
        agency = agency_by_code(session, agency_code) if agency_code else None
        for ref in cards:
            report = claim(session, user, ref, now)
            state = _state(session, report)
            plan = plan_move(state, agency.code if agency else None, user.role,
                             support=move == Move.COORDINATE, target_active=agency.active if agency else True)
            if not plan.allowed:
                raise ActionRefused(plan.refusal)
            if plan.move != move:
                # The report is no longer where the user saw it (e.g. dispatched by someone else).
                raise StaleCard(Refusal(CONTEXT, STALE, {"target": report.status}, report.reference))
            if plan.needs_reason and not reason:
                if move == Move.REROUTE:
                    raise ActionRefused(Refusal(CONTEXT, REROUTE_REASON, reference=report.reference))
                decision = check_transition(state.status, plan.target_status, user.role, reason)
                raise ActionRefused(Refusal.of(decision, report.reference))
            item = _apply(session, user, report, move, agency, plan.target_status, reason, now)
            if item is not None:
                undo_items.append(item)
    undo = UndoToken(move, agency.code, tuple(undo_items)) if undo_items and agency else None
    return MoveResult(move, agency.code if agency else None, frozenset(ref.id for ref in cards), undo)


def _assign(session, user: UserSession, report: Report, agency: Agency, role: str, now: datetime) -> Assignment:
    assignment = Assignment(id=fresh_id(session, now), report_id=report.id, agency_id=agency.id, role=role,
                            assigned_at=now, assigned_by=user.user_id)
    session.add(assignment)
    return assignment


def _end(assignments, now: datetime, reason: str | None) -> None:
    for assignment in assignments:
        assignment.ended_at = now
        assignment.end_reason = reason


def _apply(session, user: UserSession, report: Report, move: Move, agency: Agency | None, target: Status,
           reason: str, now: datetime) -> UndoItem | None:
    before = report.status
    remembered = (before, report.first_action_at, report.dispatched_at)
    # Recalls are recorded against the agency the report is taken from.
    event_agency = agency.id if agency else report.lead_agency_id
    if move == Move.DISPATCH:
        assignment = _assign(session, user, report, agency, "lead", now)
        report.lead_agency_id = agency.id
        report.dispatched_at = now
        report.first_action_at = report.first_action_at or now
    elif move == Move.COORDINATE:
        assignment = _assign(session, user, report, agency, "support", now)
    elif move == Move.REROUTE:
        current = active_assignments(session, report.id)
        _end([a for a in current if a.role == "lead"], now, reason)
        _end([a for a in current if a.agency_id == agency.id], now, PROMOTED)
        assignment = _assign(session, user, report, agency, "lead", now)
        report.lead_agency_id = agency.id
        report.dispatched_at = now
    else:
        _end(active_assignments(session, report.id), now, reason)
        assignment = None
        report.lead_agency_id = None
    report.status = target.value
    add_event(session, report, user, move.value, before, target.value, now, event_agency, reason or None)
    session.flush()
    if move in (Move.DISPATCH, Move.COORDINATE):
        return UndoItem(report.id, report.version, assignment.id, *remembered)
    return None


def dispatch(db: Database, user: UserSession, cards: Sequence[CardRef], agency_code: str,
             now: datetime | None = None) -> MoveResult:
    """Send reports waiting in the inbox to ``agency_code`` as the lead agency."""
    return move_cards(db, user, Move.DISPATCH, cards, agency_code, now=now)


def coordinate(db: Database, user: UserSession, cards: Sequence[CardRef], agency_code: str,
               now: datetime | None = None) -> MoveResult:
    """Bring ``agency_code`` in as a supporting agency (Koordinasi); the lead stays."""
    return move_cards(db, user, Move.COORDINATE, cards, agency_code, now=now)


def reroute(db: Database, user: UserSession, cards: Sequence[CardRef], agency_code: str, reason: str,
            now: datetime | None = None) -> MoveResult:
    """Make ``agency_code`` the lead instead of the current one, saying why."""
    return move_cards(db, user, Move.REROUTE, cards, agency_code, reason, now)


def recall(db: Database, user: UserSession, cards: Sequence[CardRef], reason: str,
           now: datetime | None = None) -> MoveResult:
    """Take reports back from their agencies into the command centre's inbox, saying why."""
    return move_cards(db, user, Move.RECALL, cards, None, reason, now)


def undo(db: Database, user: UserSession, token: UndoToken | None, now: datetime | None = None) -> MoveResult:
    """Take back a dispatch or coordination, as long as the agency has not accepted it and nothing else changed."""
    now = now or datetime.now(timezone.utc)
    require(user, Permission.DISPATCH)
    if token is None or not token.items:
        raise ActionRefused(Refusal(CONTEXT, NO_UNDO))
    with db.transaction() as session:
        for item in token.items:
            assignment = session.get(Assignment, item.assignment_id)
            report = session.get(Report, item.report_id)
            if assignment is not None and assignment.accepted_at is not None:
                raise ActionRefused(Refusal(CONTEXT, ACCEPTED, {"agency": token.agency_code},
                                            report.reference if report else None))
            if report is None or report.version != item.version or assignment is None or assignment.ended_at:
                status = report.status if report else Status.WAITING.value
                raise ActionRefused(Refusal(CONTEXT, CHANGED, {"target": status},
                                            report.reference if report else None))
            report = claim(session, user, CardRef(item.report_id, item.version), now)
            _take_back(session, user, report, assignment, token.move, item, now)
    return MoveResult(token.move, token.agency_code, frozenset(item.report_id for item in token.items))


def _take_back(session, user: UserSession, report: Report, assignment: Assignment, move: Move, item: UndoItem,
               now: datetime) -> None:
    if move == Move.DISPATCH:
        # Back to the inbox; a dispatch made by mistake was no first action on the report either.
        target = Status.WAITING
        report.lead_agency_id = None
        report.first_action_at = item.previous_first_action_at
        report.dispatched_at = item.previous_dispatched_at
    else:
        target = Status(item.previous_status)
    _end([assignment], now, UNDO_NOTE)
    if target == Status(report.status):
        add_event(session, report, user, "undo", target.value, target.value, now, assignment.agency_id, UNDO_NOTE)
    else:
        change_status(session, user, report, target, "undo", now, assignment.agency_id, UNDO_NOTE)
    session.flush()


def reject(db: Database, user: UserSession, cards: Sequence[CardRef], reason: str,
           now: datetime | None = None) -> frozenset[int]:
    """Close reports that are not real or not the city's to handle, saying why: all of ``cards``, or none.

    Any agency's part ends with the reason; the rejection counts as the report's first action.
    """
    now = now or datetime.now(timezone.utc)
    reason = clean_text(reason)
    require(user, Permission.DISPATCH)
    if not cards:
        raise ActionRefused(Refusal(dispatching.CONTEXT, dispatching.NOTHING))
    with db.transaction() as session:
        for ref in cards:
            report = claim(session, user, ref, now)
            change_status(session, user, report, Status.REJECTED, "reject", now, None, reason)
            _end(active_assignments(session, report.id), now, reason)
            report.lead_agency_id = None
            report.first_action_at = report.first_action_at or now
    return frozenset(ref.id for ref in cards)
