"""Each user works on the central database as their own PostgreSQL login role.

This is what keeps a modified client from reading what its user may not: the client
never holds credentials that can read more than its user may.

1. A workstation's configured URL names the *gate* account (``<prefix>gate``, see
   ``db.sql``). It can connect, read the schema version and record a failed login; it
   has no other grant. ``open_database(url)`` works with it, so the app can check the
   schema and show the login dialog before anyone has logged in.
2. ``desktop.services.auth.login`` then connects again as the user's own login role
   (``login_role_name``) with the password the user typed; PostgreSQL checks it (SCRAM,
   see docs/install-central-postgresql.md for pg_hba.conf). ``app_login()`` records the
   login in the audit chain. A refused password is recorded through the gate.
3. The ``Database`` the app holds is then re-pointed at that connection
   (``bind_to_user``): every later service call, and the sync's pull, runs as the user's
   role, so grants and row-level security decide what comes back. Agency staff's roles
   simply have no grant on the identity vault and see only their agency's reports.

A URL with any other account (an installer's superuser, the test suite) is *privileged*:
login checks the password against ``users.password_hash`` as in embedded mode and the
connection keeps its account. Only installer tools and tests use such URLs.

Passwords reach PostgreSQL only as SCRAM-SHA-256 verifiers computed here
(``scram_verifier``), never in clear, so statement logs cannot leak them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

from db.sql import group_role, login_role, role_prefix
from desktop.services.database import Database, make_engine

SCRAM_ITERATIONS = 4096


def prefix_of(url: URL) -> str:
    return role_prefix(url.database or "")


def login_role_name(url: URL, username: str) -> str:
    """The login role of ``username`` on the database at ``url``."""
    return login_role(prefix_of(url), username)


def gate_role_name(url: URL) -> str:
    return group_role(prefix_of(url), "gate")


def is_per_user(db: Database) -> bool:
    """Whether ``db`` is a workstation connection (gate or a user's own role), not a privileged one."""
    if db.dialect != "postgresql":
        return False
    account = db.engine.url.username or ""
    return account == gate_role_name(db.engine.url) or account.startswith(prefix_of(db.engine.url) + "u_")


def user_engine(db: Database, username: str, password: str):
    """An engine on the same server and database, logged in as ``username``'s own role."""
    url = db.engine.url.set(username=login_role_name(db.engine.url, username), password=password)
    return make_engine(url.render_as_string(hide_password=False))


def bind_to_user(db: Database, engine) -> None:
    """Re-point ``db`` at the user's own connection; the gate's pool is closed."""
    previous = db.engine
    db.engine = engine
    db.sessions = sessionmaker(engine, expire_on_commit=False)
    previous.dispose()


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802 / 7677)."""
    salt = salt or os.urandom(16)
    # PostgreSQL applies SASLprep; NFKC is its normalisation step, which is all ordinary passwords need.
    normalized = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", normalized, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
