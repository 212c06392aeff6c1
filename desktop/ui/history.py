"""How one line of a report's history reads: the change, and who made it."""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.services.dto import TimelineEntry
from desktop.ui import format as fmt
from desktop.ui.i18n import translate

# Actions that leave the status as it was; the history names what happened instead.
ACTION_LABELS = {
    "accept": QT_TRANSLATE_NOOP("history", "Accepted"),
    "coordinate": QT_TRANSLATE_NOOP("history", "Supporting agency added"),
    "reroute": QT_TRANSLATE_NOOP("history", "Re-routed"),
    "escalate": QT_TRANSLATE_NOOP("history", "Escalated to supervisors"),
    "after_photo": QT_TRANSLATE_NOOP("history", "After-photo added"),
    "withdraw": QT_TRANSLATE_NOOP("history", "Support withdrawn"),
    "undo": QT_TRANSLATE_NOOP("history", "Undone"),
}


def change_text(entry: TimelineEntry) -> str:
    if entry.from_status is None:
        change = fmt.status_label(entry.to_status)
    elif entry.from_status == entry.to_status:
        change = translate("history", ACTION_LABELS.get(entry.action, entry.action))
    else:
        change = f"{fmt.status_label(entry.from_status)} → {fmt.status_label(entry.to_status)}"
    if entry.agency:
        change += f" · {entry.agency}"
    return change


def actor_text(entry: TimelineEntry) -> str:
    if entry.actor:
        return entry.actor
    if entry.action == "escalate":
        return translate("history", "deadline watch")
    return entry.agency or translate("history", "citizen")


def rating_text(score: int) -> str:
    rating = translate("history", "citizen's rating ({score} of 5)").format(score=score)
    return "★" * score + "☆" * (5 - score) + " " + rating
