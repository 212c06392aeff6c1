"""An agency-staff database role tries every path to reporter identity it can think of; all fail.

It connects with its own login role, exactly what a modified client would hold, and
needs none of the app's code to try.
"""

from __future__ import annotations

import re

import psycopg
import pytest
from sqlalchemy import select

from db.models import Agency, Assignment, Photo, Report, ReporterIdentity
from db.sql import group_role, role_prefix

SECRET_PATTERN = re.compile(rb"\d{16}|08\d{8,11}|@(gmail|yahoo|outlook)\.")


def _leaks(value, needles: list[bytes], sealed: list[bytes]) -> bool:
    raw = repr(value).encode("utf-8", "replace")
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
    return any(n in raw for n in needles) or any(s and s in raw for s in sealed) or bool(SECRET_PATTERN.search(raw))


class Attacker:
    """Runs each attempt in its own transaction and records whether anything identity-like came back."""

    def __init__(self, conninfo: str, needles: list[bytes], sealed: list[bytes]):
        self.conninfo, self.needles, self.sealed = conninfo, needles, sealed
        self.connection = psycopg.connect(conninfo)
        self.results: list[tuple[str, bool, str]] = []

    def attempt(self, label: str, sql: str, params=None, expect: str = "error") -> None:
        """``expect``: error (refused by the database), empty (no rows), refused (function said no)."""
        blocked, note = False, ""
        try:
            with self.connection.transaction():
                cursor = self.connection.execute(sql, params)
                rows = cursor.fetchall() if cursor.description else []
            note = repr(rows)[:200]
            if expect == "empty":
                blocked = rows == [] or rows == [(0,)]
            elif expect == "refused":
                blocked = bool(rows) and all(row[0] is False for row in rows)
            blocked = blocked and not _leaks(rows, self.needles, self.sealed)
        except psycopg.Error as exc:
            note = str(exc).splitlines()[0]
            blocked = expect in ("error", "empty") and not _leaks(str(exc), self.needles, self.sealed)
        self.results.append((label, blocked, note))

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def targets(central):
    """Identity-bearing reports: one the agency leads, one it does not see; their sealed bytes."""
    with central.admin.session() as session:
        dlh = session.scalar(select(Agency.id).where(Agency.code == "DLH"))
        mine = session.scalar(select(Report.id).join(ReporterIdentity, ReporterIdentity.report_id == Report.id)
                              .where(Report.lead_agency_id == dlh).limit(1))
        other = session.scalar(select(Report.id).join(ReporterIdentity, ReporterIdentity.report_id == Report.id)
                               .where((Report.lead_agency_id != dlh) | Report.lead_agency_id.is_(None)).limit(1))
        sealed = [bytes(s) for s in session.scalars(select(ReporterIdentity.sealed))]
    assert mine and other, "the seed must give DLH a report with a reporter identity"
    return mine, other, sealed


