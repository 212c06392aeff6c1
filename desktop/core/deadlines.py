"""Which clock a report runs on, when to alert, and when a deadline is breached.

Built on ``desktop.core.sla``: an emergency first runs on the plain 15-minute
first-action clock; once someone acted (or for any other report) the working-day
deadline of its category counts. Nothing here reads the system clock: every function
takes ``now``, so the rules can be checked at any instant (weekends, holidays, the
15-minute mark).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.sla import DeadlineState, alert_due, deadline_state, first_action_due

FIRST_ACTION_SOON = timedelta(minutes=5)
DEADLINE_SOON = timedelta(hours=1)
# A missed first action is shouted about only while it is news; an old backlog is shown on the cards instead.
MISSED_IS_NEWS = timedelta(minutes=10)


class Clock(StrEnum):
    FIRST_ACTION = "first_action"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class Timed:
    """What the deadline rules need to know of an open report."""

    id: int
    reference: str
    emergency: bool
    received_at: datetime
    first_action_at: datetime | None
    due_at: datetime | None


@dataclass(frozen=True)
class Running:
    """The clock a card counts down and where it stands at ``now``."""

    clock: Clock
    due: datetime
    state: DeadlineState


def running_clock(item: Timed, now: datetime) -> Running | None:
    if item.emergency and item.first_action_at is None:
        due = first_action_due(item.received_at)
        return Running(Clock.FIRST_ACTION, due, deadline_state(due, now, soon=FIRST_ACTION_SOON))
    if item.due_at is None:
        return None
    return Running(Clock.DEADLINE, item.due_at, deadline_state(item.due_at, now, soon=DEADLINE_SOON))


def breaches(item: Timed, now: datetime) -> tuple[tuple[Clock, datetime], ...]:
    """The deadlines of an open report that have passed by ``now`` (the due instant counts as passed).

    A first action taken after its 15 minutes is still a breach: it was late, however
    briefly it went unnoticed between two checks.
    """
    found = []
    if item.emergency:
        due = first_action_due(item.received_at)
        acted = item.first_action_at
        if now >= due and (acted is None or acted >= due):
            found.append((Clock.FIRST_ACTION, due))
    if item.due_at is not None and now >= item.due_at:
        found.append((Clock.DEADLINE, item.due_at))
    return tuple(found)


class AlertKind(StrEnum):
    EMERGENCY_ARRIVED = "emergency_arrived"
    FIRST_ACTION_SOON = "first_action_soon"
    FIRST_ACTION_MISSED = "first_action_missed"
    DEADLINE_SOON = "deadline_soon"


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    report_id: int
    reference: str
    due: datetime


class AlertTracker:
    """Remembers which alerts were raised, so each fires once per report and kind."""

    def __init__(self) -> None:
        self._raised: set[tuple[int, AlertKind]] = set()

    def scan(self, items: Iterable[Timed], now: datetime) -> list[Alert]:
        """New alerts at ``now`` for the open reports in ``items``; reports no longer listed are forgotten."""
        alerts: list[Alert] = []
        present: set[int] = set()
        for item in items:
            present.add(item.id)
            for kind, due in self._candidates(item, now):
                if (item.id, kind) not in self._raised:
                    self._raised.add((item.id, kind))
                    alerts.append(Alert(kind, item.id, item.reference, due))
        self._raised = {key for key in self._raised if key[0] in present}
        return alerts

    def _candidates(self, item: Timed, now: datetime) -> list[tuple[AlertKind, datetime]]:
        found = []
        if item.emergency and item.first_action_at is None:
            due = first_action_due(item.received_at)
            if now >= due:
                if now - due <= MISSED_IS_NEWS:
                    found.append((AlertKind.FIRST_ACTION_MISSED, due))
            else:
                found.append((AlertKind.EMERGENCY_ARRIVED, due))
                if alert_due(due, now, False, FIRST_ACTION_SOON):
                    found.append((AlertKind.FIRST_ACTION_SOON, due))
        elif alert_due(item.due_at, now, False, DEADLINE_SOON):
            found.append((AlertKind.DEADLINE_SOON, item.due_at))
        return found
