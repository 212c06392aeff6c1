"""Importing other channels' files: Open311 and CSV, applied all or nothing.

Every record keeps its channel and the source's own id; importing the same file again
updates those reports and never adds a second copy. The whole file is applied in one
transaction, so a cancelled or failed import leaves the database as it was.
"""

from __future__ import annotations

import getpass
import shutil
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from db.models import (
    Area, Category, ImportMapping, ImportRun, IntakeService, Report, StatusEvent, User,
)
from desktop import config
from desktop.core.catalog import Channel, Privacy
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.geo import nearest_area
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity_crypto import IdentityKey
from desktop.core.intake import open311
from desktop.core.intake.categorize import DEFAULT_CATEGORY, guess_category, resolve_category
from desktop.core.intake.csv_file import ColumnMapping, parse_csv
from desktop.core.intake.records import ParseResult, Rejection, ServiceRecord
from desktop.core.progress import Cancelled, Progress
from desktop.core.roles import Permission, Role
from desktop.core.sla import due_at, load_holidays
from desktop.core.workflow import Status
from desktop.services import audit, search_index
from desktop.services.access import require
from desktop.services.database import Database
from desktop.services.dto import UserSession
from desktop.services.privacy import store_identities
from desktop.services.report_actions import fresh_id

FORMATS = ("open311", "csv")
# Records looked up and written together: large enough to be fast, small enough for any
# database's limit on bound parameters.
CHUNK = 500
# From this many records a file's reports may be indexed for search at the end, all at once.
INDEX_AT_END_FROM = 5_000
DROP_SUFFIXES = {".json": "open311", ".xml": "open311", ".csv": "csv"}
_REPORT_LINES = 10_000

HEADLINE = QT_TRANSLATE_NOOP(
    "intake", "{source}: imported {imported}, updated {updated}, unchanged {unchanged}, rejected {rejected}")
HEADLINE_CANCELLED = QT_TRANSLATE_NOOP("intake", "{source}: cancelled; nothing was imported")
HEADLINE_SERVICES = QT_TRANSLATE_NOOP("intake", "; {services} service types learnt")
HEADLINE_FALLBACK = QT_TRANSLATE_NOOP(
    "intake", "; {fallback} filed under '{category}' (category not recognised)")


CONTEXT = "intake"
NO_ACCOUNT = QT_TRANSLATE_NOOP("intake", "no active account {username}")
UNKNOWN_CHANNEL = QT_TRANSLATE_NOOP("intake", "unknown channel {channel}; use one of: {channels}")
NOT_FOUND = QT_TRANSLATE_NOOP("intake", "file not found: {path}")
A_FOLDER = QT_TRANSLATE_NOOP("intake", "{path} is a folder, not a file")
UNREADABLE = QT_TRANSLATE_NOOP("intake", "cannot read {path}: {problem}")
NEEDS_MAPPING = QT_TRANSLATE_NOOP(
    "intake", "a CSV import needs a column mapping (--mapping NAME, or save one in the import dialog)")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("intake", "unknown import format {format}; use one of: {formats}")
NEEDS_CHANNEL = QT_TRANSLATE_NOOP(
    "intake", "say which channel the file came from (--channel NAME, or the mapping's channel)")
NEEDS_SAVED_MAPPING = QT_TRANSLATE_NOOP("intake", "a CSV import needs a saved column mapping: --mapping NAME")
NO_RUN = QT_TRANSLATE_NOOP("intake", "that import is not on record")
MAPPING_NAME = QT_TRANSLATE_NOOP("intake", "give the mapping a name of 1–80 characters")
NO_MAPPING = QT_TRANSLATE_NOOP("intake", "no saved column mapping {name} (saved: {known})")
NONE_SAVED = QT_TRANSLATE_NOOP("intake", "none saved yet")
NO_CHANNEL_MAPPING = QT_TRANSLATE_NOOP(
    "intake", "no saved CSV mapping for channel {channel}; save one in the import dialog")


class IntakeError(RefusalError):
    """An import cannot start (unreadable file, unknown mapping…); ``refusal`` says why."""

    context = CONTEXT


