"""Painting one report card: reference, category, age, countdown, privacy, status, agencies."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from desktop.core.deadlines import Clock, running_clock
from desktop.core.sla import remaining
from desktop.core.workflow import Status
from desktop.services.board import BoardCard
from desktop.ui import format as fmt
from desktop.ui.board.icons import paint_category
from desktop.ui.board.mime import INBOX
from desktop.ui.board.model import CARD_ROLE, BoardData, column_of, timed
from desktop.ui.i18n import translate

PAD = 6
LINES = 4
EMERGENCY_RED = QColor("#b71c1c")
_STATE_CHIPS = {"overdue": ("#c62828", "white"), "due_soon": ("#ef6c00", "white")}


def countdown_text(card: BoardCard, now) -> tuple[str, str]:
    """The countdown line and its state ("overdue", "due_soon", "ok" or "none")."""
    clock = running_clock(timed(card), now)
    if clock is None:
        return translate("board", "no deadline"), "none"
    left = fmt.countdown(remaining(clock.due, now))
    if clock.clock == Clock.FIRST_ACTION:
        if clock.state == "overdue":
            return translate("board", "first action overdue {time}").format(time=left.lstrip("-")), clock.state
        return translate("board", "first action within {time}").format(time=left), clock.state
    if clock.state == "overdue":
        return translate("board", "overdue {time}").format(time=left.lstrip("-")), clock.state
    return translate("board", "{time} left").format(time=left), clock.state


class CardDelegate(QStyledItemDelegate):
    def __init__(self, board: BoardData, parent=None):
        super().__init__(parent)
        self._board = board

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        line = option.fontMetrics.height()
        return QSize(220, LINES * line + 2 * PAD + 3 * 2 + 6)

    def paint(self, painter: QPainter, option, index) -> None:
        card: BoardCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        now = self._board.now
        outer = QRectF(option.rect).adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        shouting = card.emergency and card.first_action_at is None
        background = QColor("#ffebee") if shouting else QColor("white")
        if selected:
            background = QColor("#e3f2fd")
        border = option.palette.highlight().color() if selected else (EMERGENCY_RED if shouting else QColor("#cfd8dc"))
        painter.setPen(QPen(border, 2 if selected or shouting else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(outer, 5, 5)
        bar = QRectF(outer.left(), outer.top(), 5, outer.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fmt.status_colour(card.status))
        painter.drawRoundedRect(bar, 2, 2)

        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        left = outer.left() + 5 + PAD
        width = outer.right() - PAD - left
        top = outer.top() + PAD
        rows = [QRectF(left, top + n * (line + 2), width, line) for n in range(LINES)]

        self._first_line(painter, rows[0], font, card, now)
        self._second_line(painter, rows[1], font, card)
        self._third_line(painter, rows[2], font, card, now)
        self._fourth_line(painter, rows[3], font, card)
        painter.restore()

    def _first_line(self, painter, rect: QRectF, font: QFont, card: BoardCard, now) -> None:
        bold = QFont(font)
        bold.setBold(True)
        age = fmt.age(card.received_at, now)
        if card.escalated:
            # Escalated to the supervisors: a red mark beside the age, explained in the tooltip.
            age = "▲ " + age
        painter.setFont(font)
        painter.setPen(EMERGENCY_RED if card.escalated else QColor("#616161"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, age)
        age_width = QFontMetrics(font).horizontalAdvance(age) + 8
        text = card.reference
        if card.emergency:
            text = "⚠ " + text
        painter.setFont(bold)
        painter.setPen(EMERGENCY_RED if card.emergency else QColor("#212121"))
        elided = QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - age_width))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    def _second_line(self, painter, rect: QRectF, font: QFont, card: BoardCard) -> None:
        size = rect.height() - 2
        paint_category(painter, QRectF(rect.left(), rect.top() + 1, size, size), card.category)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        badge_width = 0.0
        if card.privacy != "public":
            label = fmt.privacy_label(card.privacy)
            badge_width = metrics.horizontalAdvance(label) + 12
            badge = QRectF(rect.right() - badge_width, rect.top(), badge_width, rect.height())
            painter.setPen(QPen(QColor("#6a1b9a"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
            painter.setPen(QColor("#6a1b9a"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        text = self._board.category_label(card.category)
        if card.kelurahan:
            text += f" · {card.kelurahan}"
        painter.setPen(QColor("#37474f"))
        area = rect.adjusted(size + 6, 0, -(badge_width + 4), 0)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(area.width())))

    def _third_line(self, painter, rect: QRectF, font: QFont, card: BoardCard, now) -> None:
        text, state = countdown_text(card, now)
        colours = _STATE_CHIPS.get(state)
        bold = QFont(font)
        bold.setBold(colours is not None)
        metrics = QFontMetrics(bold)
        chip = QRectF(rect.left(), rect.top(), min(metrics.horizontalAdvance(text) + 14, rect.width()), rect.height())
        painter.setFont(bold)
        if colours:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours[0]))
            painter.drawRoundedRect(chip, 7, 7)
            painter.setPen(QColor(colours[1]))
        else:
            painter.setPen(QColor("#455a64"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width() - 8)))

    def _fourth_line(self, painter, rect: QRectF, font: QFont, card: BoardCard) -> None:
        small = QFont(font)
        small.setPointSizeF(max(6.5, font.pointSizeF() * 0.9))
        metrics = QFontMetrics(small)
        painter.setFont(small)
        status = fmt.status_label(card.status)
        chip_width = metrics.horizontalAdvance(status) + 10
        chip = QRectF(rect.left(), rect.top() + 1, chip_width, rect.height() - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fmt.status_colour(card.status))
        painter.drawRoundedRect(chip, 6, 6)
        painter.setPen(QColor("#212121" if card.status == Status.IN_PROGRESS.value else "white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, status)
        area = QRectF(chip.right() + 6, rect.top(), max(0.0, rect.right() - chip.right() - 6), rect.height())
        text, colour = self._agencies_text(card)
        painter.setPen(QColor(colour))
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(area.width())))

    def _agencies_text(self, card: BoardCard) -> tuple[str, str]:
        board = self._board
        if column_of(card) == INBOX:
            if card.handed_back_by:
                return translate("board", "↩ {agency}: {reason}").format(
                    agency=board.agency_label(card.handed_back_by), reason=card.hand_back_reason or ""), "#bf360c"
            if card.suggestion is not None:
                agency = board.agency_label(card.suggestion.agency_code)
                return translate("board", "→ {agency} suggested").format(agency=agency), "#1565c0"
            return translate("board", "no suggestion"), "#757575"
        lead = board.agency_label(card.lead) + (" ✓" if card.lead_accepted else "")
        supports = " ".join("+" + board.agency_label(code) for code in card.supports)
        return (f"{lead} {supports}".strip(), "#37474f") if supports or card.lead_accepted else \
            (translate("board", "{agency}, not accepted yet").format(agency=board.agency_label(card.lead)), "#546e7a")
