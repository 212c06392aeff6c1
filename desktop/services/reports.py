"""Reading reports: the filtered list page and one report's detail."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from sqlalchemy import BigInteger, column, false, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, aliased

from db.models import (
    Agency, Area, Assignment, Category, MapPoint, Note, Photo, Rating, Report, StatusEvent, User,
)
from desktop.core.clustering import Bounds
from desktop.core.search import fts5_query, search_tokens, tsquery
from desktop.core.roles import Role
from desktop.core.workflow import OPEN_STATUSES
from desktop.services.access import AccessDenied, scoped, visible_report
from desktop.services.database import Database
from desktop.services.privacy import identity_stored
from desktop.services.dto import (
    AgencyPart, NoteView, ReportDetail, ReportPage, ReportQuery, ReportRow, TimelineEntry, UserSession,
)

PAGE_SIZE = 200
# Above this many matches a page is found by walking reports newest first instead of sorting.
WALK_FROM = 20_000
# Must stay the expression of PostgreSQL's search index (migration 0002), or the index goes unused.
PG_SEARCH_TEXT = "(reports.reference || ' ' || reports.title || ' ' || reports.description || ' ' || reports.address)"
DUE_SOON = timedelta(hours=1)


def text_condition(id_column, text: str, dialect: str):
    """Reports whose reference, title, description or address hold every word of ``text``.

    SQLite answers from the FTS5 index, PostgreSQL from its GIN index on the same text
    (migration 0002). Text without a single word (say "%") matches nothing rather than all.
    """
    tokens = search_tokens(text)
    if not tokens:
        return false()
    if dialect == "postgresql":
        return id_column.in_(select(Report.id).where(
            sql_text(f"to_tsvector('simple', {PG_SEARCH_TEXT}) @@ to_tsquery('simple', :tsquery)")
            .bindparams(tsquery=tsquery(tokens))))
    return id_column.in_(
        sql_text("SELECT rowid FROM reports_fts WHERE reports_fts MATCH :fts").bindparams(fts=fts5_query(tokens))
        .columns(column("rowid", BigInteger)))


def _filtered(statement, query: ReportQuery, now: datetime, dialect: str):
    """Apply ``query`` to a statement over ``MapPoint``, the narrow indexed copy of the filter columns."""
    if query.statuses:
        statement = statement.where(MapPoint.status.in_(query.statuses))
    if query.categories:
        statement = statement.where(MapPoint.category_id.in_(
            select(Category.id).where(Category.code.in_(query.categories))))
    if query.channels:
        statement = statement.where(MapPoint.channel.in_(query.channels))
    if query.agencies:
        statement = statement.where(MapPoint.lead_agency_id.in_(
            select(Agency.id).where(Agency.code.in_(query.agencies))))
    if query.privacy:
        statement = statement.where(MapPoint.privacy.in_(query.privacy))
    area_filter = [column == value for column, value in (
        (Area.city, query.city), (Area.kecamatan, query.kecamatan), (Area.kelurahan, query.kelurahan)) if value]
    if area_filter:
        statement = statement.where(MapPoint.area_id.in_(select(Area.id).where(*area_filter)))
    if query.received_from:
        statement = statement.where(MapPoint.received_at >= query.received_from)
    if query.received_to:
        statement = statement.where(MapPoint.received_at < query.received_to)
    if query.emergency_only:
        statement = statement.where(MapPoint.emergency.is_(True))
    if query.deadline in ("overdue", "due_soon"):
        statement = statement.where(MapPoint.status.in_(sorted(OPEN_STATUSES)))
        if query.deadline == "overdue":
            statement = statement.where(MapPoint.due_at < now)
        else:
            statement = statement.where(MapPoint.due_at >= now, MapPoint.due_at < now + DUE_SOON)
    if query.bounds is not None:
        gx_min, gx_max, gy_min, gy_max = Bounds(*query.bounds).grid_range()
        statement = statement.where(MapPoint.gx.between(gx_min, gx_max), MapPoint.gy.between(gy_min, gy_max))
    if query.text.strip():
        statement = statement.where(text_condition(MapPoint.report_id, query.text, dialect))
    return statement


def sees_all(user: UserSession) -> bool:
    """True when access control narrows nothing for ``user`` (the command centre)."""
    probe = select(Report.id)
    return scoped(probe, user) is probe


def scoped_points(statement, user: UserSession):
    """``scoped`` for a statement over ``MapPoint``: the command centre sees all, agencies their own."""
    if sees_all(user):
        return statement
    return statement.where(MapPoint.report_id.in_(scoped(select(Report.id), user)))


def matching_ids(user: UserSession, query: ReportQuery, now: datetime, dialect: str):
    """The ids of the reports the inbox lists for ``query`` and ``user``, as a statement.

    A ``select(MapPoint.report_id)`` with the inbox's own filter and access scope, unordered:
    order or page it, or narrow another query with ``Report.id.in_(...)``, so an export or a
    bulk action covers exactly the reports the officer sees listed.
    """
    return scoped_points(_filtered(select(MapPoint.report_id), query, now, dialect), user)


def list_reports(db: Database, user: UserSession, query: ReportQuery = ReportQuery(),
                 offset: int = 0, limit: int = PAGE_SIZE, now: datetime | None = None) -> ReportPage:
    """One page of reports matching ``query``, newest first, with the total count.

    Counting and paging run on ``map_points``, whose narrow indexes answer a filter without
    reading the wide report rows; only the page's rows are read in full.
    """
    now = now or datetime.now(timezone.utc)
    with db.session() as session:
        ids = matching_ids(user, query, now, db.dialect)
        text_only = replace(query, text="") == ReportQuery() and query.text.strip()
        if db.dialect == "sqlite" and text_only and sees_all(user):
            # Search alone: the full-text index counts its matches without visiting them.
            total = session.scalar(sql_text("SELECT count(*) FROM reports_fts WHERE reports_fts MATCH :fts")
                                   .bindparams(fts=fts5_query(search_tokens(query.text)))) \
                if search_tokens(query.text) else 0
        else:
            total = session.scalar(select(func.count()).select_from(ids.subquery()))
        if db.dialect == "sqlite" and total > WALK_FROM and ids.whereclause is not None:
            # Many matches: walking the reports newest first meets a page of them long before a
            # sort of every match would finish. Without fresh statistics SQLite cannot tell;
            # likely() tells it most rows match, so it walks.
            ids = select(MapPoint.report_id).where(func.likely(ids.whereclause))
        page = ids.order_by(MapPoint.received_at.desc(), MapPoint.report_id.desc()).offset(offset).limit(limit)
        page_ids = session.scalars(page).all() if total else []
        lead = aliased(Agency)
        statement = (
            select(Report.id, Report.reference, Report.status, Category.code, Category.name_id, Category.name_en,
                   Report.channel, Area.kelurahan, Area.kecamatan, Report.received_at, Report.due_at,
                   Report.emergency, Report.privacy, lead.short_name, Report.location_problem, Report.lat, Report.lon)
            .join(Category, Category.id == Report.category_id)
            .outerjoin(Area, Area.id == Report.area_id)
            .outerjoin(lead, lead.id == Report.lead_agency_id)
            .where(Report.id.in_(page_ids)))
        found = {
            r[0]: ReportRow(id=r[0], reference=r[1], status=r[2], category_code=r[3], category_name_id=r[4],
                            category_name_en=r[5], channel=r[6],
                            location=f"{r[7]}, {r[8]}" if r[7] else "", received_at=r[9], due_at=r[10],
                            emergency=r[11], privacy=r[12], lead_agency=r[13], location_problem=r[14],
                            lat=None if r[14] else r[15], lon=None if r[14] else r[16])
            for r in session.execute(statement)} if page_ids else {}
    return ReportPage(rows=tuple(found[i] for i in page_ids if i in found), total=total, offset=offset)


def get_report_detail(db: Database, user: UserSession, report_id: int) -> ReportDetail:
    with db.session() as session:
        report = session.scalar(visible_report(user, report_id))
        if report is None:
            raise AccessDenied("this report does not exist or is not yours to see")
        category = session.get(Category, report.category_id)
        area = session.get(Area, report.area_id) if report.area_id else None
        duplicate_ref = session.scalar(select(Report.reference).where(Report.id == report.duplicate_of_id)) \
            if report.duplicate_of_id else None
        rating = session.get(Rating, report.id)
        photo_kind, photo = _photo_for(session, user, report.id)
        return ReportDetail(
            id=report.id, reference=report.reference, status=report.status, title=report.title,
            description=report.description, address=report.address, lat=report.lat, lon=report.lon,
            location_problem=report.location_problem,
            city=area.city if area else None, kecamatan=area.kecamatan if area else None,
            kelurahan=area.kelurahan if area else None,
            category_code=category.code, category_name_id=category.name_id, category_name_en=category.name_en,
            channel=report.channel, external_id=report.external_id, priority=report.priority,
            privacy=report.privacy, emergency=report.emergency, received_at=report.received_at,
            first_action_at=report.first_action_at, due_at=report.due_at, done_at=report.done_at,
            agencies=_agencies(session, report.id), timeline=_timeline(session, report.id),
            notes=_notes(session, user, report.id), photo=photo, photo_kind=photo_kind,
            rating=rating.score if rating else None, rating_comment=rating.comment if rating else None,
            has_identity=identity_stored(session, user, report.id, report.privacy),
            duplicate_of_reference=duplicate_ref,
        )


def _photo_for(session: Session, user: UserSession, report_id: int) -> tuple[str | None, bytes | None]:
    # Agencies only ever get the redacted version: the original may show faces and plates.
    kinds = ("redacted", "after") if user.role == Role.AGENCY_STAFF else ("redacted", "original", "after")
    for kind in kinds:
        data = session.scalar(select(Photo.data).where(Photo.report_id == report_id, Photo.kind == kind).limit(1))
        if data is not None:
            return kind, data
    return None, None


def _agencies(session: Session, report_id: int) -> tuple[AgencyPart, ...]:
    rows = session.execute(
        select(Agency.code, Agency.short_name, Assignment.role, Assignment.accepted_at)
        .join(Agency, Agency.id == Assignment.agency_id)
        # Ended without a reason means the work was finished: that agency still shows as having done it.
        .where(Assignment.report_id == report_id, or_(Assignment.ended_at.is_(None), Assignment.end_reason.is_(None)))
        .order_by(Assignment.role, Assignment.assigned_at))
    return tuple(AgencyPart(code, name, role, accepted is not None) for code, name, role, accepted in rows)


def _timeline(session: Session, report_id: int) -> tuple[TimelineEntry, ...]:
    rows = session.execute(
        select(StatusEvent.at, StatusEvent.action, StatusEvent.from_status, StatusEvent.to_status,
               User.display_name, Agency.short_name, StatusEvent.note)
        .outerjoin(User, User.id == StatusEvent.actor_id)
        .outerjoin(Agency, Agency.id == StatusEvent.agency_id)
        .where(StatusEvent.report_id == report_id)
        .order_by(StatusEvent.at, StatusEvent.id))
    return tuple(TimelineEntry(*row) for row in rows)


def _notes(session: Session, user: UserSession, report_id: int) -> tuple[NoteView, ...]:
    rows = session.execute(
        select(Note.at, User.display_name, Agency.short_name, Note.kind, Note.body)
        .outerjoin(User, User.id == Note.author_id)
        .outerjoin(Agency, Agency.id == Note.agency_id)
        .where(Note.report_id == report_id)
        .order_by(Note.at, Note.id))
    return tuple(NoteView(*row) for row in rows)


def showcase_report_id(db: Database, user: UserSession) -> int | None:
    """A recent report with a photo, a full history and a rating: the one screenshots open."""
    with db.session() as session:
        statement = scoped(select(Report.id).join(Rating, Rating.report_id == Report.id), user).where(
            Report.photo_count > 0, Report.location_problem.is_(None)).order_by(Report.received_at.desc()).limit(1)
        return session.scalar(statement) or session.scalar(
            scoped(select(Report.id), user).order_by(Report.received_at.desc()).limit(1))
