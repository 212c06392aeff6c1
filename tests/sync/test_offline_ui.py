"""Acceptance: the central database is unreachable, an officer takes 20 actions in the UI, the link returns.

Every action is applied exactly once centrally, and the status bar's count of waiting
actions goes back to zero.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.sync.engine import Backoff, SyncEngine
from desktop.ui.bus import ChangeBus
from desktop.ui.context import AppContext
from desktop.ui.sync.controller import SyncController
from desktop.ui.sync.screen import SyncScreen
from desktop.ui.sync.status import SyncStatusWidget
from tests.qt import FakeDialogs, run, until


def test_twenty_offline_actions_are_applied_once_when_the_link_returns(central, proxy, qtbot, aloop, runner):
    reports = central.new_reports(4, title="Offline UI report")
    replica = central.replica("petugas1", proxy, timeout=3.0)
    central.settle(replica, lambda: set(central.cached(replica, reports)) == set(reports))
    bus, dialogs = ChangeBus(), FakeDialogs()
    engine = SyncEngine(replica, poll_interval=0.3, backoff=Backoff(0.05, 0.3))
    controller = SyncController(engine, bus)
    ctx = AppContext(None, replica.user, runner, bus, dialogs, sync=controller)
    screen = SyncScreen(ctx)
    status = SyncStatusWidget(controller)
    qtbot.addWidget(screen)
    qtbot.addWidget(status)
    screen.show()
    status.show()
    bodies = [f"offline action {n}" for n in range(20)]

    async def scenario():
        proxy.cut()
        controller.start()
        await until(lambda: controller.status.online is False)
        screen.reload()
        await until(lambda: screen.reports.rowCount() > 0 and
                    {screen._report_ids[r] for r in range(screen.reports.rowCount())} >= set(reports))
        rows = [screen._report_ids.index(report_id) for report_id in reports]
        for index, body in enumerate(bodies):
            screen.select_row(rows[index % len(rows)])
            qtbot.keyClicks(screen.note, body)
            qtbot.mouseClick(screen.add_note_button, Qt.MouseButton.LeftButton)
            await until(lambda: screen.note.text() == "")
        await until(lambda: controller.status.pending == 20)
        offline_text = (status.state_label.text(), status.pending_label.text(), status.state_label.toolTip())
        # The officer sees their notes on this workstation while still offline.
        assert sorted(b for _, b in central.cached_notes(replica, reports) if b in bodies) == sorted(bodies)
        assert central.server_notes(reports) == []
        proxy.heal()
        await controller.sync_now()
        await until(lambda: controller.status.pending == 0 and controller.status.online)
        await controller.stop()
        return offline_text

    offline_text = run(aloop, scenario(), timeout=120)
    assert "Offline" in offline_text[0] and "20" in offline_text[1]
    # Why, in the interface's language; the driver's own words follow.
    assert offline_text[2].startswith("Basis data pusat tidak dapat dihubungi: ")
    assert dialogs.errors == []
    server = [body for _, body in central.server_notes(reports)]
    assert sorted(server) == sorted(bodies)
    assert "0" in status.pending_label.text() and "Online" in status.state_label.text()
