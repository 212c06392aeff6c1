"""The reporter section of the detail pane: the privacy mode, and the way to an audited reveal.

The identity itself never appears here: it is shown only inside the reveal dialog, for a
short time, and never stored.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout
from qasync import asyncSlot
from shiboken6 import isValid

from desktop.core.roles import Permission, Role, can
from desktop.services.changes import Changes
from desktop.services.dto import ReportDetail
from desktop.services.privacy import RevealRequestView, my_requests
from desktop.ui.context import AppContext
from desktop.ui.reveal import tokens


class ReporterSection(QGroupBox):
    sig_reveal_requested = Signal(object)
    """Emitted when the officer asks to see the reporter's identity; carries the report id."""

    def __init__(self, ctx: AppContext, detail: ReportDetail, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self._latest: RevealRequestView | None = None
        self.setObjectName("reporterSection")
        self.protection = QLabel()
        self.protection.setObjectName("reporterProtection")
        self.protection.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("revealState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color:#455a64;")
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(self._on_reveal_clicked)
        row = QHBoxLayout()
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.protection)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self.reveal_button.setVisible(self.may_reveal)
        self.state.setVisible(False)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.retranslate()
        if self.may_reveal:
            self.refresh_state()

    @property
    def may_reveal(self) -> bool:
        d = self._detail
        return can(self._ctx.user.role, Permission.REQUEST_REVEAL) and d.privacy != "anonymous" and d.has_identity

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reporter"))
        self.protection.setText(self._protection_text())
        self.reveal_button.setText(self.tr("Show identity"))
        self._show_state()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _protection_text(self) -> str:
        d = self._detail
        if self._ctx.user.role == Role.AGENCY_STAFF:
            return self.tr("Agencies never see who reported: the reporter's identity stays with the command centre.")
        if d.privacy == "anonymous":
            return self.tr("Anonymous report: no identity is stored.")
        if not d.has_identity:
            return self.tr("No identity is stored for this report (never given, or removed after the "
                           "retention period).")
        if d.privacy == "confidential":
            return self.tr("Identity protected (confidential). It can only be revealed with a written "
                           "reason and a supervisor's approval, and every reveal is audited.")
        return self.tr("Identity protected. It is stored encrypted and shown only on an audited "
                       "reveal with a written reason.")

    @asyncSlot()
    async def refresh_state(self) -> None:
        requests = await self._ctx.runner.run(my_requests, self._ctx.db, self._ctx.user, self._detail.id)
        if not isValid(self):  # the pane moved on to another report meanwhile
            return
        self._latest = requests[0] if requests else None
        self._show_state()

    def _show_state(self) -> None:
        latest = self._latest
        text = ""
        if latest is not None and not latest.expired():
            if latest.status == "pending":
                text = self.tr("Your request is waiting for a supervisor's approval.")
            elif latest.status == "approved" and latest.id in tokens.held():
                text = self.tr("A supervisor approved your request: you can show the identity now.")
            elif latest.status == "denied":
                text = self.tr("A supervisor denied your request: {note}").format(note=latest.decision_note or "—")
        self.state.setText(text)
        self.state.setVisible(bool(text))

    @property
    def approved_request(self) -> int | None:
        """The approved request whose one-time token this workstation still holds, if any."""
        latest = self._latest
        if latest and latest.status == "approved" and not latest.expired() and latest.id in tokens.held():
            return latest.id
        return None

    @Slot()
    def _on_reveal_clicked(self) -> None:
        self.sig_reveal_requested.emit(self._detail.id)
        from desktop.ui.reveal.dialog import RevealDialog

        dialog = RevealDialog(self._ctx, self._detail, self.approved_request, self.window())
        dialog.finished.connect(lambda _result: isValid(self) and self.refresh_state())
        dialog.open()

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if self.may_reveal and changes.touches(self._detail.id):
            self.refresh_state()
