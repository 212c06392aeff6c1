"""QtCharts drawings of the review's chart values, for the screen and for the PDF report alike."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QHorizontalStackedBarSeries,
    QLineSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QLabel, QStackedWidget, QWidget

from desktop.core.stats.layout import Chart

_BARS = {"bar": QBarSeries, "hbar": QHorizontalBarSeries, "stacked": QHorizontalStackedBarSeries}
# Long agency and category names are cut on the axis; the tables give them in full.
AXIS_LABEL_CHARS = 28


def _short(text: str) -> str:
    return text if len(text) <= AXIS_LABEL_CHARS else text[:AXIS_LABEL_CHARS - 1] + "…"


def _nice_maximum(value: float) -> float:
    """A round axis end a little above ``value`` (at least 1), so bars never touch the frame."""
    if value <= 0:
        return 1.0
    step = 10 ** (len(str(int(value))) - 1)
    return float((int(value * 1.1) // step + 1) * step)


def build_chart(spec: Chart, point_size: float = 9.0) -> QChart:
    """A QChart of ``spec``; the caller shows ``spec.empty`` instead when ``spec.is_empty``."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    title_font = QFont()
    title_font.setPointSizeF(point_size + 1.5)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setTitle(spec.title)
    label_font = QFont()
    label_font.setPointSizeF(point_size)
    chart.legend().setFont(label_font)
    chart.legend().setVisible(len(spec.series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    categories = [_short(c) for c in spec.categories]
    values = [v for s in spec.series for v in s.values if v is not None]
    top = spec.maximum or _nice_maximum(max(values, default=0) if spec.kind != "stacked" else
                                        max((sum(s.values[i] or 0 for s in spec.series)
                                             for i in range(len(categories))), default=0))
    value_axis = QValueAxis()
    value_axis.setRange(spec.minimum, top)
    if spec.maximum is None:
        # Counts get round ticks (0, 20, 40…) rather than fifths of an arbitrary top.
        value_axis.applyNiceNumbers()
    value_axis.setLabelFormat("%d")
    value_axis.setLabelsFont(label_font)
    if spec.unit:
        value_axis.setTitleText(spec.unit)
        value_axis.setTitleFont(label_font)
    category_axis = QBarCategoryAxis()
    # Horizontal bars list the first category at the top, as the tables do.
    horizontal = spec.kind in ("hbar", "stacked")
    category_axis.append(list(reversed(categories)) if horizontal else categories)
    category_axis.setLabelsFont(label_font)
    if spec.kind == "line":
        for s in spec.series:
            line = QLineSeries()
            line.setName(s.name)
            line.setPointsVisible(True)
            pen = QPen(QColor(s.colour or "#1976d2"))
            pen.setWidthF(2.5)
            line.setPen(pen)
            for index, value in enumerate(s.values):
                if value is not None:
                    line.append(QPointF(index, value))
            chart.addSeries(line)
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
            line.attachAxis(category_axis)
            line.attachAxis(value_axis)
        return chart
    series = _BARS[spec.kind]()
    for s in spec.series:
        bar_set = QBarSet(s.name)
        bar_set.append([float(v or 0) for v in (reversed(s.values) if horizontal else s.values)])
        if s.colour:
            bar_set.setColor(QColor(s.colour))
            bar_set.setBorderColor(QColor(s.colour))
        series.append(bar_set)
    series.setBarWidth(0.75)
    chart.addSeries(series)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    return chart


def render_chart(spec: Chart, painter: QPainter, target: QRectF, point_size: float = 9.0) -> None:
    """Draw ``spec`` into ``target`` on any painter (a PDF page, an image)."""
    chart = build_chart(spec, point_size)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, target.width(), target.height()))
    scene.render(painter, target, QRectF(0, 0, target.width(), target.height()))
    scene.removeItem(chart)


class ChartBox(QStackedWidget):
    """A chart on screen, or in its place the plain sentence saying why there is nothing to draw."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(260)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel()
        self.empty.setObjectName("chartEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("QLabel#chartEmpty { color: #555; border: 1px dashed #bbb; padding: 16px; }")
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.spec: Chart | None = None

    def show_chart(self, spec: Chart) -> None:
        self.spec = spec
        if spec.is_empty:
            self.empty.setText(f"<b>{spec.title}</b><br><br>{spec.empty}")
            self.setCurrentWidget(self.empty)
            return
        old = self.view.chart()
        self.view.setChart(build_chart(spec))
        if old is not None:
            old.deleteLater()
        self.setCurrentWidget(self.view)

    @property
    def showing_chart(self) -> bool:
        return self.currentWidget() is self.view
