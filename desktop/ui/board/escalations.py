"""Escalation on breach: the sweep every command-centre board runs, and the supervisors' list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget
from qasync import asyncSlot

from desktop.core.roles import Role
from desktop.services.access import AccessDenied
from desktop.services.changes import Changes
from desktop.services.escalation import EscalationView, acknowledge, escalate_breaches, list_escalations
from desktop.services.report_actions import ActionRefused
from desktop.ui.board.alerts import ESCALATION, AlertLine, AlertStrip
from desktop.ui.context import AppContext

SWEEP_MS = 60_000
MENU_ROWS = 40


class Escalations(QObject):
    """Sweeps for breaches once a minute; for a supervisor, also lists them to show and acknowledge."""

    sig_report_requested = Signal(object)
    """Emitted when the supervisor asks to see an escalated report; carries its id."""

    sig_refused = Signal(str)
    """Emitted when an acknowledgement was refused; carries the reason to show."""

    def __init__(self, ctx: AppContext, alerts: AlertStrip, clock: Callable[[], datetime],
                 agency_label: Callable[[str | None], str], explain: Callable[[Exception], str], parent: QWidget):
        super().__init__(parent)
        self._ctx = ctx
        self._alerts = alerts
        self._clock = clock
        self._agency_label = agency_label
        self._explain = explain
        self._view = parent
        self.items: tuple[EscalationView, ...] = ()
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(parent)
        self.button.setMenu(self.menu)
        self.button.setVisible(self.for_supervisor)
        # The first sweep waits its minute too: opening the board is not the moment to write.
        self._timer = QTimer(self, interval=SWEEP_MS)
        self._timer.timeout.connect(self.sweep)

    @property
    def for_supervisor(self) -> bool:
        return self._ctx.user.role == Role.SUPERVISOR

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    @asyncSlot()
    async def sweep(self) -> None:
        """Escalate breached deadlines, and show the supervisor what is escalated."""
        ctx = self._ctx
        if not self._view.window().isVisible():
            # The window was closed (the session is ending); its runner may already be gone.
            return
        try:
            made = await ctx.runner.run(escalate_breaches, ctx.db, ctx.user, self._clock())
            if self.for_supervisor:
                self.items = await ctx.runner.run(list_escalations, ctx.db, ctx.user)
        except AccessDenied:
            return
        self.render()
        if made:
            ctx.bus.sig_changes_committed.emit(Changes(reports=frozenset(e.report_id for e in made)))
            if self.for_supervisor:
                references = ", ".join(e.reference for e in made[:5]) + (" …" if len(made) > 5 else "")
                self._alerts.raise_alerts([AlertLine(ESCALATION, self.tr(
                    "%n report(s) escalated to you: {references}", "", len(made)).format(references=references),
                    made[0].report_id)])

    def render(self) -> None:
        self.button.setText(self.tr("Escalations (%n)", "", len(self.items)))
        self.menu.clear()
        # Missed emergencies first: they are the ones a supervisor must take up now.
        ordered = sorted(self.items, key=lambda e: (e.clock != "first_action", -e.escalated_at.timestamp()))
        for escalation in ordered[:MENU_ROWS]:
            what = self.tr("first action overdue") if escalation.clock == "first_action" else self.tr("deadline passed")
            submenu = self.menu.addMenu(
                f"{escalation.reference} · {what} · {self._agency_label(escalation.agency) or '—'}")
            submenu.addAction(self.tr("Show report"), lambda r=escalation.report_id: self.sig_report_requested.emit(r))
            submenu.addAction(self.tr("Acknowledge"), lambda e=escalation.id: self.acknowledge(e))
        if len(ordered) > MENU_ROWS:
            self.menu.addAction(self.tr("… and %n more", "", len(ordered) - MENU_ROWS)).setEnabled(False)

    @asyncSlot(object)
    async def acknowledge(self, escalation_id: int) -> None:
        ctx = self._ctx
        try:
            report_id = await ctx.runner.run(acknowledge, ctx.db, ctx.user, escalation_id)
        except (ActionRefused, AccessDenied) as exc:
            self.sig_refused.emit(self._explain(exc))
            return
        self.items = tuple(e for e in self.items if e.id != escalation_id)
        self.render()
        ctx.bus.sig_changes_committed.emit(Changes(reports=frozenset({report_id})))
