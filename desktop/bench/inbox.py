"""Inbox at scale: filter + first page, text search, viewport clustering, select → detail.

Runs the services the inbox calls, in this process, on an embedded database of N demo
reports (seeded on the first run, then reused), the way an officer uses them: presets and
single filters, searches for references, streets, places and words, a tour of the city map
from overview to street zoom and back, and opening reports from the list. Each operation
is warmed up once, as in a running app, then timed over ``--rounds`` rounds.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from desktop import config
from desktop.bench.report import peak_rss_mb, percentiles
from desktop.bench.startup import bench_directory
from desktop.commands.arguments import count
from desktop.core.clustering import viewport_bounds
from desktop.core.geo import load_areas
from desktop.core.workflow import OPEN_STATUSES, UNROUTED

# The map as it sits beside the list on a command-centre screen.
MAP_PX = (960, 720)


def register(parser) -> None:
    parser.add_argument("--reports", type=count, default=1_000_000, help="reports in the embedded database")
    parser.add_argument("--rounds", type=count, default=3, help="timed rounds of every operation")


def _filters(now: datetime):
    from desktop.services.dto import ReportQuery

    open_statuses = tuple(sorted(s.value for s in OPEN_STATUSES))
    return [
        ReportQuery(), ReportQuery(statuses=open_statuses), ReportQuery(statuses=("waiting",)),
        ReportQuery(statuses=tuple(sorted(s.value for s in UNROUTED))),
        ReportQuery(statuses=open_statuses, emergency_only=True), ReportQuery(deadline="overdue"),
        ReportQuery(deadline="due_soon"), ReportQuery(received_from=now - timedelta(days=1)),
        ReportQuery(received_from=now - timedelta(days=7)), ReportQuery(categories=("banjir",)),
        ReportQuery(categories=("sampah",), statuses=open_statuses), ReportQuery(channels=("jaki",)),
        ReportQuery(agencies=("DLH",)), ReportQuery(city="Jakarta Selatan"),
        ReportQuery(city="Jakarta Pusat", kecamatan="Gambir"), ReportQuery(privacy=("confidential",)),
    ]


def _searches(references: list[str]):
    from desktop.services.dto import ReportQuery

    texts = references + ["banjir", "sampah menumpuk", "pohon tumbang", "Jl. Kramat Raya", "Gunung Sahari",
                          "tebet", "kebon jeruk", "dekat pasar", "banj", "lampu jalan mati"]
    return [ReportQuery(text=text) for text in texts]


def _tour():
    """(lat, lon, zoom) stops: the city, each city's centre closer in, street level, and back out."""
    areas = load_areas()
    centres = []
    for city in ("Jakarta Pusat", "Jakarta Selatan", "Jakarta Barat", "Jakarta Timur", "Jakarta Utara"):
        inside = [a for a in areas if a.city == city]
        centres.append((sum(a.lat for a in inside) / len(inside), sum(a.lon for a in inside) / len(inside)))
    stops = [(-6.2, 106.83, 11), (-6.2, 106.83, 12)]
    for lat, lon in centres:
        stops += [(lat, lon, 13), (lat, lon, 14), (lat + 0.004, lon + 0.006, 15), (lat, lon, 16),
                  (lat - 0.002, lon + 0.003, 17), (lat, lon, 15)]
    return stops + [(-6.2, 106.83, 11)]


def _timed(samples: list[float], fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    samples.append((time.perf_counter() - started) * 1000)
    return result


def run(args) -> dict:
    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.services.auth import login
    from desktop.services.database import open_database
    from desktop.services.dto import ReportQuery
    from desktop.services.map_data import viewport
    from desktop.services.reports import get_report_detail, list_reports

    directory = bench_directory(args.reports)
    db = open_database(config.embedded_url(directory))
    try:
        user = login(db, "petugas1", DEMO_PASSWORD)
        now = datetime.now(timezone.utc)
        filters = _filters(now)
        first = list_reports(db, user, ReportQuery(), limit=50)
        references = [row.reference for row in first.rows[:3]] + \
            [row.reference for row in list_reports(db, user, ReportQuery(statuses=("done",)), limit=2).rows]
        searches = _searches(references)
        open_query = ReportQuery(statuses=tuple(sorted(s.value for s in OPEN_STATUSES)))
        views = [(viewport_bounds(lat, lon, zoom, *MAP_PX), zoom, query)
                 for lat, lon, zoom in _tour() for query in (ReportQuery(), open_query)]
        opened = [row.id for query in filters[:6] for row in list_reports(db, user, query, limit=5).rows]

        timings: dict[str, list[float]] = {"filter": [], "search": [], "viewport": [], "detail": []}
        sources = {"pyramid": 0, "points": 0}
        for round_number in range(args.rounds + 1):
            # Round 0 warms caches as a running app's first minutes would; it is not counted.
            keep = round_number > 0
            for query in filters:
                _timed(timings["filter"] if keep else [], list_reports, db, user, query)
            for query in searches:
                _timed(timings["search"] if keep else [], list_reports, db, user, query)
            for bounds, zoom, query in views:
                features = _timed(timings["viewport"] if keep else [], viewport, db, user, query, bounds, zoom)
                sources[features.source] += keep
            for report_id in opened:
                _timed(timings["detail"] if keep else [], get_report_detail, db, user, report_id)
        figures: dict = {"reports": first.total}
        for name, samples in timings.items():
            figures.update(percentiles(samples, name))
        figures.update(viewports_from_pyramid=sources["pyramid"], viewports_from_points=sources["points"],
                       rounds=args.rounds, peak_rss_mb=peak_rss_mb())
        return figures
    finally:
        db.dispose()
