"""The privacy screens as users meet them: reveal, approval, audit log, accounts, redaction."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from sqlalchemy import select

from db.models import Photo, Report, ReporterIdentity
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.identity_crypto import open_sealed
from desktop.services import privacy
from desktop.services.auth import login
from desktop.ui.bus import ChangeBus
from desktop.ui.context import AppContext
from desktop.ui.detail.pane import DetailPane
from desktop.ui.runner import Runner
from tests.qt import FakeDialogs, next_emit, run, until

REASON = "Lokasi tidak jelas, perlu menelepon pelapor untuk memastikan titiknya"


@pytest.fixture
def key_file(tmp_path, monkeypatch, identity_key):
    """This workstation holds the command centre's key file (the one the test databases were sealed with)."""
    from desktop import config

    monkeypatch.setenv("JAKLAPOR_CONFIG_DIR", str(tmp_path / "config"))
    identity_key.save(config.identity_key_path())


@pytest.fixture
def context(qtbot, aloop, runner):
    from desktop.ui.i18n import install_language

    install_language("en")  # the assertions read English; aloop switches back to Indonesian afterwards

    def make(db, username):
        return AppContext(db, login(db, username, DEMO_PASSWORD), runner, ChangeBus(), FakeDialogs())

    yield make
    # The runner has stopped by now (tests/conftest.py): closing cancels the windows' last queries.
    for widget in QApplication.topLevelWidgets():
        widget.close()


def _report(db, privacy_mode: str, with_photo: bool = False) -> int:
    with db.session() as session:
        statement = select(Report.id).join(ReporterIdentity, ReporterIdentity.report_id == Report.id).where(
            Report.privacy == privacy_mode, ReporterIdentity.sealed.is_not(None))
        if with_photo:
            statement = statement.where(Report.photo_count > 0)
        return session.scalar(statement.order_by(Report.id).limit(1))


def _detail(qtbot, aloop, ctx, report_id) -> DetailPane:
    pane = DetailPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    loaded = next_emit(pane.sig_detail_loaded)
    pane.show_report(report_id)
    run(aloop, loaded)
    return pane


def _open_reveal(qtbot, aloop, pane):
    from desktop.ui.reveal.dialog import RevealDialog

    button = pane.findChild(QPushButton, "revealButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: pane.window().findChild(RevealDialog) is not None))
    dialog = pane.window().findChild(RevealDialog)
    run(aloop, until(lambda: not dialog.conduct_box.isHidden() or dialog._conduct_accepted))
    return dialog


def test_officer_reveals_with_reason_and_identity_disappears(qtbot, aloop, fresh_db, identity_key, key_file,
                                                              context):
    ctx = context(fresh_db, "petugas1")
    report_id = _report(fresh_db, "public")
    pane = _detail(qtbot, aloop, ctx, report_id)
    section = pane.findChild(QLabel, "reporterProtection")
    assert "audited" in section.text()
    dialog = _open_reveal(qtbot, aloop, pane)
    assert dialog.conduct_box.isVisible()
    # A one-word reason is refused, and says so.
    dialog.conduct_box.setChecked(True)
    qtbot.keyClicks(dialog.reason, "penting")
    qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: "too short" in dialog.error.text()))
    dialog.reason.setPlainText(REASON)
    shown = next_emit(dialog.sig_identity_shown)
    qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
    assert run(aloop, shown) == report_id
    with fresh_db.session() as session:
        sealed = session.scalar(select(ReporterIdentity.sealed).where(ReporterIdentity.report_id == report_id))
    expected = open_sealed(sealed, report_id, identity_key)
    assert dialog.identity_labels["name"].text() == expected.name
    assert dialog.identity_labels["nik"].text() == expected.nik
    assert "60" in dialog.countdown_label.text()
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    assert all(label.text() == "" for label in dialog.identity_labels.values())
    assert not dialog.identity_visible


