"""The report list as a Qt model: one page in memory, more fetched as the officer scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from desktop.services.dto import ReportPage, ReportRow
from desktop.ui import format as fmt

COLUMNS = ("status", "reference", "category", "channel", "location", "age")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportTableModel(QAbstractTableModel):
    sig_more_requested = Signal(int)
    """Emitted when the view scrolled to the end; carries the offset of the next page."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ReportRow] = []
        self._total = 0
        self._fetching = False
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def set_page(self, page: ReportPage) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._fetching = False
        self.endResetModel()

    def append_page(self, page: ReportPage) -> None:
        self._fetching = False
        if page.offset != len(self._rows) or not page.rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = page.total
        self.endInsertRows()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if self.canFetchMore(parent):
            self._fetching = True
            self.sig_more_requested.emit(len(self._rows))

    def row_at(self, row: int) -> ReportRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, report_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == report_id:
                return number
        return -1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            return fmt.status_dot(row.status)
        if role == Qt.ItemDataRole.FontRole and row.emergency:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == "location" and row.location_problem:
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _display(self, row: ReportRow, column: str) -> str:
        if column == "status":
            return fmt.status_label(row.status)
        if column == "reference":
            return ("⚠ " if row.emergency else "") + row.reference
        if column == "category":
            return fmt.category_label(row.category_name_id, row.category_name_en)
        if column == "channel":
            return fmt.channel_label(row.channel)
        if column == "location":
            return self.tr("No valid location") if row.location_problem else row.location
        return fmt.age(row.received_at)

    def _tooltip(self, row: ReportRow) -> str:
        parts = [f"{row.reference} — {fmt.status_label(row.status)}",
                 self.tr("Received: {time}").format(time=fmt.local_time(row.received_at))]
        if row.lead_agency:
            parts.append(self.tr("Agency: {name}").format(name=row.lead_agency))
        if row.emergency:
            parts.append(self.tr("Emergency"))
        return "\n".join(parts)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Status"), self.tr("Reference"), self.tr("Category"), self.tr("Channel"),
                self.tr("Location"), self.tr("Age"))[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
