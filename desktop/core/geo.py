"""Jakarta's administrative areas and the geometry a report's location needs."""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from functools import cache
from importlib import resources

CITIES: tuple[str, ...] = (
    "Jakarta Pusat",
    "Jakarta Utara",
    "Jakarta Barat",
    "Jakarta Selatan",
    "Jakarta Timur",
    "Kepulauan Seribu",
)

# Two coarse boxes, (lat_min, lat_max, lon_min, lon_max), inclusive. They hug the
# mainland coast and the Thousand Islands so the open sea between them is "outside";
# the mainland box also takes in thin border strips of Tangerang, Depok and Bekasi.
MAINLAND_BOX: tuple[float, float, float, float] = (-6.38, -6.07, 106.68, 106.98)
# The eastern edge stops short of Pulau Damar (106.84): the open sea north of Ancol
# is a far commoner bad fix than a report from that lighthouse island.
SERIBU_BOX: tuple[float, float, float, float] = (-6.045, -5.19, 106.35, 106.80)
JAKARTA_BOXES: tuple[tuple[float, float, float, float], ...] = (MAINLAND_BOX, SERIBU_BOX)

EARTH_RADIUS_M = 6_371_008.8
METERS_PER_DEG_LAT = math.pi * EARTH_RADIUS_M / 180.0

# One longitude scale for the whole province: it spans under 1.2 degrees of
# latitude, so the error against a per-point cosine stays below 0.2 %.
_LON_SCALE = math.cos(math.radians(-6.0))
_CELL_DEG = 0.01
_CELL_HALF_DIAGONAL = math.hypot(_CELL_DEG * _LON_SCALE, _CELL_DEG) / 2.0


@dataclass(frozen=True, slots=True)
class Area:
    code: str
    city: str
    kecamatan: str
    kelurahan: str
    lat: float
    lon: float


@cache
def load_areas() -> tuple[Area, ...]:
    """Every kelurahan of DKI Jakarta, in code order."""
    text = resources.files("desktop.core").joinpath("data/jakarta_areas.json").read_text(encoding="utf-8")
    return tuple(
        Area(
            code=row["code"],
            city=row["city"],
            kecamatan=row["kecamatan"],
            kelurahan=row["kelurahan"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
        )
        for row in json.loads(text)["areas"]
    )


def _in_box(lat: float, lon: float, box: tuple[float, float, float, float]) -> bool:
    lat_min, lat_max, lon_min, lon_max = box
    return lat_min <= lat <= lat_max and lon_min <= lon <= lon_max


def _in_jakarta(lat: float, lon: float) -> bool:
    return any(_in_box(lat, lon, box) for box in JAKARTA_BOXES)


def location_problem(lat: float | None, lon: float | None) -> str | None:
    """None for a usable Jakarta location, else a short machine code for what is wrong."""
    if lat is None or lon is None or math.isnan(lat) or math.isnan(lon):
        return "missing"
    if lat == 0 and lon == 0:
        return "zero"
    if _in_jakarta(lat, lon):
        return None
    # Before the range check: a swapped Jakarta pair always has |lat| > 90.
    if _in_jakarta(lon, lat):
        return "swapped"
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return "out_of_range"
    return "outside_area"


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


class _NearestIndex:
    """Nearest centroid via a lazily filled grid of candidate lists.

    A cell keeps every area that can be nearest to some point of the cell: those within
    (distance of the cell centre's nearest area + one cell diagonal) of the centre.
    """

    def __init__(self, areas: tuple[Area, ...]) -> None:
        self._points = tuple((a.lat, a.lon * _LON_SCALE, a) for a in areas)
        # Cells are only cached near the province, so stray worldwide points cannot grow it.
        self._lat_min = MAINLAND_BOX[0] - 0.5
        self._lat_max = SERIBU_BOX[1] + 0.5
        self._lon_min = SERIBU_BOX[2] - 0.5
        self._lon_max = MAINLAND_BOX[3] + 0.5
        self._cells: dict[tuple[int, int], tuple[tuple[float, float, Area], ...]] = {}

    def nearest(self, lat: float, lon: float) -> Area:
        if not (self._lat_min <= lat <= self._lat_max and self._lon_min <= lon <= self._lon_max):
            return self._scan(self._points, lat, lon * _LON_SCALE)
        key = (math.floor(lat / _CELL_DEG), math.floor(lon / _CELL_DEG))
        candidates = self._cells.get(key)
        if candidates is None:
            candidates = self._cells[key] = self._candidates(key)
        return self._scan(candidates, lat, lon * _LON_SCALE)

    def _candidates(self, key: tuple[int, int]) -> tuple[tuple[float, float, Area], ...]:
        cy = (key[0] + 0.5) * _CELL_DEG
        cx = (key[1] + 0.5) * _CELL_DEG * _LON_SCALE
        dists = [math.hypot(py - cy, px - cx) for py, px, _ in self._points]
        limit = min(dists) + 2 * _CELL_HALF_DIAGONAL
        return tuple(p for p, d in zip(self._points, dists) if d <= limit)

    @staticmethod
    def _scan(points: tuple[tuple[float, float, Area], ...], y: float, x: float) -> Area:
        # Strict "<" keeps the first of equal candidates, so ties resolve by code order.
        best = points[0][2]
        best_d2 = math.inf
        for py, px, area in points:
            d2 = (py - y) ** 2 + (px - x) ** 2
            if d2 < best_d2:
                best_d2 = d2
                best = area
        return best


@cache
def _nearest_index() -> _NearestIndex:
    return _NearestIndex(load_areas())


def nearest_area(lat: float, lon: float) -> Area:
    """The kelurahan whose centroid is nearest (equirectangular distance)."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValueError(f"nearest_area needs finite coordinates, got ({lat}, {lon})")
    return _nearest_index().nearest(lat, lon)


def jitter_point(area: Area, rng: random.Random, radius_m: float) -> tuple[float, float]:
    """A point uniformly spread within radius_m of the area's centroid, inside Jakarta's boxes."""
    if radius_m < 0:
        raise ValueError(f"radius_m must not be negative, got {radius_m}")
    box = next((b for b in JAKARTA_BOXES if _in_box(area.lat, area.lon, b)), None)
    if box is None:
        raise ValueError(f"area {area.code} has its centroid outside Jakarta")
    # sqrt keeps the density uniform over the disc instead of bunching at the centre.
    r = radius_m * math.sqrt(rng.random())
    theta = 2 * math.pi * rng.random()
    lat = area.lat + r * math.cos(theta) / METERS_PER_DEG_LAT
    lon = area.lon + r * math.sin(theta) / (METERS_PER_DEG_LAT * math.cos(math.radians(area.lat)))
    # Clamping into the centroid's own box never moves the point farther from the
    # centroid (the box is convex and contains it), so the radius still holds.
    lat_min, lat_max, lon_min, lon_max = box
    return min(max(lat, lat_min), lat_max), min(max(lon, lon_min), lon_max)
