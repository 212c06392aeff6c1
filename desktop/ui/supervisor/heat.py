"""The heat view: the city map coloured by a measure the supervisor picks, kelurahan by kelurahan."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.stats.heat import MEASURE_NAMES, AreaCounts, HeatCell, HeatMeasure, heat_cells
from desktop.core.stats.layout import decimal
from desktop.ui.i18n import current_language

# Shares are printed as percentages, counts as whole numbers.
_SHARES = frozenset({HeatMeasure.LATE, HeatMeasure.DISSATISFIED})


def heat_payload(cells: tuple[HeatCell, ...], measure: HeatMeasure, lang: str) -> str:
    """The JSON the map page draws (MapBridge.sig_heat_requested)."""
    def shown(cell: HeatCell) -> str:
        if measure in _SHARES:
            return f"{decimal(cell.value, lang)} % ({cell.count})"
        return str(int(cell.value))
    return json.dumps({"cells": [[round(c.lat, 6), round(c.lon, 6), round(c.intensity, 3), f"{c.label}: {shown(c)}"]
                                 for c in cells]}, separators=(",", ":"))


class HeatView(QWidget):
    sig_measure_changed = Signal(str)
    """Emitted when the supervisor picked another measure; carries its HeatMeasure value."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.measure = QComboBox()
        self.measure.setObjectName("heatMeasure")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("heatNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#heatNotice { background: #fff3e0; color: #8a4b00; padding: 6px; }")
        self.notice.hide()
        self.map = None
        self._areas: tuple[AreaCounts, ...] = ()
        self.cells: tuple[HeatCell, ...] = ()
        top = QHBoxLayout()
        self.measure_label = QLabel()
        top.addWidget(self.measure_label)
        top.addWidget(self.measure, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addLayout(top)
        self._layout.addWidget(self.legend)
        self._layout.addWidget(self.notice)
        self.measure.currentIndexChanged.connect(self._on_measure)
        self.retranslate()

    def ensure_map(self):
        """The map is made on first use: a browser page costs memory a supervisor may never need."""
        if self.map is None:
            from desktop.map.widget import MapWidget

            self.map = MapWidget(self)
            self.map.setObjectName("heatMap")
            self._layout.addWidget(self.map, 1)
        return self.map

    def retranslate(self) -> None:
        self.measure_label.setText(self.tr("Colour the map by:"))
        current = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for measure, name in MEASURE_NAMES.items():
            self.measure.addItem(QCoreApplication.translate("supervision", name), measure.value)
        self.measure.setCurrentIndex(max(self.measure.findData(current), 0))
        self.measure.blockSignals(False)
        self._draw()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_measure(self) -> HeatMeasure:
        return HeatMeasure(self.measure.currentData())

    def show_areas(self, areas: tuple[AreaCounts, ...]) -> None:
        self._areas = areas
        self._draw()

    @Slot(int)
    def _on_measure(self, _index: int) -> None:
        self._draw()
        self.sig_measure_changed.emit(self.measure.currentData())

    def _draw(self) -> None:
        measure = self.current_measure()
        self.cells = heat_cells(self._areas, measure)
        if self.cells:
            self.notice.hide()
            worst = self.cells[0]
            self.legend.setText(self.tr(
                "Each disc is a kelurahan: pale yellow for the least, deep red for the most. Highest: {name}.")
                .format(name=worst.label))
        else:
            self.legend.setText("")
            self.notice.setText(self.tr(
                "Nothing to colour for this measure with the chosen period and filters. "
                "A share needs at least three reports in a kelurahan."))
            self.notice.show()
        if self.map is not None or self.cells:
            self.ensure_map().show_heat(heat_payload(self.cells, measure, current_language()))
