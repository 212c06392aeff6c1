"""The drag payload: which cards, at which version, from which column.

A private MIME type keeps other applications' drops out and lets the board check a drop
before it happens; the versions travel with the cards so the service can tell a stale
card from a fresh one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

CARDS_MIME = "application/x-jaklapor-report-cards"
# The inbox column's key; agency columns use the agency code.
INBOX = ""


@dataclass(frozen=True)
class DraggedCards:
    source: str
    cards: tuple[tuple[int, int], ...]  # (report id, version)

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(report_id for report_id, _ in self.cards)


def encode(dragged: DraggedCards, references: list[str]) -> QMimeData:
    mime = QMimeData()
    payload = {"source": dragged.source, "cards": [list(card) for card in dragged.cards]}
    mime.setData(CARDS_MIME, json.dumps(payload).encode("utf-8"))
    # Dropped into a text field or a chat, the references are what an officer would want.
    mime.setText("\n".join(references))
    return mime


def decode(mime: QMimeData | None) -> DraggedCards | None:
    """The payload, or None for anything that is not a well-formed card drag."""
    if mime is None or not mime.hasFormat(CARDS_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(CARDS_MIME)).decode("utf-8"))
        cards = tuple((int(i), int(v)) for i, v in payload["cards"])
        source = str(payload["source"])
    except (ValueError, KeyError, TypeError):
        return None
    return DraggedCards(source, cards) if cards else None
