"""The workstation screen: cached reports with a quick note (works offline) and the conflicts list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.dispatching import Refusal
from desktop.services.changes import Changes
from desktop.sync.mutations import Refused
from desktop.sync.views import ConflictView, cached_reports, conflicts
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text, refusal_text
from desktop.ui.tables import read_only_table


def _table(columns: int) -> QTableWidget:
    table = read_only_table(columns)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text or "")


class SyncScreen(QWidget):
    sig_report_selected = Signal(object)
    """Emitted when the officer selects a cached report; carries its id."""

    sig_action_done = Signal(object)
    """Emitted after an action was applied on this workstation; carries the report id."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._sync = getattr(ctx, "sync", None)
        self._report_ids: list[int] = []
        self._conflicts: tuple[ConflictView, ...] = ()
        # Changes arrived while hidden: reload when shown rather than for every change.
        self._stale = False
        self.off_label = QLabel()
        self.off_label.setWordWrap(True)
        self.reports_title = QLabel()
        self.reports = _table(4)
        self.note = QLineEdit()
        self.add_note_button = QPushButton()
        self.conflicts_title = QLabel()
        self.conflicts = _table(5)
        composer = QHBoxLayout()
        composer.addWidget(self.note, 1)
        composer.addWidget(self.add_note_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.reports_title)
        top_layout.addWidget(self.reports, 1)
        top_layout.addLayout(composer)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.conflicts_title)
        bottom_layout.addWidget(self.conflicts, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.off_label)
        layout.addWidget(splitter, 1)
        for column, width in enumerate((170, 110, 70)):
            self.reports.setColumnWidth(column, width)
        for column, width in enumerate((130, 170, 340, 180)):
            self.conflicts.setColumnWidth(column, width)
        self.off_label.setVisible(self._sync is None)
        splitter.setVisible(self._sync is not None)
        self.add_note_button.clicked.connect(self.add_note)
        self.note.returnPressed.connect(self.add_note)
        self.reports.currentCellChanged.connect(self._on_current)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.off_label.setText(self.tr("This workstation works directly on the database: there is nothing to "
                                       "synchronise."))
        self.reports_title.setText(self.tr("Reports on this workstation (usable offline)"))
        self.reports.setHorizontalHeaderLabels([self.tr("Reference"), self.tr("Status"), self.tr("Waiting"),
                                                self.tr("Title")])
        self.note.setPlaceholderText(self.tr("Note on the selected report…"))
        self.add_note_button.setText(self.tr("Add note"))
        self.conflicts_title.setText(self.tr("Decided against you by the central database"))
        self.conflicts.setHorizontalHeaderLabels([self.tr("When"), self.tr("Report"), self.tr("What happened"),
                                                  self.tr("Your text (kept)"), self.tr("Text now")])
        self._show_conflicts()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def select_row(self, row: int) -> None:
        self.reports.setCurrentCell(row, 0)

    @asyncSlot()
    async def reload(self) -> None:
        if self._sync is None:
            return
        self._stale = False
        rows = await self._sync.on_cache(cached_reports)
        found = await self._sync.on_cache(conflicts)
        current = self.reports.currentRow()
        self._report_ids = [row.id for row in rows]
        self.reports.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, value in enumerate((row.reference, fmt.status_label(row.status),
                                            str(row.pending) if row.pending else "", row.title)):
                self.reports.setItem(index, column, _item(value))
        if 0 <= current < len(rows):
            self.reports.setCurrentCell(current, 0)
        self._conflicts = found
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        self.conflicts.setRowCount(len(self._conflicts))
        for index, conflict in enumerate(self._conflicts):
            for column, value in enumerate((fmt.local_time(conflict.at), conflict.reference or "—",
                                            self._what_happened(conflict), conflict.lost_value or "",
                                            conflict.kept_value or "")):
                self.conflicts.setItem(index, column, _item(value))

    def _what_happened(self, conflict: ConflictView) -> str:
        if isinstance(conflict.message, Refusal):
            return refusal_text(conflict.message)
        # Stored before conflicts kept their refusal, an overwritten text's message is English only.
        return self.tr("Text replaced") if conflict.kind == "overwritten" else conflict.message

    @Slot(int, int, int, int)
    def _on_current(self, row: int, _column: int, _previous_row: int, _previous_column: int) -> None:
        if 0 <= row < len(self._report_ids):
            self.sig_report_selected.emit(self._report_ids[row])

    @asyncSlot()
    async def add_note(self) -> None:
        row = self.reports.currentRow()
        body = self.note.text().strip()
        if self._sync is None or not (0 <= row < len(self._report_ids)) or not body:
            return
        report_id = self._report_ids[row]
        try:
            await self._sync.perform("add_note", report_id, body=body)
        except Refused as exc:
            self._ctx.dialogs.error(self, self.tr("The note was not added"), error_text(exc))
            return
        self.note.clear()
        self.sig_action_done.emit(report_id)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(Changes)
    def _on_changes(self, _changes: Changes) -> None:
        if self._sync is None:
            return
        self._stale = True
        if self.isVisible():
            self.reload()
