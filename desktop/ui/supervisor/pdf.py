"""The review as a printable PDF: a title page, then each part with its figures, charts and tables.

Drawn with Qt's own QPdfWriter and QPainter, so the charts are the very QtCharts drawings
the screen shows, fonts and Indonesian text come out as on screen, and no other PDF
library is needed. Needs a QApplication (the charts are graphics items).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stats.layout import Chart, Document, Section, Table, Tile
from desktop.ui.supervisor.charts import render_chart

RESOLUTION = 150
MARGIN_MM = 14
# Fills the tests look for when they check a rendered page holds a table.
TABLE_HEADER_FILL = "#d5e1ee"
TABLE_STRIPE_FILL = "#f3f6f9"
TILE_FILL = "#f6f8fa"
CHART_HEIGHT_MM = 72


PAGE = QT_TRANSLATE_NOOP("supervision", "Page {n}")
FILTERS = QT_TRANSLATE_NOOP("supervision", "Filters")
NO_FILTERS = QT_TRANSLATE_NOOP("supervision", "None: every report the period holds.")
CONTENTS = QT_TRANSLATE_NOOP("supervision", "Contents")
NO_REPORTER = QT_TRANSLATE_NOOP(
    "supervision", "Every figure counts reports; no reporter's identity is part of this report.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("supervision", text)


class _Pages:
    """A cursor down the pages of a QPdfWriter: text, boxes, charts and tables, breaking pages as needed."""

    def __init__(self, writer: QPdfWriter, document: Document):
        self.writer = writer
        self.document = document
        self.painter = QPainter(writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.page = 1
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(rect.width())
        self.bottom = float(rect.height()) - self.mm(9)
        self.y = 0.0

    def mm(self, value: float) -> float:
        return value * RESOLUTION / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.writer)
        return metrics.boundingRect(QRectF(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()

    def new_page(self) -> None:
        self.footer()
        self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > 0:
            self.new_page()

    def footer(self) -> None:
        self.painter.setFont(self.font(7.5))
        self.painter.setPen(QColor("#666666"))
        line = f"JakLapor Desk — {self.document.title} · {self.document.period}"
        area = QRectF(0, self.bottom + self.mm(3), self.width, self.mm(5))
        self.painter.drawText(area, Qt.AlignmentFlag.AlignLeft, line)
        self.painter.drawText(area, Qt.AlignmentFlag.AlignRight, _tr(PAGE).format(n=self.page))

    def paragraph(self, text: str, points: float = 9.5, bold: bool = False, colour: str = "#222222",
                  gap: float = 2.0, indent: float = 0.0) -> None:
        font = self.font(points, bold)
        width = self.width - indent
        height = self.text_height(text, font, width)
        self.ensure(height)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        self.painter.drawText(QRectF(indent, self.y, width, height), Qt.TextFlag.TextWordWrap, text)
        self.y += height + self.mm(gap)

    def tiles(self, tiles: tuple[Tile, ...]) -> None:
        if not tiles:
            return
        per_row = min(len(tiles), 3 if len(tiles) > 4 else len(tiles))
        gap = self.mm(3)
        width = (self.width - gap * (per_row - 1)) / per_row
        label_font, value_font, detail_font = self.font(8), self.font(15, True), self.font(7.5)
        for start in range(0, len(tiles), per_row):
            row = tiles[start:start + per_row]
            inner = width - self.mm(4)
            height = max(self.text_height(t.label, label_font, inner) + self.text_height(t.value, value_font, inner)
                         + self.text_height(t.detail or " ", detail_font, inner) for t in row) + self.mm(5)
            self.ensure(height)
            for index, tile in enumerate(row):
                box = QRectF(index * (width + gap), self.y, width, height)
                self.painter.setPen(QPen(QColor("#c8d1da"), 1))
                self.painter.setBrush(QColor(TILE_FILL))
                self.painter.drawRoundedRect(box, 6, 6)
                y = box.top() + self.mm(2)
                for text, font, colour in ((tile.label, label_font, "#444444"), (tile.value, value_font, "#111111"),
                                           (tile.detail, detail_font, "#666666")):
                    h = self.text_height(text or " ", font, inner)
                    self.painter.setFont(font)
                    self.painter.setPen(QColor(colour))
                    self.painter.drawText(QRectF(box.left() + self.mm(2), y, inner, h), Qt.TextFlag.TextWordWrap, text)
                    y += h
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.y += height + self.mm(3)

    def chart(self, spec: Chart) -> None:
        height = self.mm(CHART_HEIGHT_MM)
        self.ensure(height)
        target = QRectF(0, self.y, self.width, height)
        if spec.is_empty:
            self.painter.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine))
            empty = QRectF(0, self.y, self.width, self.mm(22))
            self.painter.drawRect(empty)
            self.painter.setFont(self.font(9))
            self.painter.setPen(QColor("#444444"))
            self.painter.drawText(empty.adjusted(self.mm(3), self.mm(2), -self.mm(3), -self.mm(2)),
                                  Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter,
                                  f"{spec.title}\n{spec.empty}")
            self.y += self.mm(25)
            return
        render_chart(spec, self.painter, target, point_size=8)
        self.y += height + self.mm(3)

    def table(self, table: Table) -> None:
        columns = len(table.header)
        # Wide tables get a smaller type, so that headings such as "Coordination" fit their column.
        points = 7.5 if columns <= 7 else 6.8
        # Headings a little smaller still: single words such as "Coordination" must fit a figure column.
        font, bold = self.font(points), self.font(points - 0.6, True)
        metrics = QFontMetricsF(font, self.writer)
        first = self.width * (0.5 if columns <= 4 else 0.34 if columns <= 6 else 0.2)
        other = (self.width - first) / max(columns - 1, 1)
        widths = [first] + [other] * (columns - 1)
        row_height = metrics.height() * 1.55
        header_height = max(self.text_height(h, bold, w - self.mm(1.6)) for h, w in zip(table.header, widths)) + \
            self.mm(2)
        # A title never ends a page alone: it goes with the header and the first rows.
        self.ensure(self.text_height(table.title, self.font(10.5, True), self.width) + header_height
                    + row_height * min(3, max(len(table.rows), 1)) + self.mm(2))
        self.paragraph(table.title, 10.5, bold=True, gap=1)
        if table.is_empty:
            self.paragraph(table.empty, 9, colour="#555555")
            return

        def header() -> None:
            self.ensure(header_height + row_height)
            self.painter.fillRect(QRectF(0, self.y, self.width, header_height), QColor(TABLE_HEADER_FILL))
            self.painter.setFont(bold)
            self.painter.setPen(QColor("#1b2733"))
            x = 0.0
            for column, (text, width) in enumerate(zip(table.header, widths)):
                # Headings sit over their figures: numbers are right-aligned.
                align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                self.painter.drawText(QRectF(x + self.mm(0.8), self.y + self.mm(1), width - self.mm(1.6),
                                             header_height - self.mm(2)),
                                      Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter | align, text)
                x += width
            self.y += header_height

        header()
        for index, row in enumerate(table.rows):
            if self.y + row_height > self.bottom:
                self.new_page()
                header()
            if index % 2:
                self.painter.fillRect(QRectF(0, self.y, self.width, row_height), QColor(TABLE_STRIPE_FILL))
            self.painter.setFont(font)
            self.painter.setPen(QColor("#222222"))
            x = 0.0
            for column, (cell, width) in enumerate(zip(row, widths)):
                align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                text = metrics.elidedText(cell.text, Qt.TextElideMode.ElideRight, width - self.mm(1.6))
                self.painter.drawText(QRectF(x + self.mm(0.8), self.y, width - self.mm(1.6), row_height),
                                      align | Qt.AlignmentFlag.AlignVCenter, text)
                x += width
            self.y += row_height
        self.painter.setPen(QPen(QColor("#9aa8b6"), 1))
        self.painter.drawLine(QLineF(0, self.y, self.width, self.y))
        self.y += self.mm(4)

    def finish(self) -> None:
        self.footer()
        self.painter.end()


def _title_page(pages: _Pages, document: Document) -> None:
    pages.y = pages.mm(30)
    pages.paragraph("JakLapor Desk", 12, colour="#1976d2")
    pages.paragraph(document.title, 22, bold=True, gap=4)
    pages.paragraph(document.period, 14, gap=2)
    pages.paragraph(document.generated, 10, colour="#555555", gap=8)
    pages.paragraph(_tr(FILTERS), 12, bold=True, gap=1)
    for text in document.filters or (_tr(NO_FILTERS),):
        pages.paragraph("• " + text, 10, indent=pages.mm(4), gap=1)
    pages.y += pages.mm(4)
    for notice in document.notices:
        pages.paragraph("⚠ " + notice, 10.5, bold=True, colour="#8a4b00", gap=2)
    pages.y += pages.mm(4)
    pages.paragraph(_tr(CONTENTS), 12, bold=True, gap=1)
    for number, section in enumerate(document.sections, start=1):
        pages.paragraph(f"{number}. {section.title}", 10.5, indent=pages.mm(4), gap=1)
    pages.y += pages.mm(6)
    pages.paragraph(_tr(NO_REPORTER), 8.5, colour="#555555")


def _section(pages: _Pages, number: int, section: Section) -> None:
    pages.new_page()
    pages.paragraph(f"{number}. {section.title}", 17, bold=True, gap=2)
    pages.paragraph(section.intro, 9.5, colour="#333333", gap=3)
    pages.tiles(section.tiles)
    for spec in section.charts:
        pages.chart(spec)
    for note in section.notices:
        pages.paragraph(note, 8.5, colour="#555555")
    for table in section.tables:
        pages.table(table)


def write_pdf(document: Document, out: Path) -> int:
    """Write ``document`` to ``out`` as an A4 PDF; returns the number of pages."""
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setTitle(document.title)
    writer.setCreator("JakLapor Desk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    pages = _Pages(writer, document)
    _title_page(pages, document)
    for number, section in enumerate(document.sections, start=1):
        _section(pages, number, section)
    pages.finish()
    return pages.page
