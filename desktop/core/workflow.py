"""The report workflow: statuses, their colours, and who may move a report where.

The five public statuses and their colours come from the study of the city's
service and are part of the product; rejected, duplicate and reopened are the
states every real back office needs on top.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Role, role_name


class Status(StrEnum):
    WAITING = "waiting"
    COORDINATION = "coordination"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    REOPENED = "reopened"


@dataclass(frozen=True)
class StatusInfo:
    name_id: str
    name_en: str
    colour: str
    # Lower is more urgent: clusters and lists take the colour of their most urgent report.
    urgency: int
    open: bool


STATUS_INFO: dict[Status, StatusInfo] = {
    Status.WAITING: StatusInfo("Menunggu", "Waiting", "#d32f2f", 0, True),
    Status.REOPENED: StatusInfo("Dibuka kembali", "Reopened", "#e64a19", 1, True),
    Status.COORDINATION: StatusInfo("Koordinasi", "Coordination", "#7b1fa2", 2, True),
    Status.DISPATCHED: StatusInfo("Disposisi", "Dispatched", "#1976d2", 3, True),
    Status.IN_PROGRESS: StatusInfo("Proses", "In progress", "#f9a825", 4, True),
    Status.DONE: StatusInfo("Selesai", "Done", "#388e3c", 5, False),
    Status.REJECTED: StatusInfo("Ditolak", "Rejected", "#616161", 6, False),
    Status.DUPLICATE: StatusInfo("Duplikat", "Duplicate", "#8d6e63", 7, False),
}

OPEN_STATUSES = frozenset(s for s, info in STATUS_INFO.items() if info.open)
# Statuses in which a report still sits with the command centre rather than an agency.
UNROUTED = frozenset({Status.WAITING, Status.REOPENED})
WITH_AGENCY = frozenset({Status.COORDINATION, Status.DISPATCHED, Status.IN_PROGRESS})

_CC = frozenset({Role.OFFICER, Role.SUPERVISOR})
_SUP = frozenset({Role.SUPERVISOR})
_AGENCY = frozenset({Role.AGENCY_STAFF})
_AGENCY_OR_CC = frozenset({Role.AGENCY_STAFF, Role.OFFICER, Role.SUPERVISOR})
_AGENCY_OR_SUP = frozenset({Role.AGENCY_STAFF, Role.SUPERVISOR})

# (from, to) -> roles allowed to make that move. A pair that is absent is never allowed.
# Going back to "waiting" from an agency is a recall (command centre) or a hand-back
# ("not our remit", agency staff); both need a reason, enforced by the services.
TRANSITIONS: dict[tuple[Status, Status], frozenset[Role]] = {
    (Status.WAITING, Status.DISPATCHED): _CC,
    (Status.WAITING, Status.COORDINATION): _CC,
    (Status.WAITING, Status.REJECTED): _CC,
    (Status.WAITING, Status.DUPLICATE): _CC,
    (Status.REOPENED, Status.DISPATCHED): _CC,
    (Status.REOPENED, Status.COORDINATION): _CC,
    (Status.REOPENED, Status.REJECTED): _CC,
    (Status.REOPENED, Status.DUPLICATE): _CC,
    (Status.DISPATCHED, Status.COORDINATION): _CC,
    (Status.DISPATCHED, Status.IN_PROGRESS): _AGENCY,
    (Status.DISPATCHED, Status.WAITING): _AGENCY_OR_CC,
    (Status.DISPATCHED, Status.DUPLICATE): _CC,
    (Status.COORDINATION, Status.DISPATCHED): _CC,
    (Status.COORDINATION, Status.IN_PROGRESS): _AGENCY,
    (Status.COORDINATION, Status.WAITING): _AGENCY_OR_CC,
    (Status.COORDINATION, Status.DUPLICATE): _CC,
    (Status.IN_PROGRESS, Status.DONE): _AGENCY_OR_SUP,
    (Status.IN_PROGRESS, Status.COORDINATION): _CC,
    (Status.IN_PROGRESS, Status.WAITING): _AGENCY_OR_SUP,
    (Status.DONE, Status.REOPENED): _CC,
    (Status.REJECTED, Status.REOPENED): _SUP,
    (Status.DUPLICATE, Status.WAITING): _CC,
}

# Moves that must carry a written reason, because someone else will have to understand them.
REASON_REQUIRED: frozenset[tuple[Status, Status]] = frozenset({
    (Status.WAITING, Status.REJECTED),
    (Status.REOPENED, Status.REJECTED),
    (Status.DISPATCHED, Status.WAITING),
    (Status.COORDINATION, Status.WAITING),
    (Status.IN_PROGRESS, Status.WAITING),
    (Status.DONE, Status.REOPENED),
    (Status.REJECTED, Status.REOPENED),
})

REFUSE_SAME = QT_TRANSLATE_NOOP("workflow", "The report is already {target}.")
REFUSE_NO_PATH = QT_TRANSLATE_NOOP(
    "workflow", "A report that is {current} cannot go to {target}.")
REFUSE_ROLE = QT_TRANSLATE_NOOP(
    "workflow", "A {role} may not move a report from {current} to {target}.")
REFUSE_REASON = QT_TRANSLATE_NOOP(
    "workflow", "Moving a report from {current} to {target} needs a written reason.")


@dataclass(frozen=True)
class Decision:
    """Whether a move is allowed; if not, a translatable template and its parameters."""

    allowed: bool
    template: str = ""
    params: dict[str, str] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        """The reason in plain words, with status and role names in ``lang``."""
        names = {}
        for key, value in self.params.items():
            if key == "role":
                names[key] = role_name(Role(value), lang)
            else:
                names[key] = status_name(Status(value), lang)
        return self.template.format(**names)


ALLOWED = Decision(True)


def status_name(status: Status, lang: str) -> str:
    info = STATUS_INFO[status]
    return info.name_en if lang == "en" else info.name_id


def check_transition(current: Status, target: Status, role: Role, reason: str | None = None) -> Decision:
    """Whether ``role`` may move a report from ``current`` to ``target``, and why not."""
    params = {"current": current.value, "target": target.value, "role": role.value}
    if current == target:
        return Decision(False, REFUSE_SAME, {"target": target.value})
    roles = TRANSITIONS.get((current, target))
    if roles is None:
        return Decision(False, REFUSE_NO_PATH, {"current": current.value, "target": target.value})
    if role not in roles:
        return Decision(False, REFUSE_ROLE, params)
    if (current, target) in REASON_REQUIRED and not (reason and reason.strip()):
        return Decision(False, REFUSE_REASON, {"current": current.value, "target": target.value})
    return ALLOWED


def targets_for(current: Status, role: Role) -> list[Status]:
    """Statuses ``role`` can move a report to from ``current`` (for menus and drop hints)."""
    return [to for (frm, to), roles in TRANSITIONS.items() if frm == current and role in roles]
