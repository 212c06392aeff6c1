"""The map widget: the folium page in a QWebEngineView, wired to its bridge."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView

from desktop.core.clustering import Bounds
from desktop.core.workflow import Status
from desktop.map.bridge import MapBridge, config_payload, features_payload
from desktop.map.page import ORIGIN, PAGE_PATH
from desktop.map.scheme import map_profile, tile_source
from desktop.services.map_data import MapFeatures
from desktop.ui import format as fmt


class MapWidget(QWebEngineView):
    sig_page_loaded = Signal()
    """Emitted once the page and its bridge are up; features sent before then are delivered now."""

    sig_viewport_changed = Signal(object, int)
    """Emitted when the officer panned or zoomed; carries the visible Bounds and the zoom."""

    sig_marker_clicked = Signal(object)
    """Emitted when a report's marker was clicked; carries its id."""

    sig_cluster_clicked = Signal(object)
    """Emitted when a cluster was clicked; carries the Bounds of its reports."""

    sig_marker_hovered = Signal(object)
    """Emitted when the pointer enters a marker (its id) or leaves it (None)."""

    sig_features_drawn = Signal(int, int)
    """Emitted when the page drew a viewport's features; carries the cluster and marker counts."""

    sig_basemap_changed = Signal(str)
    """Emitted when the basemap became "online", "partial" (some tiles missing) or "offline"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inboxMap")
        self._ready = False
        self._pending: dict[str, str] = {}
        self.bridge = MapBridge(self, self)
        self._channel = QWebChannel(self)
        self._channel.registerObject("bridge", self.bridge)
        self.setPage(QWebEnginePage(map_profile(), self))
        self.page().setWebChannel(self._channel)
        tile_source().sig_problem_changed.connect(self._on_basemap_problem)
        self.load(QUrl(ORIGIN + PAGE_PATH))
        self.retranslate()

    @property
    def ready(self) -> bool:
        return self._ready

    def on_page_ready(self) -> None:
        self._ready = True
        for name in ("config", "features", "highlight", "heat"):
            if name in self._pending:
                self._send(name, self._pending.pop(name))
        self.sig_page_loaded.emit()

    def _send(self, name: str, payload: str) -> None:
        if not self._ready:
            self._pending[name] = payload
            return
        {"config": self.bridge.sig_config_changed, "features": self.bridge.sig_features_changed,
         "highlight": self.bridge.sig_highlight_requested, "fit": self.bridge.sig_fit_requested,
         "heat": self.bridge.sig_heat_requested}[name].emit(payload)

    def show_features(self, features: MapFeatures) -> None:
        self._send("features", features_payload(features))

    def highlight(self, report_id: int | None, lat: float | None = None, lon: float | None = None) -> None:
        """Ring and centre a report; a report without a valid location only gets a notice."""
        self._send("highlight", json.dumps({"id": str(report_id) if report_id else "", "lat": lat, "lon": lon}))

    def show_heat(self, payload: str) -> None:
        """Colour the map by a measure (see MapBridge.sig_heat_requested); a payload without cells clears it."""
        self._send("heat", payload)

    def fit(self, bounds: Bounds) -> None:
        self._send("fit", json.dumps([bounds.south, bounds.west, bounds.north, bounds.east]))

    def retranslate(self) -> None:
        source = tile_source()
        self._send("config", config_payload(
            {status.value: fmt.status_label(status.value) for status in Status},
            {"reports": self.tr("reports"),
             "offline": self.tr("Basemap offline: no map tiles can be loaded; reports are still shown"),
             "partial": self.tr("Basemap partly offline: some map tiles cannot be loaded"),
             "emergency": self.tr("Emergency"),
             "noLocation": self.tr("This report has no valid location, so it is not on the map")},
            source.attribution, source.problem))

    @Slot(str)
    def _on_basemap_problem(self, _problem: str) -> None:
        self.retranslate()
        self.reload_tiles()

    def reload_tiles(self) -> None:
        """Reload the page after the basemap changed, so the new tiles show."""
        self._ready = False
        self.retranslate()
        self.load(QUrl(ORIGIN + PAGE_PATH))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
