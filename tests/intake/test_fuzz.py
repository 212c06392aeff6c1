"""Fuzzing every importer: whatever arrives, nothing crashes and every refusal says where and why."""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import datetime, timezone
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, example, given, settings, strategies as st

from desktop.core.intake import fields, open311
from desktop.core.intake.csv_file import ColumnMapping, parse_csv

NOW = datetime(2026, 11, 2, tzinfo=timezone.utc)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAPPING = ColumnMapping("fuzz", {"external_id": "id", "received_at": "when", "description": "text",
                                 "lat": "lat", "lon": "lon", "category": "cat", "privacy": "privacy"})

REQUEST_FIELDS = ("service_request_id", "status", "service_code", "service_name", "description",
                  "requested_datetime", "updated_datetime", "address", "lat", "long", "status_notes", "email")
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=60), st.sampled_from(["2026-10-01T08:00:00+07:00", "2012-05-23", "23/05/2012", "open",
                                           "closed", "-6.2", "106.8", "95", "", "\ud800", "=cmd|' /C calc'!A0"]))
values = st.one_of(scalars, st.lists(scalars, max_size=2), st.dictionaries(st.text(max_size=5), scalars, max_size=2))
records = st.one_of(
    st.dictionaries(st.sampled_from(REQUEST_FIELDS), values, max_size=len(REQUEST_FIELDS)),
    scalars, st.lists(scalars, max_size=2))


def _check(result, items: int | None = None) -> None:
    """Every refusal names its record (or the file) and says why; what passed is clean."""
    for rejection in result.rejections:
        assert rejection.number >= 0
        assert rejection.reason.strip() and rejection.text().strip()
    if items is not None and not any(r.number == 0 for r in result.rejections):
        numbers = sorted([r.number for r in result.records] + [r.number for r in result.services]
                         + [r.number for r in result.rejections])
        assert numbers == list(range(1, items + 1))
    for record in result.records:
        assert record.external_id and len(record.description) <= fields.MAX_DESCRIPTION
        assert record.received_at.tzinfo is not None
        if record.lat is not None:
            assert -90 <= record.lat <= 90 and -180 <= record.lon <= 180
            assert math.isfinite(record.lat) and math.isfinite(record.lon)
        for text in (record.external_id, record.title, record.description, record.address):
            assert "\x00" not in text
            text.encode("utf-8")


@FUZZ
@given(st.binary(max_size=400))
@example(b"0")  # a bare number once crashed the file-level refusal
def test_open311_survives_any_bytes(data):
    _check(open311.parse(data, NOW))


@FUZZ
@given(st.binary(max_size=400))
def test_csv_survives_any_bytes(data):
    _check(parse_csv(b"id,when,text,lat,lon,cat,privacy\n" + data, MAPPING, NOW))


@FUZZ
@given(st.lists(records, max_size=8))
def test_open311_json_records_are_each_accepted_or_refused_with_a_reason(items):
    data = json.dumps(items, allow_nan=True).encode("utf-8", "surrogatepass")
    _check(open311.parse(data, NOW), len(items))


def _xml_text(value) -> str:
    # XML cannot carry control characters or lone surrogates at all; those cases are
    # covered by the raw-bytes test.
    text = "".join(ch for ch in str(value) if ch.isprintable() or ch in "\t\n")
    return escape(text.encode("utf-8", "ignore").decode("utf-8"))


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(REQUEST_FIELDS), scalars, max_size=8), max_size=6))
def test_open311_xml_records_are_each_accepted_or_refused_with_a_reason(items):
    body = "".join("<request>" + "".join(f"<{k}>{_xml_text(v) if v is not None else ''}</{k}>"
                                         for k, v in item.items()) + "</request>" for item in items)
    data = f'<?xml version="1.0" encoding="UTF-8"?><service_requests>{body}</service_requests>'.encode()
    _check(open311.parse(data, NOW), len(items))


@FUZZ
@given(st.lists(st.lists(st.one_of(st.text(max_size=40), st.sampled_from(
    ["2026-10-01T08:00:00+07:00", "-6.2", "106.8", "sampah", "rahasia", "x" * 4100, "1e309"])),
    min_size=0, max_size=9), max_size=8))
def test_csv_rows_are_each_accepted_or_refused_with_a_reason(rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "when", "text", "lat", "lon", "cat", "privacy"])
    kept = [r for r in rows if any(cell.strip() for cell in r)]
    for row in kept:
        writer.writerow(row)
    result = parse_csv(out.getvalue().encode("utf-8", "surrogatepass"), MAPPING, NOW)
    _check(result, len(kept))
