"""The supervisor's review as a document: what the screen shows, for PDF and CSV.

The figures are counts over many reports; no reporter's identity is ever read here. A
CSV cell that a spreadsheet would run as a formula is neutralised with the export
module's own guard. Each export is written to the audit log before the file appears.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import BinaryIO

from desktop.core.catalog import CHANNEL_NAMES, PRIVACY_NAMES, Channel, Privacy, localized
from desktop.core.export.table import neutralise
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission, Role
from desktop.core.stats.layout import Document, Labels, build
from desktop.core.workflow import Status, status_name
from desktop.services import audit
from desktop.services.access import require
from desktop.services.database import Database
from desktop.services.dto import ReportQuery, UserSession
from desktop.services.files import save_atomically
from desktop.services.intake import command_line_user
from desktop.services.supervision import Review

CSV_COLUMNS = ("section", "table", "row", "column", "value")


def labels(review: Review, lang: str) -> Labels:
    names = review.names
    return Labels(agency=names.agency, category=lambda code: names.category(code, lang), lang=lang)


FILTER_NAMES = {
    "statuses": QT_TRANSLATE_NOOP("supervision", "Status"),
    "categories": QT_TRANSLATE_NOOP("supervision", "Category"),
    "channels": QT_TRANSLATE_NOOP("supervision", "Channel"),
    "agencies": QT_TRANSLATE_NOOP("supervision", "Agency"),
    "privacy": QT_TRANSLATE_NOOP("supervision", "Privacy"),
    "area": QT_TRANSLATE_NOOP("supervision", "Area"),
    "deadline": QT_TRANSLATE_NOOP("supervision", "Deadline"),
    "emergency_only": QT_TRANSLATE_NOOP("supervision", "Emergencies"),
    "text": QT_TRANSLATE_NOOP("supervision", "Search"),
    "bounds": QT_TRANSLATE_NOOP("supervision", "Map area"),
}
DEADLINES = {"overdue": QT_TRANSLATE_NOOP("supervision", "overdue"),
             "due_soon": QT_TRANSLATE_NOOP("supervision", "due within an hour")}
ONLY = QT_TRANSLATE_NOOP("supervision", "only")
CHOSEN_AREA = QT_TRANSLATE_NOOP("supervision", "the area chosen on the map")


def describe_filters(query: ReportQuery, review: Review, lang: str, tr: Callable[[str], str]) -> tuple[str, ...]:
    """The filters in words ("Category: Fire"), as the report's title page prints them."""
    names = review.names
    values = {
        "statuses": ", ".join(status_name(Status(s), lang) for s in query.statuses),
        "categories": ", ".join(names.category(c, lang) for c in query.categories),
        "channels": ", ".join(localized(CHANNEL_NAMES, Channel(c), lang) for c in query.channels),
        "agencies": ", ".join(names.agency(a) for a in query.agencies),
        "privacy": ", ".join(localized(PRIVACY_NAMES, Privacy(p), lang) for p in query.privacy),
        "area": ", ".join(p for p in (query.kelurahan, query.kecamatan, query.city) if p),
        "deadline": tr(DEADLINES[query.deadline]) if query.deadline in DEADLINES else "",
        "emergency_only": tr(ONLY) if query.emergency_only else "",
        "text": query.text.strip(),
        "bounds": tr(CHOSEN_AREA) if query.bounds else "",
    }
    return tuple(f"{tr(FILTER_NAMES[key])}: {value}" for key, value in values.items() if value)


def review_document(review: Review, lang: str, tr: Callable[[str], str]) -> Document:
    """The layout of ``review`` in ``lang``, with ``tr`` translating its templates."""
    query = replace(review.query, received_from=None, received_to=None)
    return build(review.queues, review.dashboard, labels(review, lang), describe_filters(query, review, lang, tr),
                 review.days_off_only, review.now, tr)


def csv_rows(document: Document):
    """The document in long form: one row per figure, so a spreadsheet can pivot it."""
    yield ("report", "", "title", "", document.title)
    yield ("report", "", "period", "", document.period)
    yield ("report", "", "generated", "", document.generated)
    for text in document.filters:
        yield ("report", "", "filter", "", text)
    for text in document.notices:
        yield ("report", "", "notice", "", text)
    for section in document.sections:
        for tile in section.tiles:
            yield (section.title, "", tile.label, "", tile.value)
        for table in section.tables:
            for row in table.rows:
                for column, cell in zip(table.header[1:], row[1:]):
                    yield (section.title, table.title, row[0].text, column, cell.text)


def write_csv(document: Document, out: BinaryIO) -> int:
    """Write the document as CSV (UTF-8 with a byte-order mark for spreadsheets); returns the rows written."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in csv_rows(document):
        writer.writerow([neutralise(value) for value in row])
        count += 1
    text.flush()
    text.detach()
    return count


def record_export(db: Database, user: UserSession, kind: str, out: Path, review: Review) -> None:
    """Put the export in the audit log: who took which figures out, when, and with which filters."""
    require(user, Permission.SUPERVISE)
    require(user, Permission.EXPORT)
    period = review.dashboard.period
    filters = {k: v for k, v in asdict(review.query).items() if v not in ((), None, "", False)}
    with db.transaction() as session:
        audit.append(session, user.user_id, user.username, f"review_{kind}", file=Path(out).name,
                     period=f"{period.first}..{period.last}", filters={k: str(v) for k, v in filters.items()})


def export_csv(db: Database, user: UserSession, review: Review, document: Document, out: Path) -> Path:
    record_export(db, user, "csv", out, review)

    def write(path: Path) -> None:
        with open(path, "wb") as stream:
            write_csv(document, stream)
    save_atomically(out, write)
    return Path(out)


def report_user(db: Database, username: str | None = None) -> UserSession:
    """Who a report made on the command line is recorded under: a named supervisor, or the console."""
    user = command_line_user(db, username)
    if username is None:
        return replace(user, role=Role.SUPERVISOR)
    require(user, Permission.SUPERVISE)
    return user
