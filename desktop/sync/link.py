"""The workstation's connection to the central database, always as the user's own login role.

Whatever account the configured URL names (the gate, or an installer's), the link logs in
as ``<prefix>u_<username>`` (desktop.services.central), so grants and row-level security
decide what a push may write and what a pull reads. Every round runs under a watchdog: a
network that swallows packets is cut after ``timeout`` seconds instead of hanging.
"""

from __future__ import annotations

import os
import socket
import threading
from contextlib import contextmanager
from typing import Iterator

import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Role
from desktop.services.central import login_role_name
from desktop.services.database import normalize_url
from desktop.services.dto import UserSession

# SQLSTATE classes worth a retry: connection, rollback (serialization, deadlock), resources,
# operator intervention (shutdown, terminated backend), system errors; and lock timeouts.
TEMPORARY_CLASSES = ("08", "40", "53", "57", "58")
TEMPORARY_STATES = frozenset({"55P03", "55006"})


UNREACHABLE = QT_TRANSLATE_NOOP("sync", "The central database cannot be reached: {detail}")
ACCOUNT_REFUSED = QT_TRANSLATE_NOOP("sync", "The central database refused the account {account}; log in again.")
NOT_A_USER = QT_TRANSLATE_NOOP("sync", "The account {account} is not an active JakLapor user on the central database.")


class LinkDown(RefusalError):
    """The central database cannot be reached right now; worth trying again later."""

    def __init__(self, detail: str):
        # The detail is the driver's own (technical) wording; the sentence around it is translated.
        super().__init__(Refusal("sync", UNREACHABLE, {"detail": detail}))


class LoginRefused(RefusalError):
    """The central database refused this account (password changed, account disabled): log in again."""

    def __init__(self, template: str, account: str):
        super().__init__(Refusal("sync", template, {"account": account}))


def sqlstate(exc: BaseException) -> str:
    original = getattr(exc, "orig", exc)
    return getattr(original, "sqlstate", None) or ""


def is_temporary(exc: BaseException) -> bool:
    if isinstance(exc, (LinkDown, OSError, TimeoutError)):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    state = sqlstate(exc)
    if not state:
        # A connection-level error without a SQLSTATE means no server answered.
        return isinstance(getattr(exc, "orig", exc), (psycopg.OperationalError, psycopg.InterfaceError))
    return state[:2] in TEMPORARY_CLASSES or state in TEMPORARY_STATES


_USER = text("""
    SELECT u.id, u.username, u.display_name, u.role, u.agency_id, a.code, a.name
    FROM users u LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.id = app_current_user_id()""")


class Link:
    def __init__(self, url: str, username: str, password: str | None, *, timeout: float = 15.0,
                 connect_timeout: float = 5.0):
        base = make_url(normalize_url(url))
        if base.get_backend_name() != "postgresql":
            raise ValueError("sync needs the central PostgreSQL database (postgresql://host/db)")
        self.username = username
        self.timeout = timeout
        self.url = base.set(username=login_role_name(base, username), password=password)
        self.label = f"{base.host or 'localhost'}:{base.port or 5432}/{base.database}"
        self._engine = create_engine(
            self.url, poolclass=NullPool,
            connect_args={"connect_timeout": max(1, int(connect_timeout)), "options": "-c TimeZone=UTC",
                          "application_name": "jaklapor-sync"})
        self._connection = None
        self._user: UserSession | None = None
        self._lock = threading.Lock()

    @property
    def user(self) -> UserSession:
        """Who the central database says this account is (its stored role, not a claimed one)."""
        if self._user is None:
            self.connection()
        return self._user

    def connection(self):
        """The open SQLAlchemy connection, made on first use; LinkDown or LoginRefused if it cannot be."""
        if self._connection is not None and not self._connection.closed:
            return self._connection
        try:
            connection = self._engine.connect()
        except DBAPIError as exc:
            if sqlstate(exc).startswith("28") or _refused_account(exc):
                raise LoginRefused(ACCOUNT_REFUSED, self.username) from None
            raise LinkDown(_reason(exc)) from None
        try:
            row = connection.execute(_USER).first()
            connection.commit()
        except SQLAlchemyError as exc:
            connection.close()
            raise LinkDown(_reason(exc)) from None
        if row is None:
            connection.close()
            raise LoginRefused(NOT_A_USER, self.username)
        self._user = UserSession(row[0], row[1], row[2], Role(row[3]), row[4], row[5], row[6], self.label)
        self._connection = connection
        return connection

    def conninfo(self) -> str:
        """The same account as a plain libpq URL (the LISTEN connection opens it directly)."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=False)

    def drop(self) -> None:
        """Forget the connection (after a failure): the next round connects afresh."""
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.invalidate()
                connection.close()
            except Exception:  # noqa: BLE001 - a dead connection may fail to close; it is gone either way
                pass

    def close(self) -> None:
        self.drop()
        self._engine.dispose()

    def driver(self, connection=None):
        """The psycopg connection underneath (COPY, LISTEN)."""
        return (connection or self.connection()).connection.driver_connection

    @contextmanager
    def guarded(self) -> Iterator:
        """One round on the connection, cut by the watchdog after ``timeout`` seconds; failures become LinkDown."""
        connection = self.connection()
        watchdog = threading.Timer(self.timeout, _cut, (self.driver(connection),))
        watchdog.daemon = True
        watchdog.start()
        try:
            yield connection
        except (LinkDown, LoginRefused):
            self.drop()
            raise
        except Exception as exc:
            if is_temporary(exc):
                self.drop()
                raise LinkDown(_reason(exc)) from exc
            if connection.in_transaction():
                connection.rollback()
            raise
        finally:
            watchdog.cancel()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session on the link's connection, in one transaction committed at the end."""
        with self.guarded() as connection:
            session = Session(bind=connection, expire_on_commit=False, autoflush=True)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()


# libpq reports a refusal while connecting without a SQLSTATE; these are the server's words for it.
_ACCOUNT_REFUSALS = ("password authentication failed", "is not permitted to log in", "no pg_hba.conf entry")


def _refused_account(exc: BaseException) -> bool:
    message = str(getattr(exc, "orig", exc))
    return "FATAL:" in message and (any(words in message for words in _ACCOUNT_REFUSALS)
                                    or ('role "' in message and "does not exist" in message))


def _cut(driver_connection) -> None:
    """Shut the socket down under a hung call, which then fails at once instead of waiting forever."""
    try:
        fd = driver_connection.pgconn.socket
        with socket.socket(fileno=os.dup(fd)) as duplicate:
            duplicate.shutdown(socket.SHUT_RDWR)
    except (OSError, ValueError, AttributeError):
        pass


def _reason(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__
