"""CSV for spreadsheets, with formula injection neutralised.

A cell such as ``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0`` written by a citizen would
run as a formula when an officer opens the file in a spreadsheet; such cells get a
leading apostrophe so they show as the text they are.
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO, Iterable

from desktop.core.export.open311 import timestamp
from desktop.core.export.public import PublicReport, with_progress
from desktop.core.progress import Progress

COLUMNS = (
    "reference", "status", "category", "category_name", "channel", "emergency", "privacy", "received_at",
    "due_at", "done_at", "lead_agency", "area", "address", "lat", "lon", "title", "description", "duplicate_of",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value) -> str:
    """The cell text a spreadsheet shows literally."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)):
        return str(value).lower() if isinstance(value, bool) else str(value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def row(report: PublicReport) -> list[str]:
    values = (
        report.reference, report.status, report.category_code, report.category_name_en, report.channel,
        report.emergency, report.privacy, timestamp(report.received_at), timestamp(report.due_at),
        timestamp(report.done_at), report.lead_agency, report.area, report.address, report.lat, report.lon,
        report.title, report.description, report.duplicate_of,
    )
    return [neutralise(v) for v in values]


def write(reports: Iterable[PublicReport], out: BinaryIO, total: int = 0, state: Progress | None = None) -> int:
    # A byte-order mark makes spreadsheet programs read the file as UTF-8.
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(COLUMNS)
    count = 0
    for report in with_progress(reports, total, state):
        writer.writerow(row(report))
        count += 1
    text.flush()
    text.detach()
    return count
