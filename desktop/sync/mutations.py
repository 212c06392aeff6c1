"""Named mutations: every user action a workstation can take offline.

Each has a client-generated id and is applied twice: at once to the local cache
(optimistically, in the same SQLite transaction that queues it in the outbox) and later on
the central database, where the same services the online app uses re-check it against the
current state, under the user's own role. What the server decides is final; the cache
then takes the server's state.

Conflicts are decided on the server: status moves by the workflow (a move that is no longer
allowed is refused), notes only ever add, and free text goes to the last writer by the
time of the edit, the overwritten value kept in ``sync_conflicts`` for whoever lost it.
"""

from __future__ import annotations

import json
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select

from db.models import Note, Report, SyncConflict, SyncTextVersion
from desktop.core.dispatching import CardState, Move, Refusal, RefusalError, plan_move
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.roles import Permission, Role, can
from desktop.core.workflow import OPEN_STATUSES, Status, check_transition
from desktop.services import dispatch, handling
from desktop.services.access import AccessDenied, require, role_refusal, visible_report
from desktop.services.dto import UserSession
from desktop.services.report_actions import CONTEXT as ACTIONS
from desktop.services.report_actions import STALE, UNKNOWN_AGENCY, ActionRefused, CardRef, claim, clean_text
from desktop.sync.cache import pg_timestamp

CONTEXT = "sync"
TEXT_FIELDS = ("title", "description", "address")
TEXT_LIMITS = {"title": 200, "address": 300, "description": 20000}
MOVES = {"dispatch": Move.DISPATCH, "coordinate": Move.COORDINATE, "reroute": Move.REROUTE, "recall": Move.RECALL}
NAMES = tuple(MOVES) + ("accept", "start", "complete", "hand_back", "add_note", "reject", "edit_text")

NOT_HERE = QT_TRANSLATE_NOOP("sync", "This report is not on this workstation (or no longer yours to act on).")
CLOSED = QT_TRANSLATE_NOOP("sync", "The report was closed ({current}) meanwhile; your edit was not applied.")
OUTDATED = QT_TRANSLATE_NOOP("sync", "A later edit of the {field} was made on another workstation; yours was "
                                      "not applied and is kept here.")
OVERWRITTEN = QT_TRANSLATE_NOOP("sync", "Your edit of the {field} was replaced by a later edit made meanwhile; "
                                         "your text is kept here.")
NOT_TEXT = QT_TRANSLATE_NOOP("sync", "Only the command centre edits a report's text.")
EMPTY_TEXT = QT_TRANSLATE_NOOP("sync", "The {field} cannot be empty.")
TOO_LONG = QT_TRANSLATE_NOOP("sync", "The {field} is {length} characters long; the limit is {limit}.")
REASON_NEEDED = QT_TRANSLATE_NOOP("sync", "This action needs a written reason.")
DATABASE_REFUSED = QT_TRANSLATE_NOOP("sync", "The central database refused this action: {problem}")
# The report fields a workstation edits, named in the reader's language inside the messages above.
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("sync", "title"),
    "description": QT_TRANSLATE_NOOP("sync", "description"),
    "address": QT_TRANSLATE_NOOP("sync", "address"),
}


MALFORMED = QT_TRANSLATE_NOOP("sync", "This action could not be read and was rejected: {detail}")


class Invalid(RefusalError):
    """A mutation that can never apply (unknown name, bad arguments): rejected, never retried.

    Only a damaged queue or a program error makes one; the detail stays technical English.
    """

    def __init__(self, detail: str):
        super().__init__(Refusal(CONTEXT, MALFORMED, {"detail": detail}))


class Refused(RefusalError):
    """The action is not allowed on the report as this workstation (or the server) sees it."""

    context = CONTEXT


def _field(name: str) -> Refusal:
    return Refusal(CONTEXT, FIELD_NAMES[name])


