"""The map's grid and the clustering of a viewport's grid cells into clusters and markers.

Locations are kept as integer grid coordinates: 2**26 columns around the world and as many
rows per 360 degrees of latitude, so cells are square in degrees, which near the equator is
within half a percent of square on a Web Mercator screen. A cell of level ``L`` is
``(gx >> (26 - L), gy >> (26 - L))``; at zoom ``z`` a level ``z + 2`` cell is 64 pixels wide.
The database counts reports per cell (desktop.services.map_data); this module turns those
counts into what the map draws.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

from desktop.core.progress import Progress
from desktop.core.workflow import STATUS_INFO, Status

GRID_BITS = 26
GRID_SCALE = (1 << GRID_BITS) / 360.0  # grid units per degree
# Levels whose counts the database keeps ready (migration 0002): zoom 8 to 15.
PYRAMID_LEVELS = range(10, 18)
CELL_PX_SHIFT = 2  # a level zoom+2 cell is 256 / 2**2 = 64 pixels
MIN_ZOOM, MAX_ZOOM = 3, 19
# Clusters whose centres are closer than this on screen are drawn as one.
MERGE_PX = 44
TILE_PX = 256


def grid_x(lon: float) -> int:
    return math.floor((lon + 180.0) * GRID_SCALE)


def grid_y(lat: float) -> int:
    return math.floor((90.0 - lat) * GRID_SCALE)


def grid_lon(sum_gx: float, n: int = 1) -> float:
    """The longitude sum of ``n`` points whose grid columns add up to ``sum_gx`` (each at its unit's centre)."""
    return (sum_gx + 0.5 * n) / GRID_SCALE - 180.0 * n


def grid_lat(sum_gy: float, n: int = 1) -> float:
    return 90.0 * n - (sum_gy + 0.5 * n) / GRID_SCALE


def level_for_zoom(zoom: int) -> int:
    return max(0, min(GRID_BITS, zoom + CELL_PX_SHIFT))


@dataclass(frozen=True, slots=True)
class Bounds:
    south: float
    west: float
    north: float
    east: float

    def union(self, other: Bounds) -> Bounds:
        return Bounds(min(self.south, other.south), min(self.west, other.west),
                      max(self.north, other.north), max(self.east, other.east))

    def grid_range(self) -> tuple[int, int, int, int]:
        """(gx_min, gx_max, gy_min, gy_max), inclusive, clamped to the world."""
        top = (1 << GRID_BITS) - 1
        return (max(0, grid_x(self.west)), min(top, grid_x(self.east)),
                max(0, grid_y(self.north)), min(top, grid_y(self.south)))


def cell_bounds(level: int, cx: int, cy: int) -> Bounds:
    size = (1 << (GRID_BITS - level)) / GRID_SCALE
    west = cx * size - 180.0
    north = 90.0 - cy * size
    return Bounds(north - size, west, north, west + size)


@dataclass(frozen=True, slots=True)
class CellCount:
    """Located reports of one status in one grid cell, as the database counted them."""

    cx: int
    cy: int
    status: str
    n: int
    sum_lat: float
    sum_lon: float
    awaiting: int
    # Set when the cell holds exactly one report of this status, so it can be a marker.
    report_id: int | None = None
    emergency: bool = False


@dataclass(frozen=True, slots=True)
class Marker:
    report_id: int
    lat: float
    lon: float
    status: str
    emergency: bool
    awaiting: bool


@dataclass(frozen=True, slots=True)
class Cluster:
    lat: float
    lon: float
    count: int
    # The most urgent status inside: the cluster wears its colour.
    status: str
    by_status: tuple[tuple[str, int], ...]
    awaiting: int
    bounds: Bounds


def most_urgent(statuses: Iterable[str]) -> str:
    return min(statuses, key=lambda s: STATUS_INFO[Status(s)].urgency)


class _Group:
    __slots__ = ("n", "sum_lat", "sum_lon", "awaiting", "by_status", "bounds", "single")

    def __init__(self, bounds: Bounds):
        self.n = 0
        self.sum_lat = self.sum_lon = 0.0
        self.awaiting = 0
        self.by_status: dict[str, int] = {}
        self.bounds = bounds
        self.single: CellCount | None = None

    def add(self, cell: CellCount) -> None:
        self.single = cell if self.n == 0 and cell.n == 1 else None
        self.n += cell.n
        self.sum_lat += cell.sum_lat
        self.sum_lon += cell.sum_lon
        self.awaiting += cell.awaiting
        self.by_status[cell.status] = self.by_status.get(cell.status, 0) + cell.n

    def absorb(self, other: _Group) -> None:
        self.single = None
        self.n += other.n
        self.sum_lat += other.sum_lat
        self.sum_lon += other.sum_lon
        self.awaiting += other.awaiting
        for status, n in other.by_status.items():
            self.by_status[status] = self.by_status.get(status, 0) + n
        self.bounds = self.bounds.union(other.bounds)

    @property
    def lat(self) -> float:
        return self.sum_lat / self.n

    @property
    def lon(self) -> float:
        return self.sum_lon / self.n


def cluster_cells(cells: Iterable[CellCount], level: int, zoom: int,
                  state: Progress | None = None) -> tuple[list[Cluster], list[Marker]]:
    """Fold per-cell counts into clusters and single-report markers for one zoom.

    Cells of ``level`` are first gathered into the zoom's own cells (the database may
    answer at a finer pyramid level), then neighbours whose centres would overlap on
    screen are merged, so the map never shows two bubbles on top of each other.
    """
    shift = max(0, level - level_for_zoom(zoom))
    target = level - shift
    groups: dict[tuple[int, int], _Group] = {}
    for done, cell in enumerate(cells):
        if state is not None:
            state.advance(done, 0)
        if cell.n <= 0:
            continue
        key = (cell.cx >> shift, cell.cy >> shift)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(cell_bounds(target, *key))
        group.add(cell)
    merged = _merge_close(list(groups.values()), zoom)
    clusters, markers = [], []
    for group in merged:
        single = group.single
        if group.n == 1 and single is not None and single.report_id is not None:
            markers.append(Marker(single.report_id, group.lat, group.lon, single.status, single.emergency,
                                  single.awaiting > 0))
            continue
        by_status = tuple(sorted(group.by_status.items(), key=lambda item: STATUS_INFO[Status(item[0])].urgency))
        clusters.append(Cluster(group.lat, group.lon, group.n, by_status[0][0], by_status, group.awaiting,
                                group.bounds))
    clusters.sort(key=lambda c: -c.count)
    return clusters, markers


def viewport_bounds(lat: float, lon: float, zoom: int, width_px: int, height_px: int) -> Bounds:
    """What a map of ``width_px`` by ``height_px`` centred on (lat, lon) shows at ``zoom``."""
    x, y = _pixels(lat, lon, zoom)
    scale = TILE_PX * (1 << zoom)

    def lat_at(py: float) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * py / scale))))

    return Bounds(lat_at(y + height_px / 2), (x - width_px / 2) / scale * 360.0 - 180.0,
                  lat_at(y - height_px / 2), (x + width_px / 2) / scale * 360.0 - 180.0)


