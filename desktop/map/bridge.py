"""The one way Python and the map page talk: a QObject on a QWebChannel.

Python sends compact JSON through the ``sig_*_changed``/``sig_*_requested`` signals (the
page connects to them); the page calls the slots on clicks, hovers and viewport changes.
Report ids travel as strings: they are 64-bit and JavaScript numbers are not.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.clustering import Bounds
from desktop.core.workflow import STATUS_INFO, Status
from desktop.services.map_data import MapFeatures

STATUSES = tuple(Status)
_INDEX = {status.value: index for index, status in enumerate(STATUSES)}


def _round(value: float) -> float:
    return round(value, 6)


def features_payload(features: MapFeatures) -> str:
    """Clusters as [lat, lon, count, status, awaiting, south, west, north, east, [status, n, …]]
    and markers as ["id", lat, lon, status, flags] (flags: 1 emergency, 2 awaiting first action)."""
    clusters = [[_round(c.lat), _round(c.lon), c.count, _INDEX[c.status], c.awaiting,
                 _round(c.bounds.south), _round(c.bounds.west), _round(c.bounds.north), _round(c.bounds.east),
                 [v for status, n in c.by_status for v in (_INDEX[status], n)]]
                for c in features.clusters]
    markers = [[str(m.report_id), _round(m.lat), _round(m.lon), _INDEX[m.status],
                (1 if m.emergency else 0) | (2 if m.awaiting else 0)] for m in features.markers]
    return json.dumps({"clusters": clusters, "markers": markers}, separators=(",", ":"))


def config_payload(names: dict[str, str], text: dict[str, str], attribution: str, problem: str) -> str:
    return json.dumps({
        "statuses": [s.value for s in STATUSES],
        "colours": [STATUS_INFO[s].colour for s in STATUSES],
        "urgency": [STATUS_INFO[s].urgency for s in STATUSES],
        "names": [names[s.value] for s in STATUSES],
        "text": text, "attribution": attribution, "problem": problem,
    })


class MapBridge(QObject):
    sig_config_changed = Signal(str)
    """Emitted to the page with colours, names and notices in the current language (JSON)."""

    sig_features_changed = Signal(str)
    """Emitted to the page with the viewport's clusters and markers (JSON, see features_payload)."""

    sig_highlight_requested = Signal(str)
    """Emitted to the page to centre and ring one report: {"id", "lat", "lon"} (JSON; id "" clears)."""

    sig_fit_requested = Signal(str)
    """Emitted to the page to show an area: [south, west, north, east] (JSON)."""

    sig_heat_requested = Signal(str)
    """Emitted to the page with a heat layer: {"cells": [[lat, lon, intensity 0–1, tooltip], …]} (JSON; none clears it)."""

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self._view = view

    @Slot()
    def page_ready(self) -> None:
        self._view.on_page_ready()

    @Slot(float, float, float, float, int)
    def viewport_changed(self, south: float, west: float, north: float, east: float, zoom: int) -> None:
        self._view.sig_viewport_changed.emit(Bounds(south, west, north, east), zoom)

    @Slot(str)
    def marker_clicked(self, report_id: str) -> None:
        if report_id.isdigit():
            self._view.sig_marker_clicked.emit(int(report_id))

    @Slot(float, float, float, float)
    def cluster_clicked(self, south: float, west: float, north: float, east: float) -> None:
        self._view.sig_cluster_clicked.emit(Bounds(south, west, north, east))

    @Slot(str)
    def marker_hovered(self, report_id: str) -> None:
        self._view.sig_marker_hovered.emit(int(report_id) if report_id.isdigit() else None)

    @Slot(int, int)
    def features_drawn(self, clusters: int, markers: int) -> None:
        self._view.sig_features_drawn.emit(clusters, markers)

    @Slot(str)
    def basemap_changed(self, state: str) -> None:
        self._view.sig_basemap_changed.emit(state)
