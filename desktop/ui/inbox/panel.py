"""The inbox: search, a status filter, the count, and the report list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.workflow import OPEN_STATUSES, STATUS_INFO, Status
from desktop.services.changes import Changes
from desktop.services.dto import ReportQuery
from desktop.services.reports import list_reports
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.inbox.model import ID_ROLE, ReportTableModel

_OPEN = "__open__"


class InboxPanel(QWidget):
    sig_report_selected = Signal(object)
    """Emitted when the officer selects a report in the list; carries its id."""

    sig_page_loaded = Signal(int)
    """Emitted after the first page of a query arrived; carries the total count."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._query = ReportQuery()
        self._generation = 0
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.count_label = QLabel()
        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((130, 150, 160, 110, 250, 70)):
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.status_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

        # Typing fires a query only after a short pause, so each keystroke does not hit the database.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._on_search_settled)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter)
        self.model.sig_more_requested.connect(self._on_more_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self._fill_status_filter()
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search reference, description, address… (Ctrl+F)"))
        self._fill_status_filter()
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("All open reports"), _OPEN)
        for status in STATUS_INFO:
            self.status_filter.addItem(fmt.status_dot(status.value), fmt.status_label(status.value), status.value)
        index = self.status_filter.findData(current)
        self.status_filter.setCurrentIndex(max(index, 0))
        self.status_filter.blockSignals(False)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n report(s)", "", self.model.total))

    def current_report_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select_report(self, report_id: int) -> bool:
        row = self.model.row_of(report_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def move_selection(self, step: int) -> None:
        """Next/previous report for keyboard triage."""
        row = self.table.currentIndex().row() + step if self.table.currentIndex().isValid() else 0
        if 0 <= row < self.model.rowCount():
            self.select_report(self.model.row_at(row).id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def _on_search_settled(self) -> None:
        self.set_query(replace(self._query, text=self.search.text()))

    @Slot(int)
    def _on_status_filter(self, _index: int) -> None:
        value = self.status_filter.currentData()
        statuses: tuple[str, ...] = ()
        if value == _OPEN:
            statuses = tuple(sorted(s.value for s in OPEN_STATUSES))
        elif value:
            statuses = (Status(value).value,)
        self.set_query(replace(self._query, statuses=statuses))

    def set_query(self, query: ReportQuery) -> None:
        self._query = query
        self.reload()

    @asyncSlot()
    async def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        selected = self.current_report_id()
        page = await self._ctx.runner.run(list_reports, self._ctx.db, self._ctx.user, self._query, 0)
        if generation != self._generation:
            return
        self.model.set_page(page)
        self._show_count()
        if selected is not None:
            self.select_report(selected)
        self.sig_page_loaded.emit(page.total)

    @asyncSlot(int)
    async def _on_more_requested(self, offset: int) -> None:
        generation = self._generation
        page = await self._ctx.runner.run(list_reports, self._ctx.db, self._ctx.user, self._query, offset)
        if generation == self._generation:
            self.model.append_page(page)

    @Slot(object, object)
    def _on_current_row(self, current, _previous) -> None:
        report_id = self.model.data(current, ID_ROLE) if current.isValid() else None
        if report_id is not None:
            self.sig_report_selected.emit(report_id)

    @Slot(Changes)
    def _on_changes(self, changes: Changes) -> None:
        if changes.all_reports or any(self.model.row_of(r) >= 0 for r in changes.reports):
            self.reload()
