"""An officer's first minutes: log in, see the list, select a report, read its detail."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.app import log_in, open_main_window
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.services.auth import login
from desktop.ui.dialogs import DialogService
from desktop.ui.login.dialog import LoginDialog
from tests.qt import next_emit, run, until


def _login(qtbot, aloop, demo_db, runner, username: str, password: str = DEMO_PASSWORD):
    dialog = LoginDialog(True, demo_db.label)
    qtbot.addWidget(dialog)
    dialog.show()
    attempt = asyncio.ensure_future(log_in(dialog, runner, demo_db), loop=aloop)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    return dialog, attempt


def test_log_in_list_select_detail(qtbot, aloop, demo_db, runner):
    dialog, attempt = _login(qtbot, aloop, demo_db, runner, "petugas1")
    user = run(aloop, attempt)
    assert user.username == "petugas1" and not dialog.isVisible()

    window = open_main_window(demo_db, user, runner, DialogService(), True)
    qtbot.addWidget(window)
    total = run(aloop, next_emit(window.inbox.sig_page_loaded))
    assert total == 600
    assert window.inbox.model.rowCount() > 0
    assert "600" in window.inbox.count_label.text()
    # Indonesian by default: the list speaks the study's status names.
    statuses = {window.inbox.model.index(r, 0).data() for r in range(window.inbox.model.rowCount())}
    assert statuses & {"Menunggu", "Disposisi", "Proses", "Selesai", "Koordinasi"}

    table = window.inbox.table
    row = 3
    rect = table.visualRect(window.inbox.model.index(row, 1))
    loaded = next_emit(window.detail.sig_detail_loaded)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    report_id = run(aloop, loaded)
    expected = window.inbox.model.row_at(row)
    assert report_id == expected.id
    shown = window.detail.findChild(QLabel, "detailReference")
    assert shown is not None and shown.text() == expected.reference
    assert window.detail.findChild(QLabel, "statusChip").text() == window.inbox.model.index(row, 0).data()
    # The reporter section says the identity is protected; it never shows one here.
    assert window.detail.findChild(QWidget, "reporterSection") is not None


def test_wrong_password_shows_error_and_stays(qtbot, aloop, demo_db, runner):
    dialog, attempt = _login(qtbot, aloop, demo_db, runner, "petugas1", "salah-sandi")
    run(aloop, until(dialog.error.isVisible))
    assert not attempt.done()
    assert dialog.isVisible() and dialog.login_button.isEnabled()
    attempt.cancel()


def test_keyboard_triage_moves_through_the_list(qtbot, aloop, demo_db, runner):
    from desktop.services.auth import login

    user = login(demo_db, "petugas1", DEMO_PASSWORD)
    window = open_main_window(demo_db, user, runner, DialogService(), True)
    qtbot.addWidget(window)
    run(aloop, next_emit(window.inbox.sig_page_loaded))
    window.action_next.trigger()
    first = window.inbox.current_report_id()
    window.action_next.trigger()
    second = window.inbox.current_report_id()
    window.action_previous.trigger()
    assert first != second and window.inbox.current_report_id() == first
    assert [r.id for r in (window.inbox.model.row_at(0), window.inbox.model.row_at(1))] == [first, second]


def test_language_switch_and_layout_persist(qtbot, qapp, aloop, demo_db, runner):
    from desktop.services.auth import login
    from desktop.ui.settings import saved_language

    user = login(demo_db, "petugas1", DEMO_PASSWORD)
    window = open_main_window(demo_db, user, runner, DialogService(), True)
    qtbot.addWidget(window)
    run(aloop, next_emit(window.inbox.sig_page_loaded))
    assert window.menu_file.title() == "&Berkas"
    window.action_english.trigger()
    qapp.processEvents()  # Qt delivers LanguageChange as a posted event
    assert saved_language() == "en"
    assert window.menu_file.title() == "&File"
    assert window.inbox.model.headerData(0, Qt.Orientation.Horizontal) == "Status"
    assert window.inbox.status_filter.itemText(2) == "Waiting"
    window.action_indonesian.trigger()
    qapp.processEvents()
    assert saved_language() == "id"
    assert window.inbox.status_filter.itemText(2) == "Menunggu"

    # The offscreen screen is small and may clamp the window; what was saved must come back.
    window.resize(window.minimumSizeHint().width() + 40, 500)
    window.splitter.setSizes([window.splitter.width() - 300, 300])
    geometry, sizes = window.saveGeometry(), window.splitter.sizes()
    window.close()
    again = open_main_window(demo_db, user, runner, DialogService(), True)
    qtbot.addWidget(again)
    assert again.saveGeometry() == geometry
    assert again.splitter.sizes() == sizes


def test_the_first_page_of_reports_comes_before_the_tabs_behind_it(qtbot, aloop, demo_db, runner, monkeypatch):
    """One runner answers in order: the board and the other tabs must not hold the first page back."""
    asked = []
    run_one = type(runner).run

    async def recording(self, fn, *args, **kwargs):
        asked.append(getattr(fn, "__name__", ""))
        return await run_one(self, fn, *args, **kwargs)
    monkeypatch.setattr(type(runner), "run", recording)
    user = run(aloop, runner.run(login, demo_db, "petugas1", DEMO_PASSWORD))
    window = open_main_window(demo_db, user, runner, DialogService(), True)
    qtbot.addWidget(window)
    run(aloop, next_emit(window.sig_first_page_shown))
    run(aloop, until(lambda: "load_board" in asked), timeout=60)
    assert asked.index("list_reports") < asked.index("load_board")
