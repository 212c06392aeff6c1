"""Likely duplicates: the same incident reported through several channels.

Two reports are candidates when they share a category, lie within that category's
radius (``CategoryDef.dedup_radius_m``) and arrived within its time window. A group
grows around its first report (its anchor), so every member is close to the anchor
itself; chains of "each near the next" never stretch a group across a district.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

from desktop.core.catalog import CATEGORY_BY_CODE
from desktop.core.geo import METERS_PER_DEG_LAT, haversine_m
from desktop.core.progress import Progress
from desktop.core.workflow import Status

DEFAULT_WINDOW = timedelta(hours=48)
# An emergency is reported by many people within minutes; a fire the next day is a new fire.
EMERGENCY_WINDOW = timedelta(hours=6)

# The report furthest along in handling is the natural primary: its dispatch then serves all.
_HANDLING_RANK = {
    Status.IN_PROGRESS.value: 0, Status.COORDINATION.value: 1, Status.DISPATCHED.value: 2,
    Status.REOPENED.value: 3, Status.WAITING.value: 4,
}
_LON_SCALE = math.cos(math.radians(-6.0))


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    category: str
    lat: float
    lon: float
    received_at: datetime
    status: str


@dataclass(frozen=True)
class DuplicateGroup:
    category: str
    primary: int
    # Every member, the primary included, oldest first.
    members: tuple[int, ...]
    # Metres from the primary, for the officer to judge.
    distance_m: dict[int, float]
    latest: datetime


def window_for(category: str) -> timedelta:
    return EMERGENCY_WINDOW if CATEGORY_BY_CODE[category].emergency else DEFAULT_WINDOW


def radius_for(category: str) -> int:
    return CATEGORY_BY_CODE[category].dedup_radius_m


class _Group:
    __slots__ = ("anchor", "members")

    def __init__(self, anchor: Candidate):
        self.anchor = anchor
        self.members = [anchor]


def find_groups(candidates: Iterable[Candidate], dismissed: frozenset[tuple[int, int]] = frozenset(),
                state: Progress | None = None) -> list[DuplicateGroup]:
    """Groups of two or more likely duplicates, newest group first.

    ``dismissed`` holds (smaller id, larger id) pairs an officer said are different incidents.
    """
    ordered = sorted((c for c in candidates if c.category in CATEGORY_BY_CODE and radius_for(c.category) > 0),
                     key=lambda c: (c.received_at, c.id))
    # Per category, a grid of open groups keyed by cells one radius wide.
    grids: dict[str, dict[tuple[int, int], list[_Group]]] = {}
    groups: list[_Group] = []
    for done, candidate in enumerate(ordered):
        if state is not None:
            state.advance(done, len(ordered))
        radius = radius_for(candidate.category)
        window = window_for(candidate.category)
        grid = grids.setdefault(candidate.category, {})
        cy, cx = _cell(candidate, radius)
        best: tuple[float, _Group] | None = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for group in grid.get((cy + dy, cx + dx), ()):
                    anchor = group.anchor
                    if candidate.received_at - anchor.received_at > window:
                        continue
                    distance = haversine_m(anchor.lat, anchor.lon, candidate.lat, candidate.lon)
                    if distance > radius or (best is not None and distance >= best[0]):
                        continue
                    if any(_pair(m.id, candidate.id) in dismissed for m in group.members):
                        continue
                    best = (distance, group)
        if best is not None:
            best[1].members.append(candidate)
            continue
        group = _Group(candidate)
        groups.append(group)
        grid.setdefault((cy, cx), []).append(group)
        _forget_stale(grid.get((cy, cx)), candidate.received_at, window)
    found = [_result(g) for g in groups if len(g.members) > 1]
    found.sort(key=lambda g: g.latest, reverse=True)
    return found


def _cell(candidate: Candidate, radius: int) -> tuple[int, int]:
    y = candidate.lat * METERS_PER_DEG_LAT
    x = candidate.lon * METERS_PER_DEG_LAT * _LON_SCALE
    return math.floor(y / radius), math.floor(x / radius)


def _forget_stale(cell: list[_Group] | None, now: datetime, window: timedelta) -> None:
    """Drop groups whose anchor is too old to take anyone new, so cells stay short."""
    if cell:
        cell[:] = [g for g in cell if now - g.anchor.received_at <= window]


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def suggested_primary(members: list[Candidate]) -> Candidate:
    """The member furthest along in handling; among equals, the first to arrive."""
    return min(members, key=lambda c: (_HANDLING_RANK.get(c.status, 9), c.received_at, c.id))


def _result(group: _Group) -> DuplicateGroup:
    primary = suggested_primary(group.members)
    return DuplicateGroup(
        category=group.anchor.category, primary=primary.id,
        members=tuple(m.id for m in group.members),
        distance_m={m.id: round(haversine_m(primary.lat, primary.lon, m.lat, m.lon), 1) for m in group.members},
        latest=group.members[-1].received_at)
