"""The agency desk: the reports one's own agency leads or supports, and the buttons that move them on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QListView, QPushButton, QToolBar, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.deadlines import running_clock
from desktop.core.workflow import Status, check_transition
from desktop.services.access import AccessDenied
from desktop.services.board import BoardCard, load_board
from desktop.services.changes import Changes
from desktop.services.handling import accept, add_after_photo, add_note, complete, hand_back, start
from desktop.services.report_actions import ActionRefused, CardRef, StaleCard
from desktop.ui.board.alerts import AlertStrip, show_feedback
from desktop.ui.board.delegate import CardDelegate
from desktop.ui.board.model import CARD_ROLE, ID_ROLE, BoardData, ColumnModel, timed
from desktop.ui.board.watch import DeadlineWatch
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text

# The queue filters: key -> which cards it keeps (card, own agency code).
FILTERS: dict[str, Callable[[BoardCard, str], bool]] = {
    "open": lambda card, mine: True,
    "to_accept": lambda card, mine: mine not in card.accepted,
    "in_progress": lambda card, mine: card.status == Status.IN_PROGRESS.value,
    "supporting": lambda card, mine: card.lead != mine,
}


class AgencyDeskScreen(QWidget):
    sig_report_selected = Signal(object)
    """Emitted when the staff member selects a report in the queue; carries its id."""

    sig_queue_loaded = Signal(int)
    """Emitted after the queue was read; carries the number of open reports."""

    sig_action_finished = Signal(str)
    """Emitted when an action ended; carries "done", "refused" or "cancelled"."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._agency = ctx.user.agency_code or ""
        self.data = BoardData(self)
        self.model = ColumnModel("desk", self.data)
        self._all: list[BoardCard] = []
        self._loaded = False

        self.title = QLabel()
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title.setFont(title_font)
        self.filter = QComboBox()
        self.order = QComboBox()
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.alerts = AlertStrip()
        self.watch = DeadlineWatch(self.data, self.alerts, self.data.cards, self)
        self.list = QListView()
        self.list.setObjectName("deskQueue")
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(self.data, self))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.buttons: dict[str, QPushButton] = {}
        # A tool bar, so a narrow window folds the buttons into its » menu rather than growing.
        actions = QToolBar()
        for name, slot in (("accept", self.accept_selected), ("start", self.start_selected),
                           ("note", self.note_selected), ("photo", self.photo_selected),
                           ("done", self.done_selected), ("hand_back", self.hand_back_selected)):
            button = QPushButton()
            button.setObjectName(f"desk_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            actions.addWidget(button)
        self.message = QLabel()
        self.message.setObjectName("deskMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.order)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.alerts)
        layout.addWidget(actions)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)

        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.order.currentIndexChanged.connect(self._on_order)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.alerts.sig_report_requested.connect(self.select_report)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.watch.sig_ticked.connect(self._on_ticked)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Queue of {agency}").format(agency=self._ctx.user.agency_name or self._agency))
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, label in (("open", self.tr("All open reports")), ("to_accept", self.tr("To accept")),
                           ("in_progress", self.tr("In progress")), ("supporting", self.tr("Supporting"))):
            self.filter.addItem(label, key)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)
        order = self.order.currentData() or "deadline"
        self.order.blockSignals(True)
        self.order.clear()
        self.order.addItem(self.tr("Most urgent first"), "deadline")
        self.order.addItem(self.tr("Newest first"), "newest")
        self.order.setCurrentIndex(self.order.findData(order))
        self.order.blockSignals(False)
        for name, text in (("accept", self.tr("Accept")), ("start", self.tr("Start handling")),
                           ("note", self.tr("Add field note…")), ("photo", self.tr("Add after-photo…")),
                           ("done", self.tr("Mark done")), ("hand_back", self.tr("Hand back…"))):
            self.buttons[name].setText(text)
        self.buttons["hand_back"].setToolTip(self.tr("Not our remit: return the report to the command centre "
                                                     "(or withdraw your support) with a reason"))
        self.alerts.retranslate()
        self._show_counts()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.refresh_all()
        super().changeEvent(event)

    # --- the queue ----------------------------------------------------------------------

    @asyncSlot()
    async def reload(self) -> None:
        snapshot = await self._ctx.runner.run(load_board, self._ctx.db, self._ctx.user)
        selected = self.current_card()
        self.data.now = self.watch.clock()
        self.data.load(snapshot)
        self._all = list(snapshot.cards)
        self._apply_filter()
        if selected is not None:
            self.select_report(selected.id)
        self.watch.scan()
        if not self._loaded:
            self._loaded = True
            self.watch.start()
        self.sig_queue_loaded.emit(len(self._all))

    @Slot()
    def _apply_filter(self, *_args) -> None:
        keep = FILTERS[self.filter.currentData() or "open"]
        self.model.set_cards([card for card in self._all if keep(card, self._agency)])
        self._show_counts()
        self._update_buttons()

    @Slot(int)
    def _on_order(self, _index: int) -> None:
        self.data.set_order(self.order.currentData())
        self._apply_filter()

    def _show_counts(self) -> None:
        now = self.data.now
        overdue = sum(1 for card in self._all if (c := running_clock(timed(card), now)) and c.state == "overdue")
        waiting = sum(1 for card in self._all if self._agency not in card.accepted)
        text = self.tr("%n open", "", len(self._all)) + " · " + self.tr("%n to accept", "", waiting)
        if overdue:
            text += " · <span style='color:#c62828; font-weight:600'>" + self.tr("%n overdue", "", overdue) + "</span>"
        self.counts.setText(text)

    @Slot(Changes)
    def _on_changes(self, changes: Changes) -> None:
        if self._loaded and (changes.all_reports or changes.reports):
            self.reload()

    @Slot()
    def _on_ticked(self) -> None:
        self.list.viewport().update()
        self._show_counts()

    # --- selection ------------------------------------------------------------------------

    def current_card(self) -> BoardCard | None:
        index = self.list.currentIndex()
        return index.data(CARD_ROLE) if index.isValid() else None

    def select_report(self, report_id: int) -> bool:
        row = self.model.row_of(report_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        return True

    @Slot(object, object)
    def _on_current(self, current, _previous) -> None:
        self._update_buttons()
        report_id = current.data(ID_ROLE) if current.isValid() else None
        if report_id is not None:
            self.sig_report_selected.emit(report_id)

    def _update_buttons(self) -> None:
        card = self.current_card()
        mine = self._agency
        lead = card is not None and card.lead == mine
        status = Status(card.status) if card is not None else None
        role = self._ctx.user.role

        def may(target: Status) -> bool:
            return status is not None and check_transition(status, target, role).allowed

        self.buttons["accept"].setEnabled(card is not None and mine not in card.accepted)
        self.buttons["start"].setEnabled(lead and may(Status.IN_PROGRESS))
        self.buttons["done"].setEnabled(lead and may(Status.DONE))
        for name in ("note", "photo", "hand_back"):
            self.buttons[name].setEnabled(card is not None)

    # --- actions ----------------------------------------------------------------------------

    def _selected(self) -> BoardCard | None:
        card = self.current_card()
        if card is None:
            self.show_message(self.tr("Select a report in the queue first."), error=True)
        return card

    @Slot()
    def accept_selected(self) -> None:
        card = self._selected()
        if card is not None:
            self._run(accept, card, CardRef(card.id, card.version), done=self.tr("Accepted {reference}."))

    @Slot()
    def start_selected(self) -> None:
        card = self._selected()
        if card is not None:
            self._run(start, card, CardRef(card.id, card.version), done=self.tr("{reference} is now in progress."))

    def _ask_then_run(self, action, card: BoardCard, ref: CardRef, title: str, label: str, done: str) -> None:
        """Ask for the text an action takes (a note, a reason), then run it; cancelling changes nothing."""
        text = self._ctx.dialogs.ask_text(self, title, label)
        if text is None:
            self._cancelled()
            return
        self._run(action, card, ref, text, done=done)

    @Slot()
    def note_selected(self) -> None:
        card = self._selected()
        if card is not None:
            self._ask_then_run(add_note, card, CardRef(card.id), self.tr("Field note"),
                               self.tr("What was done or found on site?"), self.tr("Note added to {reference}."))

    @Slot()
    def photo_selected(self) -> None:
        card = self._selected()
        if card is None:
            return
        path = self._ctx.dialogs.open_file(self, self.tr("After-photo"),
                                           self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif)"))
        if path is None:
            self._cancelled()
            return
        self._run_photo(card, path)

    @asyncSlot(object, str)
    async def _run_photo(self, card: BoardCard, path: str) -> None:
        try:
            data = await self._ctx.runner.run(Path(path).read_bytes)
        except OSError as exc:
            self.show_message(self.tr("The photo could not be read: {problem}").format(problem=exc.strerror or exc),
                              error=True)
            self.sig_action_finished.emit("refused")
            return
        self._run(add_after_photo, card, CardRef(card.id), data, done=self.tr("After-photo added to {reference}."))

    @Slot()
    def done_selected(self) -> None:
        card = self._selected()
        if card is not None:
            self._ask_then_run(complete, card, CardRef(card.id, card.version), self.tr("Mark done"),
                               self.tr("What was done? (optional; the citizen may read it)"),
                               self.tr("{reference} is done."))

    @Slot()
    def hand_back_selected(self) -> None:
        card = self._selected()
        if card is None:
            return
        if card.lead == self._agency:
            label = self.tr("Why is this not your agency's remit? The command centre will read it.")
        else:
            label = self.tr("Why does your agency withdraw its support?")
        self._ask_then_run(hand_back, card, CardRef(card.id, card.version), self.tr("Hand back"), label,
                           self.tr("{reference} was handed back with your reason."))

    def _cancelled(self) -> None:
        self.show_message(self.tr("Cancelled; nothing was changed."))
        self.sig_action_finished.emit("cancelled")

    @asyncSlot()
    async def _run(self, action, card: BoardCard, *args, done: str = "") -> None:
        ctx = self._ctx
        try:
            await ctx.runner.run(action, ctx.db, ctx.user, *args)
        except (ActionRefused, AccessDenied) as exc:
            self.show_message(error_text(exc), error=True)
            if isinstance(exc, StaleCard):
                self.reload()
            self.sig_action_finished.emit("refused")
            return
        self.show_message(done.format(reference=card.reference))
        ctx.bus.sig_changes_committed.emit(Changes(reports=frozenset({card.id})))
        self.sig_action_finished.emit("done")

    def show_message(self, text: str, error: bool = False) -> None:
        show_feedback(self.message, text, error)
