"""The auditor's screen: who did what and why, filtered, and proof the log was not altered."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.services import audit, privacy
from desktop.services.audit import AuditQuery
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import refusal_text
from desktop.ui.i18n import translate

# What each recorded action means, in the auditor's words.
ACTION_LABELS = {
    "login": QT_TRANSLATE_NOOP("audit", "Logged in"),
    "login_failed": QT_TRANSLATE_NOOP("audit", "Failed login"),
    "reveal_requested": QT_TRANSLATE_NOOP("audit", "Reveal requested"),
    "reveal_approved": QT_TRANSLATE_NOOP("audit", "Reveal approved"),
    "reveal_denied": QT_TRANSLATE_NOOP("audit", "Reveal denied"),
    "identity_revealed": QT_TRANSLATE_NOOP("audit", "Identity shown"),
    "reveal_refused": QT_TRANSLATE_NOOP("audit", "Reveal refused"),
    "approval_refused": QT_TRANSLATE_NOOP("audit", "Approval refused"),
    "denial_refused": QT_TRANSLATE_NOOP("audit", "Denial refused"),
    "conduct_accepted": QT_TRANSLATE_NOOP("audit", "Code of conduct accepted"),
    "identity_purged": QT_TRANSLATE_NOOP("audit", "Identities purged (retention)"),
    "photo_redacted": QT_TRANSLATE_NOOP("audit", "Photo blurred for agencies"),
    "export": QT_TRANSLATE_NOOP("audit", "Export"),
    "import": QT_TRANSLATE_NOOP("audit", "Import"),
    "user_created": QT_TRANSLATE_NOOP("audit", "Account created"),
    "role_changed": QT_TRANSLATE_NOOP("audit", "Role changed"),
    "user_disabled": QT_TRANSLATE_NOOP("audit", "Account disabled"),
    "user_enabled": QT_TRANSLATE_NOOP("audit", "Account enabled"),
    "password_reset": QT_TRANSLATE_NOOP("audit", "Password reset"),
    "user_change_refused": QT_TRANSLATE_NOOP("audit", "Account change refused"),
}
PERIODS = (
    (QT_TRANSLATE_NOOP("audit", "Last 24 hours"), timedelta(days=1)),
    (QT_TRANSLATE_NOOP("audit", "Last 7 days"), timedelta(days=7)),
    (QT_TRANSLATE_NOOP("audit", "Last 30 days"), timedelta(days=30)),
    (QT_TRANSLATE_NOOP("audit", "All time"), None),
)
DEFAULT_PERIOD = 1
REVEAL_ACTIONS = ("reveal_requested", "reveal_approved", "reveal_denied", "identity_revealed", "reveal_refused",
                  "approval_refused", "denial_refused")
_REVEALS = "__reveals__"


def action_label(action: str) -> str:
    return translate("audit", ACTION_LABELS[action]) if action in ACTION_LABELS else action


# The names of the facts an entry records, as the auditor reads them; others show as stored.
DETAIL_LABELS = {
    "reason": QT_TRANSLATE_NOOP("audit", "reason"),
    "note": QT_TRANSLATE_NOOP("audit", "note"),
    "request": QT_TRANSLATE_NOOP("audit", "request"),
    "needs_approval": QT_TRANSLATE_NOOP("audit", "needs approval"),
    "refused": QT_TRANSLATE_NOOP("audit", "refused"),
    "claimed_role": QT_TRANSLATE_NOOP("audit", "role claimed"),
    "role": QT_TRANSLATE_NOOP("audit", "role"),
    "version": QT_TRANSLATE_NOOP("audit", "version"),
    "user": QT_TRANSLATE_NOOP("audit", "account"),
    "username": QT_TRANSLATE_NOOP("audit", "account"),
    "user_id": QT_TRANSLATE_NOOP("audit", "account id"),
    "agency": QT_TRANSLATE_NOOP("audit", "agency"),
    "agency_id": QT_TRANSLATE_NOOP("audit", "agency id"),
    "count": QT_TRANSLATE_NOOP("audit", "number"),
    "skipped": QT_TRANSLATE_NOOP("audit", "left alone"),
    "format": QT_TRANSLATE_NOOP("audit", "format"),
    "file": QT_TRANSLATE_NOOP("audit", "file"),
    "filters": QT_TRANSLATE_NOOP("audit", "filters"),
    "source": QT_TRANSLATE_NOOP("audit", "source"),
    "channel": QT_TRANSLATE_NOOP("audit", "channel"),
    "imported": QT_TRANSLATE_NOOP("audit", "imported"),
    "updated": QT_TRANSLATE_NOOP("audit", "updated"),
    "rejected": QT_TRANSLATE_NOOP("audit", "rejected"),
    "days": QT_TRANSLATE_NOOP("audit", "days"),
    "purged": QT_TRANSLATE_NOOP("audit", "purged"),
    "photo": QT_TRANSLATE_NOOP("audit", "photo"),
    "period": QT_TRANSLATE_NOOP("audit", "period"),
    "attempted": QT_TRANSLATE_NOOP("audit", "attempted"),
    "from": QT_TRANSLATE_NOOP("audit", "from"),
    "to": QT_TRANSLATE_NOOP("audit", "to"),
}
YES_NO = (QT_TRANSLATE_NOOP("audit", "no"), QT_TRANSLATE_NOOP("audit", "yes"))


def _value_text(key: str, value) -> str:
    if isinstance(value, bool):
        return translate("audit", YES_NO[value])
    # A refusal is recorded in English, as the database said it; a known one reads translated.
    refusal = privacy.refusal_for(value) if key == "refused" and isinstance(value, str) else None
    return refusal_text(refusal) if refusal is not None else str(value)


def _detail_text(detail: str) -> str:
    """The entry's JSON detail as ``name: value`` pairs an auditor can read, in the interface language."""
    try:
        values = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(values, dict):
        return detail
    return " · ".join(f"{translate('audit', DETAIL_LABELS[key]) if key in DETAIL_LABELS else key}: {_value_text(key, value)}"
                      for key, value in values.items() if value not in (None, ""))


