"""Exporting the filtered reports for other city systems: Open311, GeoJSON, CSV.

An export carries only what a public list may show (desktop.core.export.public), never
reporter identity, and is written to the audit log before the file appears.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from db.models import Agency, Area, Category, Report
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.export import geojson, open311, table
from desktop.core.export.public import PublicReport, public_report
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.progress import Progress
from desktop.core.roles import Permission
from desktop.services import audit
from desktop.services.access import require, scoped
from desktop.services.database import Database
from desktop.services.dto import ReportQuery, UserSession
from desktop.services.files import save_atomically
from desktop.services.reports import matching_ids

# Format name → (writer, file suffix).
WRITERS = {
    "open311-json": (open311.write_json, ".json"),
    "open311-xml": (open311.write_xml, ".xml"),
    "geojson": (geojson.write, ".geojson"),
    "csv": (table.write, ".csv"),
}


CONTEXT = "export"
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("export", "unknown export format {format}; use one of: {formats}")


class ExportError(RefusalError):
    """The export cannot be written; ``refusal`` says why."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    format: str
    count: int


def _statement(user: UserSession, query: ReportQuery, now: datetime, dialect: str):
    lead = aliased(Agency)
    original = aliased(Report)
    statement = (
        select(Report.reference, Report.status, Category.code, Category.name_en, Category.name_id, Report.channel,
               Report.privacy, Report.emergency, Report.title, Report.description, Report.address, Area.kelurahan,
               Area.kecamatan, Area.city, Report.lat, Report.lon, Report.location_problem, Area.lat, Area.lon,
               Report.received_at, Report.updated_at, Report.due_at, Report.done_at, lead.name, original.reference)
        .join(Category, Category.id == Report.category_id)
        .outerjoin(Area, Area.id == Report.area_id)
        .outerjoin(lead, lead.id == Report.lead_agency_id)
        .outerjoin(original, original.id == Report.duplicate_of_id))
    return scoped(statement, user).where(Report.id.in_(matching_ids(user, query, now, dialect))).order_by(
        Report.received_at, Report.id)


def _public(row) -> PublicReport:
    return public_report(
        reference=row[0], status=row[1], category_code=row[2], category_name_en=row[3], category_name_id=row[4],
        channel=row[5], privacy=row[6], emergency=row[7], title=row[8], description=row[9], address=row[10],
        kelurahan=row[11], kecamatan=row[12], city=row[13], lat=row[14], lon=row[15], location_problem=row[16],
        area_lat=row[17], area_lon=row[18], received_at=row[19], updated_at=row[20], due_at=row[21],
        done_at=row[22], lead_agency=row[23], duplicate_of=row[24])


def export_reports(db: Database, user: UserSession, query: ReportQuery, fmt: str, out: Path,
                   state: Progress | None = None, now: datetime | None = None) -> ExportSummary:
    """Write the reports matching ``query`` to ``out``; the file appears only when complete."""
    require(user, Permission.EXPORT)
    if fmt not in WRITERS:
        raise ExportError(Refusal(CONTEXT, UNKNOWN_FORMAT, {"format": repr(fmt), "formats": ", ".join(WRITERS)}))
    out = Path(out)
    now = now or datetime.now(timezone.utc)
    writer, _suffix = WRITERS[fmt]
    def write(partial: Path) -> int:
        with db.transaction() as session:
            total = session.scalar(select(func.count()).select_from(
                matching_ids(user, query, now, db.dialect).subquery()))
            audit.append(session, user.user_id, user.username, "export", format=fmt, count=total,
                         file=out.name, filters={k: v for k, v in asdict(query).items() if v not in ((), None, "", False)})
            rows = session.execute(_statement(user, query, now, db.dialect).execution_options(yield_per=2000))
            with partial.open("wb") as stream:
                return writer((_public(row) for row in rows), stream, total, state)

    return ExportSummary(out, fmt, save_atomically(out, write))
