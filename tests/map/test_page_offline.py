"""The map page loads only the app's own files; the configured tile server is the only address reached."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor

from desktop.map.basemap import BasemapSettings
from desktop.map.page import page_html
from desktop.map.scheme import map_profile, tile_source
from desktop.map.widget import MapWidget


def _png(colour=(200, 220, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(buffer, "PNG")
    return buffer.getvalue()


class _TileServer:
    """A tile server on loopback that records every path asked of it."""

    def __init__(self):
        self.paths: list[str] = []
        tile = _png()
        paths = self.paths

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(tile)))
                self.end_headers()
                self.wfile.write(tile)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/osm/{{z}}/{{x}}/{{y}}.png"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


class _Recorder(QWebEngineUrlRequestInterceptor):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def interceptRequest(self, info):  # noqa: N802 - Qt API
        self.urls.append(info.requestUrl().toString())


def _wait(qapp, predicate, timeout_ms: int = 30000) -> None:
    loop = QEventLoop()
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: predicate() and loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    timer.start()
    loop.exec()
    timer.stop()
    assert predicate(), "the page never got there"


def _state(view) -> dict:
    holder = {}
    view.page().runJavaScript("JSON.stringify(jaklapor.state)", 0, lambda r: holder.setdefault("s", json.loads(r)))
    loop = QEventLoop()
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: "s" in holder and loop.quit())
    timer.start()
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    return holder.get("s", {})


@pytest.fixture
def recorder(qapp):
    recorder = _Recorder()
    map_profile().setUrlRequestInterceptor(recorder)
    yield recorder
    map_profile().setUrlRequestInterceptor(None)


@pytest.fixture
def basemap(qapp, tmp_path):
    source = tile_source()
    before = source.basemap
    yield source
    source.configure(before)


def test_page_names_no_address_outside_the_app():
    html = page_html()
    assert "http://" not in html.replace('http-equiv', '') and "https://" not in html
    assert "default-src 'none'" in html, "the page itself forbids loading from anywhere else"


def test_every_request_is_the_apps_own_or_the_tile_servers(qtbot, qapp, recorder, basemap):
    server = _TileServer()
    try:
        basemap.configure(BasemapSettings(tile_url=server.url))
        view = MapWidget()
        qtbot.addWidget(view)
        view.resize(700, 500)
        view.show()
        _wait(qapp, lambda: view.ready and _state(view).get("basemap") == "online")
        assert recorder.urls, "the interceptor saw the page load"
        outside = [url for url in recorder.urls if not url.startswith("jaklapor://app/")]
        assert outside == [], f"the page asked for {outside}"
        assert any(url.startswith("jaklapor://app/tiles/") for url in recorder.urls)
        # Tiles reached the configured server, and nothing else did.
        assert server.paths and all(path.startswith("/osm/") and path.endswith(".png") for path in server.paths)
        assert _state(view)["notice"] == ""
    finally:
        server.close()


def test_no_tiles_at_all_shows_markers_and_says_the_basemap_is_offline(qtbot, qapp, recorder, basemap):
    from desktop.core.clustering import Bounds, Marker
    from desktop.services.map_data import MapFeatures

    basemap.configure(BasemapSettings(tile_url="http://127.0.0.1:9/{z}/{x}/{y}.png"))
    view = MapWidget()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    _wait(qapp, lambda: view.ready)
    view.show_features(MapFeatures(11, Bounds(-6.4, 106.6, -6.0, 107.0), (),
                                   (Marker(2**62 + 1, -6.2, 106.83, "waiting", True, True),), 1, "points"))
    _wait(qapp, lambda: _state(view).get("basemap") == "offline")
    state = _state(view)
    assert state["markers"] == 1
    assert "offline" in state["notice"].lower() or "luring" in state["notice"].lower()
    assert all(url.startswith("jaklapor://app/") for url in recorder.urls)


def test_an_mbtiles_file_is_the_offline_basemap(qtbot, qapp, tmp_path, basemap):
    path = tmp_path / "jakarta.mbtiles"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        db.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "Jakarta"), ("format", "png")])
        tile = _png((180, 200, 230))
        for x in range(1600, 1650):
            for y in range(1050, 1080):
                db.execute("INSERT INTO tiles VALUES (11, ?, ?, ?)", (x, (1 << 11) - 1 - y, tile))
    basemap.configure(BasemapSettings(tile_url="", mbtiles=str(path)))
    assert basemap.problem == ""
    view = MapWidget()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    _wait(qapp, lambda: view.ready and _state(view).get("basemap") in ("online", "partial"))


def test_a_broken_mbtiles_file_gives_a_visible_notice(qtbot, qapp, tmp_path, basemap):
    path = tmp_path / "broken.mbtiles"
    path.write_bytes(b"this is not a database" * 100)
    basemap.configure(BasemapSettings(tile_url="", mbtiles=str(path)))
    assert "broken.mbtiles" in basemap.problem
    view = MapWidget()
    qtbot.addWidget(view)
    view.show()
    _wait(qapp, lambda: view.ready and "broken.mbtiles" in _state(view).get("notice", ""))
