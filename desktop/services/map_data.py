"""What the map draws for a viewport: clusters and markers for the inbox's filter.

City-wide views read the per-cell counts the database keeps for each pyramid level
(``map_cells``); filters those counts do not carry, and street zoom, read the located
reports themselves (``map_points``) within the viewport. Either way the answer is a few
hundred clusters or at most ``MARKER_LIMIT`` markers, whatever the number of reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Integer, case, func, select, type_coerce

from db.models import Category, MapCell, MapPoint
from desktop.core.clustering import (
    GRID_BITS, MAX_ZOOM, MIN_ZOOM, PYRAMID_LEVELS, Bounds, CellCount, Cluster, Marker, cluster_cells, grid_lat,
    grid_lon, level_for_zoom,
)
from desktop.core.progress import Progress
from desktop.services.database import Database
from desktop.services.dto import ReportQuery, UserSession
from desktop.services.reports import _filtered, scoped_points, sees_all

# From this zoom on, a viewport with few enough reports shows every one of them.
STREET_ZOOM = 16
MARKER_LIMIT = 2000
# Fields the pyramid's counts are split by; any other filter needs the points themselves.
_PYRAMID_FIELDS = {"statuses", "categories", "emergency_only"}


@dataclass(frozen=True)
class MapFeatures:
    zoom: int
    bounds: Bounds
    clusters: tuple[Cluster, ...]
    markers: tuple[Marker, ...]
    # Reports drawn (in clusters or as markers) for this viewport.
    shown: int
    # "pyramid" or "points": where the answer came from (the bench reports both).
    source: str


def _pyramid_can_answer(query: ReportQuery) -> bool:
    default = ReportQuery()
    return all(getattr(query, name) == getattr(default, name)
               for name in ReportQuery.__dataclass_fields__ if name not in _PYRAMID_FIELDS)


def _padded(bounds: Bounds, level: int) -> Bounds:
    """The viewport plus one cell all round, so clusters at the edge count their whole cell."""
    size = (1 << (GRID_BITS - level)) * 360.0 / (1 << GRID_BITS)
    return Bounds(max(-85.0, bounds.south - size), max(-180.0, bounds.west - size),
                  min(85.0, bounds.north + size), min(180.0, bounds.east + size))


def viewport(db: Database, user: UserSession, query: ReportQuery, bounds: Bounds, zoom: int,
             now: datetime | None = None, state: Progress | None = None) -> MapFeatures:
    """Clusters and markers for the reports matching ``query`` inside ``bounds`` at ``zoom``."""
    now = now or datetime.now(timezone.utc)
    zoom = max(MIN_ZOOM, min(MAX_ZOOM, int(zoom)))
    level = level_for_zoom(zoom)
    area = _padded(bounds, level)
    with db.session() as session:
        if zoom >= STREET_ZOOM:
            markers = _markers(session, user, query, area, now, db.dialect)
            if markers is not None:
                return MapFeatures(zoom, bounds, (), tuple(markers), len(markers), "points")
        if level <= PYRAMID_LEVELS[-1] and sees_all(user) and _pyramid_can_answer(query):
            source = "pyramid"
            cells_level = max(level, PYRAMID_LEVELS[0])
            cells = _pyramid_cells(session, query, area, cells_level)
        else:
            source = "points"
            cells_level = level
            cells = _point_cells(session, user, query, area, level, now, db.dialect)
    clusters, markers = cluster_cells(cells, cells_level, zoom, state)
    shown = sum(c.count for c in clusters) + len(markers)
    return MapFeatures(zoom, bounds, tuple(clusters), tuple(markers), shown, source)


def _grid_where(area: Bounds):
    gx_min, gx_max, gy_min, gy_max = area.grid_range()
    return MapPoint.gx.between(gx_min, gx_max), MapPoint.gy.between(gy_min, gy_max)


def _flag(column):
    """A boolean column as 0/1, summable on both databases."""
    return case((column, 1), else_=0)


def _markers(session, user, query, area, now, dialect) -> list[Marker] | None:
    """Every report in the viewport, or None when there are more than MARKER_LIMIT."""
    statement = scoped_points(_filtered(
        select(MapPoint.report_id, MapPoint.gx, MapPoint.gy, MapPoint.status, MapPoint.emergency,
               MapPoint.awaiting).where(*_grid_where(area)), query, now, dialect), user)
    rows = session.execute(statement.limit(MARKER_LIMIT + 1)).all()
    if len(rows) > MARKER_LIMIT:
        return None
    return [Marker(r[0], grid_lat(r[2]), grid_lon(r[1]), r[3], bool(r[4]), bool(r[5])) for r in rows]


def _pyramid_cells(session, query: ReportQuery, area: Bounds, level: int) -> list[CellCount]:
    shift = GRID_BITS - level
    gx_min, gx_max, gy_min, gy_max = area.grid_range()
    statement = (
        select(MapCell.cx, MapCell.cy, MapCell.status, func.sum(MapCell.n), func.sum(MapCell.sum_lat),
               func.sum(MapCell.sum_lon), func.sum(case((MapCell.awaiting, MapCell.n), else_=0)),
               func.max(_flag(MapCell.emergency)), func.max(MapCell.xor_id))
        .where(MapCell.level == level, MapCell.cx.between(gx_min >> shift, gx_max >> shift),
               MapCell.cy.between(gy_min >> shift, gy_max >> shift), MapCell.n > 0)
        .group_by(MapCell.cx, MapCell.cy, MapCell.status))
    if query.statuses:
        statement = statement.where(MapCell.status.in_(query.statuses))
    if query.categories:
        statement = statement.where(MapCell.category_id.in_(
            select(Category.id).where(Category.code.in_(query.categories))))
    if query.emergency_only:
        statement = statement.where(MapCell.emergency.is_(True))
    # A group of one report: that row's xor_id is the report's id.
    return [CellCount(r[0], r[1], r[2], int(r[3]), float(r[4]), float(r[5]), int(r[6]),
                      int(r[8]) if r[3] == 1 else None, bool(r[7]))
            for r in session.execute(statement)]


def _point_cells(session, user, query, area: Bounds, level: int, now, dialect) -> list[CellCount]:
    """Count the matching points per cell; grid places stand in for coordinates (within a metre),
    so the filter's own index answers without reading table rows."""
    shift = GRID_BITS - level
    cx = type_coerce(MapPoint.gx.op(">>")(shift), Integer).label("cx")
    cy = type_coerce(MapPoint.gy.op(">>")(shift), Integer).label("cy")
    statement = scoped_points(_filtered(
        select(cx, cy, MapPoint.status, func.count(), func.sum(MapPoint.gx), func.sum(MapPoint.gy),
               func.sum(_flag(MapPoint.awaiting)), func.min(MapPoint.report_id), func.max(_flag(MapPoint.emergency)))
        .where(*_grid_where(area)), query, now, dialect), user).group_by(cx, cy, MapPoint.status)
    return [CellCount(r[0], r[1], r[2], int(r[3]), grid_lat(int(r[5]), int(r[3])), grid_lon(int(r[4]), int(r[3])),
                      int(r[6]), r[7] if r[3] == 1 else None, bool(r[8]))
            for r in session.execute(statement)]
