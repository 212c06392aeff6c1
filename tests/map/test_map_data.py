"""Viewport clustering: the pyramid and the points agree, filters apply, bad locations never drawn."""

from __future__ import annotations

import pytest

from desktop.core.clustering import Bounds, viewport_bounds
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.services.auth import login
from desktop.services.dto import ReportQuery
from desktop.services.map_data import MARKER_LIMIT, viewport
from desktop.services.reports import list_reports

CITY = viewport_bounds(-6.2, 106.83, 11, 1200, 900)


@pytest.fixture(scope="module")
def officer(demo_db):
    return login(demo_db, "petugas1", DEMO_PASSWORD)


def _located(db, user, query) -> list:
    return [r for r in list_reports(db, user, query, limit=1000).rows if r.lat is not None]


@pytest.mark.parametrize("query", [ReportQuery(), ReportQuery(statuses=("waiting", "reopened")),
                                   ReportQuery(categories=("banjir",)), ReportQuery(emergency_only=True)])
def test_pyramid_answer_counts_every_located_report_once(demo_db, officer, query):
    view = viewport(demo_db, officer, query, CITY, 11)
    assert view.source == "pyramid"
    assert view.shown == len(_located(demo_db, officer, query))
    assert len(view.clusters) + len(view.markers) < 200, "a city view is a handful of features, not every report"


def test_points_path_agrees_with_the_pyramid(demo_db, officer):
    # The same reports through a filter the pyramid does not carry, matching everything.
    everything = ReportQuery(privacy=("public", "confidential", "anonymous"))
    by_points = viewport(demo_db, officer, everything, CITY, 11)
    by_pyramid = viewport(demo_db, officer, ReportQuery(), CITY, 11)
    assert by_points.source == "points" and by_points.shown == by_pyramid.shown


def test_street_zoom_shows_markers_with_real_ids(demo_db, officer):
    row = _located(demo_db, officer, ReportQuery())[0]
    box = Bounds(row.lat - 0.002, row.lon - 0.002, row.lat + 0.002, row.lon + 0.002)
    view = viewport(demo_db, officer, ReportQuery(), box, 17)
    assert view.clusters == () and 0 < len(view.markers) <= MARKER_LIMIT
    marker = next(m for m in view.markers if m.report_id == row.id)
    assert abs(marker.lat - row.lat) < 1e-5 and abs(marker.lon - row.lon) < 1e-5


def test_reports_without_valid_location_are_listed_not_drawn(demo_db, officer):
    listed = list_reports(demo_db, officer, ReportQuery(), limit=1000).rows
    broken = {r.id for r in listed if r.location_problem}
    assert broken, "the demo data has a few broken locations"
    world = Bounds(-85, -180, 85, 180)
    view = viewport(demo_db, officer, ReportQuery(), world, 3)
    assert view.shown == len(listed) - len(broken)
    street = viewport(demo_db, officer, ReportQuery(), Bounds(-1, -1, 1, 1), 17)
    assert street.markers == (), "nothing is drawn at 0,0 in the sea"


def test_search_filters_the_map_too(demo_db, officer):
    query = ReportQuery(text="banjir")
    view = viewport(demo_db, officer, query, CITY, 11)
    assert view.source == "points" and view.shown == len(_located(demo_db, officer, query)) > 0
