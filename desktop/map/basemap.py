"""Which basemap the map shows: a tile server (OpenStreetMap by default) and/or an MBTiles file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from desktop import config

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"


class BasemapError(ValueError):
    """A tile URL or MBTiles file that cannot be used; the message says why."""


@dataclass(frozen=True)
class BasemapSettings:
    # Empty: no tile server at all (a LAN with no route out): cached tiles and MBTiles only.
    tile_url: str = DEFAULT_TILE_URL
    mbtiles: str = ""


def check_tile_url(url: str) -> str:
    """``url`` tidied, or BasemapError: http(s) with {z}, {x} and {y}; empty means none."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BasemapError(f"{url!r} is not an http(s) address; use e.g. {DEFAULT_TILE_URL}")
    missing = [key for key in ("{z}", "{x}", "{y}") if key not in url]
    if missing:
        raise BasemapError(f"the tile URL lacks {', '.join(missing)}; use e.g. {DEFAULT_TILE_URL}")
    return url


def tile_url_for(template: str, z: int, x: int, y: int) -> str:
    return template.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))


def cache_dir(template: str) -> Path:
    """Tiles shown from ``template``, kept for offline use; one folder per tile server."""
    return config.data_dir() / "tiles" / hashlib.sha256(template.encode()).hexdigest()[:16]


def load_basemap() -> BasemapSettings:
    from desktop.ui.settings import app_settings

    settings = app_settings()
    return BasemapSettings(str(settings.value("map/tile_url", DEFAULT_TILE_URL)),
                           str(settings.value("map/mbtiles", "")))


def save_basemap(basemap: BasemapSettings) -> None:
    from desktop.ui.settings import app_settings

    settings = app_settings()
    settings.setValue("map/tile_url", basemap.tile_url)
    settings.setValue("map/mbtiles", basemap.mbtiles)
    settings.sync()
