"""The audited reveal on both databases: who may, with what reason, approval, one-time tokens."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import psycopg
import pytest
from sqlalchemy import select, text, update

from db.models import AuditEntry, Report, ReporterIdentity, RevealRequest
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.roles import Role
from desktop.services import privacy
from desktop.services.audit import verify
from desktop.services.auth import login
from desktop.services.privacy import RevealRefused

REASON = "Perlu menelepon pelapor untuk memastikan lokasi pohon tumbang"


class Site:
    """The same questions asked of the embedded database or of a central one through users' own roles."""

    def __init__(self, backend, request, identity_key):
        self.backend, self.key = backend, identity_key
        if backend == "sqlite":
            self.admin = request.getfixturevalue("fresh_db")
            self._open = lambda username: (self.admin, login(self.admin, username, DEMO_PASSWORD))
        else:
            central = request.getfixturevalue("central")
            self.admin, self._open = central.admin, central.session_of

    def as_user(self, username: str):
        db, user = self._open(username)
        return db, user

    def report(self, privacy_mode: str) -> int:
        with self.admin.session() as session:
            return session.scalar(
                select(Report.id).join(ReporterIdentity, ReporterIdentity.report_id == Report.id)
                .where(Report.privacy == privacy_mode, ReporterIdentity.sealed.is_not(None))
                .order_by(Report.id).limit(1))

    def actions(self, report_id: int | None = None) -> list[tuple[str, str]]:
        with self.admin.session() as session:
            statement = select(AuditEntry.actor_username, AuditEntry.action).order_by(AuditEntry.id)
            if report_id is not None:
                statement = statement.where(AuditEntry.report_id == report_id)
            return [tuple(row) for row in session.execute(statement)]

    def officer(self, username: str = "petugas1"):
        db, user = self.as_user(username)
        privacy.accept_conduct(db, user)
        return db, user


@pytest.fixture(params=["sqlite", "postgresql"])
def site(request, identity_key):
    return Site(request.param, request, identity_key)


def _expected_identity(site: Site, report_id: int):
    from desktop.core.identity_crypto import open_sealed

    with site.admin.session() as session:
        sealed = session.scalar(select(ReporterIdentity.sealed).where(ReporterIdentity.report_id == report_id))
    return open_sealed(bytes(sealed), report_id, site.key)


def test_public_report_reveal_with_reason_is_audited_before_the_identity(site):
    db, officer = site.officer()
    report_id = site.report("public")
    ticket = privacy.request_reveal(db, officer, report_id, REASON)
    assert not ticket.needs_approval
    assert site.actions(report_id)[-1] == ("petugas1", "reveal_requested")
    identity = privacy.reveal(db, officer, ticket.token, site.key)
    assert identity == _expected_identity(site, report_id) and identity.name
    assert site.actions(report_id)[-2:] == [("petugas1", "reveal_requested"), ("petugas1", "identity_revealed")]
    with pytest.raises(RevealRefused, match="already been used"):
        privacy.reveal(db, officer, ticket.token, site.key)
    assert site.actions(report_id)[-1] == ("petugas1", "reveal_refused")
    assert verify(site.admin).ok


def test_confidential_report_waits_for_another_supervisor(site):
    db, officer = site.officer()
    report_id = site.report("confidential")
    ticket = privacy.request_reveal(db, officer, report_id, REASON)
    assert ticket.needs_approval
    with pytest.raises(RevealRefused, match="waiting for a supervisor"):
        privacy.reveal(db, officer, ticket.token, site.key)
    sdb, supervisor = site.as_user("supervisor1")
    assert [r.id for r in privacy.pending_approvals(sdb, supervisor)] == [ticket.request_id]
    privacy.decide(sdb, supervisor, ticket.request_id, approve=True, note="Sesuai SOP")
    assert privacy.reveal(db, officer, ticket.token, site.key) == _expected_identity(site, report_id)
    assert ("supervisor1", "reveal_approved") in site.actions(report_id)


def test_denied_request_never_opens(site):
    db, officer = site.officer()
    ticket = privacy.request_reveal(db, officer, site.report("confidential"), REASON)
    sdb, supervisor = site.as_user("supervisor1")
    with pytest.raises(RevealRefused, match="say why"):
        privacy.decide(sdb, supervisor, ticket.request_id, approve=False, note="")
    privacy.decide(sdb, supervisor, ticket.request_id, approve=False, note="Tidak perlu kontak pelapor")
    with pytest.raises(RevealRefused, match="denied"):
        privacy.reveal(db, officer, ticket.token, site.key)