def test_refusals_read_in_indonesian(qtbot, aloop, fresh_db, key_file, context):
    from desktop.ui.i18n import install_language
    from desktop.ui.users.panel import UsersPanel

    install_language("id")
    pane = _detail(qtbot, aloop, context(fresh_db, "petugas1"), _report(fresh_db, "public"))
    dialog = _open_reveal(qtbot, aloop, pane)
    dialog.conduct_box.setChecked(True)
    qtbot.keyClicks(dialog.reason, "penting")
    qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: dialog.error.text()))
    assert dialog.error.text() == ("Ditolak: alasannya terlalu singkat: jelaskan dalam satu kalimat mengapa Anda "
                                   "perlu menghubungi pelapor. Upaya ini telah dicatat.")
    panel = UsersPanel(context(fresh_db, "admin"))
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.new_username, "petugas8")
    qtbot.keyClicks(panel.new_password, "pendek")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: panel.message.text()))
    assert panel.message.text() == "kata sandi harus terdiri dari sedikitnya 8 karakter"


def test_agency_staff_see_no_reveal_button(qtbot, aloop, demo_db, context):
    ctx = context(demo_db, "staf.dlh")
    from desktop.services.reports import list_reports

    row = list_reports(demo_db, ctx.user, limit=1).rows[0]
    pane = _detail(qtbot, aloop, ctx, row.id)
    assert pane.findChild(QPushButton, "revealButton").isHidden()
    assert "never see who reported" in pane.findChild(QLabel, "reporterProtection").text()
    assert pane.findChild(QPushButton, "redactButton") is None


def test_confidential_request_approved_in_the_queue_then_shown(qtbot, aloop, fresh_db, key_file, context):
    officer = context(fresh_db, "petugas1")
    report_id = _report(fresh_db, "confidential")
    pane = _detail(qtbot, aloop, officer, report_id)
    dialog = _open_reveal(qtbot, aloop, pane)
    dialog.conduct_box.setChecked(True)
    dialog.reason.setPlainText(REASON)
    qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: dialog.pages.currentIndex() == 1))
    assert "supervisor" in dialog.waiting_text.text()
    dialog.accept()

    from desktop.ui.approvals.panel import ApprovalsPanel

    supervisor = context(fresh_db, "supervisor1")
    queue = ApprovalsPanel(supervisor)
    qtbot.addWidget(queue)
    loaded = next_emit(queue.sig_queue_loaded)
    queue.reload()
    assert run(aloop, loaded) == 1
    assert queue.pending.item(0, 5).text() == REASON
    queue.pending.setCurrentCell(0, 0)
    qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: queue.pending.rowCount() == 0 and queue.recent.rowCount() == 1))

    pane.reporter.refresh_state()
    run(aloop, until(lambda: pane.reporter.approved_request is not None))
    assert "approved" in pane.reporter.state.text()
    from desktop.ui.reveal.dialog import RevealDialog

    qtbot.mouseClick(pane.findChild(QPushButton, "revealButton"), Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: any(d.identity_visible for d in pane.window().findChildren(RevealDialog))))


def test_auditor_filters_the_log_and_checks_the_chain(qtbot, aloop, fresh_db, context):
    officer = login(fresh_db, "petugas1", DEMO_PASSWORD)
    privacy.accept_conduct(fresh_db, officer)
    privacy.request_reveal(fresh_db, officer, _report(fresh_db, "public"), REASON)
    from desktop.ui.audit.panel import AuditPanel

    panel = AuditPanel(context(fresh_db, "auditor1"))
    qtbot.addWidget(panel)
    loaded = next_emit(panel.sig_entries_loaded)
    panel.reload()
    everything = run(aloop, loaded)
    assert everything >= 4
    loaded = next_emit(panel.sig_entries_loaded)
    panel.action.setCurrentIndex(panel.action.findData("__reveals__"))
    assert run(aloop, loaded) == 1
    assert "Lokasi tidak jelas" in panel.table.item(0, 4).text()
    # The recorded facts are named in words, not as stored keys.
    assert "needs approval: no" in panel.table.item(0, 4).text()
    checked = next_emit(panel.sig_chain_checked)
    panel.check_chain()
    assert run(aloop, checked) is True
    assert "Intact" in panel.chain_state.text()


