"""PostgreSQL security objects: roles, grants, row-level security, the identity vault, the audit chain.

The ``*.sql`` files beside this module are applied by migration 0004 with ``@name@``
placeholders replaced by this database's role names. Roles are cluster-wide while the
schema is per database, so every role name starts with a prefix made from the database
name: two JakLapor databases on one server (or the test suite's many) never share roles.

Roles (``p`` is the prefix):

- ``p_owner`` (NOLOGIN) owns every table and the SECURITY DEFINER functions;
- ``p_vault`` (NOLOGIN) owns ``reporter_identities`` and the three vault functions only
  the owner may call; nobody has a grant on the table itself;
- ``p_officer``, ``p_supervisor``, ``p_agency_staff``, ``p_auditor``, ``p_admin`` (NOLOGIN)
  are the app roles' groups and hold all grants;
- ``p_u_<username>`` (LOGIN) is one user's own account, a member of exactly one group;
- ``p_gate`` (LOGIN) is what workstations connect with before anyone has logged in: it may
  read the schema version and record a failed login, nothing else.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

APP_ROLES = ("officer", "supervisor", "agency_staff", "auditor", "admin")
SERVICE_ROLES = ("owner", "vault", "gate")
MAX_ROLE_NAME = 63
_SQL_DIR = Path(__file__).parent
_PLAIN_USERNAME = re.compile(r"[a-z0-9_.]+")
# Applied in this order on upgrade.
SCRIPTS = ("functions.sql", "security.sql")


class SecuritySetupError(Exception):
    """The database's security objects cannot be installed as asked; the message says why."""


def role_prefix(database: str) -> str:
    """``jaklapor`` -> ``jaklapor_``; long or unusual names are shortened with a hash to stay unique."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())
    if len(base) > 32 or base != database:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        base = f"{base[:23]}_{digest}"
    return base + "_"


def group_role(prefix: str, role: str) -> str:
    if role not in APP_ROLES + SERVICE_ROLES:
        raise ValueError(f"unknown role {role!r}")
    return prefix + role


def login_role(prefix: str, username: str) -> str:
    """The PostgreSQL login role of app user ``username``: readable when possible, always unique."""
    name = f"{prefix}u_{username}"
    if _PLAIN_USERNAME.fullmatch(username) and len(name) <= MAX_ROLE_NAME:
        return name
    digest = hashlib.sha256(username.encode()).hexdigest()[:10]
    readable = re.sub(r"[^a-z0-9_.]", "_", username.lower())
    room = MAX_ROLE_NAME - len(prefix) - len("u_") - len(digest) - 1
    return f"{prefix}u_{readable[:room]}_{digest}"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def placeholders(prefix: str, database: str) -> dict[str, str]:
    values = {f"@{role}@": _quoted(group_role(prefix, role)) for role in APP_ROLES + SERVICE_ROLES}
    values["@database@"] = _quoted(database)
    values["@prefix@"] = prefix
    values["@login_prefix@"] = prefix + "u_"
    return values


def render(script: str, prefix: str, database: str) -> str:
    text = (_SQL_DIR / script).read_text(encoding="utf-8")
    for placeholder, value in placeholders(prefix, database).items():
        text = text.replace(placeholder, value)
    leftover = re.search(r"@[a-z_]+@", text)
    if leftover:
        raise SecuritySetupError(f"{script}: unknown placeholder {leftover.group()}")
    return text


def _driver(connection):
    """The psycopg connection under a SQLAlchemy one: scripts with $$ bodies and % go through unparsed."""
    return connection.connection.driver_connection


def _scalar(cursor, query: str, params=None):
    cursor.execute(query, params)
    row = cursor.fetchone()
    return row[0] if row else None


def install(connection) -> None:
    """Create the roles and apply every script; run inside the migration's transaction."""
    with _driver(connection).cursor() as cursor:
        if not _scalar(cursor, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
            raise SecuritySetupError(
                "installing the central database's roles and row-level security needs a PostgreSQL superuser; "
                "run 'jaklapor-desk db upgrade' with a superuser URL (e.g. postgresql://postgres@host/db)")
        database = _scalar(cursor, "SELECT current_database()")
        prefix = role_prefix(database)
        attributes = {"owner": "NOLOGIN CREATEROLE", "vault": "NOLOGIN", "gate": "LOGIN"}
        for role in SERVICE_ROLES + APP_ROLES:
            name = group_role(prefix, role)
            if not _scalar(cursor, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)):
                cursor.execute(f"CREATE ROLE {_quoted(name)} {attributes.get(role, 'NOLOGIN')}")
        for script in SCRIPTS:
            cursor.execute(render(script, prefix, database))
        cursor.execute("SELECT id, username FROM users ORDER BY id")
        for user_id, username in cursor.fetchall():
            cursor.execute("SELECT app_grant_login(%s, %s, NULL)", (user_id, login_role(prefix, username)))


def uninstall(connection) -> None:
    """Remove everything ``install`` made, roles included; the tables stay for Alembic to drop."""
    with _driver(connection).cursor() as cursor:
        database = _scalar(cursor, "SELECT current_database()")
        prefix = role_prefix(database)
        cursor.execute(render("uninstall.sql", prefix, database))
        cursor.execute("SELECT role_name FROM login_roles")
        logins = [row[0] for row in cursor.fetchall()]
        ours = [group_role(prefix, role) for role in SERVICE_ROLES + APP_ROLES]
        existing = [name for name in logins + ours
                    if _scalar(cursor, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))]
        if existing:
            names = ", ".join(_quoted(name) for name in existing)
            cursor.execute(f"REASSIGN OWNED BY {names} TO CURRENT_USER")
            cursor.execute(f"DROP OWNED BY {names}")
            for name in existing:
                cursor.execute(f"DROP ROLE {_quoted(name)}")


def drop_leftover_roles(admin_cursor, database: str) -> None:
    """After ``DROP DATABASE``: drop the roles that database's schema created (tests make many)."""
    prefix = role_prefix(database)
    admin_cursor.execute(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s) ORDER BY rolcanlogin DESC", (prefix,))
    for (name,) in admin_cursor.fetchall():
        admin_cursor.execute(f"DROP ROLE IF EXISTS {_quoted(name)}")
