"""The app's own URL scheme: the map page, its scripts and styles, and its tiles.

``jaklapor://app/...`` is served from this installation's files, so the page never needs
``setHtml`` (which fails above about 2 MB) nor any network but the configured tile server.
The scheme must be registered before the QApplication exists (desktop.app does it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtWebEngineCore import (
    QWebEngineProfile, QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler,
)

from desktop.map.assets import asset_file, mime_type
from desktop.map.basemap import load_basemap
from desktop.map.page import PAGE_PATH, QWEBCHANNEL_PATH, page_html
from desktop.map.tiles import TileSource, reply_bytes, parse_tile_path

SCHEME = b"jaklapor"
HOST = "app"


def register_scheme() -> None:
    """Declare the scheme to QtWebEngine; only possible before the QApplication is created."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.CorsEnabled)
    QWebEngineUrlScheme.registerScheme(scheme)


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, tiles: TileSource, parent=None):
        super().__init__(parent)
        self.tiles = tiles

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt API
        url = job.requestUrl()
        path = url.path()
        if url.host() != HOST or job.requestMethod() != b"GET":
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        if path == PAGE_PATH:
            reply_bytes(job, "text/html;charset=utf-8", page_html().encode())
            return
        if path == QWEBCHANNEL_PATH:
            source = QFile(":/qtwebchannel/qwebchannel.js")
            source.open(QIODevice.OpenModeFlag.ReadOnly)
            reply_bytes(job, "text/javascript", bytes(source.readAll()))
            return
        tile = parse_tile_path(path)
        if tile is not None:
            self.tiles.serve(job, *tile)
            return
        file = asset_file(path)
        if file is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        reply_bytes(job, mime_type(file), file.read_bytes())


_profile: QWebEngineProfile | None = None
_handler: AppSchemeHandler | None = None


def map_profile() -> QWebEngineProfile:
    """The browser profile every map page uses: off the record, with the app's scheme installed."""
    global _profile, _handler
    if _profile is None:
        # Parented to the application so it outlives every page that uses it.
        _profile = QWebEngineProfile(QCoreApplication.instance())
        _handler = AppSchemeHandler(TileSource(load_basemap(), _profile), _profile)
        _profile.installUrlSchemeHandler(SCHEME, _handler)
    return _profile


def tile_source() -> TileSource:
    map_profile()
    return _handler.tiles
