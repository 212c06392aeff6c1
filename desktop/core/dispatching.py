"""What moving a report card to an agency (or back to the inbox) means, and whether it may happen.

The board asks this while a card is dragged, to light the column and explain a refusal
before anything is sent; the services ask it again on the database's own state before
they write, so a modified or out-of-date client cannot get round it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Self

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Role, role_name
from desktop.core.workflow import (
    REASON_REQUIRED, REFUSE_ROLE, TRANSITIONS, UNROUTED, Decision, Status, check_transition, status_name,
)


class Move(StrEnum):
    DISPATCH = "dispatch"
    COORDINATE = "coordinate"
    REROUTE = "reroute"
    RECALL = "recall"


# The context the templates below are marked with; lupdate only reads it written out in each one.
CONTEXT = "dispatching"
DISABLED = QT_TRANSLATE_NOOP("dispatching", "{agency} is disabled and takes no reports; choose another agency.")
ALREADY_IN_INBOX = QT_TRANSLATE_NOOP("dispatching", "The report is already in the inbox.")
ALREADY_LEAD = QT_TRANSLATE_NOOP("dispatching", "The report is already with {agency}.")
ALREADY_SUPPORTS = QT_TRANSLATE_NOOP("dispatching", "{agency} already supports this report.")
REROUTE_ROLE = QT_TRANSLATE_NOOP("dispatching", "A {role} may not re-route a report that is {current}.")
REROUTE_PATH = QT_TRANSLATE_NOOP("dispatching", "A report that is {current} cannot be re-routed.")
MIXED = QT_TRANSLATE_NOOP("dispatching", "These reports need different moves; drop them one group at a time.")
NOTHING = QT_TRANSLATE_NOOP("dispatching", "No report was chosen.")

# Parameters whose values are status or role codes, shown by name in the reader's language.
_STATUS_KEYS = frozenset({"current", "target"})


def _same(_context: str, text: str) -> str:
    return text


def _name(key: str, value: str, lang: str) -> str:
    # A stored refusal may outlive a code it names; the code itself is still better than nothing.
    try:
        if key in _STATUS_KEYS:
            return status_name(Status(value), lang)
        if key == "role":
            return role_name(Role(value), lang)
    except ValueError:
        pass
    return value


@dataclass(frozen=True)
class Refusal:
    """Why something was refused, as a translatable template and its parameters.

    A parameter is text, or itself a Refusal (a translatable part, such as a field's name).
    """

    context: str
    template: str
    params: dict[str, str | Refusal] = field(default_factory=dict)
    reference: str | None = None

    @classmethod
    def of(cls, decision: Decision, reference: str | None = None) -> Refusal:
        return cls("workflow", decision.template, dict(decision.params), reference)

    def text(self, lang: str = "en", translate: Callable[[str, str], str] = _same) -> str:
        """The sentence in ``lang``; ``translate(context, template)`` supplies the UI's translation."""
        names = {key: value.text(lang, translate) if isinstance(value, Refusal) else _name(key, value, lang)
                 for key, value in self.params.items()}
        body = translate(self.context, self.template).format(**names)
        return f"{self.reference}: {body}" if self.reference else body

    def __str__(self) -> str:
        return self.text()

    def to_dict(self) -> dict:
        params = {key: value.to_dict() if isinstance(value, Refusal) else value for key, value in self.params.items()}
        return {"context": self.context, "template": self.template, "params": params, "reference": self.reference}

    @classmethod
    def from_dict(cls, data: dict) -> Refusal:
        params = {key: cls.from_dict(value) if isinstance(value, dict) else str(value)
                  for key, value in data.get("params", {}).items()}
        return cls(str(data["context"]), str(data["template"]), params, data.get("reference"))

    def dumps(self) -> str:
        """The refusal as stored text, for a reader who may use another language than the writer."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def loads(cls, stored: str | None) -> Refusal | None:
        """A refusal ``dumps`` wrote; None for anything else (such as a message stored as plain text)."""
        try:
            refusal = cls.from_dict(json.loads(stored or ""))
            refusal.text()
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            return None
        return refusal


class RefusalError(Exception):
    """An error a user reads: ``refusal`` says it in the reader's language, ``str()`` in English (logs, CLI).

    Given plain text (a message no template is known for), ``refusal`` is None and the text is all there is.
    """

    # The QT_TRANSLATE_NOOP context of the templates ``refuse`` takes; each error names its own.
    context = ""

    def __init__(self, refusal: Refusal | str):
        known = refusal if isinstance(refusal, Refusal) else None
        super().__init__(known.text() if known else refusal)
        self.refusal = known

    @classmethod
    def refuse(cls, template: str, **params: str | Refusal) -> Self:
        """The error saying ``template`` (marked in ``cls.context``) with ``params``."""
        return cls(Refusal(cls.context, template, params))


@dataclass(frozen=True)
class CardState:
    """What the board knows of a report: enough to decide a move."""

    reference: str
    status: Status
    lead: str | None
    supports: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Plan:
    move: Move | None
    target_status: Status | None = None
    refusal: Refusal | None = None
    needs_reason: bool = False

    @property
    def allowed(self) -> bool:
        return self.refusal is None


# A stand-in reason: while dragging, a move that needs a reason is allowed, and the reason is asked on drop.
_REASON_LATER = "…"


def _refused(template: str, card: CardState, **params: str) -> Plan:
    return Plan(None, refusal=Refusal(CONTEXT, template, params, card.reference))


def _checked(move: Move, card: CardState, target: Status, role: Role) -> Plan:
    decision = check_transition(card.status, target, role, _REASON_LATER)
    if not decision.allowed:
        return Plan(None, refusal=Refusal.of(decision, card.reference))
    return Plan(move, target, needs_reason=(card.status, target) in REASON_REQUIRED)


def may_coordinate(role: Role) -> bool:
    """Bringing in another agency is the command centre's call, whatever the current status."""
    return role in TRANSITIONS[(Status.DISPATCHED, Status.COORDINATION)]


def plan_move(card: CardState, target: str | None, role: Role, *, support: bool = False,
              target_active: bool = True) -> Plan:
    """What dropping ``card`` on agency ``target`` (None: the inbox) does.

    From the inbox a drop dispatches. Between agencies a plain drop re-routes (a new lead,
    with a reason); with ``support`` it brings ``target`` in as a supporting agency. A drop
    on the inbox recalls the report, with a reason.
    """
    if target is None:
        if card.status in UNROUTED:
            return _refused(ALREADY_IN_INBOX, card)
        return _checked(Move.RECALL, card, Status.WAITING, role)
    if not target_active:
        return _refused(DISABLED, card, agency=target)
    if card.status in UNROUTED or card.lead is None:
        return _checked(Move.DISPATCH, card, Status.DISPATCHED, role)
    if target == card.lead:
        return _refused(ALREADY_LEAD, card, agency=target)
    if support:
        if target in card.supports:
            return _refused(ALREADY_SUPPORTS, card, agency=target)
        if card.status == Status.COORDINATION:
            if not may_coordinate(role):
                return Plan(None, refusal=Refusal(
                    "workflow", REFUSE_ROLE,
                    {"role": role.value, "current": card.status.value, "target": card.status.value},
                    card.reference))
            return Plan(Move.COORDINATE, Status.COORDINATION)
        return _checked(Move.COORDINATE, card, Status.COORDINATION, role)
    # A re-route is a recall and a new dispatch in one step: both halves must be allowed.
    back = check_transition(card.status, Status.WAITING, role, _REASON_LATER)
    if not back.allowed:
        template = REROUTE_ROLE if back.template == REFUSE_ROLE else REROUTE_PATH
        return _refused(template, card, role=role.value, current=card.status.value)
    new_status = Status.COORDINATION if card.supports - {target} else Status.DISPATCHED
    onward = check_transition(Status.WAITING, new_status, role)
    if not onward.allowed:
        return Plan(None, refusal=Refusal.of(onward, card.reference))
    return Plan(Move.REROUTE, new_status, needs_reason=True)


def plan_moves(cards: Sequence[CardState], target: str | None, role: Role, *, support: bool = False,
               target_active: bool = True) -> Plan:
    """One plan for several cards dropped together: all make the same move, or none moves."""
    if not cards:
        return Plan(None, refusal=Refusal(CONTEXT, NOTHING))
    plans = [plan_move(card, target, role, support=support, target_active=target_active) for card in cards]
    for plan in plans:
        if not plan.allowed:
            return plan
    if len({plan.move for plan in plans}) > 1:
        return Plan(None, refusal=Refusal(CONTEXT, MIXED))
    first = plans[0]
    return Plan(first.move, first.target_status, needs_reason=any(p.needs_reason for p in plans))