class AuditPanel(QWidget):
    sig_entries_loaded = Signal(int)
    """Emitted after a query finished; carries the number of matching entries."""

    sig_chain_checked = Signal(bool)
    """Emitted after the hash chain was checked; carries whether it is intact."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._query = AuditQuery(since=self._since(DEFAULT_PERIOD))
        self._generation = 0
        self.setObjectName("auditPanel")
        self.actor = QLineEdit()
        self.actor.setObjectName("auditActor")
        self.actor.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.period = QComboBox()
        self.period.setObjectName("auditPeriod")
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setClearButtonEnabled(True)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyChainButton")
        self.chain_state = QLabel()
        self.chain_state.setObjectName("chainState")
        self.count_label = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        filters = QHBoxLayout()
        filters.addWidget(self.actor, 1)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.period)
        filters.addWidget(self.search, 2)
        chain = QHBoxLayout()
        chain.addWidget(self.count_label)
        chain.addStretch(1)
        chain.addWidget(self.chain_state)
        chain.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addLayout(chain)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self._apply_filters)
        self.actor.textChanged.connect(self._debounce.start)
        self.search.textChanged.connect(self._debounce.start)
        self.action.currentIndexChanged.connect(self._debounce.start)
        self.period.currentIndexChanged.connect(self._debounce.start)
        self.verify_button.clicked.connect(self.check_chain)
        self._actions: tuple[str, ...] = ()
        self._rows: tuple[audit.AuditRow, ...] = ()
        self._total = 0
        self.retranslate()

    @staticmethod
    def _since(period_index: int) -> datetime | None:
        span = PERIODS[period_index][1]
        return datetime.now(timezone.utc) - span if span else None

    def retranslate(self) -> None:
        self.actor.setPlaceholderText(self.tr("User…"))
        self.search.setPlaceholderText(self.tr("Search reasons and details…"))
        self.verify_button.setText(self.tr("Check the chain"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"),
                                              self.tr("Report"), self.tr("Details")])
        self._fill_filters()
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        for combo in (self.action, self.period):
            combo.blockSignals(True)
        current_action = self.action.currentData()
        current_period = self.period.currentIndex() if self.period.count() else DEFAULT_PERIOD
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        self.action.addItem(self.tr("All reveal steps"), _REVEALS)
        for action in self._actions:
            self.action.addItem(action_label(action), action)
        self.action.setCurrentIndex(max(self.action.findData(current_action), 0))
        self.period.clear()
        for label, _span in PERIODS:
            self.period.addItem(translate("audit", label))
        self.period.setCurrentIndex(current_period)
        for combo in (self.action, self.period):
            combo.blockSignals(False)

    @Slot()
    def _apply_filters(self) -> None:
        chosen = self.action.currentData()
        actions = REVEAL_ACTIONS if chosen == _REVEALS else ((chosen,) if chosen else ())
        self.set_query(replace(self._query, actor=self.actor.text(), text=self.search.text(), actions=actions,
                               since=self._since(self.period.currentIndex())))

    def set_query(self, query: AuditQuery) -> None:
        self._query = query
        self.reload()

    @asyncSlot()
    async def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        ctx = self._ctx
        actions = await ctx.runner.run(audit.known_actions, ctx.db, ctx.user)
        page = await ctx.runner.run(audit.list_entries, ctx.db, ctx.user, self._query)
        if generation != self._generation:
            return
        if actions != self._actions:
            self._actions = actions
            self._fill_filters()
        self._rows, self._total = page.rows, page.total
        self._fill()
        self.sig_entries_loaded.emit(page.total)

    def _fill(self) -> None:
        self.table.setRowCount(len(self._rows))
        for row, entry in enumerate(self._rows):
            values = (fmt.local_time(entry.at), entry.actor, action_label(entry.action),
                      entry.reference or (str(entry.report_id) if entry.report_id is not None else ""),
                      _detail_text(entry.detail))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count_label.setText(self.tr("%n entry(ies)", "", self._total))

    @asyncSlot()
    async def check_chain(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain_state.setText(self.tr("Checking…"))
        result = await self._ctx.runner.run(audit.verify, self._ctx.db)
        self.verify_button.setEnabled(True)
        if result.ok:
            self.chain_state.setText(self.tr("Intact: {n} entries, head {head}").format(
                n=result.entries, head=result.head_hash[:16]))
            self.chain_state.setStyleSheet("color:#2e7d32; font-weight:600;")
        else:
            where = f"#{result.broken_id}" if result.broken_id is not None else "—"
            self.chain_state.setText(self.tr("ALTERED at entry {entry}: {problem}").format(
                entry=where, problem=result.problem))
            self.chain_state.setStyleSheet("color:#b71c1c; font-weight:600;")
        self.sig_chain_checked.emit(result.ok)
