"""A GeoJSON FeatureCollection: one Point feature per report (geometry null without one)."""

from __future__ import annotations

from typing import BinaryIO, Iterable

from desktop.core.export.open311 import timestamp, write_json_items
from desktop.core.export.public import PublicReport, with_progress
from desktop.core.progress import Progress


def feature(report: PublicReport) -> dict:
    geometry = None
    if report.lat is not None and report.lon is not None:
        # GeoJSON puts longitude first (RFC 7946).
        geometry = {"type": "Point", "coordinates": [report.lon, report.lat]}
    return {
        "type": "Feature",
        "id": report.reference,
        "geometry": geometry,
        "properties": {
            "reference": report.reference,
            "status": report.status,
            "status_name": report.status_names,
            "category": report.category_code,
            "category_name": report.category_name_en,
            "channel": report.channel,
            "emergency": report.emergency,
            "privacy": report.privacy,
            "title": report.title,
            "description": report.description,
            "address": report.address,
            "area": report.area,
            "lead_agency": report.lead_agency,
            "received_at": timestamp(report.received_at),
            "updated_at": timestamp(report.updated_at),
            "due_at": timestamp(report.due_at),
            "done_at": timestamp(report.done_at),
            "duplicate_of": report.duplicate_of,
        },
    }


def write(reports: Iterable[PublicReport], out: BinaryIO, total: int = 0, state: Progress | None = None) -> int:
    return write_json_items((feature(r) for r in with_progress(reports, total, state)), out,
                            b'{"type": "FeatureCollection", "features": [', b"\n]}\n")
