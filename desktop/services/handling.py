"""The agency's side of a report: accept, start handling, field notes, after-photo, done, hand back.

Agency staff act only on reports their own agency leads or supports (``claim`` goes
through the same scope as every read). Starting, finishing and handing the whole report
back are the lead agency's; a supporting agency that finds the report is not its
remit withdraws its support instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from db.models import Agency, Assignment, Note, Photo, Report
from desktop.core.dispatching import Refusal
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.photos import PhotoError, sanitize
from desktop.core.roles import Permission, Role
from desktop.core.workflow import Status
from desktop.services.access import AccessDenied, require
from desktop.services.database import Database
from desktop.services.dto import UserSession
from desktop.services.report_actions import (
    CONTEXT, ActionRefused, CardRef, active_assignments, add_event, change_status, claim, clean_text, fresh_id,
)

NOT_INVOLVED = QT_TRANSLATE_NOOP("actions", "Your agency has no open part in this report.")
LEAD_ONLY = QT_TRANSLATE_NOOP(
    "actions", "Only the lead agency ({agency}) can do this; your agency supports this report.")
ALREADY_ACCEPTED = QT_TRANSLATE_NOOP("actions", "Your agency has already accepted this report.")
NOTE_EMPTY = QT_TRANSLATE_NOOP("actions", "The note is empty; write what was done or found.")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("actions", "The note is {length} characters long; the limit is {limit}.")
HANDBACK_REASON = QT_TRANSLATE_NOOP(
    "actions", "Handing a report back needs a written reason, so the command centre knows where it belongs.")
PHOTO_REFUSED = QT_TRANSLATE_NOOP("actions", "The photo was not added: {problem}")
NO_AGENCY = QT_TRANSLATE_NOOP("access", "this account belongs to no agency")

MAX_NOTE = 4000
# What the history says about supporting agencies when the lead hands the report back.
LEAD_RETURNED = "Returned to the command centre by the lead agency"


@dataclass(frozen=True)
class HandlingResult:
    report_id: int
    status: str
    version: int


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(timezone.utc)


def _own_part(session, user: UserSession, report: Report) -> Assignment:
    """The user's agency's open assignment on ``report``."""
    for assignment in active_assignments(session, report.id):
        if assignment.agency_id == user.agency_id:
            return assignment
    raise ActionRefused(Refusal(CONTEXT, NOT_INVOLVED, reference=report.reference))


def _require_lead(session, report: Report, part: Assignment) -> None:
    if part.role != "lead":
        lead = session.scalar(select(Agency.short_name).where(Agency.id == report.lead_agency_id))
        raise ActionRefused(Refusal(CONTEXT, LEAD_ONLY, {"agency": lead or "—"}, report.reference))


def _result(session, report: Report) -> HandlingResult:
    session.flush()
    return HandlingResult(report.id, report.status, report.version)


def _staff(user: UserSession) -> None:
    require(user, Permission.WORK_QUEUE)
    if user.agency_id is None:
        raise AccessDenied(NO_AGENCY)


def accept(db: Database, user: UserSession, ref: CardRef, now: datetime | None = None) -> HandlingResult:
    """Acknowledge the report: the agency has it and will act; dispatch can no longer be undone."""
    now = _now(now)
    _staff(user)
    with db.transaction() as session:
        report = claim(session, user, ref, now)
        part = _own_part(session, user, report)
        if part.accepted_at is not None:
            raise ActionRefused(Refusal(CONTEXT, ALREADY_ACCEPTED, reference=report.reference))
        part.accepted_at = now
        add_event(session, report, user, "accept", report.status, report.status, now, user.agency_id)
        return _result(session, report)


def start(db: Database, user: UserSession, ref: CardRef, now: datetime | None = None) -> HandlingResult:
    """Field officers are on it (Proses); starting also accepts, if that was not done yet."""
    now = _now(now)
    _staff(user)
    with db.transaction() as session:
        report = claim(session, user, ref, now)
        part = _own_part(session, user, report)
        _require_lead(session, report, part)
        change_status(session, user, report, Status.IN_PROGRESS, "start", now, user.agency_id)
        part.accepted_at = part.accepted_at or now
        return _result(session, report)


def add_note(db: Database, user: UserSession, ref: CardRef, body: str, now: datetime | None = None) -> HandlingResult:
    """A field note from the agency; notes only ever add, so no version check is needed."""
    now = _now(now)
    _staff(user)
    body = clean_text(body)
    if not body:
        raise ActionRefused(Refusal(CONTEXT, NOTE_EMPTY))
    if len(body) > MAX_NOTE:
        raise ActionRefused(Refusal(CONTEXT, NOTE_TOO_LONG, {"length": str(len(body)), "limit": str(MAX_NOTE)}))
    with db.transaction() as session:
        report = claim(session, user, CardRef(ref.id), now)
        _own_part(session, user, report)
        session.add(Note(id=fresh_id(session, now), report_id=report.id, at=now, author_id=user.user_id,
                         agency_id=user.agency_id, kind="field", body=body))
        return _result(session, report)


def add_after_photo(db: Database, user: UserSession, ref: CardRef, data: bytes,
                    now: datetime | None = None) -> HandlingResult:
    """The photo of the result, stripped of its metadata before it is stored."""
    now = _now(now)
    _staff(user)
    try:
        photo = sanitize(data)
    except PhotoError as exc:
        raise ActionRefused(Refusal(CONTEXT, PHOTO_REFUSED, {"problem": exc.refusal})) from None
    with db.transaction() as session:
        report = claim(session, user, CardRef(ref.id), now)
        _own_part(session, user, report)
        session.add(Photo(id=fresh_id(session, now), report_id=report.id, kind="after",
                          content_type=photo.content_type, width=photo.width, height=photo.height,
                          sha256=photo.sha256, data=photo.data, created_at=now, created_by=user.user_id))
        report.photo_count += 1
        add_event(session, report, user, "after_photo", report.status, report.status, now, user.agency_id)
        return _result(session, report)


def complete(db: Database, user: UserSession, ref: CardRef, note: str | None = None,
             now: datetime | None = None) -> HandlingResult:
    """Done (Selesai): every agency's part ends as finished work; the citizen may now rate it."""
    now = _now(now)
    note = clean_text(note) or None
    with db.transaction() as session:
        report = claim(session, user, ref, now)
        if user.role == Role.AGENCY_STAFF:
            _require_lead(session, report, _own_part(session, user, report))
        else:
            require(user, Permission.VIEW_ALL_AGENCIES)
        change_status(session, user, report, Status.DONE, "complete", now, user.agency_id, note)
        report.done_at = now
        for assignment in active_assignments(session, report.id):
            assignment.ended_at = now
        return _result(session, report)


def hand_back(db: Database, user: UserSession, ref: CardRef, reason: str,
              now: datetime | None = None) -> HandlingResult:
    """"Not our remit": the lead returns the report to the command centre; a supporter withdraws."""
    now = _now(now)
    _staff(user)
    reason = clean_text(reason)
    if not reason:
        raise ActionRefused(Refusal(CONTEXT, HANDBACK_REASON))
    with db.transaction() as session:
        report = claim(session, user, ref, now)
        part = _own_part(session, user, report)
        if part.role == "lead":
            change_status(session, user, report, Status.WAITING, "hand_back", now, user.agency_id, reason)
            for assignment in active_assignments(session, report.id):
                assignment.ended_at = now
                assignment.end_reason = reason if assignment is part else LEAD_RETURNED
            report.lead_agency_id = None
        else:
            part.ended_at = now
            part.end_reason = reason
            add_event(session, report, user, "withdraw", report.status, report.status, now, user.agency_id, reason)
        session.add(Note(id=fresh_id(session, now), report_id=report.id, at=now, author_id=user.user_id,
                         agency_id=user.agency_id, kind="handback", body=reason))
        return _result(session, report)