@dataclass(frozen=True)
class ImportSummary:
    source: str
    format: str
    channel: str
    outcome: str  # "done" or "cancelled"
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejections: tuple[Rejection, ...] = ()
    services: int = 0
    # Records filed under the default category because nothing named or matched theirs.
    fallback: int = 0
    run_id: int | None = None
    report_ids: frozenset[int] = frozenset()

    @property
    def rejected(self) -> int:
        return len(self.rejections)

    def headline(self, translate=lambda context, text: text) -> str:
        def tr(template: str) -> str:
            return translate("intake", template)
        if self.outcome == "cancelled":
            return tr(HEADLINE_CANCELLED).format(source=self.source)
        text = tr(HEADLINE).format(source=self.source, imported=self.imported, updated=self.updated,
                                   unchanged=self.unchanged, rejected=self.rejected)
        if self.services:
            text += tr(HEADLINE_SERVICES).format(services=self.services)
        if self.fallback:
            text += tr(HEADLINE_FALLBACK).format(fallback=self.fallback, category=DEFAULT_CATEGORY)
        return text

    def report_text(self, translate=lambda context, text: text, limit: int | None = None) -> str:
        """The import report: the headline, then one line per rejected record."""
        lines = [self.headline(translate)]
        shown = self.rejections if limit is None else self.rejections[:limit]
        lines += [f"  {r.text(translate)}" + (f" [{r.external_id}]" if r.external_id else "") for r in shown]
        if len(shown) < len(self.rejections):
            lines.append(f"  … and {len(self.rejections) - len(shown)} more")
        return "\n".join(lines)


@dataclass(frozen=True)
class SavedMapping:
    name: str
    channel: str
    mapping: ColumnMapping


@dataclass(frozen=True)
class ImportRunView:
    id: int
    started_at: datetime
    actor: str
    channel: str
    source: str
    format: str
    outcome: str
    imported: int
    updated: int
    unchanged: int
    rejected: int


def command_line_user(db: Database, username: str | None = None) -> UserSession:
    """Who the command line acts as: a named account, or the person at the console.

    Whoever holds the database URL already has its rights; the account only decides how
    the actions are recorded and which role's limits apply.
    """
    if username is None:
        return UserSession(user_id=None, username=f"cli:{getpass.getuser()}"[:60], display_name="command line",
                           role=Role.OFFICER, agency_id=None, agency_code=None, agency_name=None,
                           database_label=db.label)
    with db.session() as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        if user is None or not user.active:
            raise IntakeError.refuse(NO_ACCOUNT, username=repr(username))
        return UserSession(user_id=user.id, username=user.username, display_name=user.display_name,
                           role=Role(user.role), agency_id=user.agency_id, agency_code=None, agency_name=None,
                           database_label=db.label)


def parse_channel(text: str) -> str:
    try:
        return Channel(text.strip().lower()).value
    except ValueError:
        raise IntakeError.refuse(UNKNOWN_CHANNEL, channel=repr(text),
                                 channels=", ".join(c.value for c in Channel)) from None


