"""Answering the page's tile requests: MBTiles first, then the disk cache, then the tile server.

The page asks the app's scheme for every tile, so the configured server is the only
address the map ever reaches, each tile it shows is kept for offline use, and an OSM
server sees an honest User-Agent as its usage policy asks.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob

from desktop import __version__
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.map.basemap import OSM_ATTRIBUTION, BasemapSettings, cache_dir, tile_url_for
from desktop.map.mbtiles import MBTiles, MBTilesError

CONTEXT = "map"
MBTILES_BROKEN = QT_TRANSLATE_NOOP("map", "The offline basemap cannot be used: {reason}")
TIMEOUT_MS = 8000
# After the server failed, tiles not on disk fail at once for a while instead of each waiting.
BACKOFF_S = 30.0
MAX_ZOOM = 22


def reply_bytes(job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
    buffer = QBuffer(job)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(mime.encode(), buffer)


def parse_tile_path(path: str) -> tuple[int, int, int] | None:
    """(z, x, y) from ``/tiles/z/x/y``, or None when it is not a tile inside the world."""
    parts = path.strip("/").split("/")
    if len(parts) != 4 or parts[0] != "tiles" or not all(p.isdigit() for p in parts[1:]):
        return None
    z, x, y = (int(p) for p in parts[1:])
    if z > MAX_ZOOM or x >= 1 << z or y >= 1 << z:
        return None
    return z, x, y


class TileSource(QObject):
    sig_problem_changed = Signal(str)
    """Emitted when the basemap became unusable or usable again; carries the notice ("" when fine)."""

    def __init__(self, basemap: BasemapSettings, parent=None):
        super().__init__(parent)
        self._network = QNetworkAccessManager(self)
        self._mbtiles: MBTiles | None = None
        self._failed_at = 0.0
        self._basemap = BasemapSettings()
        self.problem = ""
        self.configure(basemap)

    @property
    def basemap(self) -> BasemapSettings:
        return self._basemap

    def configure(self, basemap: BasemapSettings) -> None:
        self._basemap = basemap
        self._failed_at = 0.0
        if self._mbtiles is not None:
            self._mbtiles.close()
            self._mbtiles = None
        problem = ""
        if basemap.mbtiles:
            try:
                self._mbtiles = MBTiles(Path(basemap.mbtiles))
            except MBTilesError as exc:
                problem = QCoreApplication.translate(CONTEXT, MBTILES_BROKEN).format(reason=exc)
        self.problem = problem
        self.sig_problem_changed.emit(problem)

    @property
    def attribution(self) -> str:
        parts = [self._mbtiles.attribution] if self._mbtiles is not None and self._mbtiles.attribution else []
        if self._basemap.tile_url and "openstreetmap" in self._basemap.tile_url:
            parts.append(OSM_ATTRIBUTION)
        return " | ".join(parts) or OSM_ATTRIBUTION

    def serve(self, job: QWebEngineUrlRequestJob, z: int, x: int, y: int) -> None:
        if self._mbtiles is not None:
            data = self._mbtiles.tile(z, x, y)
            if data is not None:
                reply_bytes(job, self._mbtiles.mime, data)
                return
        template = self._basemap.tile_url
        if not template:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        cached = cache_dir(template) / str(z) / str(x) / f"{y}.tile"
        if cached.is_file():
            reply_bytes(job, "image/png", cached.read_bytes())
            return
        if time.monotonic() - self._failed_at < BACKOFF_S:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        request = QNetworkRequest(QUrl(tile_url_for(template, z, x, y)))
        request.setRawHeader(b"User-Agent", f"JakLapor-Desk/{__version__}".encode())
        request.setTransferTimeout(TIMEOUT_MS)
        reply = self._network.get(request)
        reply.finished.connect(lambda: self._fetched(reply, job, cached))

    def _fetched(self, reply: QNetworkReply, job: QWebEngineUrlRequestJob, cached: Path) -> None:
        reply.deleteLater()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        ok = reply.error() == QNetworkReply.NetworkError.NoError and status == 200
        data = bytes(reply.readAll()) if ok else b""
        if ok and data:
            _store(cached, data)
        elif reply.error() not in (QNetworkReply.NetworkError.ContentNotFoundError,
                                   QNetworkReply.NetworkError.OperationCanceledError):
            self._failed_at = time.monotonic()
        # The page may have moved on and dropped the request meanwhile.
        if not shiboken6.isValid(job):
            return
        if ok and data:
            mime = str(reply.header(QNetworkRequest.KnownHeaders.ContentTypeHeader) or "image/png")
            reply_bytes(job, mime, data)
        else:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)


def _store(path: Path, data: bytes) -> None:
    """Write atomically, so a crash never leaves half a tile that later shows as broken."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        pass  # a full or read-only disk costs the cache, never the map
