"""Turning values into the words and colours an officer reads, in the current language."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.core.catalog import CHANNEL_NAMES, PRIORITY_NAMES, PRIVACY_NAMES, Channel, Priority, Privacy, localized
from desktop.core.sla import COUNTDOWN, WIB, format_countdown
from desktop.core.workflow import STATUS_INFO, Status, status_name
from desktop.ui.i18n import current_language, translate


def status_label(status: str) -> str:
    return status_name(Status(status), current_language())


def status_colour(status: str) -> QColor:
    return QColor(STATUS_INFO[Status(status)].colour)


_dots: dict[str, QIcon] = {}


def status_dot(status: str) -> QIcon:
    """A filled circle in the status colour; cached because list rows ask for it constantly."""
    icon = _dots.get(status)
    if icon is None:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(status_colour(status))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 12, 12)
        painter.end()
        icon = _dots[status] = QIcon(pixmap)
    return icon


def channel_label(channel: str) -> str:
    return localized(CHANNEL_NAMES, Channel(channel), current_language())


def privacy_label(privacy: str) -> str:
    return localized(PRIVACY_NAMES, Privacy(privacy), current_language())


def priority_label(priority: str) -> str:
    return localized(PRIORITY_NAMES, Priority(priority), current_language())


def category_label(name_id: str, name_en: str) -> str:
    return name_en if current_language() == "en" else name_id


def local_time(moment: datetime | None) -> str:
    """Jakarta wall-clock time; the command centre works in WIB whatever the PC says."""
    if moment is None:
        return "—"
    return moment.astimezone(WIB).strftime("%d-%m-%Y %H:%M")


def age(since: datetime, now: datetime | None = None) -> str:
    seconds = max(0, int(((now or datetime.now(timezone.utc)) - since).total_seconds()))
    if seconds < 3600:
        return QCoreApplication.translate("format", "{n} min").format(n=seconds // 60)
    if seconds < 86400:
        return QCoreApplication.translate("format", "{n} h").format(n=seconds // 3600)
    return QCoreApplication.translate("format", "{n} d").format(n=seconds // 86400)


def countdown(delta: timedelta) -> str:
    """A deadline's countdown ("3h 4j" in Indonesian), a leading "-" when overdue."""
    return format_countdown(delta, tuple(translate("countdown", template) for template in COUNTDOWN))
