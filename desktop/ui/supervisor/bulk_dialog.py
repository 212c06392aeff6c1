"""The bulk action dialog: choose an action, preview what it does to each report, then apply."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)
from qasync import asyncSlot

from desktop.services.access import AccessDenied
from desktop.services.bulk import BulkAction, BulkPreview, BulkRequest, PlannedChange, apply, preview
from desktop.services.changes import Changes
from desktop.services.dto import AgencyView
from desktop.services.report_actions import ActionRefused
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text, refusal_text


class BulkDialog(QDialog):
    sig_applied = Signal(object)
    """Emitted after a bulk run committed; carries the BulkResult."""

    def __init__(self, ctx: AppContext, report_ids: tuple[int, ...], description: str,
                 agencies: tuple[AgencyView, ...], parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._ids = report_ids
        self._description = description
        self._names = {a.code: a.short_name for a in agencies}
        self._preview: BulkPreview | None = None
        self.setObjectName("bulkDialog")
        self.resize(880, 640)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.action = QComboBox()
        self.agency = QComboBox()
        for agency in agencies:
            if agency.active:
                self.agency.addItem(agency.short_name, agency.code)
        self.primary = QLineEdit()
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.preview_button = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("bulkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel#bulkProblem { color: #b71c1c; font-weight: 600; }")
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)

        form = QFormLayout()
        self.action_label, self.agency_label = QLabel(), QLabel()
        self.primary_label, self.reason_label = QLabel(), QLabel()
        form.addRow(self.action_label, self.action)
        form.addRow(self.agency_label, self.agency)
        form.addRow(self.primary_label, self.primary)
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chosen)
        layout.addLayout(form)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.action.currentIndexChanged.connect(self._on_edited)
        self.agency.currentIndexChanged.connect(self._on_edited)
        self.primary.textChanged.connect(self._on_edited)
        self.reason.textChanged.connect(self._on_edited)
        self.preview_button.clicked.connect(self.run_preview)
        self.apply_button.clicked.connect(self.run_apply)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Act on several reports"))
        self.chosen.setText(self.tr("{n} reports chosen: {what}").format(n=len(self._ids), what=self._description))
        current = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        for action, text in ((BulkAction.REROUTE, self.tr("Re-route to another agency")),
                             (BulkAction.ESCALATE, self.tr("Escalate to the head of the agency")),
                             (BulkAction.DUPLICATE, self.tr("Mark as duplicates of one report")),
                             (BulkAction.REJECT, self.tr("Reject, with the reason"))):
            self.action.addItem(text, action.value)
        self.action.setCurrentIndex(max(self.action.findData(current), 0))
        self.action.blockSignals(False)
        self.action_label.setText(self.tr("Action"))
        self.agency_label.setText(self.tr("New lead agency"))
        self.primary_label.setText(self.tr("Duplicates of (reference)"))
        self.primary.setPlaceholderText("JL-2611-000123")
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Written into the history of every report changed"))
        self.preview_button.setText(self.tr("Preview the changes"))
        self.apply_button.setText(self.tr("Apply to the reports that change"))
        self.table.setHorizontalHeaderLabels([self.tr("Report"), self.tr("Now"), self.tr("After"), self.tr("Note")])
        self._show_fields()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def request(self) -> BulkRequest:
        action = BulkAction(self.action.currentData())
        return BulkRequest(action, self._ids, self.reason.toPlainText(),
                           agency=self.agency.currentData() if action == BulkAction.REROUTE else None,
                           primary_reference=self.primary.text() if action == BulkAction.DUPLICATE else None)

    def _show_fields(self) -> None:
        action = BulkAction(self.action.currentData())
        for label, widget, shown in ((self.agency_label, self.agency, action == BulkAction.REROUTE),
                                     (self.primary_label, self.primary, action == BulkAction.DUPLICATE)):
            label.setVisible(shown)
            widget.setVisible(shown)

    @Slot()
    def _on_edited(self) -> None:
        """Any change makes the preview out of date: it must be seen again before applying."""
        self._show_fields()
        self._preview = None
        self.apply_button.setEnabled(False)
        if self.table.rowCount():
            self.summary.setText(self.tr("The request changed: preview again before applying."))

    def _state(self, change: PlannedChange, after: bool) -> str:
        status = change.new_status if after else change.status
        agency = change.new_agency if after else change.agency
        priority = change.new_priority if after else change.priority
        parts = [fmt.status_label(status)] if status else []
        if agency:
            parts.append(self._names.get(agency, agency))
        if priority and BulkAction(self.action.currentData()) == BulkAction.ESCALATE:
            parts.append(fmt.priority_label(priority))
        return " · ".join(parts)

    def show_preview(self, planned: BulkPreview) -> None:
        self._preview = planned
        self.problem.setText(refusal_text(planned.problem) if planned.problem else "")
        self.table.setRowCount(len(planned.changes))
        for row, change in enumerate(planned.changes):
            cells = (change.reference or str(change.report_id), self._state(change, False),
                     self._state(change, True) if change.changes else "—",
                     refusal_text(change.skipped) if change.skipped else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if change.skipped is not None:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        if planned.problem is None:
            self.summary.setText(self.tr("{change} reports will change; {skip} will be left as they are.").format(
                change=len(planned.applicable), skip=len(planned.skipped)))
        else:
            self.summary.setText("")
        self.apply_button.setEnabled(planned.problem is None and bool(planned.applicable))

    @asyncSlot()
    async def run_preview(self) -> None:
        self.preview_button.setEnabled(False)
        try:
            planned = await self._ctx.runner.run(preview, self._ctx.db, self._ctx.user, self.request())
        except AccessDenied as exc:
            self._ctx.dialogs.error(self, self.tr("Not allowed"), error_text(exc))
            return
        finally:
            self.preview_button.setEnabled(True)
        self.show_preview(planned)

    @asyncSlot()
    async def run_apply(self) -> None:
        planned = self._preview
        if planned is None:
            return
        self.apply_button.setEnabled(False)
        try:
            result = await self._ctx.runner.run(apply, self._ctx.db, self._ctx.user, planned)
        except ActionRefused as exc:
            self.problem.setText(refusal_text(exc.refusal))
            self._preview = None
            return
        except AccessDenied as exc:
            self._ctx.dialogs.error(self, self.tr("Not allowed"), error_text(exc))
            return
        self._ctx.bus.sig_changes_committed.emit(Changes(reports=result.touched))
        self.sig_applied.emit(result)
        self._ctx.dialogs.info(self, self.tr("Done"), self.tr(
            "{n} reports changed; each one's history says so.").format(n=len(result.changed)))
        self.accept()
