"""Printing benchmark figures: one JSON object with --json, aligned lines otherwise."""

from __future__ import annotations

import json
import resource
import statistics
import sys


def percentiles(samples_ms: list[float], name: str) -> dict[str, float]:
    """``<name>_p50_ms`` and ``<name>_p95_ms`` (nearest-rank p95, honest for few samples)."""
    ordered = sorted(samples_ms)
    rank = max(0, min(len(ordered) - 1, -(-95 * len(ordered) // 100) - 1))
    return {f"{name}_p50_ms": round(statistics.median(ordered), 2), f"{name}_p95_ms": round(ordered[rank], 2)}


def peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def print_figures(figures: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(figures, sort_keys=True))
        return
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
