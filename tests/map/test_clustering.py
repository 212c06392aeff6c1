"""The grid and the folding of per-cell counts into what the map draws (pure, no database)."""

from __future__ import annotations

from desktop.core.clustering import (
    Bounds, CellCount, cell_bounds, cluster_cells, grid_lat, grid_lon, grid_x, grid_y, level_for_zoom,
    viewport_bounds,
)


def _cell(level: int, lat: float, lon: float, status: str, n: int = 1, report_id=None, awaiting=0) -> CellCount:
    shift = 26 - level
    return CellCount(grid_x(lon) >> shift, grid_y(lat) >> shift, status, n, lat * n, lon * n, awaiting, report_id)


def test_grid_round_trips_within_a_metre():
    for lat, lon in ((-6.2, 106.83), (-6.125, 106.7), (-5.6, 106.55)):
        assert abs(grid_lat(grid_y(lat)) - lat) < 1e-5 and abs(grid_lon(grid_x(lon)) - lon) < 1e-5


def test_a_cell_contains_its_points():
    level = level_for_zoom(13)
    lat, lon = -6.2001, 106.8301
    box = cell_bounds(level, grid_x(lon) >> (26 - level), grid_y(lat) >> (26 - level))
    assert box.south <= lat <= box.north and box.west <= lon <= box.east


def test_cluster_takes_the_most_urgent_status_and_counts_all():
    level = level_for_zoom(12)
    cells = [_cell(level, -6.2, 106.83, "done", 40), _cell(level, -6.2, 106.83, "in_progress", 5),
             _cell(level, -6.2, 106.83, "waiting", 1)]
    clusters, markers = cluster_cells(cells, level, 12)
    assert markers == [] and len(clusters) == 1
    cluster = clusters[0]
    assert cluster.count == 46 and cluster.status == "waiting"
    assert dict(cluster.by_status) == {"done": 40, "in_progress": 5, "waiting": 1}
    assert cluster.bounds.south <= cluster.lat <= cluster.bounds.north


def test_a_lone_report_is_a_marker_and_keeps_its_id():
    level = level_for_zoom(15)
    clusters, markers = cluster_cells([_cell(level, -6.3, 106.75, "dispatched", 1, report_id=2**62 + 5, awaiting=1)],
                                      level, 15)
    assert clusters == []
    assert markers[0].report_id == 2**62 + 5 and markers[0].status == "dispatched" and markers[0].awaiting


def test_neighbours_that_would_overlap_on_screen_merge():
    level = level_for_zoom(12)
    # Two cells side by side, their centres a few pixels apart across the shared edge.
    edge_lon = grid_lon((grid_x(106.83) >> (26 - level)) << (26 - level)) - 0.5 / (2**26 / 360)
    left = _cell(level, -6.2, edge_lon - 0.0003, "done", 10)
    right = _cell(level, -6.2, edge_lon + 0.0003, "waiting", 3)
    assert (left.cx, left.cy) != (right.cx, right.cy)
    clusters, _ = cluster_cells([left, right], level, 12)
    assert len(clusters) == 1 and clusters[0].count == 13 and clusters[0].status == "waiting"


def test_far_apart_cells_stay_apart_and_finer_levels_fold_up():
    fine = level_for_zoom(15)
    cells = [_cell(fine, -6.20, 106.80, "done", 4), _cell(fine, -6.201, 106.801, "done", 2),
             _cell(fine, -6.30, 106.95, "waiting", 7)]
    clusters, _ = cluster_cells(cells, fine, 11)
    assert sorted(c.count for c in clusters) == [6, 7]


def test_viewport_bounds_surround_the_centre():
    box = viewport_bounds(-6.2, 106.83, 12, 1000, 800)
    assert isinstance(box, Bounds)
    assert box.south < -6.2 < box.north and box.west < 106.83 < box.east
    wider = viewport_bounds(-6.2, 106.83, 11, 1000, 800)
    assert wider.east - wider.west > (box.east - box.west) * 1.9
