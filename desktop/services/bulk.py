"""Acting on many reports at once: first a preview of what will change, then the change itself.

The preview reads each chosen report and says, report by report, what the action will do
to it or why it will be left alone. Applying carries out exactly the previewed changes in
one transaction: a re-route through the board's own move, a merge through the duplicate
list's, a rejection through the dispatch service's, an escalation through the escalation
service's. Every report gets its own line in its history. A report that changed after the preview refuses the whole
run (nothing is written) and the supervisor previews again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import StrEnum

from sqlalchemy import select

from db.models import Agency, MapPoint, Report
from desktop.core.catalog import Priority
from desktop.core.dispatching import CardState, Move, Refusal, plan_move
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.core.workflow import OPEN_STATUSES, Status, check_transition
from desktop.services import audit
from desktop.services.access import require, scoped
from desktop.services.board import load_cards
from desktop.services.database import Database
from desktop.services.dispatch import reject, reroute
from desktop.services.dto import ReportQuery, UserSession
from desktop.services.duplicates import MergeError, merge_duplicates
from desktop.services.escalation import escalate
from desktop.services.report_actions import ActionRefused, CardRef, clean_text
from desktop.services.reports import _filtered, scoped_points

CONTEXT = "bulk"
# One run handles at most this many reports: beyond it a mistake costs more than the time saved.
MAX_REPORTS = 5000

NOTHING_CHOSEN = QT_TRANSLATE_NOOP("bulk", "No report is chosen.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "bulk", "{count} reports are chosen; one bulk action handles at most {limit}. Narrow the filter.")
REASON_NEEDED = QT_TRANSLATE_NOOP("bulk", "Write the reason: it goes into the history of every report.")
AGENCY_NEEDED = QT_TRANSLATE_NOOP("bulk", "Choose the agency the reports go to.")
UNKNOWN_AGENCY = QT_TRANSLATE_NOOP("bulk", "There is no agency with the code {agency}.")
AGENCY_DISABLED = QT_TRANSLATE_NOOP("bulk", "{agency} is disabled and takes no reports.")
PRIMARY_NEEDED = QT_TRANSLATE_NOOP("bulk", "Give the reference of the report the others duplicate.")
UNKNOWN_PRIMARY = QT_TRANSLATE_NOOP("bulk", "There is no report with the reference {reference}.")
PRIMARY_CLOSED = QT_TRANSLATE_NOOP("bulk", "{reference} is closed; mark the reports as duplicates of an open one.")
NOTHING_TO_DO = QT_TRANSLATE_NOOP("bulk", "None of the chosen reports can take this action; nothing was changed.")
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "bulk", "Some reports changed after the preview; nothing was changed. Preview again.")
# Why one report is left out of the run.
SKIP_GONE = QT_TRANSLATE_NOOP("bulk", "no longer exists or is not yours to see")
SKIP_CLOSED = QT_TRANSLATE_NOOP("bulk", "is closed")
SKIP_IN_INBOX = QT_TRANSLATE_NOOP("bulk", "waits in the inbox: dispatch it rather than re-route it")
SKIP_IS_PRIMARY = QT_TRANSLATE_NOOP("bulk", "is the report the others duplicate")
SKIP_HAS_DUPLICATES = QT_TRANSLATE_NOOP("bulk", "has duplicates merged into it")
SKIP_ALREADY_LEAD = QT_TRANSLATE_NOOP("bulk", "is already with this agency")


class BulkAction(StrEnum):
    REROUTE = "reroute"
    ESCALATE = "escalate"
    DUPLICATE = "duplicate"
    REJECT = "reject"


@dataclass(frozen=True)
class BulkRequest:
    action: BulkAction
    report_ids: tuple[int, ...]
    reason: str = ""
    # The new lead agency (re-route).
    agency: str | None = None
    # The report the others duplicate (mark duplicate of).
    primary_reference: str | None = None


@dataclass(frozen=True)
class PlannedChange:
    """One report before and after the action, or why the action leaves it alone."""

    report_id: int
    reference: str
    version: int
    status: str
    agency: str | None
    priority: str
    new_status: str | None = None
    new_agency: str | None = None
    new_priority: str | None = None
    skipped: Refusal | None = None

    @property
    def changes(self) -> bool:
        return self.skipped is None


@dataclass(frozen=True)
class BulkPreview:
    request: BulkRequest
    changes: tuple[PlannedChange, ...] = ()
    # A problem with the request itself (no reason, unknown agency…): nothing can be applied.
    problem: Refusal | None = None
    primary_id: int | None = None

    @property
    def applicable(self) -> tuple[PlannedChange, ...]:
        return tuple(c for c in self.changes if c.changes)

    @property
    def skipped(self) -> tuple[PlannedChange, ...]:
        return tuple(c for c in self.changes if not c.changes)


@dataclass(frozen=True)
class BulkResult:
    action: BulkAction
    changed: frozenset[int]
    skipped: int = 0
    touched: frozenset[int] = field(default_factory=frozenset)


def report_ids(db: Database, user: UserSession, query: ReportQuery, limit: int = MAX_REPORTS + 1,
               now: datetime | None = None) -> tuple[int, ...]:
    """The reports ``query`` selects, oldest first, up to ``limit`` (one more than allowed shows the excess)."""
    now = now or datetime.now(timezone.utc)
    with db.session() as session:
        ids = scoped_points(_filtered(select(MapPoint.report_id), query, now, db.dialect), user)
        return tuple(session.scalars(ids.order_by(MapPoint.received_at, MapPoint.report_id).limit(limit)))


def _problem(template: str, **params: str) -> Refusal:
    return Refusal(CONTEXT, template, params)


def _check_request(session, request: BulkRequest) -> tuple[Refusal | None, Agency | None, Report | None]:
    if not request.report_ids:
        return _problem(NOTHING_CHOSEN), None, None
    if len(request.report_ids) > MAX_REPORTS:
        return _problem(TOO_MANY, count=str(len(request.report_ids)), limit=str(MAX_REPORTS)), None, None
    if request.action != BulkAction.DUPLICATE and not clean_text(request.reason):
        return _problem(REASON_NEEDED), None, None
    if request.action == BulkAction.REROUTE:
        if not request.agency:
            return _problem(AGENCY_NEEDED), None, None
        agency = session.scalar(select(Agency).where(Agency.code == request.agency))
        if agency is None:
            return _problem(UNKNOWN_AGENCY, agency=request.agency), None, None
        if not agency.active:
            return _problem(AGENCY_DISABLED, agency=agency.short_name), None, None
        return None, agency, None
    if request.action == BulkAction.DUPLICATE:
        reference = clean_text(request.primary_reference).upper()
        if not reference:
            return _problem(PRIMARY_NEEDED), None, None
        primary = session.scalar(select(Report).where(Report.reference == reference))
        if primary is None:
            return _problem(UNKNOWN_PRIMARY, reference=reference), None, None
        if Status(primary.status) not in OPEN_STATUSES:
            return _problem(PRIMARY_CLOSED, reference=reference), None, None
        return None, None, primary
    return None, None, None


# Ids per statement, well below every database's limit on bound parameters.
_CHUNK = 900


def _rows(session, user: UserSession, ids: tuple[int, ...]) -> dict[int, tuple]:
    """(reference, status, version, lead agency code, priority) of the chosen reports the user may see."""
    lead = {a.id: a.code for a in session.scalars(select(Agency))}
    rows = {}
    for chunk in range(0, len(ids), _CHUNK):
        part = ids[chunk:chunk + _CHUNK]
        for report_id, reference, status, version, lead_id, priority in session.execute(scoped(
                select(Report.id, Report.reference, Report.status, Report.version, Report.lead_agency_id,
                       Report.priority), user).where(Report.id.in_(part))):
            rows[report_id] = (reference, status, version, lead.get(lead_id), priority)
    return rows


def _with_duplicates(session, ids) -> set[int]:
    found: set[int] = set()
    for chunk in range(0, len(ids), _CHUNK):
        found.update(session.scalars(select(Report.duplicate_of_id).where(
            Report.duplicate_of_id.in_(ids[chunk:chunk + _CHUNK])).distinct()))
    return found


def preview(db: Database, user: UserSession, request: BulkRequest) -> BulkPreview:
    """What ``request`` would do to each chosen report; nothing is written."""
    require(user, Permission.BULK_ACTIONS)
    ids = tuple(dict.fromkeys(request.report_ids))
    request = BulkRequest(request.action, ids, clean_text(request.reason), request.agency, request.primary_reference)
    with db.session() as session:
        problem, agency, primary = _check_request(session, request)
        if problem is not None:
            return BulkPreview(request, problem=problem)
        rows = _rows(session, user, ids)
        merged_into = _with_duplicates(session, ids) if request.action == BulkAction.DUPLICATE else set()
    cards = {card.id: card for card in load_cards(db, user, frozenset(ids)).cards}
    changes = []
    for report_id in ids:
        row = rows.get(report_id)
        if row is None:
            changes.append(PlannedChange(report_id, "", 0, "", None, "", skipped=_problem(SKIP_GONE)))
            continue
        reference, status, version, lead, priority = row
        base = PlannedChange(report_id, reference, version, status, lead, priority)
        changes.append(_plan(base, request, user, cards.get(report_id), agency, primary, merged_into))
    return BulkPreview(request, tuple(changes), primary_id=primary.id if primary is not None else None)


def _skip(base: PlannedChange, why: Refusal | str) -> PlannedChange:
    """``base`` left alone; ``why`` is a refusal, or one of this module's SKIP_ templates."""
    refusal = why if isinstance(why, Refusal) else _problem(why)
    # The preview shows the reference in a column of its own.
    return replace(base, skipped=replace(refusal, reference=None))