def test_supervisor_cannot_approve_own_request(site):
    sdb, supervisor = site.officer("supervisor1")
    report_id = site.report("confidential")
    ticket = privacy.request_reveal(sdb, supervisor, report_id, REASON)
    assert privacy.pending_approvals(sdb, supervisor) == ()
    with pytest.raises(RevealRefused, match="own request"):
        privacy.decide(sdb, supervisor, ticket.request_id, approve=True)
    assert site.actions(report_id)[-1] == ("supervisor1", "approval_refused")
    with pytest.raises(RevealRefused, match="waiting"):
        privacy.reveal(sdb, supervisor, ticket.token, site.key)


@pytest.mark.parametrize("reason, message", [
    ("", "write why"), ("   ", "write why"), ("penting", "too short"), ("perlu telepon", "too short"),
])
def test_reveal_without_a_real_reason_is_refused_and_audited(site, reason, message):
    db, officer = site.officer()
    report_id = site.report("public")
    with pytest.raises(RevealRefused, match=message):
        privacy.request_reveal(db, officer, report_id, reason)
    assert site.actions(report_id)[-1] == ("petugas1", "reveal_refused")


@pytest.mark.parametrize("username", ["admin", "auditor1", "staf.dlh"])
def test_roles_without_reveal_right_are_refused_and_audited(site, username):
    db, user = site.as_user(username)
    report_id = site.report("public")
    with pytest.raises(RevealRefused, match="may not reveal"):
        privacy.request_reveal(db, user, report_id, REASON)
    assert site.actions(report_id)[-1] == (username, "reveal_refused")


def test_forged_role_in_the_client_is_refused_and_audited(site):
    db, staff = site.as_user("staf.dlh")
    forged = replace(staff, role=Role.OFFICER, agency_id=None)
    report_id = site.report("public")
    with pytest.raises(RevealRefused, match="agency_staff may not reveal"):
        privacy.request_reveal(db, forged, report_id, REASON)
    assert site.actions(report_id)[-1] == ("staf.dlh", "reveal_refused")


def test_refusals_are_known_on_both_databases_so_users_read_them_in_their_language(site):
    db, officer = site.officer()
    report_id = site.report("public")
    with pytest.raises(RevealRefused) as refused:
        privacy.request_reveal(db, officer, report_id, "penting")
    assert refused.value.refusal.template == privacy.REASON_SHORT
    db, staff = site.as_user("staf.dlh")
    with pytest.raises(RevealRefused) as refused:
        privacy.request_reveal(db, staff, report_id, REASON)
    assert (refused.value.refusal.template, refused.value.refusal.params) == (privacy.ROLE_MAY_NOT,
                                                                              {"role": "agency_staff"})


def test_someone_elses_token_and_an_expired_one_are_refused(site):
    db, officer = site.officer()
    ticket = privacy.request_reveal(db, officer, site.report("public"), REASON)
    other_db, other = site.officer("petugas2")
    with pytest.raises(RevealRefused, match="not valid"):
        privacy.reveal(other_db, other, ticket.token, site.key)
    with site.admin.transaction() as session:
        session.execute(update(RevealRequest).where(RevealRequest.id == ticket.request_id)
                        .values(expires_at=datetime.now(timezone.utc) - timedelta(seconds=1)))
    with pytest.raises(RevealRefused, match="expired"):
        privacy.reveal(db, officer, ticket.token, site.key)


def test_first_reveal_needs_the_code_of_conduct_and_acceptance_is_audited(site):
    db, officer = site.as_user("petugas3")
    assert not privacy.conduct_accepted(db, officer)
    with pytest.raises(RevealRefused, match="code of conduct"):
        privacy.request_reveal(db, officer, site.report("public"), REASON)
    privacy.accept_conduct(db, officer)
    assert privacy.conduct_accepted(db, officer)
    assert ("petugas3", "conduct_accepted") in site.actions()


def test_anonymous_report_has_nothing_to_reveal(site):
    db, officer = site.officer()
    with site.admin.session() as session:
        anonymous = session.scalar(select(Report.id).where(Report.privacy == "anonymous").limit(1))
    with pytest.raises(RevealRefused, match="anonymous"):
        privacy.request_reveal(db, officer, anonymous, REASON)


