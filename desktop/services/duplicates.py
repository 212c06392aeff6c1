"""Likely duplicates: finding them, merging them into one incident, and undoing a merge.

A merge never moves or copies a reporter: each merged report keeps its own sealed
identity and its own privacy choice, and simply points at the primary. Un-merging
restores the report's status, lead agency and assignments as they were.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Area, Assignment, Category, DuplicateDismissal, DuplicateMerge, Note, Report,
)
from desktop.core.catalog import CATEGORY_BY_CODE
from desktop.core.dedup import Candidate, find_groups
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.progress import Progress
from desktop.core.roles import Permission
from desktop.core.workflow import OPEN_STATUSES, Status, check_transition
from desktop.services.access import require
from desktop.services.database import Database
from desktop.services.dto import UserSession
from desktop.services.privacy import identity_stored
from desktop.services.report_actions import add_event, fresh_id

# Reports still being worked on; done, rejected and already-merged ones are history.
_CANDIDATE_STATUSES = tuple(sorted(s.value for s in OPEN_STATUSES))


CONTEXT = "duplicates"
NOTHING_TO_MERGE = QT_TRANSLATE_NOOP("duplicates", "Choose at least one report besides the primary to merge.")
PRIMARY_GONE = QT_TRANSLATE_NOOP("duplicates", "The primary report no longer exists.")
PRIMARY_CLOSED = QT_TRANSLATE_NOOP("duplicates", "The report is {current}; merge into a report that is still open.")
MEMBER_GONE = QT_TRANSLATE_NOOP("duplicates", "One of the reports no longer exists; refresh the list.")
HAS_MERGED = QT_TRANSLATE_NOOP(
    "duplicates", "Reports are merged into this one; make it the primary, or un-merge those first.")
REPORT_GONE = QT_TRANSLATE_NOOP("duplicates", "The report no longer exists.")
NOT_MERGED = QT_TRANSLATE_NOOP("duplicates", "The report is not merged into another report.")


class MergeError(RefusalError):
    """A merge or un-merge cannot be done as asked; ``refusal`` says why."""


@dataclass(frozen=True)
class DuplicateMember:
    id: int
    reference: str
    status: str
    channel: str
    title: str
    received_at: datetime
    location: str
    privacy: str
    has_identity: bool
    distance_m: float | None = None


@dataclass(frozen=True)
class DuplicateGroupView:
    category_code: str
    category_name_id: str
    category_name_en: str
    primary_id: int
    members: tuple[DuplicateMember, ...]

    @property
    def primary(self) -> DuplicateMember:
        return next(m for m in self.members if m.id == self.primary_id)


@dataclass(frozen=True)
class MergedIncident:
    """A primary report and the reports merged into it: one incident, every reporter kept."""

    primary: DuplicateMember
    merged: tuple[DuplicateMember, ...]


def _command_centre(user: UserSession) -> None:
    require(user, Permission.VIEW_ALL_AGENCIES)


def _members(session: Session, user: UserSession, ids,
             distances: dict[int, float] | None = None) -> dict[int, DuplicateMember]:
    rows = session.execute(
        select(Report.id, Report.reference, Report.status, Report.channel, Report.title, Report.received_at,
               Area.kelurahan, Area.kecamatan, Report.privacy)
        .outerjoin(Area, Area.id == Report.area_id).where(Report.id.in_(list(ids))))
    # Only whether an identity is stored, asked the way the vault allows (never the identity).
    return {r[0]: DuplicateMember(r[0], r[1], r[2], r[3], r[4], r[5], f"{r[6]}, {r[7]}" if r[6] else "", r[8],
                                  identity_stored(session, user, r[0], r[8]), (distances or {}).get(r[0]))
            for r in rows}


def find_duplicate_groups(db: Database, user: UserSession, state: Progress | None = None) -> tuple[DuplicateGroupView, ...]:
    """Open reports that look like the same incident, grouped, with a suggested primary."""
    _command_centre(user)
    with db.session() as session:
        rows = session.execute(
            select(Report.id, Category.code, Report.lat, Report.lon, Report.received_at, Report.status)
            .join(Category, Category.id == Report.category_id)
            .where(Report.status.in_(_CANDIDATE_STATUSES), Report.location_problem.is_(None),
                   Report.lat.is_not(None), Report.lon.is_not(None)))
        candidates = [Candidate(*row) for row in rows]
        dismissed = frozenset(session.execute(select(DuplicateDismissal.report_a, DuplicateDismissal.report_b)).tuples())
        groups = find_groups(candidates, dismissed, state)
        distances = {i: d for g in groups for i, d in g.distance_m.items()}
        members = _members(session, user, distances, distances)
    views = []
    for group in groups:
        category = CATEGORY_BY_CODE[group.category]
        views.append(DuplicateGroupView(category.code, category.name_id, category.name_en, group.primary,
                                        tuple(members[i] for i in group.members)))
    return tuple(views)


def merge_duplicates(db: Database, user: UserSession, primary_id: int, member_ids,
                     now: datetime | None = None) -> frozenset[int]:
    """Merge ``member_ids`` into ``primary_id``; returns the ids of every changed report."""
    _command_centre(user)
    now = now or datetime.now(timezone.utc)
    member_ids = [i for i in dict.fromkeys(member_ids) if i != primary_id]
    if not member_ids:
        raise MergeError(Refusal(CONTEXT, NOTHING_TO_MERGE))
    with db.transaction() as session:
        primary = session.get(Report, primary_id)
        if primary is None:
            raise MergeError(Refusal(CONTEXT, PRIMARY_GONE))
        if Status(primary.status) not in OPEN_STATUSES:
            raise MergeError(Refusal(CONTEXT, PRIMARY_CLOSED, {"current": primary.status}, primary.reference))
        members = [session.get(Report, i) for i in member_ids]
        for report in members:
            _check_mergeable(session, user, report, primary)
        for report in members:
            _merge_one(session, user, report, primary, now)
        references = ", ".join(r.reference for r in members)
        session.add(Note(id=fresh_id(session, now), report_id=primary.id, at=now, author_id=user.user_id,
                         agency_id=None, kind="merge", body=f"Merged as the same incident: {references}"))
        primary.updated_at, primary.version = now, primary.version + 1
    return frozenset([primary_id, *member_ids])


def _check_mergeable(session: Session, user: UserSession, report: Report | None, primary: Report) -> None:
    if report is None:
        raise MergeError(Refusal(CONTEXT, MEMBER_GONE))
    decision = check_transition(Status(report.status), Status.DUPLICATE, user.role)
    if not decision.allowed:
        raise MergeError(Refusal.of(decision, report.reference))
    if session.scalar(select(Report.id).where(Report.duplicate_of_id == report.id).limit(1)) is not None:
        raise MergeError(Refusal(CONTEXT, HAS_MERGED, reference=report.reference))


def _merge_one(session: Session, user: UserSession, report: Report, primary: Report, now: datetime) -> None:
    reason = f"merged into {primary.reference}"
    ended = []
    for assignment in session.scalars(select(Assignment).where(
            Assignment.report_id == report.id, Assignment.ended_at.is_(None))):
        assignment.ended_at, assignment.end_reason = now, reason
        ended.append(assignment.id)
    session.add(DuplicateMerge(
        id=fresh_id(session, now), report_id=report.id, primary_id=primary.id, previous_status=report.status,
        previous_lead_agency_id=report.lead_agency_id, ended_assignments=json.dumps(ended), merged_at=now,
        merged_by=user.user_id))
    add_event(session, report, user, "merge", report.status, Status.DUPLICATE.value, now,
              note=f"Merged into {primary.reference}")
    report.status, report.duplicate_of_id, report.lead_agency_id = Status.DUPLICATE.value, primary.id, None
    report.updated_at, report.version = now, report.version + 1


def unmerge(db: Database, user: UserSession, report_id: int, now: datetime | None = None) -> frozenset[int]:
    """Undo a merge: the report is its own incident again, as it was before."""
    _command_centre(user)
    now = now or datetime.now(timezone.utc)
    with db.transaction() as session:
        report = session.get(Report, report_id)
        if report is None:
            raise MergeError(Refusal(CONTEXT, REPORT_GONE))
        if report.status != Status.DUPLICATE.value or report.duplicate_of_id is None:
            raise MergeError(Refusal(CONTEXT, NOT_MERGED, reference=report.reference))
        decision = check_transition(Status.DUPLICATE, Status.WAITING, user.role)
        if not decision.allowed:
            raise MergeError(Refusal.of(decision, report.reference))
        primary_id = report.duplicate_of_id
        merge = session.scalar(select(DuplicateMerge).where(
            DuplicateMerge.report_id == report.id, DuplicateMerge.unmerged_at.is_(None))
            .order_by(DuplicateMerge.merged_at.desc()).limit(1))
        # A report marked duplicate before merges were recorded goes back to the queue.
        restored, lead = Status.WAITING.value, None
        if merge is not None:
            restored, lead = merge.previous_status, merge.previous_lead_agency_id
            for assignment_id in json.loads(merge.ended_assignments):
                assignment = session.get(Assignment, assignment_id)
                if assignment is not None and assignment.end_reason and assignment.end_reason.startswith("merged into"):
                    assignment.ended_at, assignment.end_reason = None, None
            merge.unmerged_at, merge.unmerged_by = now, user.user_id
        primary_reference = session.scalar(select(Report.reference).where(Report.id == primary_id))
        add_event(session, report, user, "unmerge", Status.DUPLICATE.value, restored, now,
                  note=f"Un-merged from {primary_reference}")
        session.add(Note(id=fresh_id(session, now), report_id=primary_id, at=now, author_id=user.user_id,
                         agency_id=None, kind="merge", body=f"{report.reference} is a separate incident again (un-merged)"))
        report.status, report.duplicate_of_id, report.lead_agency_id = restored, None, lead
        report.updated_at, report.version = now, report.version + 1
    return frozenset({report_id, primary_id})


def dismiss_group(db: Database, user: UserSession, report_ids) -> None:
    """Record that these reports are different incidents, so they are not grouped again."""
    _command_centre(user)
    ids = sorted(set(report_ids))
    now = datetime.now(timezone.utc)
    with db.transaction() as session:
        have = set(session.execute(select(DuplicateDismissal.report_a, DuplicateDismissal.report_b).where(
            DuplicateDismissal.report_a.in_(ids))).tuples())
        session.add_all(DuplicateDismissal(report_a=a, report_b=b, at=now, by=user.user_id)
                        for a, b in combinations(ids, 2) if (a, b) not in have)


def merged_incidents(db: Database, user: UserSession, limit: int = 200) -> tuple[MergedIncident, ...]:
    """Incidents that have reports merged into them, most recently changed first."""
    _command_centre(user)
    with db.session() as session:
        original = select(Report.duplicate_of_id).where(Report.duplicate_of_id.is_not(None)).distinct().subquery()
        primaries = list(session.scalars(
            select(Report.id).where(Report.id.in_(select(original.c.duplicate_of_id)))
            .order_by(Report.updated_at.desc(), Report.id.desc()).limit(limit)))
        children = dict(session.execute(
            select(Report.id, Report.duplicate_of_id).where(Report.duplicate_of_id.in_(primaries))).all())
        members = _members(session, user, [*primaries, *children])
    grouped = {p: [] for p in primaries}
    for child, parent in sorted(children.items(), key=lambda item: members[item[0]].received_at):
        grouped[parent].append(members[child])
    return tuple(MergedIncident(members[p], tuple(grouped[p])) for p in primaries)