def _to(base: PlannedChange, status: str, agency: str | None, priority: str | None = None) -> PlannedChange:
    return replace(base, new_status=status, new_agency=agency, new_priority=priority or base.priority)


def _plan(base: PlannedChange, request: BulkRequest, user: UserSession, card, agency: Agency | None,
          primary: Report | None, merged_into: set[int]) -> PlannedChange:
    action = request.action
    if action == BulkAction.REROUTE:
        if card is None:
            return _skip(base, SKIP_CLOSED)
        state = CardState(card.reference, Status(card.status), card.lead, frozenset(card.supports))
        plan = plan_move(state, agency.code, user.role, target_active=agency.active)
        if plan.move == Move.DISPATCH:
            return _skip(base, SKIP_IN_INBOX)
        if not plan.allowed:
            return _skip(base, SKIP_ALREADY_LEAD if card.lead == agency.code else plan.refusal)
        return _to(base, plan.target_status.value, agency.code)
    if action == BulkAction.ESCALATE:
        if card is None:
            return _skip(base, SKIP_CLOSED)
        raised = base.priority if base.priority == Priority.EMERGENCY.value else Priority.HIGH.value
        return _to(base, base.status, base.agency, raised)
    target = Status.DUPLICATE if action == BulkAction.DUPLICATE else Status.REJECTED
    if primary is not None and base.report_id == primary.id:
        return _skip(base, SKIP_IS_PRIMARY)
    if base.report_id in merged_into:
        return _skip(base, SKIP_HAS_DUPLICATES)
    decision = check_transition(Status(base.status), target, user.role, request.reason or None)
    if not decision.allowed:
        return _skip(base, Refusal.of(decision))
    return _to(base, target.value, None)


