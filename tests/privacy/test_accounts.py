"""Accounts on the central database: a login role per user, in the group of its app role."""

from __future__ import annotations

import base64

import psycopg
import pytest
from sqlalchemy import select, text

from db.models import User
from db.sql import group_role, login_role, role_prefix
from desktop.cli import main
from desktop.services.central import scram_verifier
from desktop.services.users import ADMIN_ONLY, OWN_ACCOUNT, UserError, add_user, list_users, update_user


def _role(pg_admin, name: str):
    return pg_admin.execute(
        "SELECT rolcanlogin, array(SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
        "WHERE m.member = r.oid) FROM pg_roles r WHERE rolname = %s", (name,)).fetchone()


def test_add_user_command_creates_a_login_role_in_its_group(central, pg_url, pg_admin, monkeypatch):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("rahasia-sekali\n"))
    assert main(["db", "add-user", "--url", pg_url, "--username", "staf.x", "--role", "agency_staff",
                 "--agency", "DLH", "--password-stdin"]) == 0
    database = pg_url.rsplit("/", 1)[1]
    prefix = role_prefix(database)
    can_login, groups = _role(pg_admin, login_role(prefix, "staf.x"))
    assert can_login and groups == [group_role(prefix, "agency_staff")]
    # Connecting as that role works and the database knows who it is.
    own = pg_url.replace("postgres@", f"{login_role(prefix, 'staf.x')}@", 1)
    with psycopg.connect(own) as connection:
        assert connection.execute("SELECT o_username, o_role FROM app_login()").fetchone() == ("staf.x", "agency_staff")


def test_password_reaches_the_server_only_as_a_scram_verifier(pg_admin):
    """Our verifier equals the one PostgreSQL computes itself for the same salt."""
    pg_admin.execute("SET password_encryption = 'scram-sha-256'")
    pg_admin.execute("CREATE ROLE scram_probe_p5 PASSWORD 'Rahasia-sekali 1'")
    try:
        stored = pg_admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'scram_probe_p5'").fetchone()[0]
    finally:
        pg_admin.execute("DROP ROLE scram_probe_p5")
    iterations, salt = stored.split("$")[1].split(":")
    assert scram_verifier("Rahasia-sekali 1", base64.b64decode(salt), int(iterations)) == stored


def test_admin_changes_role_and_disables_accounts_audited(central, pg_admin):
    db, admin = central.session_of("admin")
    created = add_user(db, "petugas7", "officer", "rahasia-sekali", "Petugas Tujuh", by=admin)
    prefix = role_prefix(central.admin.engine.url.database)
    name = login_role(prefix, "petugas7")
    assert _role(pg_admin, name) == (True, [group_role(prefix, "officer")])
    update_user(db, admin, created.id, "supervisor", None, active=True)
    assert _role(pg_admin, name) == (True, [group_role(prefix, "supervisor")])
    update_user(db, admin, created.id, "supervisor", None, active=False)
    assert _role(pg_admin, name)[0] is False
    actions = [action for _actor, action in central.audit_actions()]
    assert actions[-3:] == ["user_created", "role_changed", "user_disabled"]
    assert {a.username: a.active for a in list_users(db, admin)}["petugas7"] is False
    with pytest.raises(UserError, match="own role") as refused:
        update_user(db, admin, admin.user_id, "officer", None, active=True)
    # The database's own sentence is known, so the administrator reads it in their language.
    assert refused.value.refusal.template == OWN_ACCOUNT


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_non_admin_cannot_manage_accounts_even_with_a_forged_role(backend, request):
    from dataclasses import replace

    from desktop.core.roles import Role

    if backend == "sqlite":
        from desktop.core.demo_data import DEMO_PASSWORD
        from desktop.services.auth import login

        db = request.getfixturevalue("fresh_db")
        officer, audit_db = login(db, "petugas1", DEMO_PASSWORD), db
    else:
        central = request.getfixturevalue("central")
        db, officer = central.session_of("petugas1")
        audit_db = central.admin
    forged = replace(officer, role=Role.ADMIN)
    with pytest.raises(UserError, match="only an administrator") as refused:
        add_user(db, "mole", "admin", "rahasia-sekali", by=forged)
    assert refused.value.refusal.template == ADMIN_ONLY
    with audit_db.session() as session:
        assert session.scalar(select(User.id).where(User.username == "mole")) is None
        last = session.execute(text("SELECT actor_username, action FROM audit_entries ORDER BY id DESC LIMIT 1")).one()
    assert tuple(last) == ("petugas1", "user_change_refused")


def test_installer_resets_a_password_and_the_database_login_follows(central, pg_admin, monkeypatch):
    database = central.url.rsplit("/", 1)[1]
    name = login_role(role_prefix(database), "petugas2")
    before = pg_admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)).fetchone()[0]
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("kata-sandi-baru\n"))
    assert main(["db", "set-password", "--url", central.url, "--username", "petugas2", "--password-stdin"]) == 0
    after = pg_admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)).fetchone()[0]
    assert after.startswith("SCRAM-SHA-256$") and after != before
    assert central.audit_actions()[-1][1] == "password_reset"
    from desktop.services.auth import login

    assert login(central.admin, "petugas2", "kata-sandi-baru").username == "petugas2"