@dataclass(frozen=True)
class Mutation:
    mutation_id: str
    name: str
    report_id: int
    args: dict = field(default_factory=dict)
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    seq: int | None = None

    @classmethod
    def create(cls, name: str, report_id: int, at: datetime | None = None, **args) -> Mutation:
        return cls(str(uuid.uuid4()), name, int(report_id), validate(name, args),
                   at or datetime.now(timezone.utc))

    def payload(self) -> str:
        return json.dumps({"args": self.args, "at": self.at.isoformat()}, ensure_ascii=False)

    @classmethod
    def from_row(cls, seq: int, mutation_id: str, name: str, report_id: int, payload: str) -> Mutation:
        """A queued mutation; a payload that does not parse still loads, and is rejected by the server."""
        try:
            document = json.loads(payload)
            args, at = document["args"], datetime.fromisoformat(document["at"])
        except (ValueError, KeyError, TypeError):
            args, at = {"unreadable": payload[:200]}, datetime.now(timezone.utc)
        return cls(mutation_id, name, report_id, args, at, seq)


def _text(args: dict, key: str, required: bool = True) -> str | None:
    value = args.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise Invalid(f"'{key}' must be text")
    return value.strip()


def validate(name: str, args: dict) -> dict:
    """The arguments ``name`` takes, cleaned; Invalid when they can never make sense."""
    if name not in NAMES:
        raise Invalid(f"unknown action {name!r}")
    if not isinstance(args, dict):
        raise Invalid("the arguments must be a mapping")
    if name in ("dispatch", "coordinate", "reroute"):
        cleaned = {"agency": _text(args, "agency")}
        if name == "reroute":
            cleaned["reason"] = _text(args, "reason")
        return cleaned
    if name in ("recall", "reject", "hand_back"):
        return {"reason": _text(args, "reason")}
    if name == "complete":
        return {"note": _text(args, "note", required=False)}
    if name == "add_note":
        return {"body": _text(args, "body")}
    if name == "edit_text":
        if args.get("field") not in TEXT_FIELDS:
            raise Invalid(f"'field' must be one of {', '.join(TEXT_FIELDS)}")
        base = args.get("base")
        return {"field": args["field"], "value": _text(args, "value"),
                "base": base if isinstance(base, str) else None}
    return {}


# --- on the workstation's cache ------------------------------------------------------------

def _report(connection, report_id: int):
    return connection.execute("SELECT id, reference, status, lead_agency_id, version FROM reports WHERE id = ?",
                              (report_id,)).fetchone()


def _agency_code(connection, agency_id: int | None) -> str | None:
    if agency_id is None:
        return None
    row = connection.execute("SELECT code FROM agencies WHERE id = ?", (agency_id,)).fetchone()
    return row[0] if row else None


