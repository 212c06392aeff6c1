"""Reading the board: every open report as a card, and one column per agency.

The board holds all open reports at once (tens of thousands at city scale), so a card
is a slim frozen value and the whole board is read in three set-based queries; after a
change only the touched cards are read again (``load_cards``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select

from db.models import Agency, Area, Assignment, Category, Escalation, Report, StatusEvent
from desktop.core.routing import CategoryRoute, Suggestion, suggest
from desktop.core.workflow import OPEN_STATUSES, UNROUTED
from desktop.services.access import scoped
from desktop.services.database import Database
from desktop.services.dto import UserSession

_OPEN = sorted(s.value for s in OPEN_STATUSES)
_UNROUTED = sorted(s.value for s in UNROUTED)


@dataclass(frozen=True, slots=True)
class BoardAgency:
    code: str
    short_name: str
    name: str
    kind: str
    active: bool


@dataclass(frozen=True, slots=True)
class BoardCategory:
    code: str
    name_id: str
    name_en: str
    emergency: bool


@dataclass(frozen=True, slots=True)
class BoardCard:
    id: int
    reference: str
    title: str
    status: str
    category: str
    emergency: bool
    privacy: str
    received_at: datetime
    first_action_at: datetime | None
    due_at: datetime | None
    lead: str | None
    supports: tuple[str, ...]
    # Agencies (lead or support) that have accepted their part.
    accepted: tuple[str, ...]
    version: int
    kecamatan: str | None
    kelurahan: str | None
    suggestion: Suggestion | None
    escalated: bool
    # Why the lead agency sent it back, while it waits in the inbox again.
    handed_back_by: str | None = None
    hand_back_reason: str | None = None

    @property
    def lead_accepted(self) -> bool:
        return self.lead is not None and self.lead in self.accepted


@dataclass(frozen=True)
class BoardSnapshot:
    agencies: tuple[BoardAgency, ...]
    categories: dict[str, BoardCategory]
    cards: tuple[BoardCard, ...]
    loaded_at: datetime


@dataclass(frozen=True)
class CardUpdate:
    """Fresh cards for the ids asked about; ``gone`` are those no longer open or no longer visible."""

    cards: tuple[BoardCard, ...]
    gone: frozenset[int]


class _Reference:
    """Agencies and categories by id, read as plain rows once per load (a few dozen)."""

    def __init__(self, session):
        self.agencies = {row.id: row for row in session.execute(
            select(Agency.id, Agency.code, Agency.short_name, Agency.name, Agency.kind, Agency.active))}
        self.active_codes = frozenset(a.code for a in self.agencies.values() if a.active)
        self.categories = {row.id: row for row in session.execute(
            select(Category.id, Category.code, Category.name_id, Category.name_en, Category.emergency,
                   Category.default_agency_id, Category.local))}
        self._routes: dict[tuple[int, str | None], Suggestion | None] = {}

    def code(self, agency_id: int | None) -> str | None:
        agency = self.agencies.get(agency_id)
        return agency.code if agency is not None else None

    def suggestion(self, category_id: int, kecamatan: str | None) -> Suggestion | None:
        key = (category_id, kecamatan)
        if key not in self._routes:
            category = self.categories[category_id]
            route = CategoryRoute(category.code, self.code(category.default_agency_id) or "", category.local)
            self._routes[key] = suggest(route, kecamatan, self.active_codes)
        return self._routes[key]


def _open_reports(user: UserSession, ids: frozenset[int] | None = None):
    statement = scoped(select(Report.id), user).where(Report.status.in_(_OPEN))
    return statement if ids is None else statement.where(Report.id.in_(sorted(ids)))


def _read_cards(session, user: UserSession, ref: _Reference, ids: frozenset[int] | None) -> list[BoardCard]:
    wanted = _open_reports(user, ids)
    rows = session.execute(
        select(Report.id, Report.reference, Report.title, Report.status, Report.category_id, Report.emergency,
               Report.privacy, Report.received_at, Report.first_action_at, Report.due_at, Report.lead_agency_id,
               Report.version, Area.kecamatan, Area.kelurahan)
        .outerjoin(Area, Area.id == Report.area_id)
        .where(Report.id.in_(wanted))).all()
    parts: dict[int, list[tuple[int, str, bool]]] = defaultdict(list)
    for report_id, agency_id, role, accepted in session.execute(
            select(Assignment.report_id, Assignment.agency_id, Assignment.role, Assignment.accepted_at.is_not(None))
            .where(Assignment.ended_at.is_(None), Assignment.report_id.in_(wanted))
            .order_by(Assignment.assigned_at, Assignment.id)):
        parts[report_id].append((agency_id, role, bool(accepted)))
    escalated = set(session.scalars(select(Escalation.report_id).where(
        Escalation.acknowledged_at.is_(None), Escalation.report_id.in_(wanted))))
    unrouted = [row[0] for row in rows if row[3] in _UNROUTED]
    # After a change only a handful of cards are read: look for hand-backs only where one can show.
    returns = _hand_backs(session, user, ids if ids is None else frozenset(unrouted)) if unrouted else {}
    cards = []
    for (report_id, reference, title, status, category_id, emergency, privacy, received_at, first_action_at,
         due, lead_id, version, kecamatan, kelurahan) in rows:
        mine = parts.get(report_id, ())
        returned = returns.get(report_id) if status in _UNROUTED else None
        cards.append(BoardCard(
            id=report_id, reference=reference, title=title, status=status,
            category=ref.categories[category_id].code, emergency=emergency, privacy=privacy,
            received_at=received_at, first_action_at=first_action_at, due_at=due,
            lead=ref.code(lead_id) if status not in _UNROUTED else None,
            supports=tuple(ref.code(agency_id) for agency_id, role, _ in mine if role == "support"),
            accepted=tuple(ref.code(agency_id) for agency_id, _, accepted in mine if accepted),
            version=version, kecamatan=kecamatan, kelurahan=kelurahan,
            suggestion=ref.suggestion(category_id, kecamatan), escalated=report_id in escalated,
            handed_back_by=ref.code(returned[0]) if returned else None,
            hand_back_reason=returned[1] if returned else None))
    return cards


def _hand_backs(session, user: UserSession, ids: frozenset[int] | None) -> dict[int, tuple[int | None, str | None]]:
    """For reports waiting in the inbox: the agency and reason of the latest hand-back, if that was the last move."""
    waiting = scoped(select(Report.id), user).where(Report.status.in_(_UNROUTED))
    if ids is not None:
        waiting = waiting.where(Report.id.in_(sorted(ids)))
    latest = (select(StatusEvent.report_id, func.max(StatusEvent.at).label("at"))
              .where(StatusEvent.report_id.in_(waiting), StatusEvent.to_status.in_(_UNROUTED))
              .group_by(StatusEvent.report_id).subquery())
    rows = session.execute(
        select(StatusEvent.report_id, StatusEvent.agency_id, StatusEvent.note)
        .join(latest, (latest.c.report_id == StatusEvent.report_id) & (latest.c.at == StatusEvent.at))
        .where(StatusEvent.action == "hand_back"))
    return {report_id: (agency_id, note) for report_id, agency_id, note in rows}


def load_board(db: Database, user: UserSession) -> BoardSnapshot:
    """Every open report the user may see, and the agencies that can receive them."""
    with db.session() as session:
        ref = _Reference(session)
        cards = _read_cards(session, user, ref, None)
        agencies = tuple(
            BoardAgency(a.code, a.short_name, a.name, a.kind, a.active)
            for a in sorted(ref.agencies.values(), key=lambda a: (a.kind == "kecamatan", a.kind != "satpol", a.code)))
        categories = {c.code: BoardCategory(c.code, c.name_id, c.name_en, c.emergency)
                      for c in ref.categories.values()}
    return BoardSnapshot(agencies, categories, tuple(cards), datetime.now(timezone.utc))


def load_cards(db: Database, user: UserSession, ids: frozenset[int]) -> CardUpdate:
    """The current cards of ``ids`` after a change; ids that left the board come back in ``gone``."""
    with db.session() as session:
        ref = _Reference(session)
        cards = _read_cards(session, user, ref, frozenset(ids))
    return CardUpdate(tuple(cards), frozenset(ids) - {card.id for card in cards})
