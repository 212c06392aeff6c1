"""One board column: a header with counts and a virtualised list of cards that takes drops."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QPainter, QPalette, QPen, QPixmap, QRegion
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView, QSizePolicy, QVBoxLayout,
)

from desktop.core.dispatching import Plan
from desktop.ui.board.mime import DraggedCards, decode

COLUMN_WIDTH = 260
# Judges a hovering or dropped payload: (cards, target column, bring in as support) -> plan, or None when neutral.
Judge = Callable[[DraggedCards, str, bool], Plan | None]


def wants_support(event) -> bool:
    """Ctrl held while dropping brings the agency in as support, like copying beside moving."""
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class ColumnView(QListView):
    sig_cards_dropped = Signal(object, str, bool)
    """Emitted when cards were dropped here; carries the dragged cards, this column's key and the support flag."""

    sig_drag_started = Signal(object)
    """Emitted when a drag of cards leaves this column; carries the dragged cards."""

    sig_drag_finished = Signal()
    """Emitted when a drag that started here ended, dropped or not."""

    sig_drag_hovered = Signal(str, object)
    """Emitted while cards hover over this column; carries its key and the plan (None: neutral)."""

    sig_drag_left = Signal(str)
    """Emitted when a drag left this column; carries its key."""

    def __init__(self, key: str, judge: Judge, parent=None):
        super().__init__(parent)
        self.key = key
        self._judge = judge
        self.setObjectName("boardColumnView")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def dragged(self) -> DraggedCards | None:
        """What a drag of the current selection carries."""
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return decode(self.model().mimeData(indexes)) if indexes else None

    def startDrag(self, supported_actions) -> None:  # noqa: N802 - Qt API
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        if not indexes:
            return
        mime = self.model().mimeData(indexes)
        dragged = decode(mime)
        drag = QDrag(self)
        drag.setMimeData(mime)
        pixmap = self._drag_pixmap(mime.text().splitlines())
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(12, pixmap.height() // 2))
        self.sig_drag_started.emit(dragged)
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)
        self.sig_drag_finished.emit()

    def _drag_pixmap(self, references: list[str]) -> QPixmap:
        font = QFont(self.font())
        font.setBold(True)
        text = references[0] if len(references) == 1 else \
            self.tr("%n report(s)", "", len(references)) + f" · {references[0]} …"
        width = self.fontMetrics().horizontalAdvance(text) + 40
        pixmap = QPixmap(QSize(width, 28) * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#1976d2"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRect(0, 0, width, 28), 14, 14)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(QRect(0, 0, width, 28), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pixmap

    def _hover(self, event) -> Plan | None:
        dragged = decode(event.mimeData())
        if dragged is None:
            event.ignore()
            return None
        plan = self._judge(dragged, self.key, wants_support(event))
        self.sig_drag_hovered.emit(self.key, plan)
        if plan is not None and plan.allowed:
            event.setDropAction(Qt.DropAction.CopyAction if wants_support(event) else Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        return plan

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if decode(event.mimeData()) is None:
            event.ignore()
            return
        self._hover(event)
        # Entering must be accepted for move events to follow; a refusal shows on the next move.
        event.accept()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._hover(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.sig_drag_left.emit(self.key)
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        dragged = decode(event.mimeData())
        if dragged is None:
            event.ignore()
            return
        support = wants_support(event)
        plan = self._judge(dragged, self.key, support)
        self.sig_drag_left.emit(self.key)
        if plan is not None and plan.allowed:
            event.setDropAction(Qt.DropAction.CopyAction if support else Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.sig_cards_dropped.emit(dragged, self.key, support)


# state -> (background, border width, border colour)
_LOOKS = {
    "": ("#eceff1", 1, "#cfd8dc"),
    "suggested": ("#bbdefb", 4, "#1e88e5"),
    "ok": ("#c8e6c9", 4, "#2e7d32"),
    "refused": ("#ffcdd2", 4, "#c62828"),
    "disabled": ("#f5f5f5", 1, "#e0e0e0"),
}
LIST_BACKGROUND = "#eceff1"
SUGGESTED_MARK = "#1565c0"


class ColumnWidget(QFrame):
    """Header (agency, counts, suggestion mark) above the column's list of cards."""

    def __init__(self, key: str, judge: Judge, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("boardColumn")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedWidth(COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.title = QLabel()
        self.title.setObjectName("columnTitle")
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        # Always holding its text and only changing colour, so marking a column never re-lays it out.
        self.mark = QLabel()
        mark_font = self.mark.font()
        mark_font.setBold(True)
        self.mark.setFont(mark_font)
        self.counts = QLabel()
        self.counts.setObjectName("columnCounts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.view = ColumnView(key, judge)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        # An opaque list: the highlight lives in the border and header, so lighting a column up
        # repaints that ring only, never the cards (which at a drag's pace would be felt).
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(LIST_BACKGROUND))
        self.view.setPalette(palette)
        self._state = None
        self._active = True
        self._suggested = True
        self.set_suggested(False)

    def set_header(self, title: str, tooltip: str, active: bool) -> None:
        self.title.setText(title)
        self.mark.setText(self.tr("★ suggested"))
        self.title.setToolTip(tooltip)
        self._active = active
        self._apply_style()

    def set_counts(self, open_count: int, overdue: int) -> None:
        text = self.tr("%n open", "", open_count)
        if overdue:
            text += " · <span style='color:#c62828; font-weight:600'>" + self.tr("%n overdue", "", overdue) + "</span>"
        self.counts.setText(text)

    def set_drop_state(self, state: str) -> None:
        """"" (none), "ok" or "refused" while a drag hovers over this column."""
        if state != self._state:
            self._state = state
            self._apply_style()

    def set_suggested(self, suggested: bool) -> None:
        if suggested != self._suggested:
            self._suggested = suggested
            palette = self.mark.palette()
            palette.setColor(QPalette.ColorRole.WindowText,
                             QColor(SUGGESTED_MARK) if suggested else QColor(Qt.GlobalColor.transparent))
            self.mark.setPalette(palette)
            self._apply_style()

    @property
    def drop_state(self) -> str:
        return self._state or ("suggested" if self._suggested else "")

    def _apply_style(self) -> None:
        # Painted rather than styled: a style sheet change re-polishes the list of cards inside,
        # which at thousands of cards costs more than the whole drop.
        self.update(QRegion(self.rect()).subtracted(QRegion(self.view.geometry())))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        background, width, border = _LOOKS[self.drop_state or ("" if self._active else "disabled")]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(border), width))
        painter.setBrush(QColor(background))
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 6, 6)
        painter.end()
