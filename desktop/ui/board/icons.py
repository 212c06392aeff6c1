"""Category icons drawn in code: a coloured tile with a symbol, legible at card size.

Drawn rather than shipped as image files so they scale with the font and need no
resources; the symbols are ones the common desktop fonts all carry.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

# code -> (symbol, tile colour)
CATEGORY_ICONS: dict[str, tuple[str, str]] = {
    "kebakaran": ("♨", "#c62828"),
    "banjir": ("≋", "#1565c0"),
    "pohon_tumbang": ("♣", "#2e7d32"),
    "genangan": ("∿", "#0277bd"),
    "sampah": ("♻", "#558b2f"),
    "jalan_rusak": ("⚒", "#6d4c41"),
    "pju_mati": ("☀", "#f9a825"),
    "saluran_tersumbat": ("⌇", "#00838f"),
    "parkir_liar": ("P", "#37474f"),
    "pkl": ("⚖", "#8e24aa"),
    "sarang_tawon": ("☣", "#ef6c00"),
    "gelandangan": ("⌂", "#5d4037"),
    "bangunan_liar": ("▦", "#455a64"),
    "kemacetan": ("⇶", "#d84315"),
    "jentik_dbd": ("⚕", "#ad1457"),
    "ketertiban": ("⚑", "#4527a0"),
    "adminduk": ("✉", "#00695c"),
}
_FALLBACK = ("•", "#757575")


def paint_category(painter: QPainter, rect: QRectF, code: str) -> None:
    symbol, colour = CATEGORY_ICONS.get(code, _FALLBACK)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect, 3, 3)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(rect.height() * 0.72)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, symbol)
    painter.restore()
