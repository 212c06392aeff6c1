"""Open311 GeoReport v2 ``GET requests`` documents, in JSON and XML."""

from __future__ import annotations

import json
from datetime import datetime
from typing import BinaryIO, Iterable
from xml.etree.ElementTree import Element, ElementTree, SubElement

from desktop.core.export.public import PublicReport, with_progress
from desktop.core.progress import Progress
from desktop.core.sla import WIB

# The Open311 schema's limit; longer descriptions are cut with an ellipsis.
MAX_DESCRIPTION = 4000
FIELDS = (
    "service_request_id", "status", "status_notes", "service_name", "service_code", "description",
    "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
    "address", "address_id", "zipcode", "lat", "long", "media_url",
)


def timestamp(moment: datetime | None) -> str | None:
    """W3C date-time with the zone, in Jakarta time as the city publishes it."""
    return None if moment is None else moment.astimezone(WIB).isoformat(timespec="seconds")


def status_notes(report: PublicReport) -> str:
    notes = report.status_names
    if report.duplicate_of:
        notes += f"; duplicate of {report.duplicate_of}"
    return notes


def request_dict(report: PublicReport) -> dict:
    description = report.description
    if description is not None and len(description) > MAX_DESCRIPTION:
        description = description[:MAX_DESCRIPTION - 1] + "…"
    return {
        "service_request_id": report.reference,
        "status": "open" if report.is_open else "closed",
        "status_notes": status_notes(report),
        "service_name": report.category_name_en,
        "service_code": report.category_code,
        "description": description,
        "agency_responsible": report.lead_agency,
        "service_notice": None,
        "requested_datetime": timestamp(report.received_at),
        "updated_datetime": timestamp(report.updated_at),
        "expected_datetime": timestamp(report.due_at),
        "address": report.address or None,
        "address_id": None,
        "zipcode": None,
        "lat": report.lat,
        "long": report.lon,
        "media_url": None,
    }


def write_json_items(items: Iterable[dict], out: BinaryIO, head: bytes = b"[", tail: bytes = b"\n]\n") -> int:
    """Stream a JSON array of objects, one per line, without building it in memory."""
    count = 0
    out.write(head)
    for item in items:
        out.write((b",\n" if count else b"\n") + json.dumps(item, ensure_ascii=False).encode("utf-8"))
        count += 1
    out.write(tail)
    return count


def write_json(reports: Iterable[PublicReport], out: BinaryIO, total: int = 0, state: Progress | None = None) -> int:
    return write_json_items((request_dict(r) for r in with_progress(reports, total, state)), out)


def write_xml(reports: Iterable[PublicReport], out: BinaryIO, total: int = 0, state: Progress | None = None) -> int:
    root = Element("service_requests")
    count = 0
    for report in with_progress(reports, total, state):
        request = SubElement(root, "request")
        for name, value in request_dict(report).items():
            SubElement(request, name).text = None if value is None else str(value)
        count += 1
    tree = ElementTree(root)
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return count