def read_source(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise IntakeError.refuse(NOT_FOUND, path=str(path)) from None
    except IsADirectoryError:
        raise IntakeError.refuse(A_FOLDER, path=str(path)) from None
    except OSError as exc:
        raise IntakeError.refuse(UNREADABLE, path=str(path), problem=str(exc.strerror or exc)) from None


def parse_data(data: bytes, fmt: str, mapping: ColumnMapping | None, now: datetime) -> ParseResult:
    if fmt == "open311":
        return open311.parse(data, now)
    if fmt == "csv":
        if mapping is None:
            raise IntakeError.refuse(NEEDS_MAPPING)
        return parse_csv(data, mapping, now)
    raise IntakeError.refuse(UNKNOWN_FORMAT, format=repr(fmt), formats=", ".join(FORMATS))


def import_data(db: Database, user: UserSession, data: bytes, *, fmt: str, source: str,
                channel: str | None = None, mapping: ColumnMapping | None = None, key: IdentityKey | None = None,
                state: Progress | None = None, now: datetime | None = None) -> ImportSummary:
    """Parse ``data`` and apply every good record in one transaction."""
    require(user, Permission.IMPORT)
    now = now or datetime.now(timezone.utc)
    if not channel and fmt != "open311":
        raise IntakeError.refuse(NEEDS_CHANNEL)
    channel = parse_channel(channel or Channel.OPEN311.value)
    source = Path(source).name[:300] or "input"
    started = now
    parsed = parse_data(data, fmt, mapping, now)
    state = state or Progress()
    try:
        if state.cancelled:
            raise Cancelled()
        with db.transaction() as session:
            if parsed.kind == open311.SERVICES:
                summary = _apply_services(session, parsed, channel, source, fmt, state)
            else:
                default = mapping.default_category if mapping is not None else DEFAULT_CATEGORY
                summary = _apply_requests(session, user, parsed, channel, source, fmt, default,
                                          key, state, now)
            run_id = _record_run(session, user, summary, started)
            audit.append(session, user.user_id, user.username, "import", source=source, channel=channel,
                         imported=summary.imported, updated=summary.updated, rejected=summary.rejected)
    except Cancelled:
        summary = ImportSummary(source, fmt, channel, "cancelled", rejections=parsed.rejections)
        with db.transaction() as session:
            run_id = _record_run(session, user, summary, started)
    return replace(summary, run_id=run_id)


def import_file(db: Database, user: UserSession, path: Path, *, fmt: str, channel: str | None = None,
                mapping_name: str | None = None, key: IdentityKey | None = None,
                state: Progress | None = None) -> ImportSummary:
    """Import one file; a CSV file's mapping (and default channel) come from a saved mapping."""
    mapping = None
    if fmt == "csv":
        if not mapping_name:
            raise IntakeError.refuse(NEEDS_SAVED_MAPPING)
        saved = get_mapping(db, mapping_name)
        mapping, channel = saved.mapping, channel or saved.channel
    return import_data(db, user, read_source(path), fmt=fmt, source=Path(path).name, channel=channel,
                       mapping=mapping, key=key, state=state)


# ---- applying ---------------------------------------------------------------------------

def _apply_services(session: Session, parsed: ParseResult, channel: str, source: str, fmt: str,
                    state: Progress) -> ImportSummary:
    existing = {s.service_code: s for s in session.scalars(select(IntakeService).where(IntakeService.channel == channel))}
    imported = updated = unchanged = 0
    for done, service in enumerate(parsed.services):
        state.advance(done, len(parsed.services))
        row = existing.get(service.service_code)
        if row is None:
            session.add(IntakeService(channel=channel, service_code=service.service_code,
                                      service_name=service.service_name, group_name=service.group,
                                      category_code=_service_category(service)))
            imported += 1
        elif (row.service_name, row.group_name) != (service.service_name, service.group):
            # The category stays: an officer may have corrected the guess.
            row.service_name, row.group_name = service.service_name, service.group
            updated += 1
        else:
            unchanged += 1
    session.flush()
    return ImportSummary(source, fmt, channel, "done", imported, updated, unchanged, parsed.rejections,
                         services=imported + updated + unchanged)


def _service_category(service: ServiceRecord) -> str:
    return guess_category(service.service_name, service.group, service.keywords, service.description) \
        or DEFAULT_CATEGORY


class _References:
    """JL-YYMM-NNNNNN numbers, continuing each month's series already in the database."""

    def __init__(self, session: Session):
        self._session = session
        self._next: dict[str, int] = {}

    def __call__(self, received: datetime) -> str:
        month = f"{received:%y%m}"
        if month not in self._next:
            last = self._session.scalar(select(func.max(Report.reference)).where(Report.reference.like(f"JL-{month}-%")))
            self._next[month] = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
        serial = self._next[month]
        self._next[month] = serial + 1
        return f"JL-{month}-{serial:06d}"


def _apply_requests(session: Session, user: UserSession, parsed: ParseResult, channel: str, source: str,
                    fmt: str, default_category: str, key: IdentityKey | None, state: Progress,
                    now: datetime) -> ImportSummary:
    categories = {c.code: c for c in session.scalars(select(Category))}
    areas = dict(session.execute(select(Area.code, Area.id)).all())
    service_map = dict(session.execute(
        select(IntakeService.service_code, IntakeService.category_code).where(IntakeService.channel == channel)).all())
    calendar = load_holidays()
    references = _References(session)
    records = parsed.records
    connection = session.connection()
    # A large file into a small database is indexed for search once at the end; a few reports, or a
    # file into a database already holding more, are cheaper row by row.
    at_end = len(records) >= INDEX_AT_END_FROM and search_index.rebuild_pays(connection, len(records))
    paused = search_index.pause(connection) if at_end else None
    imported = updated = unchanged = fallback = 0
    changed_ids: set[int] = set()
    for start in range(0, len(records), CHUNK):
        chunk = records[start:start + CHUNK]
        existing = {row.external_id: row for row in session.execute(
            select(Report.id, Report.external_id, Report.title, Report.description,
                   Report.address, Report.lat, Report.lon, Report.location_problem, Report.area_id, Report.version)
            .where(Report.channel == channel, Report.external_id.in_([r.external_id for r in chunk])))}
        new_reports, events, identities, changes = [], [], [], []
        for offset, record in enumerate(chunk):
            state.advance(start + offset, len(records))
            code, fell_back = resolve_category(record.category, record.service_code, record.service_name,
                                               record.description, service_map, default_category)
            fallback += fell_back
            category = categories[code]
            area_id = areas.get(nearest_area(record.lat, record.lon).code) if record.location_problem is None else None
            # What the source owns; the category is the officers' call once a report is in.
            content = dict(title=record.title[:200] or category.name_en, description=record.description,
                           address=record.address, lat=record.lat, lon=record.lon,
                           location_problem=record.location_problem, area_id=area_id)
            row = existing.get(record.external_id)
            if row is not None:
                if all(getattr(row, name) == value for name, value in content.items()):
                    unchanged += 1
                else:
                    changes.append(dict(id=row.id, updated_at=now, version=row.version + 1, **content))
                    changed_ids.add(row.id)
                    updated += 1
                continue
            report_id = fresh_id(session, now)
            status = Status.DONE if record.closed else Status.WAITING
            privacy = record.privacy or Privacy.PUBLIC.value
            new_reports.append(dict(
                id=report_id, reference=references(record.received_at), channel=channel,
                external_id=record.external_id, status=status.value,
                priority="emergency" if category.emergency else "normal", privacy=privacy,
                emergency=category.emergency, lead_agency_id=None, received_at=record.received_at,
                first_action_at=None, dispatched_at=None,
                done_at=(record.updated_at or record.received_at) if record.closed else None,
                due_at=due_at(record.received_at, category.deadline_days, calendar), updated_at=now,
                category_id=category.id, duplicate_of_id=None, photo_count=0, version=1, **content))
            events.append(dict(id=fresh_id(session, now), report_id=report_id, at=record.received_at, actor_id=None,
                               action="received", from_status=None, to_status=Status.WAITING.value, agency_id=None,
                               note=f"Imported from {source} ({channel} {record.external_id})"))
            if record.closed:
                events.append(dict(id=fresh_id(session, now), report_id=report_id,
                                   at=record.updated_at or record.received_at, actor_id=None, action="import_closed",
                                   from_status=Status.WAITING.value, to_status=Status.DONE.value, agency_id=None,
                                   note=record.status_notes or "Closed in the source system"))
            if record.reporter is not None and privacy != Privacy.ANONYMOUS.value:
                key = key or _default_key()
                identities.append((report_id, record.reporter))
            changed_ids.add(report_id)
            imported += 1
        # Core inserts: the ORM's bulk path costs twice as much per row and adds nothing here.
        for table, rows in ((Report.__table__, new_reports), (StatusEvent.__table__, events)):
            if rows:
                connection.execute(insert(table), rows)
        if identities:
            store_identities(session, identities, key)
        if changes:
            session.execute(update(Report), changes)
    # In the import's transaction: a failed import rolls the paused trigger back with the rest.
    search_index.resume(connection, paused)
    return ImportSummary(source, fmt, channel, "done", imported, updated, unchanged, parsed.rejections,
                         fallback=fallback, report_ids=frozenset(changed_ids))


def _default_key() -> IdentityKey:
    from desktop.services.embedded import identity_key

    return identity_key()


def _record_run(session: Session, user: UserSession, summary: ImportSummary, started: datetime) -> int:
    run_id = fresh_id(session, started)
    session.add(ImportRun(
        id=run_id, started_at=started, finished_at=datetime.now(timezone.utc), actor_id=user.user_id,
        actor_username=user.username[:60], channel=summary.channel, source=summary.source,
        format=summary.format, outcome=summary.outcome, imported=summary.imported, updated=summary.updated,
        unchanged=summary.unchanged, rejected=summary.rejected,
        report=summary.report_text(limit=_REPORT_LINES)))
    session.flush()
    return run_id


def recent_runs(db: Database, user: UserSession, limit: int = 50) -> tuple[ImportRunView, ...]:
    require(user, Permission.IMPORT)
    with db.session() as session:
        rows = session.scalars(select(ImportRun).order_by(ImportRun.started_at.desc(), ImportRun.id.desc()).limit(limit))
        return tuple(ImportRunView(r.id, r.started_at, r.actor_username, r.channel, r.source, r.format, r.outcome,
                                   r.imported, r.updated, r.unchanged, r.rejected) for r in rows)


def run_report(db: Database, user: UserSession, run_id: int) -> str:
    require(user, Permission.IMPORT)
    with db.session() as session:
        report = session.scalar(select(ImportRun.report).where(ImportRun.id == run_id))
    if report is None:
        raise IntakeError.refuse(NO_RUN)
    return report


# ---- saved mappings ---------------------------------------------------------------------

def save_mapping(db: Database, user: UserSession, channel: str, mapping: ColumnMapping) -> SavedMapping:
    """Save (or replace) a CSV column mapping under its name."""
    require(user, Permission.IMPORT)
    name = mapping.name.strip()
    if not name or len(name) > 80:
        raise IntakeError.refuse(MAPPING_NAME)
    problems = mapping.problems()
    if problems:
        raise IntakeError(problems[0])
    channel = parse_channel(channel)
    with db.transaction() as session:
        row = session.scalar(select(ImportMapping).where(ImportMapping.name == name))
        if row is None:
            row = ImportMapping(name=name)
            session.add(row)
        row.channel, row.settings = channel, mapping.to_json()
        row.updated_at, row.updated_by = datetime.now(timezone.utc), user.user_id
    return SavedMapping(name, channel, ColumnMapping.from_json(name, mapping.to_json()))


def list_mappings(db: Database) -> tuple[SavedMapping, ...]:
    with db.session() as session:
        rows = session.scalars(select(ImportMapping).order_by(ImportMapping.name))
        return tuple(SavedMapping(r.name, r.channel, ColumnMapping.from_json(r.name, r.settings)) for r in rows)


def get_mapping(db: Database, name: str) -> SavedMapping:
    for saved in list_mappings(db):
        if saved.name == name.strip():
            return saved
    known = ", ".join(m.name for m in list_mappings(db)) or Refusal(CONTEXT, NONE_SAVED)
    raise IntakeError.refuse(NO_MAPPING, name=repr(name), known=known)


def delete_mapping(db: Database, user: UserSession, name: str) -> None:
    require(user, Permission.IMPORT)
    with db.transaction() as session:
        row = session.scalar(select(ImportMapping).where(ImportMapping.name == name))
        if row is not None:
            session.delete(row)


# ---- drop folders -----------------------------------------------------------------------

def drop_root() -> Path:
    return config.data_dir() / "intake"


def prepare_drop_folders(root: Path) -> dict[str, Path]:
    """One folder per channel; files put there are imported as that channel's."""
    folders = {}
    for channel in Channel:
        folder = root / channel.value
        folder.mkdir(parents=True, exist_ok=True)
        folders[channel.value] = folder
    return folders


def pending_drops(root: Path) -> list[tuple[str, Path]]:
    """Files waiting in the drop folders, oldest first.

    Senders should write under a name starting with "." or ending in ".part" and rename
    when complete; such files are left alone until then.
    """
    found = []
    for channel in Channel:
        folder = root / channel.value
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in DROP_SUFFIXES:
                found.append((path.stat().st_mtime, channel.value, path))
    return [(channel, path) for _, channel, path in sorted(found)]


def process_drop_folders(db: Database, user: UserSession, root: Path, key: IdentityKey | None = None,
                         state: Progress | None = None) -> list[ImportSummary]:
    """Import every waiting file; move each to imported/ (or failed/) with its report beside it."""
    require(user, Permission.IMPORT)
    mappings = {m.channel: m for m in sorted(list_mappings(db), key=lambda m: m.name)}
    summaries = []
    for channel, path in pending_drops(root):
        fmt = DROP_SUFFIXES[path.suffix.lower()]
        try:
            if fmt == "csv" and channel not in mappings:
                raise IntakeError.refuse(NO_CHANNEL_MAPPING, channel=channel)
            mapping = mappings[channel].mapping if fmt == "csv" else None
            summary = import_data(db, user, read_source(path), fmt=fmt, source=path.name, channel=channel,
                                  mapping=mapping, key=key, state=state)
        except IntakeError as exc:
            _file_away(path, "failed", str(exc))
            continue
        if summary.outcome == "cancelled":
            break
        _file_away(path, "imported", summary.report_text())
        summaries.append(summary)
    return summaries


def _file_away(path: Path, folder: str, report: str) -> None:
    target_dir = path.parent / folder
    target_dir.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{stamp}-{path.name}"
    shutil.move(str(path), target)
    target.with_name(target.name + ".report.txt").write_text(report + "\n", encoding="utf-8")
