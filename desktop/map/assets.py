"""The files the map page may load, all from this installation: never from a CDN."""

from __future__ import annotations

import mimetypes
from pathlib import Path

import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster

from desktop.resources_path import resource_dir

# URL folder -> directory on disk. Nothing outside these folders is ever served.
ASSET_DIRS: dict[str, Path] = {
    "leaflet": Path(xstatic.pkg.leaflet.BASE_DIR),
    "markercluster": Path(xstatic.pkg.leaflet_markercluster.BASE_DIR),
    "map": resource_dir() / "map",
}
_TYPES = {".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml",
          ".html": "text/html"}


def asset_file(path: str) -> Path | None:
    """The file behind ``/assets/<folder>/<name>``, or None (unknown folder, missing, or escaping it)."""
    parts = path.strip("/").split("/", 2)
    if len(parts) != 3 or parts[0] != "assets" or parts[1] not in ASSET_DIRS:
        return None
    base = ASSET_DIRS[parts[1]].resolve()
    candidate = (base / parts[2]).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        return None
    return candidate


def mime_type(path: Path) -> str:
    return _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
