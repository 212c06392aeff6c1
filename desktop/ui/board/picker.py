""""Dispatch to…" for officers who do not drag: type a few letters, pick the agency, press Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout

from desktop.services.board import BoardAgency

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class AgencyPicker(QFrame):
    sig_agency_chosen = Signal(str, bool)
    """Emitted when an agency was picked; carries its code and whether it joins as support."""

    sig_closed = Signal()
    """Emitted when the picker closed, picked or cancelled."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("agencyPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._support = False
        self.prompt = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("agencySearch")
        self.search.setClearButtonEnabled(True)
        self.source = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(180)
        row = QHBoxLayout()
        row.addWidget(self.prompt)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._on_text)
        self.search.returnPressed.connect(self.choose_current)
        self.list.activated.connect(lambda _index: self.choose_current())
        self.search.installEventFilter(self)
        self.hide()

    def open(self, agencies: list[BoardAgency], support: bool, prompt: str, preselect: str | None = None) -> None:
        self._support = support
        self.prompt.setText(prompt)
        self.source.clear()
        for agency in agencies:
            label = f"{agency.short_name} — {agency.name}"
            if not agency.active:
                label += " " + self.tr("(disabled)")
            item = QStandardItem(label)
            item.setData(agency.code, CODE_ROLE)
            item.setData(f"{agency.code} {agency.short_name} {agency.name}", SEARCH_ROLE)
            if not agency.active:
                item.setForeground(QColor("#9e9e9e"))
            self.source.appendRow(item)
        self.search.clear()
        self.show()
        self._select_code(preselect)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _select_code(self, code: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if code is None or index.data(CODE_ROLE) == code:
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index)
                return

    @Slot(str)
    def _on_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        exact = next((self.proxy.index(r, 0) for r in range(self.proxy.rowCount())
                      if str(self.proxy.index(r, 0).data(CODE_ROLE)).lower() == text.strip().lower()), None)
        if exact is not None:
            self.list.setCurrentIndex(exact)
        elif self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def current_code(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    @Slot()
    def choose_current(self) -> None:
        code = self.current_code()
        if code is None:
            return
        self.close_picker()
        self.sig_agency_chosen.emit(code, self._support)

    def close_picker(self) -> None:
        self.hide()
        self.sig_closed.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_picker()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.proxy.rowCount() - 1, self.list.currentIndex().row() + step))
                self.list.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)