def test_retention_purges_closed_reports_identities_and_is_audited(site):
    purged = privacy.purge_closed(site.admin, days=0)
    assert purged > 0
    assert site.actions()[-1][1] == "identity_purged"
    db, officer = site.officer()
    with site.admin.session() as session:
        closed = session.scalar(select(Report.id).join(ReporterIdentity, ReporterIdentity.report_id == Report.id)
                                .where(Report.status == "done", Report.privacy == "public").limit(1))
        assert session.scalar(select(ReporterIdentity.sealed).where(ReporterIdentity.report_id == closed)) is None
    with pytest.raises(RevealRefused, match="purged"):
        privacy.request_reveal(db, officer, closed, REASON)


def test_wrong_key_file_does_not_open_and_says_so(site):
    from desktop.core.identity_crypto import IdentityKey

    db, officer = site.officer()
    ticket = privacy.request_reveal(db, officer, site.report("public"), REASON)
    with pytest.raises(RevealRefused, match="key does not open"):
        privacy.reveal(db, officer, ticket.token, IdentityKey.generate())


# --- PostgreSQL only: the database, not the client, enforces the order ----------------------

def test_rolled_back_reveal_still_leaves_its_audit_entry(central):
    db, officer = central.session_of("petugas1")
    privacy.accept_conduct(db, officer)
    report_id = central.report("public")
    ticket = privacy.request_reveal(db, officer, report_id, REASON)
    with psycopg.connect(central.role_url("petugas1")) as raw:
        with raw.transaction(force_rollback=True):
            ok, _message, _report, _key, sealed = raw.execute("SELECT * FROM app_reveal(%s)", (ticket.token,)).fetchone()
            assert ok and sealed
    assert ("petugas1", "reveal_requested") in central.audit_actions(report_id)
    with central.admin.session() as session:
        detail = session.scalar(text("SELECT detail FROM audit_entries WHERE action = 'reveal_requested' "
                                     "AND report_id = :r"), {"r": report_id})
    assert REASON in detail


def test_request_and_reveal_in_one_transaction_is_refused(central):
    db, officer = central.session_of("petugas1")
    privacy.accept_conduct(db, officer)
    report_id = central.report("public")
    with psycopg.connect(central.role_url("petugas1")) as raw:
        with raw.transaction(force_rollback=True):
            ok, _m, _r, token, _n, _e = raw.execute("SELECT * FROM app_request_reveal(%s, %s)",
                                                    (report_id, REASON)).fetchone()
            assert ok
            ok, message, *_ = raw.execute("SELECT * FROM app_reveal(%s)", (token,)).fetchone()
    assert not ok and "committed" in message


def test_client_cannot_write_audit_entries_in_someone_elses_name(central):
    with psycopg.connect(central.role_url("petugas1"), autocommit=True) as raw:
        raw.execute("SELECT audit_append(1, 'admin', 'forged', NULL, '{}')")
    assert central.audit_actions()[-1] == ("petugas1", "forged")
    with psycopg.connect(central.role_url("petugas1"), autocommit=True) as raw:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("INSERT INTO audit_entries (at, actor_username, action, detail, prev_hash, hash) "
                        "VALUES (now(), 'admin', 'x', '{}', 'a', 'b')")


def test_intake_stores_a_sealed_identity_once(central):
    from sqlalchemy.exc import IntegrityError

    from desktop.core.identity_crypto import Identity

    db, officer = central.session_of("petugas1")
    bare = central.report("public")
    with central.admin.transaction() as session:  # a report as it arrives, before intake stored its reporter
        session.execute(text("DELETE FROM reporter_identities WHERE report_id = :id"), {"id": bare})
    identity = Identity(name="Sari Intake", phone="081200000001")
    with db.transaction() as session:
        privacy.store_identity(session, bare, identity, central.key)
    with pytest.raises(IntegrityError, match="already stored"):
        with db.transaction() as session:
            privacy.store_identity(session, bare, Identity(name="Someone Else"), central.key)
    privacy.accept_conduct(db, officer)
    ticket = privacy.request_reveal(db, officer, bare, REASON)
    assert privacy.reveal(db, officer, ticket.token, central.key) == identity
