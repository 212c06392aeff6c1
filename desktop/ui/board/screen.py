"""The dispatch board: the inbox and one column per agency, worked by drag and drop or the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QScrollArea, QToolBar, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.dispatching import Move, Plan, Refusal, plan_moves
from desktop.services.access import AccessDenied
from desktop.services.board import load_board, load_cards
from desktop.services.calendar import calendar_in_use
from desktop.services.changes import Changes
from desktop.services.dispatch import move_cards, undo
from desktop.services.report_actions import CONTEXT as ACTIONS_CONTEXT
from desktop.services.report_actions import STALE, ActionRefused, CardRef, StaleCard
from desktop.ui import format as fmt
from desktop.ui.board.alerts import AlertStrip, set_sound_enabled, show_feedback, sound_enabled
from desktop.ui.board.column import ColumnWidget
from desktop.ui.board.delegate import CardDelegate
from desktop.ui.board.escalations import Escalations
from desktop.ui.board.mime import INBOX, DraggedCards
from desktop.ui.board.model import ID_ROLE, BoardData, card_state, column_of
from desktop.ui.board.picker import AgencyPicker
from desktop.ui.board.watch import DeadlineWatch
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text, refusal_text

# Past this many changed reports a full reload is cheaper than reading each card again.
PARTIAL_LIMIT = 2000


class BoardScreen(QWidget):
    sig_report_selected = Signal(object)
    """Emitted when the officer selects a card; carries the report id."""

    sig_board_loaded = Signal(int)
    """Emitted after the board was (re)loaded; carries the number of cards."""

    sig_cards_refreshed = Signal()
    """Emitted after changed cards were read again and moved to their columns."""

    sig_move_finished = Signal(str)
    """Emitted when a move or undo ended; carries "done", "refused" or "cancelled"."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self.data = BoardData(self)
        self.delegate = CardDelegate(self.data, self)
        self.columns: dict[str, ColumnWidget] = {}
        self._active_key = INBOX
        self._drag: DraggedCards | None = None
        self._undo_stack: list = []
        self._loaded = False
        self._reloading = False
        self._reload_again = False

        self.find = QLineEdit()
        self.find.setClearButtonEnabled(True)
        self.only_busy = QCheckBox()
        self.order = QComboBox()
        self.sound = QCheckBox()
        self.sound.setChecked(sound_enabled())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#546e7a;")
        self.alerts = AlertStrip()
        self.watch = DeadlineWatch(self.data, self.alerts, self.data.cards, self)
        self.escalations = Escalations(ctx, self.alerts, lambda: self.watch.clock(), self.data.agency_label,
                                       error_text, self)
        self.picker = AgencyPicker()
        self.message = QLabel()
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        # Two lines, always: a message of another length must not re-lay out (and repaint) the columns.
        self.message.setFixedHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        self.calendar_problem = QLabel()
        self.calendar_problem.setWordWrap(True)
        self.calendar_problem.setStyleSheet("color:#b71c1c;")
        self.calendar_problem.hide()

        self._build_actions()
        # A tool bar, not a row of buttons: on a narrow window what does not fit folds into its » menu
        # instead of widening the whole main window.
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.find.setMaximumWidth(220)
        for widget in (self.find, self.only_busy, self.order):
            toolbar.addWidget(widget)
        toolbar.addSeparator()
        for action in self.board_actions:
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(self.escalations.button)
        toolbar.addWidget(self.sound)

        self.row = QWidget()
        self.row_layout = QHBoxLayout(self.row)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.setSpacing(8)
        self.row_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.row)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(toolbar)
        layout.addWidget(self.hint)
        layout.addWidget(self.calendar_problem)
        layout.addWidget(self.alerts)
        layout.addWidget(self.picker)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)

        self._ensure_column(INBOX)
        self.find.textChanged.connect(self._apply_column_filter)
        self.only_busy.toggled.connect(self._apply_column_filter)
        self.order.currentIndexChanged.connect(self._on_order)
        self.sound.toggled.connect(set_sound_enabled)
        self.picker.sig_agency_chosen.connect(self._on_agency_picked)
        self.picker.sig_closed.connect(self._focus_active)
        self.alerts.sig_report_requested.connect(self.select_report)
        self.data.sig_column_changed.connect(self._update_header)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.watch.sig_ticked.connect(self._on_ticked)
        self.escalations.sig_report_requested.connect(self.select_report)
        self.escalations.sig_refused.connect(lambda text: self.show_message(text, error=True))
        self.retranslate()

    # --- building -------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, shortcut: str, slot) -> QAction:
            made = QAction(self)
            made.setObjectName(name)
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.action_suggested = action("dispatchSuggested", "Ctrl+D", self.dispatch_to_suggested)
        self.action_dispatch_to = action("dispatchTo", "Ctrl+Shift+D", lambda: self.open_picker(False))
        self.action_support = action("addSupport", "Ctrl+Shift+K", lambda: self.open_picker(True))
        self.action_recall = action("recall", "Ctrl+Shift+R", self.recall_selected)
        self.action_undo = action("undo", QKeySequence(QKeySequence.StandardKey.Undo).toString(), self.undo_last)

    @property
    def board_actions(self) -> tuple[QAction, ...]:
        return (self.action_suggested, self.action_dispatch_to, self.action_support, self.action_recall,
                self.action_undo)

    def _ensure_column(self, key: str) -> ColumnWidget:
        column = self.columns.get(key)
        if column is not None:
            return column
        column = ColumnWidget(key, self.judge)
        model = self.data.columns[key]
        column.view.setModel(model)
        column.view.setItemDelegate(self.delegate)
        column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        column.view.addActions(list(self.board_actions))
        view = column.view
        view.sig_cards_dropped.connect(self._on_dropped)
        view.sig_drag_started.connect(self._begin_drag)
        view.sig_drag_finished.connect(self._end_drag)
        view.sig_drag_hovered.connect(self._on_hover)
        view.sig_drag_left.connect(self._on_left)
        view.selectionModel().selectionChanged.connect(lambda *_args, k=key: self._on_selection(k))
        view.selectionModel().currentChanged.connect(self._on_current)
        self.columns[key] = column
        self.row_layout.insertWidget(self.row_layout.count() - 1, column)
        return column

    def retranslate(self) -> None:
        self.find.setPlaceholderText(self.tr("Find agency column…"))
        self.only_busy.setText(self.tr("Only agencies with reports"))
        self.sound.setText(self.tr("Alert sound"))
        current = self.order.currentData() or "deadline"
        self.order.blockSignals(True)
        self.order.clear()
        self.order.addItem(self.tr("Most urgent first"), "deadline")
        self.order.addItem(self.tr("Newest first"), "newest")
        self.order.setCurrentIndex(self.order.findData(current))
        self.order.blockSignals(False)
        self.hint.setText(self.tr("Drag cards onto an agency to dispatch them; hold Ctrl while dropping to add "
                                  "a supporting agency; drop on the inbox to recall."))
        self.action_suggested.setText(self.tr("Dispatch to suggested"))
        self.action_dispatch_to.setText(self.tr("Dispatch to…"))
        self.action_support.setText(self.tr("Add supporting agency…"))
        self.action_recall.setText(self.tr("Recall to inbox…"))
        self.action_undo.setText(self.tr("Undo dispatch"))
        for action in self.board_actions:
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({shortcut})")
        self.escalations.render()
        for key in self.columns:
            self._update_header(key)
        self.alerts.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for model in self.data.columns.values():
                model.refresh_all()
        super().changeEvent(event)

    # --- loading and refreshing -------------------------------------------------------

    @asyncSlot()
    async def reload(self) -> None:
        if self._reloading:
            # A read is under way but may have started before this change: read once more after it.
            self._reload_again = True
            return
        self._reloading = True
        try:
            snapshot = await self._ctx.runner.run(load_board, self._ctx.db, self._ctx.user)
            problem = (await self._ctx.runner.run(calendar_in_use)).problem
        finally:
            self._reloading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.data.now = self.watch.clock()
        self.data.load(snapshot)
        for agency in snapshot.agencies:
            self._ensure_column(agency.code)
        for key in self.columns:
            self._update_header(key)
        self._apply_column_filter()
        self._show_calendar_problem(problem)
        self.watch.scan()
        if not self._loaded:
            self._loaded = True
            self.watch.start()
            self.escalations.start()
        self.sig_board_loaded.emit(len(snapshot.cards))

    def _show_calendar_problem(self, problem: str | None) -> None:
        self.calendar_problem.setVisible(problem is not None)
        if problem:
            self.calendar_problem.setText(self.tr(
                "The installed holiday calendar cannot be used, so deadlines follow the built-in one: {problem}")
                .format(problem=problem))

    @Slot(Changes)
    def _on_changes(self, changes: Changes) -> None:
        if not self._loaded:
            return
        if changes.all_reports or changes.reference_data or len(changes.reports) > PARTIAL_LIMIT:
            self.reload()
        elif changes.reports:
            self.refresh_cards(changes.reports)

    @asyncSlot(object)
    async def refresh_cards(self, ids: frozenset[int]) -> None:
        update = await self._ctx.runner.run(load_cards, self._ctx.db, self._ctx.user, frozenset(ids))
        self.data.apply(update)
        self.sig_cards_refreshed.emit()

    def _update_header(self, key: str) -> None:
        column = self.columns.get(key)
        if column is None:
            return
        model = self.data.columns[key]
        if key == INBOX:
            title = self.tr("Inbox · {status}").format(status=fmt.status_label("waiting"))
            column.set_header(title, self.tr("Reports the command centre has not routed yet"), True)
        else:
            agency = self.data.agencies.get(key)
            active = agency.active if agency else True
            title = agency.short_name if agency else key
            if not active:
                title += " " + self.tr("(disabled)")
            column.set_header(title, agency.name if agency else key, active)
        column.set_counts(model.rowCount(), model.overdue(self.data.now))

    @Slot()
    def _apply_column_filter(self) -> None:
        text = self.find.text().strip().lower()
        for key, column in self.columns.items():
            if key == INBOX:
                continue
            agency = self.data.agencies.get(key)
            cards = self.data.columns[key].rowCount()
            matches = not text or (agency is not None and any(
                text in part.lower() for part in (agency.code, agency.short_name, agency.name)))
            # A disabled agency's column stays only while it still holds reports to move away.
            usable = (agency is None or agency.active or cards > 0) and (cards > 0 or not self.only_busy.isChecked())
            column.setVisible(matches and usable)

    @Slot(int)
    def _on_order(self, _index: int) -> None:
        self.data.set_order(self.order.currentData())

    # --- the clock ----------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        """Advance the countdowns to now, recount overdue cards, raise new alerts."""
        self.watch.tick()

    @Slot()
    def _on_ticked(self) -> None:
        for key, column in self.columns.items():
            if column.isVisible():
                column.view.viewport().update()
            self._update_header(key)

    # --- selection --------------------------------------------------------------------

    def _on_selection(self, key: str) -> None:
        view = self.columns[key].view
        if view.selectionModel().hasSelection():
            self._active_key = key
            for other_key, other in self.columns.items():
                if other_key != key and other.view.selectionModel().hasSelection():
                    other.view.selectionModel().clearSelection()

    @Slot(object, object)
    def _on_current(self, current, _previous) -> None:
        report_id = current.data(ID_ROLE) if current.isValid() else None
        if report_id is not None:
            self.sig_report_selected.emit(report_id)

    def select_report(self, report_id: int) -> bool:
        card = self.data.card(report_id)
        if card is None:
            return False
        key = column_of(card)
        column = self.columns.get(key)
        if column is None:
            return False
        column.setVisible(True)
        index = self.data.columns[key].index(self.data.columns[key].row_of(report_id))
        column.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        column.view.scrollTo(index)
        self.scroll.ensureWidgetVisible(column)
        return True

    def selected_cards(self) -> DraggedCards | None:
        column = self.columns.get(self._active_key)
        return column.view.dragged() if column else None

    @Slot()
    def _focus_active(self) -> None:
        column = self.columns.get(self._active_key)
        if column is not None:
            column.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- dragging ---------------------------------------------------------------------

    def judge(self, dragged: DraggedCards, key: str, support: bool, *, dragging: bool = True) -> Plan | None:
        """The plan for moving ``dragged`` to column ``key``.

        While dragging, hovering over the column the cards came from is neutral (None).
        """
        if dragging:
            if self._drag != dragged:
                self._begin_drag(dragged)
            if dragged.source == key:
                return None
        cards = []
        for report_id, version in dragged.cards:
            card = self.data.card(report_id)
            if card is None or card.version != version:
                reference = card.reference if card else None
                status = card.status if card else "waiting"
                return Plan(None, refusal=Refusal(ACTIONS_CONTEXT, STALE, {"target": status}, reference))
            cards.append(card)
        agency = self.data.agencies.get(key)
        return plan_moves([card_state(card) for card in cards], None if key == INBOX else key, self._ctx.user.role,
                          support=support, target_active=agency.active if agency else True)

    @Slot(object)
    def _begin_drag(self, dragged: DraggedCards) -> None:
        """Light up the column the dragged reports should go to."""
        self._drag = dragged
        suggested = set()
        for report_id in dragged.ids:
            card = self.data.card(report_id)
            if card is not None and card.suggestion is not None and card.suggestion.agency_code != card.lead:
                suggested.add(card.suggestion.agency_code)
        for key, column in self.columns.items():
            column.set_suggested(key in suggested)
        if len(suggested) == 1:
            column = self.columns.get(next(iter(suggested)))
            if column is not None and column.isVisible():
                self.scroll.ensureWidgetVisible(column, 40, 0)

    @Slot()
    def _end_drag(self) -> None:
        self._drag = None
        for column in self.columns.values():
            column.set_suggested(False)
            column.set_drop_state("")

    @Slot(str, object)
    def _on_hover(self, key: str, plan: Plan | None) -> None:
        column = self.columns[key]
        if plan is None:
            column.set_drop_state("")
            return
        column.set_drop_state("ok" if plan.allowed else "refused")
        if plan.allowed:
            self.show_message(self._describe(plan, key, len(self._drag.cards) if self._drag else 1))
        else:
            self.show_message(refusal_text(plan.refusal), error=True)

    @Slot(str)
    def _on_left(self, key: str) -> None:
        self.columns[key].set_drop_state("")

    def _describe(self, plan: Plan, key: str, count: int) -> str:
        agency = self.data.agency_label(key)
        if plan.move == Move.DISPATCH:
            return self.tr("Release to dispatch %n report(s) to {agency}.", "", count).format(agency=agency)
        if plan.move == Move.COORDINATE:
            return self.tr("Release to bring in {agency} as a supporting agency.").format(agency=agency)
        if plan.move == Move.REROUTE:
            return self.tr("Release to re-route to {agency} (you will be asked why); hold Ctrl to add "
                           "{agency} as a supporting agency instead.").format(agency=agency)
        return self.tr("Release to recall %n report(s) to the inbox (you will be asked why).", "", count)

    @Slot(object, str, bool)
    def _on_dropped(self, dragged: DraggedCards, key: str, support: bool) -> None:
        plan = self.judge(dragged, key, support)
        self._end_drag()
        if plan is None:
            return
        if plan.needs_reason:
            # The reason is asked once the drop has returned: a modal prompt inside a drop would block the drag.
            QTimer.singleShot(0, lambda: self.start_move(plan, dragged, key))
        else:
            self.start_move(plan, dragged, key)

    # --- moving -----------------------------------------------------------------------

    def start_move(self, plan: Plan, dragged: DraggedCards, key: str) -> None:
        """Carry out a planned move: explain a refusal, ask a reason where one is needed, then commit."""
        if not plan.allowed:
            self.show_message(refusal_text(plan.refusal), error=True)
            self.sig_move_finished.emit("refused")
            return
        reason = None
        if plan.needs_reason:
            agency = self.data.agency_label(key)
            if plan.move == Move.REROUTE:
                title = self.tr("Re-route")
                label = self.tr("Why does this go to {agency} instead?").format(agency=agency)
            else:
                title, label = self.tr("Recall to the inbox"), self.tr("Why is this taken back from the agency?")
            reason = self._ctx.dialogs.ask_text(self, title, label)
            if reason is None:
                self.show_message(self.tr("Cancelled; nothing was changed."))
                self.sig_move_finished.emit("cancelled")
                return
        refs = [CardRef(report_id, version) for report_id, version in dragged.cards]
        self._commit(plan.move, refs, None if key == INBOX else key, reason)

    @asyncSlot(object, object, object, object)
    async def _commit(self, move: Move, refs: list[CardRef], agency: str | None, reason: str | None) -> None:
        ctx = self._ctx
        try:
            result = await ctx.runner.run(move_cards, ctx.db, ctx.user, move, refs, agency, reason)
        except (ActionRefused, AccessDenied) as exc:
            self._refused(exc, [ref.id for ref in refs])
            return
        if result.undo is not None:
            self._undo_stack.append(result.undo)
        references = self._references(result.reports)
        label = self.data.agency_label(agency)
        texts = {
            Move.DISPATCH: self.tr(
                "Dispatched {references} to {agency}. Ctrl+Z takes it back until the agency accepts."),
            Move.COORDINATE: self.tr("{agency} now supports {references}. Ctrl+Z takes it back until it accepts."),
            Move.REROUTE: self.tr("Re-routed {references} to {agency}."),
            Move.RECALL: self.tr("Recalled {references} to the inbox."),
        }
        self.show_message(texts[move].format(references=references, agency=label))
        ctx.bus.sig_changes_committed.emit(Changes(reports=result.reports))
        self.sig_move_finished.emit("done")

    def _references(self, ids) -> str:
        names = sorted(self.data.card(i).reference for i in ids if self.data.card(i) is not None)
        return ", ".join(names[:4]) + (" …" if len(names) > 4 else "")

    def _refused(self, exc: Exception, ids) -> None:
        self.show_message(error_text(exc), error=True)
        if isinstance(exc, StaleCard):
            self.refresh_cards(frozenset(ids))
        self.sig_move_finished.emit("refused")

    @asyncSlot()
    async def undo_last(self) -> None:
        ctx = self._ctx
        if not self._undo_stack:
            self.show_message(self.tr("There is no dispatch to undo."), error=True)
            self.sig_move_finished.emit("refused")
            return
        token = self._undo_stack.pop()
        try:
            result = await ctx.runner.run(undo, ctx.db, ctx.user, token)
        except (ActionRefused, AccessDenied) as exc:
            self._refused(exc, [item.report_id for item in token.items])
            return
        self.show_message(self.tr("Took back the last move of {references} to {agency}.").format(
            references=self._references(result.reports), agency=self.data.agency_label(token.agency_code)))
        ctx.bus.sig_changes_committed.emit(Changes(reports=result.reports))
        self.sig_move_finished.emit("done")

    # --- the keyboard path --------------------------------------------------------------

    def _need_selection(self) -> DraggedCards | None:
        dragged = self.selected_cards()
        if dragged is None:
            self.show_message(self.tr("Select one or more report cards first."), error=True)
        return dragged

    @Slot()
    def dispatch_to_suggested(self) -> None:
        dragged = self._need_selection()
        if dragged is None:
            return
        cards = [self.data.card(i) for i in dragged.ids]
        targets = {card.suggestion.agency_code if card and card.suggestion else None for card in cards}
        if None in targets:
            self.show_message(self.tr("There is no suggested agency for some of the selected reports; "
                                      "use Dispatch to…"), error=True)
            return
        if len(targets) > 1:
            self.show_message(self.tr("The selected reports have different suggested agencies ({agencies}); "
                                      "dispatch them separately.").format(
                agencies=", ".join(sorted(self.data.agency_label(t) for t in targets))), error=True)
            return
        key = targets.pop()
        self.start_move(self.judge(dragged, key, False, dragging=False), dragged, key)

    def open_picker(self, support: bool) -> None:
        if self._need_selection() is None:
            return
        agencies = list(self.data.agencies.values())
        cards = [self.data.card(i) for i in self.selected_cards().ids]
        suggested = {c.suggestion.agency_code for c in cards if c and c.suggestion}
        prompt = self.tr("Add as supporting agency:") if support else self.tr("Dispatch to:")
        self.picker.open(agencies, support, prompt, suggested.pop() if len(suggested) == 1 else None)

    @Slot(str, bool)
    def _on_agency_picked(self, code: str, support: bool) -> None:
        dragged = self.selected_cards()
        if dragged is None:
            return
        self.start_move(self.judge(dragged, code, support, dragging=False), dragged, code)

    @Slot()
    def recall_selected(self) -> None:
        dragged = self._need_selection()
        if dragged is None:
            return
        self.start_move(self.judge(dragged, INBOX, False, dragging=False), dragged, INBOX)

    # --- messages ---------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        show_feedback(self.message, text, error)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    @property
    def message_text(self) -> str:
        return self.message.text()
