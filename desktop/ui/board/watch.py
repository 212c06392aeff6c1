"""The deadline watch of a screen: the clock the countdowns run on, and the alerts it raises."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.core.deadlines import AlertKind, AlertTracker
from desktop.core.sla import remaining
from desktop.services.board import BoardCard
from desktop.ui import format as fmt
from desktop.ui.board.alerts import EMERGENCY, WARNING, AlertLine, AlertStrip
from desktop.ui.board.model import BoardData, timed

TICK_MS = 30_000


class DeadlineWatch(QObject):
    sig_ticked = Signal()
    """Emitted after the clock moved on; screens repaint countdowns and recount overdue cards."""

    def __init__(self, data: BoardData, alerts: AlertStrip, cards: Callable[[], Iterable[BoardCard]], parent=None):
        super().__init__(parent)
        self._data = data
        self._alerts = alerts
        self._cards = cards
        self._tracker = AlertTracker()
        # Replaceable, so the rules can be watched at any instant (tests freeze it).
        self.clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def tick(self) -> None:
        """Advance the countdowns to now and raise the alerts that are due."""
        self._data.now = self.clock()
        self.scan()
        self.sig_ticked.emit()

    def scan(self) -> None:
        now = self._data.now
        lines: list[AlertLine] = []
        soon = []
        for alert in self._tracker.scan((timed(card) for card in self._cards()), now):
            card = self._data.card(alert.report_id)
            left = fmt.countdown(remaining(alert.due, now))
            if alert.kind == AlertKind.EMERGENCY_ARRIVED:
                lines.append(AlertLine(EMERGENCY, self.tr(
                    "EMERGENCY {reference}: {category} in {place}; first action within {time}").format(
                    reference=alert.reference, category=self._data.category_label(card.category) if card else "",
                    place=card.kelurahan if card and card.kelurahan else "—", time=left), alert.report_id))
            elif alert.kind == AlertKind.FIRST_ACTION_SOON:
                lines.append(AlertLine(EMERGENCY, self.tr(
                    "{reference}: the emergency still has no first action; {time} left").format(
                    reference=alert.reference, time=left), alert.report_id))
            elif alert.kind == AlertKind.FIRST_ACTION_MISSED:
                lines.append(AlertLine(EMERGENCY, self.tr(
                    "{reference}: no first action within 15 minutes; the supervisors are alerted").format(
                    reference=alert.reference), alert.report_id))
            else:
                soon.append(alert)
        if soon:
            soon.sort(key=lambda a: a.due)
            references = ", ".join(a.reference for a in soon[:5]) + (" …" if len(soon) > 5 else "")
            lines.append(AlertLine(WARNING, self.tr(
                "%n deadline(s) pass within the hour: {references}", "", len(soon)).format(references=references),
                soon[0].report_id))
        self._alerts.raise_alerts(lines)
