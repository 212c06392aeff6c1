"""What kind of workstation this is: the first-run wizard's answers, saved in the config directory.

Embedded: one workstation on its own SQLite database (it holds its own identity key).
Central: a client of the central PostgreSQL, either in the command centre (which holds the
identity key file, so it can open a reveal) or at an agency (which must never hold it).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy.engine import make_url

from db import migrate
from desktop import config
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity_crypto import IdentityKey, KeyFileError
from desktop.services.database import check_reachable, make_engine, schema_refusal

EMBEDDED, CENTRAL = "embedded", "central"
COMMAND_CENTRE, AGENCY = "command_centre", "agency"
# libpq's sslmode values, weakest first; "verify-full" checks the server's name against its certificate.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


CONTEXT = "workstation"
UNKNOWN_SSLMODE = QT_TRANSLATE_NOOP("workstation", "unknown sslmode {sslmode}; use one of {modes}")
UNREADABLE = QT_TRANSLATE_NOOP(
    "workstation", "cannot read the workstation configuration {path}: {problem}; fix it or delete it to run the "
                   "first-run wizard again")
UNKNOWN_MODE = QT_TRANSLATE_NOOP(
    "workstation", "the workstation configuration {path} names an unknown mode or role; delete it to run the "
                   "first-run wizard again")
OTHER_KEY = QT_TRANSLATE_NOOP(
    "workstation", "this installation already has identity key {existing} at {path}; refusing to replace it with "
                   "key {key}")
CURRENT_SCHEMA = QT_TRANSLATE_NOOP("workstation", "schema revision {revisions} (current)")
URL_MISSING = QT_TRANSLATE_NOOP(
    "workstation", "enter the central database URL, e.g. postgresql://jaklapor_gate@db.example/jaklapor")
NOT_A_URL = QT_TRANSLATE_NOOP("workstation", "not a database URL: {url}")
NOT_POSTGRES = QT_TRANSLATE_NOOP("workstation", "the central database is PostgreSQL: the URL starts with postgresql://")
URL_INCOMPLETE = QT_TRANSLATE_NOOP(
    "workstation", "the URL needs a host and a database name: postgresql://user@host/database")


class WorkstationError(RefusalError):
    """The workstation's configuration cannot be used; ``refusal`` says what to do."""


class KeyConflict(KeyFileError):
    """The installation already holds another identity key; ``refusal`` says which."""


def _refusal(template: str, **params: str) -> Refusal:
    return Refusal(CONTEXT, template, params)


@dataclass(frozen=True)
class Workstation:
    mode: str = EMBEDDED
    url: str = ""
    sslmode: str = ""
    sslrootcert: str = ""
    role: str = COMMAND_CENTRE

    @property
    def needs_key(self) -> bool:
        """Command-centre clients open reveals, so they need the identity key file."""
        return self.mode == CENTRAL and self.role == COMMAND_CENTRE

    def database_url(self) -> str | None:
        """The URL to open, TLS options included; None for the embedded database."""
        if self.mode == EMBEDDED:
            return None
        return with_tls(self.url, self.sslmode, self.sslrootcert)


def with_tls(url: str, sslmode: str = "", sslrootcert: str = "") -> str:
    """``url`` with libpq's TLS options as query parameters (replacing any already there)."""
    url = url.strip()
    if not (sslmode or sslrootcert):
        return url
    if sslmode and sslmode not in SSL_MODES:
        raise WorkstationError(_refusal(UNKNOWN_SSLMODE, sslmode=repr(sslmode), modes=", ".join(SSL_MODES)))
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("sslmode", "sslrootcert")]
    query += [(k, v) for k, v in (("sslmode", sslmode), ("sslrootcert", sslrootcert)) if v]
    return urlunsplit(parts._replace(query=urlencode(query)))


def load_workstation(path: Path | None = None) -> Workstation | None:
    """The saved configuration, or None on a first start (no file yet)."""
    path = path or config.workstation_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WorkstationError(_refusal(UNREADABLE, path=str(path), problem=str(exc))) from None
    known = {name: data[name] for name in Workstation.__dataclass_fields__ if isinstance(data, dict) and name in data}
    workstation = Workstation(**known)
    if workstation.mode not in (EMBEDDED, CENTRAL) or workstation.role not in (COMMAND_CENTRE, AGENCY):
        raise WorkstationError(_refusal(UNKNOWN_MODE, path=str(path)))
    return workstation


def save_workstation(workstation: Workstation, path: Path | None = None) -> Path:
    """Write the configuration readable by its owner only (the URL may carry the gate's password)."""
    path = path or config.workstation_path()
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(asdict(workstation), out, indent=2)
    partial.replace(path)
    return path


@dataclass(frozen=True)
class ConnectionCheck:
    """What a connection test found: where, and the schema's state in words."""

    where: str
    state: Refusal
    current: bool

    @property
    def schema(self) -> str:
        return str(self.state)


def check_connection(url: str) -> ConnectionCheck:
    """Connect to ``url`` and compare its schema with this app's; DatabaseError when unreachable."""
    engine = make_engine(url)
    try:
        check_reachable(engine)
        with engine.connect() as connection:
            applied = migrate.current_revisions(connection)
        try:
            migrate.check_current(engine)
        except migrate.SchemaError as exc:
            return ConnectionCheck(engine.url.render_as_string(hide_password=True), schema_refusal(exc), False)
    finally:
        engine.dispose()
    return ConnectionCheck(engine.url.render_as_string(hide_password=True),
                           _refusal(CURRENT_SCHEMA, revisions=", ".join(sorted(applied))), True)


def install_key_file(source: Path, target: Path | None = None) -> IdentityKey:
    """Copy the command centre's identity key file into this installation; never replaces another key."""
    target = target or config.identity_key_path()
    key = IdentityKey.load(source)
    if target.exists():
        existing = IdentityKey.load(target)
        if existing.key_id != key.key_id:
            raise KeyConflict(_refusal(OTHER_KEY, existing=existing.key_id, path=str(target), key=key.key_id))
        return existing
    key.save(target)
    return key


def url_refusal(url: str) -> Refusal | None:
    """Why ``url`` cannot be a central database URL, or None."""
    if not url.strip():
        return _refusal(URL_MISSING)
    try:
        parsed = make_url(url.strip().replace("postgres://", "postgresql://", 1))
    except Exception:  # noqa: BLE001 - any parse failure is the same answer to the user
        return _refusal(NOT_A_URL, url=repr(url.strip()))
    if parsed.get_backend_name() != "postgresql":
        return _refusal(NOT_POSTGRES)
    if not parsed.host or not parsed.database:
        return _refusal(URL_INCOMPLETE)
    return None


def describe_error(exc: Exception) -> Refusal | str:
    """What to tell the installer: the error's refusal, for their language, or its text (named when unexpected)."""
    if isinstance(exc, RefusalError):
        return exc.refusal or str(exc)
    return f"{type(exc).__name__}: {exc}"
