"""Supervisor review: the dashboard's figures, the queue review and a bulk preview, at city scale.

The database is the embedded one the startup benchmark seeds (reused when it exists). The
period is the 30 days up to the newest report, the screen's default; ``dashboard_all``
is the whole history. Each figure is timed from the service call to its frozen result,
as the screen asks for it.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from desktop import config
from desktop.bench.report import peak_rss_mb, percentiles
from desktop.commands.arguments import count

BULK_REPORTS = 500


def register(parser) -> None:
    parser.add_argument("--reports", type=count, default=100_000, help="reports in the embedded database")
    parser.add_argument("--runs", type=count, default=7, help="timed runs of each figure")


def _timed(figures: dict, name: str, runs: int, fn):
    """Run ``fn`` ``runs`` times; wall-clock percentiles, and the processor time the process itself spent
    (the database runs in-process), which a machine busy with other work does not inflate."""
    wall, cpu, result = [], [], None
    for _ in range(max(runs, 1)):
        started, processor = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - processor) * 1000)
    figures.update(percentiles(wall, name))
    figures.update(percentiles(cpu, f"{name}_cpu"))
    return result


def run(args) -> dict:
    from sqlalchemy import func, select

    from db.models import Report
    from desktop.bench.startup import bench_directory
    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.core.sla import WIB
    from desktop.core.stats.period import Period
    from desktop.core.workflow import WITH_AGENCY
    from desktop.services.auth import login
    from desktop.services.bulk import BulkAction, BulkRequest, preview
    from desktop.services.database import open_database
    from desktop.services.dto import ReportQuery
    from desktop.services.supervision import heat_by_area, load_dashboard, load_queues

    directory = bench_directory(args.reports)
    db = open_database(config.embedded_url(directory))
    try:
        user = login(db, "supervisor1", DEMO_PASSWORD)
        with db.session() as session:
            newest, total = session.execute(select(func.max(Report.received_at), func.count(Report.id))).one()
            with_agency = list(session.scalars(select(Report.id).where(
                Report.status.in_(sorted(s.value for s in WITH_AGENCY))).limit(BULK_REPORTS)))
        last = (newest or datetime.now(timezone.utc)).astimezone(WIB).date()
        month = Period(last - timedelta(days=29), last)
        history = Period(last - timedelta(days=365), last)
        now = datetime.now(timezone.utc)
        figures: dict = {"reports": total}
        board = _timed(figures, "dashboard", args.runs, lambda: load_dashboard(db, user, month, now=now))
        figures["dashboard_period_reports"] = board.reports
        board = _timed(figures, "dashboard_all", max(args.runs // 2, 1),
                       lambda: load_dashboard(db, user, history, now=now))
        figures["dashboard_all_reports"] = board.reports
        queues = _timed(figures, "queues", args.runs, lambda: load_queues(db, user, now=now))
        figures["open_reports"] = queues.total.total
        _timed(figures, "heat", args.runs, lambda: heat_by_area(db, user, month, ReportQuery(), now))
        request = BulkRequest(BulkAction.REROUTE, tuple(with_agency), "bench", agency="SDA")
        planned = _timed(figures, f"bulk_preview_{BULK_REPORTS}", args.runs, lambda: preview(db, user, request))
        figures["bulk_preview_changes"] = len(planned.applicable)
        figures["peak_rss_mb"] = peak_rss_mb()
        return figures
    finally:
        db.dispose()
