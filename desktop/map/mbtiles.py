"""Reading an MBTiles file: the offline basemap an installer can give a workstation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

RASTER_FORMATS = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


class MBTilesError(Exception):
    """The file is not an MBTiles basemap this app can show; the message says why."""


class MBTiles:
    """A read-only raster MBTiles file (the spec's TMS rows, flipped to the XYZ Leaflet asks for)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise MBTilesError(f"{self.path} does not exist or is not a file")
        try:
            self._db = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
            metadata = dict(self._db.execute("SELECT name, value FROM metadata").fetchall())
            self._db.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise MBTilesError(f"{self.path.name} is not an MBTiles file ({exc})") from None
        fmt = str(metadata.get("format", "png")).lower()
        if fmt not in RASTER_FORMATS:
            self._db.close()
            raise MBTilesError(f"{self.path.name} holds {fmt} tiles; the map needs raster tiles (png, jpg or webp)")
        self.mime = RASTER_FORMATS[fmt]
        self.name = str(metadata.get("name") or self.path.stem)
        self.attribution = str(metadata.get("attribution") or "")
        self.min_zoom = int(metadata.get("minzoom") or 0)
        self.max_zoom = int(metadata.get("maxzoom") or 22)

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        row = self._db.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, (1 << z) - 1 - y)).fetchone()
        return bytes(row[0]) if row else None

    def close(self) -> None:
        self._db.close()