def test_admin_creates_an_account_and_bad_input_is_explained(qtbot, aloop, fresh_db, context):
    from desktop.ui.users.panel import UsersPanel

    panel = UsersPanel(context(fresh_db, "admin"))
    qtbot.addWidget(panel)
    loaded = next_emit(panel.sig_accounts_loaded)
    panel.reload()
    before = run(aloop, loaded)
    qtbot.keyClicks(panel.new_username, "petugas8")
    qtbot.keyClicks(panel.new_password, "pendek")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: "at least 8" in panel.message.text()))
    panel.new_password.setText("rahasia-sekali")
    loaded = next_emit(panel.sig_accounts_loaded)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert run(aloop, loaded) == before + 1
    assert panel.table.item(panel.table.currentRow(), 0).text() == "petugas8"


def test_redaction_tool_saves_the_copy_agencies_see(qtbot, aloop, fresh_db, context):
    from desktop.ui.redact.dialog import RedactDialog

    ctx = context(fresh_db, "petugas1")
    report_id = _report(fresh_db, "public", with_photo=True)
    dialog = RedactDialog(ctx, report_id)
    qtbot.addWidget(dialog)
    dialog.show()
    run(aloop, until(lambda: not dialog.canvas._pixmap.isNull()))
    canvas = dialog.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(canvas.width() // 2 - 40, canvas.height() // 2 - 30))
    qtbot.mouseMove(canvas, QPoint(canvas.width() // 2 + 40, canvas.height() // 2 + 30))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(canvas.width() // 2 + 40, canvas.height() // 2 + 30))
    assert len(canvas.regions) == 1
    saved = next_emit(dialog.sig_redaction_saved)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert run(aloop, saved) == report_id
    with fresh_db.session() as session:
        kinds = set(session.scalars(select(Photo.kind).where(Photo.report_id == report_id)))
    assert kinds == {"original", "redacted"}


def test_workstation_files_of_every_role_hold_no_identity(qtbot, aloop, tmp_path, monkeypatch):
    """Every role uses its screens (the officer reveals an identity); nothing on disk then holds one."""
    from desktop.core.demo_data import generate
    from desktop.core.sla import load_holidays
    from desktop.services.embedded import open_embedded
    from desktop.services.seed import default_anchor
    monkeypatch.setenv("JAKLAPOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JAKLAPOR_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "data").mkdir()
    db = open_embedded(reports=150, seed=11, directory=tmp_path / "data")
    needles = set()
    for report in generate(150, 11, default_anchor(), load_holidays()):
        if report.identity:
            needles.update(v.encode() for v in (report.identity.name, report.identity.phone, report.identity.nik,
                                                report.identity.email) if v)
    seen_on_screen = []
    screens = {"supervisor1": "desktop.ui.approvals.panel:ApprovalsPanel",
               "auditor1": "desktop.ui.audit.panel:AuditPanel", "admin": "desktop.ui.users.panel:UsersPanel"}
    for username in ("petugas1", "supervisor1", "staf.dlh", "auditor1", "admin"):
        runner = Runner()
        ctx = AppContext(db, login(db, username, DEMO_PASSWORD), runner, ChangeBus(), FakeDialogs())
        if username in screens:
            module, name = screens[username].split(":")
            screen = getattr(__import__(module, fromlist=[name]), name)(ctx)
            qtbot.addWidget(screen)
            screen.show()
            screen.reload()
            run(aloop, asyncio.sleep(0.5))
        if username in ("petugas1", "staf.dlh"):
            from desktop.services.reports import list_reports

            report_id = _report(db, "public") if username == "petugas1" else list_reports(db, ctx.user, limit=1).rows[0].id
            pane = _detail(qtbot, aloop, ctx, report_id)
            if username == "petugas1":
                dialog = _open_reveal(qtbot, aloop, pane)
                dialog.conduct_box.setChecked(True)
                dialog.reason.setPlainText(REASON)
                shown = next_emit(dialog.sig_identity_shown)
                qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
                run(aloop, shown)
                seen_on_screen.append(dialog.identity_labels["phone"].text())
                dialog.close()
        for widget in QApplication.topLevelWidgets():
            widget.close()
        run(aloop, asyncio.sleep(0.3))
        runner.shutdown()
    db.dispose()
    assert seen_on_screen and seen_on_screen[0].encode() in needles
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert any(path.suffix == ".sqlite" for path in files)
    leaked = [(str(path.relative_to(tmp_path)), needle) for path in files for needle in needles
              if needle in path.read_bytes()]
    assert leaked == []
