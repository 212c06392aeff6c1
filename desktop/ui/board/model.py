"""The board's data: every card once, and one list model per column that views page through.

Views are virtualised (a QListView paints only the rows on screen), so ten thousand
cards cost ten thousand small frozen values, not ten thousand widgets.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from datetime import datetime, timezone

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt, Signal

from desktop.core.deadlines import Timed
from desktop.core.dispatching import CardState
from desktop.core.routing import WHY_TEXT
from desktop.core.sla import first_action_due
from desktop.core.workflow import UNROUTED, Status
from desktop.services.board import BoardAgency, BoardCard, BoardCategory, BoardSnapshot, CardUpdate
from desktop.ui import format as fmt
from desktop.ui.board.mime import CARDS_MIME, INBOX, DraggedCards, encode
from desktop.ui.i18n import translate

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_UNROUTED = frozenset(s.value for s in UNROUTED)
_LAST = datetime.max.replace(tzinfo=timezone.utc)
_LAST_ID = 1 << 63


def timed(card: BoardCard) -> Timed:
    return Timed(card.id, card.reference, card.emergency, card.received_at, card.first_action_at, card.due_at)


def card_state(card: BoardCard) -> CardState:
    return CardState(card.reference, Status(card.status), card.lead, frozenset(card.supports))


def column_of(card: BoardCard) -> str:
    return INBOX if card.status in _UNROUTED or card.lead is None else card.lead


def urgency(card: BoardCard) -> tuple:
    """Emergencies still waiting for a first action first, then by the deadline that runs out first."""
    waiting_emergency = card.emergency and card.first_action_at is None
    due = first_action_due(card.received_at) if waiting_emergency else card.due_at
    return (not waiting_emergency, due or _LAST, card.received_at, card.id)


def newest(card: BoardCard) -> tuple:
    """Emergencies still waiting for a first action first, then the latest arrivals."""
    return (not (card.emergency and card.first_action_at is None), -card.received_at.timestamp(), card.id)


# How a column can be ordered: name -> sort key.
ORDERS = {"deadline": urgency, "newest": newest}


class ColumnModel(QStringListModel):
    """The cards of one column, most urgent first.

    A string-list model underneath, holding the references: the row count and indexes then
    stay in C++, and a list view laying out thousands of rows never calls into Python
    per row; only the rows on screen ask ``data`` for their card.
    """

    def __init__(self, key: str, board: BoardData):
        super().__init__(board)
        self.key = key
        self._board = board
        self._cards: list[BoardCard] = []
        self._order: list[tuple] = []  # the display order's keys, parallel to _cards
        self._clocks: list[tuple] = []  # urgency keys, sorted, for counting overdue cards

    def card_at(self, row: int) -> BoardCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def row_of(self, report_id: int) -> int:
        for row, card in enumerate(self._cards):
            if card.id == report_id:
                return row
        return -1

    def set_cards(self, cards: list[BoardCard]) -> None:
        key = self._board.order
        self._cards = sorted(cards, key=key)
        self._order = [key(card) for card in self._cards]
        self._clocks = sorted(urgency(card) for card in self._cards)
        self.setStringList([card.reference for card in self._cards])

    def insert(self, card: BoardCard) -> None:
        order = self._board.order(card)
        row = bisect_left(self._order, order)
        self._order.insert(row, order)
        self._cards.insert(row, card)
        insort(self._clocks, urgency(card))
        self.insertRows(row, 1)
        self.setData(self.index(row), card.reference)

    def remove(self, report_id: int) -> None:
        row = self.row_of(report_id)
        if row < 0:
            return
        card = self._cards.pop(row)
        del self._order[row]
        del self._clocks[bisect_left(self._clocks, urgency(card))]
        self.removeRows(row, 1)

    def replace(self, card: BoardCard) -> None:
        """A card that stays in this column; it moves only if its place in the order changed."""
        row = self.row_of(card.id)
        if row >= 0 and self._order[row] == self._board.order(card) and urgency(self._cards[row]) == urgency(card):
            self._cards[row] = card
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        self.remove(card.id)
        self.insert(card)

    def overdue(self, now: datetime) -> int:
        """Cards whose running clock has run out, counted with two binary searches."""
        # Emergencies waiting for a first action sort first, by that clock; the rest by deadline.
        emergencies = bisect_right(self._clocks, (False, now, _LAST, _LAST_ID))
        rest_start = bisect_left(self._clocks, (True,))
        return emergencies + bisect_right(self._clocks, (True, now, _LAST, _LAST_ID)) - rest_start

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        card = self.card_at(index.row())
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.DisplayRole:
            # What keyboard search matches: typing a reference jumps to its card.
            return card.reference
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._board.tooltip(card)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [CARDS_MIME]

    def mimeData(self, indexes) -> object:  # noqa: N802 - Qt API
        cards = [self._cards[i.row()] for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        return encode(DraggedCards(self.key, tuple((c.id, c.version) for c in cards)), [c.reference for c in cards])

    def supportedDragActions(self):  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self):  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def refresh_all(self) -> None:
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))


class BoardData(QObject):
    """Every card on the board, which column holds it, and the clock the countdowns run on."""

    sig_columns_reset = Signal()
    """Emitted after a full load replaced the agencies and cards."""

    sig_column_changed = Signal(str)
    """Emitted when a column's cards changed; carries the column key ("" is the inbox)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.agencies: dict[str, BoardAgency] = {}
        self.categories: dict[str, BoardCategory] = {}
        self.columns: dict[str, ColumnModel] = {INBOX: ColumnModel(INBOX, self)}
        self._cards: dict[int, BoardCard] = {}
        self._where: dict[int, str] = {}
        self.now = datetime.now(timezone.utc)
        self.order = urgency

    def set_order(self, name: str) -> None:
        """Re-sort every column: "deadline" (most urgent first) or "newest"."""
        self.order = ORDERS[name]
        for model in self.columns.values():
            model.set_cards(model.cards())

    def card(self, report_id: int) -> BoardCard | None:
        return self._cards.get(report_id)

    def cards(self):
        return self._cards.values()

    def load(self, snapshot: BoardSnapshot) -> None:
        self.agencies = {a.code: a for a in snapshot.agencies}
        self.categories = snapshot.categories
        grouped: dict[str, list[BoardCard]] = {INBOX: []}
        grouped.update({a.code: [] for a in snapshot.agencies})
        self._cards = {c.id: c for c in snapshot.cards}
        self._where = {}
        for card in snapshot.cards:
            key = column_of(card)
            grouped.setdefault(key, []).append(card)
            self._where[card.id] = key
        for key, cards in grouped.items():
            if key not in self.columns:
                self.columns[key] = ColumnModel(key, self)
            self.columns[key].set_cards(cards)
        self.sig_columns_reset.emit()

    def apply(self, update: CardUpdate) -> None:
        """Move the changed cards to where they now belong; drop the ones that left the board."""
        touched: set[str] = set()
        for report_id in update.gone:
            old = self._where.pop(report_id, None)
            self._cards.pop(report_id, None)
            if old is not None:
                self.columns[old].remove(report_id)
                touched.add(old)
        for card in update.cards:
            old, new = self._where.get(card.id), column_of(card)
            if new not in self.columns:
                self.columns[new] = ColumnModel(new, self)
            if old == new:
                self.columns[new].replace(card)
            else:
                if old is not None:
                    self.columns[old].remove(card.id)
                    touched.add(old)
                self.columns[new].insert(card)
            self._cards[card.id] = card
            self._where[card.id] = new
            touched.add(new)
        for key in touched:
            self.sig_column_changed.emit(key)

    def agency_label(self, code: str | None) -> str:
        agency = self.agencies.get(code or "")
        return agency.short_name if agency else (code or "")

    def category_label(self, code: str) -> str:
        category = self.categories.get(code)
        return fmt.category_label(category.name_id, category.name_en) if category else code

    def suggestion_text(self, card: BoardCard) -> str:
        suggestion = card.suggestion
        if suggestion is None:
            return translate("board", "No suggestion: the usual agencies are disabled.")
        template = translate("routing", WHY_TEXT[suggestion.why])
        return template.format(agency=self.agency_label(suggestion.agency_code),
                               office=self.agency_label(suggestion.passed_over))

    def tooltip(self, card: BoardCard) -> str:
        lines = [f"{card.reference} — {fmt.status_label(card.status)}", card.title,
                 f"{self.category_label(card.category)} · {card.kelurahan or '—'}, {card.kecamatan or '—'}",
                 translate("board", "Received: {time}").format(time=fmt.local_time(card.received_at))]
        if card.due_at is not None:
            lines.append(translate("board", "Deadline: {time}").format(time=fmt.local_time(card.due_at)))
        if card.lead:
            lines.append(translate("board", "Lead agency: {agency}").format(agency=self.agency_label(card.lead)))
        if card.supports:
            lines.append(translate("board", "Supporting: {agencies}").format(
                agencies=", ".join(self.agency_label(code) for code in card.supports)))
        if column_of(card) == INBOX:
            lines.append(self.suggestion_text(card))
        if card.hand_back_reason:
            lines.append(translate("board", "Handed back by {agency}: {reason}").format(
                agency=self.agency_label(card.handed_back_by), reason=card.hand_back_reason))
        if card.escalated:
            lines.append(translate("board", "Escalated to the supervisors"))
        return "\n".join(lines)
