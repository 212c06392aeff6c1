"""Startup: process start to the main window showing the first page of reports.

Each run is a fresh process (cold interpreter, Qt and database), timed from just
before it is spawned to the moment it reports the first page painted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from desktop import config
from desktop.bench.report import percentiles
from desktop.commands.arguments import count

READY = "ready"


def register(parser) -> None:
    parser.add_argument("--reports", type=count, default=100_000, help="reports in the embedded database")
    parser.add_argument("--runs", type=count, default=7, help="number of cold starts")


def bench_directory(reports: int):
    """A reusable embedded database of ``reports`` demo reports, apart from the user's own."""
    from desktop.services.embedded import open_embedded

    directory = config.data_dir() / "bench" / f"startup-{reports}"
    directory.mkdir(parents=True, exist_ok=True)
    open_embedded(reports=reports, directory=directory).dispose()
    return directory


def run(args) -> dict:
    directory = bench_directory(args.reports)
    samples, peaks = [], []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for _ in range(max(args.runs, 1)):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "desktop.bench.startup_probe", str(directory)],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        line = child.stdout.readline().split()
        elapsed_ms = (time.perf_counter() - started) * 1000
        child.wait(timeout=60)
        if not line or line[0] != READY:
            raise RuntimeError("the app did not show its first page; run 'jaklapor-desk --demo' to see why")
        samples.append(elapsed_ms)
        peaks.append(float(line[1]))
    return {**percentiles(samples, "startup"), "reports": args.reports, "runs": len(samples),
            "peak_rss_mb": max(peaks)}
