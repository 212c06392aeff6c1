"""One part of the review on screen: its figures as tiles, its charts, its tables, and its notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.core.stats.layout import Link, Section, Table, Tile
from desktop.ui.supervisor.charts import ChartBox

LINK_ROLE = Qt.ItemDataRole.UserRole + 1
CHART_COLUMNS = 2


class TileBox(QFrame):
    def __init__(self, tile: Tile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewTile")
        self.setStyleSheet("QFrame#reviewTile { border: 1px solid #d0d7de; border-radius: 6px; background: #fafbfc; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        label = QLabel(tile.label)
        label.setWordWrap(True)
        label.setStyleSheet("color: #444;")
        self.value = QLabel(tile.value)
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        detail = QLabel(tile.detail)
        detail.setWordWrap(True)
        detail.setStyleSheet("color: #666;")
        for widget in (label, self.value, detail):
            layout.addWidget(widget)


class TableBox(QTableWidget):
    """A table of the review; cells that stand for reports carry their ``Link``."""

    sig_link_activated = Signal(object)
    """Emitted when a cell standing for reports was double-clicked; carries its Link."""

    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = table
        self.setObjectName(f"table_{table.key}")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setColumnCount(len(table.header))
        self.setHorizontalHeaderLabels(list(table.header))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setRowCount(len(table.rows))
        link_colour = QColor("#0b57d0")
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell.text)
                if cell.number is not None or c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if cell.link is not None:
                    item.setData(LINK_ROLE, cell.link)
                    item.setForeground(link_colour)
                    item.setToolTip(self.tr("Double-click to see these reports on the map and in the list"))
                self.setItem(r, c, item)
        # The whole table shows: the page around it scrolls, not the table.
        height = self.horizontalHeader().sizeHint().height() + 22 * len(table.rows) + 4
        self.setFixedHeight(height)
        self.cellDoubleClicked.connect(self._on_double_click)

    def link_at(self, row: int, column: int) -> Link | None:
        item = self.item(row, column)
        return item.data(LINK_ROLE) if item is not None else None

    def current_link(self) -> Link | None:
        return self.link_at(self.currentRow(), self.currentColumn())

    @Slot(int, int)
    def _on_double_click(self, row: int, column: int) -> None:
        link = self.link_at(row, column)
        if link is not None:
            self.sig_link_activated.emit(link)


class SectionView(QScrollArea):
    """A scrollable page showing one Section."""

    sig_link_activated = Signal(object)
    """Emitted when the supervisor double-clicked a cell standing for reports; carries its Link."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.section: Section | None = None
        self.charts: list[ChartBox] = []
        self.tables: list[TableBox] = []

    def show_section(self, section: Section) -> None:
        self.section = section
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        intro = QLabel(section.intro)
        intro.setWordWrap(True)
        intro.setObjectName("sectionIntro")
        layout.addWidget(intro)
        for note in section.notices:
            label = QLabel(note)
            label.setWordWrap(True)
            label.setStyleSheet("color: #555; font-style: italic;")
            layout.addWidget(label)
        tiles = QHBoxLayout()
        for tile in section.tiles:
            tiles.addWidget(TileBox(tile), 1)
        layout.addLayout(tiles)
        grid = QGridLayout()
        self.charts = []
        for index, spec in enumerate(section.charts):
            box = ChartBox()
            box.show_chart(spec)
            self.charts.append(box)
            grid.addWidget(box, index // CHART_COLUMNS, index % CHART_COLUMNS)
        layout.addLayout(grid)
        self.tables = []
        for table in section.tables:
            title = QLabel(f"<b>{table.title}</b>")
            layout.addWidget(title)
            if table.is_empty:
                empty = QLabel(table.empty)
                empty.setStyleSheet("color: #555;")
                layout.addWidget(empty)
                continue
            box = TableBox(table)
            box.sig_link_activated.connect(self.sig_link_activated)
            self.tables.append(box)
            layout.addWidget(box)
        layout.addStretch(1)
        old = self.takeWidget()
        self.setWidget(page)
        if old is not None:
            old.deleteLater()

    def table(self, key: str) -> TableBox | None:
        return next((t for t in self.tables if t.spec.key == key), None)