def test_agency_staff_role_cannot_reach_any_identity(central, targets, needles):
    mine, other, sealed = targets
    prefix = role_prefix(central.admin.engine.url.database)
    attacker = Attacker(central.role_url("staf.dlh"), needles, sealed)
    a = attacker.attempt
    reason = "I need to call the reporter about the location"
    # Straight at the vault, its view and its functions.
    for report in (mine, other):
        a("select vault row", "SELECT * FROM reporter_identities WHERE report_id = %s", (report,))
        a("select sealed column", "SELECT sealed FROM reporter_identities WHERE report_id = %s", (report,))
        a("vault_read", "SELECT * FROM vault_read(%s)", (report,))
        a("vault_presence row", "SELECT * FROM vault_presence WHERE report_id = %s", (report,))
        a("request reveal", "SELECT * FROM app_request_reveal(%s, %s)", (report, reason), expect="refused")
    a("count the vault", "SELECT count(*) FROM reporter_identities")
    a("join reports to vault", "SELECT r.id, i.sealed FROM reports r JOIN reporter_identities i ON i.report_id = r.id")
    a("exists through vault",
      "SELECT r.id FROM reports r WHERE EXISTS (SELECT 1 FROM reporter_identities i WHERE i.report_id = r.id)")
    a("lateral vault_read", "SELECT r.id, v.* FROM reports r, LATERAL vault_read(r.id) v")
    a("copy vault", "COPY reporter_identities TO STDOUT")
    a("copy vault query", "COPY (SELECT sealed FROM reporter_identities) TO STDOUT")
    a("copy presence", "COPY vault_presence TO STDOUT")
    a("explain vault", "EXPLAIN SELECT * FROM reporter_identities")
    a("cursor on vault", "DECLARE c CURSOR FOR SELECT * FROM reporter_identities")
    a("vault_store", "SELECT vault_store(%s, 'k', '\\x00'::bytea)", (mine,))
    a("vault_purge", "SELECT vault_purge(ARRAY[%s]::bigint[])", (mine,))
    a("store identity", "SELECT app_store_identity(%s, 'k', '\\x00'::bytea)", (mine,))
    a("insert into vault", "INSERT INTO reporter_identities (id, report_id, key_id, created_at) "
                           "VALUES (1, %s, 'k', now())", (mine,))
    a("update vault", "UPDATE reporter_identities SET key_id = 'x' WHERE report_id = %s", (mine,))
    a("reveal with a guessed token", "SELECT * FROM app_reveal('0000')", expect="refused")
    a("reveal with no token", "SELECT * FROM app_reveal(NULL)", expect="refused")
    a("approve a request", "SELECT * FROM app_decide_reveal(1, true, 'ok')", expect="refused")
    # Around it: requests, tokens, the audit log (reasons), accounts.
    a("reveal requests", "SELECT * FROM reveal_requests")
    a("token hashes", "SELECT token_hash FROM reveal_requests")
    a("audit log", "SELECT detail FROM audit_entries")
    a("audit head", "SELECT * FROM audit_head")
    a("password hashes", "SELECT password_hash FROM users")
    a("login roles", "SELECT * FROM login_roles")
    # Sequences and the catalogue.
    a("audit sequence nextval", "SELECT nextval('audit_entries_id_seq')")
    a("audit sequence last_value", "SELECT last_value FROM audit_entries_id_seq")
    a("request sequence", "SELECT last_value FROM reveal_requests_id_seq")
    a("column statistics", "SELECT * FROM pg_stats WHERE tablename = 'reporter_identities'", expect="empty")
    a("raw statistics", "SELECT * FROM pg_statistic")
    a("server files", "SELECT pg_read_file('postgresql.conf')")
    a("large objects", "SELECT * FROM pg_largeobject")
    # Becoming someone else.
    for role in ("vault", "owner", "officer", "supervisor", "auditor"):
        a(f"set role {role}", f'SET ROLE "{group_role(prefix, role)}"')
    a("session authorization", "SET SESSION AUTHORIZATION postgres")
    a("disable row security", "ALTER TABLE reporter_identities DISABLE ROW LEVEL SECURITY")
    a("row_security off", "SET row_security = off; SELECT * FROM reporter_identities")
    a("shadow a function", "CREATE FUNCTION public.sha256(bytea) RETURNS bytea LANGUAGE sql AS 'SELECT $1'")
    a("temporary objects", "CREATE TEMP TABLE loot (x bytea)")
    a("grant to self", "GRANT SELECT ON reporter_identities TO CURRENT_USER")
    # Other agencies' reports, the original photos, and what errors and FK checks give away.
    a("other agencies' reports", "SELECT count(*) FROM reports WHERE id = %s", (other,), expect="empty")
    a("original photos", "SELECT count(*) FROM photos WHERE kind = 'original'", expect="empty")
    a("other agency's notes", "SELECT count(*) FROM notes WHERE report_id = %s", (other,), expect="empty")
    a("update another agency's report", "UPDATE reports SET version = version WHERE id = %s RETURNING id", (other,),
      expect="empty")
    attacker.close()

    messages = []
    for report in (other, 1):  # an existing report it may not see, and one that does not exist
        connection = psycopg.connect(central.role_url("staf.dlh"))
        try:
            connection.execute("INSERT INTO notes (id, report_id, at, kind, body) VALUES (1, %s, now(), 'x', 'y')",
                                (report,))
        except psycopg.Error as exc:
            messages.append((exc.sqlstate, str(exc).splitlines()[0]))
        finally:
            connection.close()
    probe_same = len(messages) == 2 and messages[0] == messages[1]
    attacker.results.append(("FK check tells existing from missing reports", probe_same, repr(messages)))
    for role in ("vault", "owner"):
        try:
            psycopg.connect(central.url.replace("postgres@", f"{group_role(prefix, role)}@", 1)).close()
            attacker.results.append((f"log in as {role}", False, "connected"))
        except psycopg.OperationalError as exc:
            attacker.results.append((f"log in as {role}", "not permitted to log in" in str(exc), str(exc)[:120]))

    failed = [(label, note) for label, blocked, note in attacker.results if not blocked]
    for label, blocked, note in attacker.results:
        print(f"{'blocked' if blocked else 'LEAKED '}  {label}: {note[:110]}")
    print(f"{len(attacker.results)} attempts at reporter identity, {len(failed)} succeeded")
    assert not failed, failed
    assert len(attacker.results) >= 55


def test_agency_staff_role_sees_its_agency_only(central):
    """Row-level security, not the client, limits reports and their details to the agency's own."""
    from desktop.services.reports import get_report_detail

    db, staff = central.session_of("staf.dlh")
    with db.session() as session:
        visible = set(session.scalars(select(Report.id)))
        kinds = set(session.scalars(select(Photo.kind)))
    with central.admin.session() as session:
        leads = set(session.scalars(select(Report.id).where(Report.lead_agency_id == staff.agency_id)))
        supports = set(session.scalars(select(Assignment.report_id).where(
            Assignment.agency_id == staff.agency_id, Assignment.ended_at.is_(None))))
        everything = set(session.scalars(select(Report.id)))
    assert leads and visible == leads | supports and visible < everything
    assert kinds <= {"redacted", "after"}
    detail = get_report_detail(db, staff, min(leads))
    assert detail.id == min(leads) and detail.photo_kind in (None, "redacted", "after")
    db.dispose()