def _pixels(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """Web Mercator pixel position at ``zoom``: what the officer sees on screen."""
    scale = TILE_PX * (1 << zoom)
    x = (lon + 180.0) / 360.0 * scale
    sin = math.sin(math.radians(max(-85.0, min(85.0, lat))))
    y = (0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * scale
    return x, y


def _merge_close(groups: list[_Group], zoom: int) -> list[_Group]:
    """Merge groups closer than MERGE_PX on screen, biggest first (each absorbs its neighbours)."""
    groups.sort(key=lambda g: -g.n)
    buckets: dict[tuple[int, int], list[int]] = {}
    positions = [_pixels(g.lat, g.lon, zoom) for g in groups]
    for index, (x, y) in enumerate(positions):
        buckets.setdefault((int(x // MERGE_PX), int(y // MERGE_PX)), []).append(index)
    absorbed = [False] * len(groups)
    result = []
    for index, group in enumerate(groups):
        if absorbed[index]:
            continue
        x, y = positions[index]
        bx, by = int(x // MERGE_PX), int(y // MERGE_PX)
        for nx in (bx - 1, bx, bx + 1):
            for ny in (by - 1, by, by + 1):
                for other in buckets.get((nx, ny), ()):
                    if other <= index or absorbed[other]:
                        continue
                    ox, oy = positions[other]
                    if (ox - x) ** 2 + (oy - y) ** 2 < MERGE_PX ** 2:
                        group.absorb(groups[other])
                        absorbed[other] = True
        result.append(group)
    return result
