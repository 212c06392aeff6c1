"""The one place that decides what of a report may leave the command centre."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Iterator

from desktop.core.catalog import Privacy
from desktop.core.progress import Progress
from desktop.core.workflow import STATUS_INFO, Status


@dataclass(frozen=True, slots=True)
class PublicReport:
    reference: str
    status: str
    category_code: str
    category_name_en: str
    category_name_id: str
    channel: str
    privacy: str
    emergency: bool
    title: str
    # None for confidential reports: the citizen's own words can identify them.
    description: str | None
    address: str
    area: str
    lat: float | None
    lon: float | None
    received_at: datetime
    updated_at: datetime | None
    due_at: datetime | None
    done_at: datetime | None
    lead_agency: str | None
    duplicate_of: str | None

    @property
    def is_open(self) -> bool:
        return STATUS_INFO[Status(self.status)].open

    @property
    def status_names(self) -> str:
        """'Dispatched (Disposisi)': the detail Open311's bare open/closed cannot carry."""
        info = STATUS_INFO[Status(self.status)]
        return f"{info.name_en} ({info.name_id})"


def public_report(*, reference: str, status: str, category_code: str, category_name_en: str,
                  category_name_id: str, channel: str, privacy: str, emergency: bool, title: str,
                  description: str, address: str, kelurahan: str | None, kecamatan: str | None,
                  city: str | None, lat: float | None, lon: float | None, location_problem: str | None,
                  area_lat: float | None, area_lon: float | None, received_at: datetime,
                  updated_at: datetime | None, due_at: datetime | None, done_at: datetime | None,
                  lead_agency: str | None, duplicate_of: str | None) -> PublicReport:
    """A report as a public list may show it.

    A confidential report keeps its category, status, area and dates; its description,
    title, street address and exact point stay inside (the point becomes the centre of
    its kelurahan, as the list shows only the kelurahan).
    """
    area = ", ".join(part for part in (
        f"Kel. {kelurahan}" if kelurahan else None, f"Kec. {kecamatan}" if kecamatan else None, city) if part)
    usable = location_problem is None and lat is not None and lon is not None
    if privacy == Privacy.CONFIDENTIAL.value:
        title, description, address = category_name_en, None, area
        lat, lon = (area_lat, area_lon) if area_lat is not None else (None, None)
    elif not usable:
        lat = lon = None
    return PublicReport(
        reference=reference, status=status, category_code=category_code, category_name_en=category_name_en,
        category_name_id=category_name_id, channel=channel, privacy=privacy, emergency=emergency, title=title,
        description=description, address=address, area=area, lat=lat, lon=lon, received_at=received_at,
        updated_at=updated_at, due_at=due_at, done_at=done_at, lead_agency=lead_agency, duplicate_of=duplicate_of)


def with_progress(reports: Iterable[PublicReport], total: int, state: Progress | None) -> Iterator[PublicReport]:
    """Pass the reports through, reporting progress (and honouring cancel) on the way."""
    for done, report in enumerate(reports):
        if state is not None:
            state.advance(done, total)
        yield report
