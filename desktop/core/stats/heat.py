"""The heat view: one measure per kelurahan, as a share of the worst kelurahan's value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stats.measures import Ratio


class HeatMeasure(StrEnum):
    RECEIVED = "received"
    OVERDUE = "overdue"
    LATE = "late"
    DISSATISFIED = "dissatisfied"


MEASURE_NAMES = {
    HeatMeasure.RECEIVED: QT_TRANSLATE_NOOP("supervision", "Reports received in the period"),
    HeatMeasure.OVERDUE: QT_TRANSLATE_NOOP("supervision", "Open reports past their deadline now"),
    HeatMeasure.LATE: QT_TRANSLATE_NOOP("supervision", "Share of deadlines missed"),
    HeatMeasure.DISSATISFIED: QT_TRANSLATE_NOOP("supervision", "Share of ratings of 1 or 2"),
}
# A share over fewer reports than this says more about chance than about the kelurahan.
MIN_FOR_SHARE = 3


@dataclass(frozen=True)
class AreaCounts:
    """What one kelurahan counts: reports of the period, and open overdue reports now."""

    kelurahan: str
    kecamatan: str
    lat: float
    lon: float
    received: int = 0
    on_time: int = 0
    late: int = 0
    ratings: int = 0
    poor_ratings: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class HeatCell:
    lat: float
    lon: float
    label: str
    value: float
    # 0 (least) to 1 (the worst kelurahan), for colour.
    intensity: float
    count: int


def _value(area: AreaCounts, measure: HeatMeasure) -> tuple[float | None, int]:
    if measure == HeatMeasure.RECEIVED:
        return float(area.received), area.received
    if measure == HeatMeasure.OVERDUE:
        return float(area.overdue), area.overdue
    ratio = Ratio(area.late, area.on_time + area.late) if measure == HeatMeasure.LATE \
        else Ratio(area.poor_ratings, area.ratings)
    if ratio.whole < MIN_FOR_SHARE:
        return None, ratio.whole
    return ratio.percent, ratio.whole


def heat_cells(areas: Iterable[AreaCounts], measure: HeatMeasure) -> tuple[HeatCell, ...]:
    """The kelurahan with something to show for ``measure``, most intense first."""
    valued = []
    for area in areas:
        value, count = _value(area, measure)
        if value:
            valued.append((area, value, count))
    top = max((value for _a, value, _c in valued), default=0.0)
    cells = [HeatCell(a.lat, a.lon, f"{a.kelurahan}, {a.kecamatan}", value, value / top, count)
             for a, value, count in valued]
    return tuple(sorted(cells, key=lambda c: (-c.intensity, c.label)))