def apply(db: Database, user: UserSession, planned: BulkPreview, now: datetime | None = None) -> BulkResult:
    """Carry out the previewed changes, all in one transaction, or none of them."""
    require(user, Permission.BULK_ACTIONS)
    now = now or datetime.now(timezone.utc)
    request = planned.request
    if planned.problem is not None:
        raise ActionRefused(planned.problem)
    todo = planned.applicable
    if not todo:
        raise ActionRefused(_problem(NOTHING_TO_DO))
    ids = frozenset(c.report_id for c in todo)
    touched = ids
    cards = [CardRef(c.report_id, c.version) for c in todo]
    if request.action == BulkAction.REROUTE:
        reroute(db, user, cards, request.agency, request.reason, now)
    elif request.action == BulkAction.REJECT:
        reject(db, user, cards, request.reason, now)
    elif request.action == BulkAction.ESCALATE:
        escalate(db, user, cards, request.reason, now)
    else:
        _unchanged_since(db, todo)
        try:
            touched = merge_duplicates(db, user, planned.primary_id, [c.report_id for c in todo], now)
        except MergeError as exc:
            raise ActionRefused(exc.refusal) from None
    with db.transaction() as session:
        audit.append(session, user.user_id, user.username, f"bulk_{request.action.value}", count=len(ids),
                     skipped=len(planned.skipped), agency=request.agency, reason=request.reason or None)
    return BulkResult(request.action, ids, len(planned.skipped), frozenset(touched))


def _unchanged_since(db: Database, todo: tuple[PlannedChange, ...]) -> None:
    """Refuse the run when a report moved on after the preview (the merge itself does not look)."""
    seen = {c.report_id: c.version for c in todo}
    with db.session() as session:
        for chunk in range(0, len(todo), _CHUNK):
            part = [c.report_id for c in todo[chunk:chunk + _CHUNK]]
            for report_id, version in session.execute(select(Report.id, Report.version).where(Report.id.in_(part))):
                if seen[report_id] != version:
                    raise ActionRefused(_problem(CHANGED_SINCE))
