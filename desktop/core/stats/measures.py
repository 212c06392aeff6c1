"""Shares and durations that never divide by zero and say when there is nothing to measure."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Ratio:
    """``part`` out of ``whole``; no share at all when ``whole`` is zero."""

    part: int = 0
    whole: int = 0

    @property
    def share(self) -> float | None:
        return self.part / self.whole if self.whole else None

    @property
    def percent(self) -> float | None:
        share = self.share
        return None if share is None else 100.0 * share

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.part + other.part, self.whole + other.whole)


@dataclass(frozen=True)
class Durations:
    """How long something took, in minutes: how many, the median and the 90th percentile."""

    count: int = 0
    median_min: float | None = None
    p90_min: float | None = None
    # Rows whose end came before their start (bad clocks or imports): left out, but counted.
    ignored: int = 0


def _nth(ordered: list[tuple[int, int]], rank: int) -> int:
    """The value at 1-based ``rank`` in a sorted histogram of (value, count)."""
    seen = 0
    for value, count in ordered:
        seen += count
        if seen >= rank:
            return value
    raise ValueError(f"rank {rank} beyond {seen} values")


def summarize_durations(histogram: Iterable[tuple[int, int]]) -> Durations:
    """Median (the middle value, or the mean of the two middle ones) and nearest-rank p90.

    ``histogram`` holds (minutes, how many) pairs, as SQL groups them; negative minutes
    are impossible durations and are only counted as ignored.
    """
    merged: dict[int, int] = {}
    ignored = 0
    for minutes, count in histogram:
        if count <= 0:
            continue
        if minutes < 0:
            ignored += count
        else:
            merged[minutes] = merged.get(minutes, 0) + count
    ordered = sorted(merged.items())
    total = sum(merged.values())
    if not total:
        return Durations(0, None, None, ignored)
    if total % 2:
        median = float(_nth(ordered, total // 2 + 1))
    else:
        median = (_nth(ordered, total // 2) + _nth(ordered, total // 2 + 1)) / 2
    p90 = float(_nth(ordered, math.ceil(0.9 * total)))
    return Durations(total, median, p90, ignored)


def mean(pairs: Iterable[tuple[int, int]]) -> float | None:
    """The mean of (value, how many) pairs; None when there are none."""
    total = weight = 0
    for value, count in pairs:
        total += value * count
        weight += count
    return total / weight if weight else None


# Durations are counted in buckets: exact minutes for the first two hours, tens of minutes up
# to a day, whole hours after that. The database keeps its daily counts in the same buckets
# (migration 0007), so a median is exact to the minute where minutes matter.
EXACT_MINUTES = 120
TEN_MINUTES_UNTIL = 24 * 60


def duration_bucket(minutes: int) -> int:
    """The bucket (its lowest minute) of a duration of whole ``minutes``; -1 for an impossible negative one."""
    if minutes < 0:
        return -1
    if minutes < EXACT_MINUTES:
        return minutes
    if minutes < TEN_MINUTES_UNTIL:
        return minutes - minutes % 10
    return minutes - minutes % 60
