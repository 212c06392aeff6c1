"""The status bar's sync corner: online or offline, actions waiting, last sync, first-sync progress."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.sync.engine import SyncStatus
from desktop.ui import format as fmt
from desktop.ui.errors import refusal_text


class SyncStatusWidget(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self._controller = controller
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("syncPending")
        self.last_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.state_label, self.pending_label, self.last_label, self.progress):
            layout.addWidget(widget)
        controller.sig_status_changed.connect(self.show_status)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_status(self._controller.status)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        if status.login_needed:
            text, colour = self.tr("Log in again to sync"), "#d32f2f"
        elif status.syncing and status.online is None:
            text, colour = self.tr("Connecting…"), "#616161"
        elif status.online:
            text, colour = self.tr("Online"), "#388e3c"
        elif status.online is None:
            text, colour = self.tr("Not synced yet"), "#616161"
        else:
            text, colour = self.tr("Offline"), "#d32f2f"
        self.state_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.state_label.setToolTip(refusal_text(status.error) if status.error else "")
        self.pending_label.setText(self.tr("%n action(s) waiting", "", status.pending))
        self.last_label.setText(self.tr("Last sync: {time}").format(time=fmt.local_time(status.last_sync))
                                if status.last_sync else self.tr("Last sync: never"))
        if status.first_sync is not None:
            done, total = status.first_sync
            self.progress.setRange(0, max(total, 1) if total else 0)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("First sync %p%"))
            self.progress.show()
        else:
            self.progress.hide()
