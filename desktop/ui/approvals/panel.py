"""The supervisors' approval queue: confidential reveals waiting for a decision, and recent decisions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.services import privacy
from desktop.services.changes import Changes
from desktop.services.privacy import RevealRequestView
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text
from desktop.ui.tables import read_only_table

REFRESH_MS = 30_000


def _table(columns: int) -> QTableWidget:
    table = read_only_table(columns)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class ApprovalsPanel(QWidget):
    sig_report_selected = Signal(object)
    """Emitted when the supervisor selects a request; carries its report id."""

    sig_queue_loaded = Signal(int)
    """Emitted after the queue was read; carries the number of requests waiting."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._pending: tuple[RevealRequestView, ...] = ()
        self.setObjectName("approvalsPanel")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.pending = _table(6)
        self.pending.setObjectName("pendingRequests")
        self.note = QLineEdit()
        self.note.setObjectName("decisionNote")
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveButton")
        self.deny_button = QPushButton()
        self.deny_button.setObjectName("denyButton")
        self.recent_heading = QLabel()
        self.recent = _table(6)
        self.recent.setObjectName("recentDecisions")
        decision = QHBoxLayout()
        decision.addWidget(self.note, 1)
        decision.addWidget(self.deny_button)
        decision.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.pending, 3)
        layout.addLayout(decision)
        layout.addWidget(self.recent_heading)
        layout.addWidget(self.recent, 2)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.deny_button.clicked.connect(lambda: self._decide(False))
        self.pending.currentCellChanged.connect(self._on_current)
        # Requests arrive from other workstations: poll, but only while the queue is on screen.
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reveal requests waiting for approval"))
        self.explanation.setText(self.tr(
            "Officers ask to see the identity of a confidential report's reporter. Approve only when the reason "
            "shows they must contact the reporter; you cannot decide your own requests. Every decision is audited."))
        headers = [self.tr("Report"), self.tr("Requested by"), self.tr("Requested"), self.tr("Expires"),
                   self.tr("Privacy"), self.tr("Reason")]
        self.pending.setHorizontalHeaderLabels(headers)
        self.recent.setHorizontalHeaderLabels([self.tr("Report"), self.tr("Requested by"), self.tr("Decision"),
                                               self.tr("Decided by"), self.tr("Note"), self.tr("Reason")])
        self.note.setPlaceholderText(self.tr("Note for the officer (required to deny)"))
        self.approve_button.setText(self.tr("Approve"))
        self.deny_button.setText(self.tr("Deny"))
        self.recent_heading.setText(self.tr("Recent decisions"))
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._timer.stop()
        super().hideEvent(event)

    @asyncSlot()
    async def reload(self) -> None:
        ctx = self._ctx
        self._pending = await ctx.runner.run(privacy.pending_approvals, ctx.db, ctx.user)
        self._recent = await ctx.runner.run(privacy.recent_decisions, ctx.db, ctx.user)
        self._fill()
        self.sig_queue_loaded.emit(len(self._pending))

    def _fill(self) -> None:
        self.pending.setRowCount(len(self._pending))
        for row, r in enumerate(self._pending):
            for column, text in enumerate((r.reference, r.requested_by, fmt.local_time(r.requested_at),
                                           fmt.local_time(r.expires_at), fmt.privacy_label(r.privacy), r.reason)):
                self.pending.setItem(row, column, _cell(text))
            self.pending.item(row, 0).setData(Qt.ItemDataRole.UserRole, r.id)
        recent = getattr(self, "_recent", ())
        self.recent.setRowCount(len(recent))
        for row, r in enumerate(recent):
            decision = self.tr("approved") if r.status in ("approved", "used") else self.tr("denied")
            for column, text in enumerate((r.reference, r.requested_by, decision, r.decided_by or "",
                                           r.decision_note or "", r.reason)):
                self.recent.setItem(row, column, _cell(text))
        for table in (self.pending, self.recent):
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        has_selection = 0 <= self.pending.currentRow() < len(self._pending)
        self.approve_button.setEnabled(has_selection)
        self.deny_button.setEnabled(has_selection)

    def select_request(self, request_id: int) -> bool:
        for row, r in enumerate(self._pending):
            if r.id == request_id:
                self.pending.setCurrentCell(row, 0)
                return True
        return False

    @Slot(int, int, int, int)
    def _on_current(self, row: int, _column: int, _previous_row: int, _previous_column: int) -> None:
        valid = 0 <= row < len(self._pending)
        self.approve_button.setEnabled(valid)
        self.deny_button.setEnabled(valid)
        if valid:
            self.sig_report_selected.emit(self._pending[row].report_id)

    @asyncSlot()
    async def _decide(self, approve: bool) -> None:
        row = self.pending.currentRow()
        if not 0 <= row < len(self._pending):
            return
        request = self._pending[row]
        ctx = self._ctx
        try:
            await ctx.runner.run(privacy.decide, ctx.db, ctx.user, request.id, approve, self.note.text())
        except privacy.RevealRefused as exc:
            ctx.dialogs.error(self, self.tr("Not recorded"), error_text(exc))
            return
        self.note.clear()
        ctx.bus.sig_changes_committed.emit(Changes(reports=frozenset({request.report_id})))
        await self.reload()

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.all_reports or any(changes.touches(r.report_id) for r in self._pending):
            self.reload()