def _agency_id(connection, code: str) -> int:
    row = connection.execute("SELECT id FROM agencies WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise Refused(Refusal(ACTIONS, UNKNOWN_AGENCY, {"agency": code}))
    return row[0]


def _active(connection, report_id: int):
    return connection.execute("SELECT id, agency_id, role FROM assignments WHERE report_id = ? AND ended_at IS NULL",
                              (report_id,)).fetchall()


def _event(connection, user: UserSession, report_id: int, action: str, before: str, after: str, at: str,
           agency_id: int | None = None, note: str | None = None) -> None:
    connection.execute("INSERT INTO status_events (id, report_id, at, actor_id, action, from_status, to_status, "
                       "agency_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (new_id(), report_id, at, user.user_id, action, before, after, agency_id, note))


def _check(current: str, target: Status, user: UserSession, reason: str | None = None) -> None:
    decision = check_transition(Status(current), target, user.role, reason)
    if not decision.allowed:
        raise Refused(Refusal.of(decision))


def _own_part(connection, user: UserSession, report_id: int):
    for assignment in _active(connection, report_id):
        if assignment[1] == user.agency_id:
            return assignment
    raise Refused(Refusal(ACTIONS, handling.NOT_INVOLVED))


def apply_local(connection, user: UserSession, mutation: Mutation) -> None:
    """The action's effect on the cache, as the server is expected to make it; Refused if it cannot be."""
    row = _report(connection, mutation.report_id)
    if row is None:
        raise Refused.refuse(NOT_HERE)
    report_id, reference, status, lead_id, _version = row
    at = pg_timestamp(mutation.at)
    args = mutation.args
    updates: dict[str, object] = {}
    if mutation.name in MOVES:
        if not can(user.role, Permission.DISPATCH):
            raise Refused(role_refusal(user.role, Permission.DISPATCH))
        active = _active(connection, report_id)
        supports = frozenset(_agency_code(connection, a[1]) for a in active if a[2] == "support")
        card = CardState(reference, Status(status), _agency_code(connection, lead_id), supports)
        move = MOVES[mutation.name]
        target_code = args.get("agency")
        plan = plan_move(card, target_code, user.role, support=move == Move.COORDINATE)
        if not plan.allowed:
            raise Refused(plan.refusal)
        if plan.move != move:
            raise Refused(Refusal(ACTIONS, STALE, {"target": status}, reference))
        reason = clean_text(args.get("reason"))
        if plan.needs_reason and not reason:
            raise Refused.refuse(REASON_NEEDED)
        agency = _agency_id(connection, target_code) if target_code else None
        if move in (Move.REROUTE, Move.RECALL):
            connection.execute("UPDATE assignments SET ended_at = ?, end_reason = ? WHERE report_id = ? AND "
                               "ended_at IS NULL AND (? OR role = 'lead' OR agency_id = ?)",
                               (at, reason, report_id, move == Move.RECALL, agency))
        if agency is not None:
            connection.execute("INSERT INTO assignments (id, report_id, agency_id, role, assigned_at, assigned_by) "
                               "VALUES (?, ?, ?, ?, ?, ?)",
                               (new_id(), report_id, agency, "support" if move == Move.COORDINATE else "lead", at,
                                user.user_id))
        if move in (Move.DISPATCH, Move.REROUTE):
            updates.update(lead_agency_id=agency, dispatched_at=at)
        if move == Move.RECALL:
            updates["lead_agency_id"] = None
        updates["status"] = plan.target_status.value
        _event(connection, user, report_id, move.value, status, plan.target_status.value, at,
               agency if agency is not None else lead_id, reason or None)
    elif mutation.name in ("accept", "start", "complete", "hand_back"):
        if user.role == Role.AGENCY_STAFF:
            part = _own_part(connection, user, report_id)
        elif mutation.name == "complete":
            part = None
        else:
            raise Refused(role_refusal(user.role, Permission.WORK_QUEUE))
        if mutation.name == "accept":
            connection.execute("UPDATE assignments SET accepted_at = coalesce(accepted_at, ?) WHERE id = ?",
                               (at, part[0]))
            _event(connection, user, report_id, "accept", status, status, at, user.agency_id)
        elif mutation.name == "start":
            _check(status, Status.IN_PROGRESS, user)
            connection.execute("UPDATE assignments SET accepted_at = coalesce(accepted_at, ?) WHERE id = ?",
                               (at, part[0]))
            updates["status"] = Status.IN_PROGRESS.value
            _event(connection, user, report_id, "start", status, Status.IN_PROGRESS.value, at, user.agency_id)
        elif mutation.name == "complete":
            note = clean_text(args.get("note")) or None
            _check(status, Status.DONE, user, note)
            connection.execute("UPDATE assignments SET ended_at = ? WHERE report_id = ? AND ended_at IS NULL",
                               (at, report_id))
            updates.update(status=Status.DONE.value, done_at=at)
            _event(connection, user, report_id, "complete", status, Status.DONE.value, at, user.agency_id, note)
        else:
            reason = clean_text(args.get("reason"))
            if not reason:
                raise Refused(Refusal(ACTIONS, handling.HANDBACK_REASON))
            if part[2] == "lead":
                _check(status, Status.WAITING, user, reason)
                connection.execute("UPDATE assignments SET ended_at = ?, end_reason = ? WHERE report_id = ? "
                                   "AND ended_at IS NULL", (at, reason, report_id))
                updates.update(status=Status.WAITING.value, lead_agency_id=None)
                _event(connection, user, report_id, "hand_back", status, Status.WAITING.value, at, user.agency_id,
                       reason)
            else:
                connection.execute("UPDATE assignments SET ended_at = ?, end_reason = ? WHERE id = ?",
                                   (at, reason, part[0]))
            _add_note(connection, user, report_id, at, "handback", reason)
    elif mutation.name == "add_note":
        body = clean_text(args.get("body"))
        if not body:
            raise Refused(Refusal(ACTIONS, handling.NOTE_EMPTY))
        if user.role == Role.AGENCY_STAFF:
            _own_part(connection, user, report_id)
        _add_note(connection, user, report_id, at, _note_kind(user), body)
    elif mutation.name == "reject":
        reason = clean_text(args.get("reason"))
        _check(status, Status.REJECTED, user, reason)
        updates["status"] = Status.REJECTED.value
        _event(connection, user, report_id, "reject", status, Status.REJECTED.value, at, None, reason)
    elif mutation.name == "edit_text":
        _check_text(user, args["field"], args["value"])
        if Status(status) not in OPEN_STATUSES:
            raise Refused.refuse(CLOSED, current=status)
        updates[args["field"]] = args["value"]
    else:
        raise Invalid(f"unknown action {mutation.name!r}")
    updates["updated_at"] = at
    assignments = ", ".join(f"{column} = ?" for column in updates)
    connection.execute(f"UPDATE reports SET {assignments}, version = version + 1 WHERE id = ?",
                       (*updates.values(), report_id))


def _note_kind(user: UserSession) -> str:
    return "field" if user.role == Role.AGENCY_STAFF else "note"


def _add_note(connection, user: UserSession, report_id: int, at: str, kind: str, body: str) -> None:
    connection.execute("INSERT INTO notes (id, report_id, at, author_id, agency_id, kind, body) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", (new_id(), report_id, at, user.user_id, user.agency_id,
                                                        kind, body))


def _check_text(user: UserSession, field_name: str, value: str) -> None:
    if not can(user.role, Permission.VIEW_ALL_AGENCIES):
        raise Refused.refuse(NOT_TEXT)
    if not value:
        raise Refused.refuse(EMPTY_TEXT, field=_field(field_name))
    limit = TEXT_LIMITS[field_name]
    if len(value) > limit:
        raise Refused.refuse(TOO_LONG, field=_field(field_name), length=str(len(value)), limit=str(limit))


# --- on the central database ---------------------------------------------------------------

class BoundDatabase:
    """What the services take as a Database: each of their transactions is a savepoint of the push's."""

    dialect = "postgresql"

    def __init__(self, session):
        self._session = session

    @contextmanager
    def transaction(self):
        with self._session.begin_nested():
            yield self._session

    session = transaction


@dataclass(frozen=True)
class Conflict:
    user_id: int
    kind: str
    why: Refusal
    field: str | None = None
    lost_value: str | None = None
    kept_value: str | None = None

    def stored_message(self) -> str:
        """What ``sync_conflicts.message`` keeps: the refusal itself, so each reader gets their language."""
        return self.why.dumps()


@dataclass
class ServerOutcome:
    applied: bool
    message: str | None = None
    conflicts: list[Conflict] = field(default_factory=list)


def _server_time(mutation: Mutation, now: datetime) -> datetime:
    # A workstation's clock may run ahead; history never records an action in the future.
    return min(mutation.at, now)


def apply_server(db: BoundDatabase, user: UserSession, mutation: Mutation, now: datetime) -> ServerOutcome:
    """Apply ``mutation`` on the central database; a refusal comes back as an outcome with its conflict.

    Anything that is not a refusal (a lost connection, a serialization failure) propagates:
    the caller decides whether it is worth a retry.
    """
    try:
        args = validate(mutation.name, mutation.args)
        # Lock the report first: a service's version check then reads the latest version, so two
        # workstations' pushes to one report queue up instead of refusing each other as stale.
        with db.transaction() as session:
            session.execute(select(Report.id).where(Report.id == mutation.report_id).with_for_update())
        return _apply(db, user, mutation, args, _server_time(mutation, now))
    except (ActionRefused, AccessDenied, Refused, Invalid) as exc:
        return refused(user, mutation, exc.refusal)


def refused(user: UserSession, mutation: Mutation, why: Refusal) -> ServerOutcome:
    """A rejection, with what the user wrote kept in their conflicts list."""
    args = mutation.args if isinstance(mutation.args, dict) else {}
    lost = args.get("value") or args.get("body") or args.get("reason")
    field_name = args.get("field")
    return ServerOutcome(False, str(why), [Conflict(user.user_id, "refused", why,
                                                    field_name if isinstance(field_name, str) else None,
                                                    lost if isinstance(lost, str) else None)])


def _apply(db: BoundDatabase, user: UserSession, mutation: Mutation, args: dict, at: datetime) -> ServerOutcome:
    card = [CardRef(mutation.report_id)]
    name = mutation.name
    if name in MOVES:
        dispatch.move_cards(db, user, MOVES[name], card, args.get("agency"), args.get("reason"), now=at)
    elif name == "accept":
        handling.accept(db, user, card[0], now=at)
    elif name == "start":
        handling.start(db, user, card[0], now=at)
    elif name == "complete":
        handling.complete(db, user, card[0], args.get("note"), now=at)
    elif name == "hand_back":
        handling.hand_back(db, user, card[0], args["reason"], now=at)
    elif name == "add_note" and user.role == Role.AGENCY_STAFF:
        handling.add_note(db, user, card[0], args["body"], now=at)
    elif name == "add_note":
        _note(db, user, mutation.report_id, args["body"], at)
    elif name == "reject":
        dispatch.reject(db, user, card, args["reason"], now=at)
    else:
        return _edit_text(db, user, mutation, args, at)
    return ServerOutcome(True)


def _note(db: BoundDatabase, user: UserSession, report_id: int, body: str, at: datetime) -> None:
    require(user, Permission.VIEW_REPORTS)
    if not body:
        raise Refused(Refusal(ACTIONS, handling.NOTE_EMPTY))
    with db.transaction() as session:
        report = claim(session, user, CardRef(report_id), at)
        session.add(Note(id=new_id(at), report_id=report.id, at=at, author_id=user.user_id, agency_id=user.agency_id,
                         kind=_note_kind(user), body=body))


def _edit_text(db: BoundDatabase, user: UserSession, mutation: Mutation, args: dict, at: datetime) -> ServerOutcome:
    field_name, value = args["field"], args["value"]
    _check_text(user, field_name, value)
    with db.transaction() as session:
        report = session.scalar(visible_report(user, mutation.report_id).with_for_update())
        if report is None:
            raise Refused.refuse(NOT_HERE)
        if Status(report.status) not in OPEN_STATUSES:
            raise Refused.refuse(CLOSED, current=report.status)
        version = session.scalar(select(SyncTextVersion).where(
            SyncTextVersion.report_id == report.id, SyncTextVersion.field == field_name).with_for_update())
        current = getattr(report, field_name)
        if version is not None and version.written_at > mutation.at:
            outdated = Refusal(CONTEXT, OUTDATED, {"field": _field(field_name)})
            return ServerOutcome(False, outdated.text(), [Conflict(user.user_id, "outdated", outdated, field_name,
                                                                   value, current)])
        conflicts = []
        # A value the user never saw is being replaced: its writer lost, and is told.
        if args.get("base") is not None and current != args["base"] and current != value and version is not None \
                and version.user_id is not None and version.user_id != user.user_id:
            conflicts.append(Conflict(version.user_id, "overwritten",
                                      Refusal(CONTEXT, OVERWRITTEN, {"field": _field(field_name)}),
                                      field_name, current, value))
        report = claim(session, user, CardRef(report.id), at)
        setattr(report, field_name, value)
        if version is None:
            session.add(SyncTextVersion(report_id=report.id, field=field_name, written_at=mutation.at,
                                        user_id=user.user_id))
        else:
            version.written_at, version.user_id = mutation.at, user.user_id
        return ServerOutcome(True, None, conflicts)


def _storable(value: str | None) -> str | None:
    """PostgreSQL text holds no NUL: a poisoned value is still kept, with the NUL made visible."""
    return value.replace("\x00", "\ufffd") if value is not None else None


def record_conflicts(session, mutation: Mutation, outcome: ServerOutcome, now: datetime) -> None:
    for conflict in outcome.conflicts:
        session.add(SyncConflict(id=new_id(now), user_id=conflict.user_id, report_id=mutation.report_id,
                                 mutation_id=mutation.mutation_id[:36], kind=conflict.kind,
                                 field=_storable(conflict.field), lost_value=_storable(conflict.lost_value),
                                 kept_value=_storable(conflict.kept_value),
                                 message=_storable(conflict.stored_message()), at=now))

