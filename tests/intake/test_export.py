"""Exports validate against the Open311 schemas and never carry a reporter's identity."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from db.models import Agency, AuditEntry, Report, ReporterIdentity
from desktop.core.identity_crypto import open_sealed
from desktop.core.intake.open311 import xml_items
from desktop.core.roles import Role
from desktop.services.access import AccessDenied
from desktop.services.dto import ReportQuery
from desktop.services.export import export_reports
from desktop.services.files import FolderMissing
from desktop.services.intake import import_data
from tests.intake.conftest import user

NOW = datetime(2026, 11, 2, tzinfo=timezone.utc)
FORMATS = ("open311-json", "open311-xml", "geojson", "csv")


def _export(db, tmp_path, fmt, query=ReportQuery(), who=None):
    out = tmp_path / f"out.{fmt}"
    summary = export_reports(db, who or user(), query, fmt, out, now=NOW)
    return summary, out.read_bytes()


def xml_as_json(data: bytes) -> list[dict]:
    """The XML document in the JSON shape, so the same schema checks its structure."""
    root, items = xml_items(data)
    assert root == "service_requests"
    converted = []
    for _line, item in items:
        assert item.pop("__tag__") == "request"
        for name in ("lat", "long"):
            if item.get(name) is not None:
                item[name] = float(item[name])
        converted.append(item)
    return converted


def _errors(validator, document) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_open311_json_and_xml_exports_validate_with_no_errors(fresh_db, tmp_path, requests_validator):
    summary, data = _export(fresh_db, tmp_path, "open311-json")
    document = json.loads(data)
    assert summary.count == len(document) == 300
    assert _errors(requests_validator, document) == []
    _, xml = _export(fresh_db, tmp_path, "open311-xml")
    converted = xml_as_json(xml)
    assert len(converted) == 300
    assert _errors(requests_validator, converted) == []


def test_the_validator_does_catch_a_broken_document(requests_validator):
    broken = [{"service_request_id": "1", "status": "dispatched", "service_code": "x",
               "requested_datetime": "yesterday"}]
    assert len(_errors(requests_validator, broken)) == 2


def _identities(db, key) -> list[str]:
    with db.session() as session:
        rows = session.execute(select(ReporterIdentity.report_id, ReporterIdentity.sealed)).all()
    values = []
    for report_id, sealed in rows:
        identity = open_sealed(sealed, report_id, key)
        values += [v for v in (identity.name, identity.phone, identity.email, identity.nik) if v]
    return values


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_export_carries_a_seeded_reporter_identity(fresh_db, tmp_path, identity_key, fmt):
    identities = _identities(fresh_db, identity_key)
    assert len(identities) > 500
    _, data = _export(fresh_db, tmp_path, fmt)
    text = data.decode("utf-8-sig")
    leaked = [value for value in identities if value in text]
    assert leaked == []


def test_statuses_deadline_and_agency_map_onto_open311(fresh_db, tmp_path):
    _, data = _export(fresh_db, tmp_path, "open311-json")
    by_reference = {r["service_request_id"]: r for r in json.loads(data)}
    with fresh_db.session() as session:
        rows = session.execute(select(Report.reference, Report.status, Report.due_at, Agency.name, Report.privacy)
                               .outerjoin(Agency, Agency.id == Report.lead_agency_id)).all()
    for reference, status, due, agency, privacy in rows:
        exported = by_reference[reference]
        closed = status in ("done", "rejected", "duplicate")
        assert exported["status"] == ("closed" if closed else "open")
        assert datetime.fromisoformat(exported["expected_datetime"]) == due
        assert exported["agency_responsible"] == agency
    notes = {r["status_notes"] for r in by_reference.values()}
    assert "Dispatched (Disposisi)" in notes and "Done (Selesai)" in notes


def test_confidential_reports_show_only_what_the_public_list_shows(fresh_db, tmp_path):
    _, data = _export(fresh_db, tmp_path, "open311-json", ReportQuery(privacy=("confidential",)))
    document = json.loads(data)
    with fresh_db.session() as session:
        descriptions = set(session.scalars(select(Report.description).where(Report.privacy == "confidential")))
    assert document and all(r["description"] is None for r in document)
    assert not any(d in data.decode() for d in descriptions)
    assert all(r["address"] is None or r["address"].startswith("Kel. ") for r in document)


def test_csv_export_neutralises_formulas(fresh_db, tmp_path, officer):
    hostile = b'[{"service_request_id": "F-1", "service_code": "sampah", "requested_datetime": "2026-10-01T08:00:00Z",' \
              b' "description": "=cmd|\' /C calc\'!A0", "address": "@SUM(1+1)", "lat": -6.2, "long": 106.8}]'
    import_data(fresh_db, officer, hostile, fmt="open311", source="f.json", now=NOW)
    _, data = _export(fresh_db, tmp_path, "csv", ReportQuery(text="calc"))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 1
    assert rows[0]["description"] == "'=cmd|' /C calc'!A0"
    assert rows[0]["address"] == "'@SUM(1+1)"
    # Numbers stay numbers: a negative latitude is not a formula.
    assert rows[0]["lat"] == "-6.2"


def test_geojson_is_a_feature_collection_with_longitude_first(fresh_db, tmp_path):
    _, data = _export(fresh_db, tmp_path, "geojson", ReportQuery(statuses=("waiting",)))
    document = json.loads(data)
    assert document["type"] == "FeatureCollection" and document["features"]
    for feature in document["features"]:
        assert feature["type"] == "Feature" and feature["properties"]["status"] == "waiting"
        if feature["geometry"] is not None:
            lon, lat = feature["geometry"]["coordinates"]
            assert 106 < lon < 107.1 and -6.5 < lat < -5


def test_an_export_is_audited_and_follows_the_filter(fresh_db, tmp_path):
    summary, data = _export(fresh_db, tmp_path, "open311-json", ReportQuery(statuses=("done",)))
    assert {r["status"] for r in json.loads(data)} == {"closed"}
    with fresh_db.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    detail = json.loads(entry.detail)
    assert detail["count"] == summary.count and detail["format"] == "open311-json"
    assert detail["filters"] == {"statuses": ["done"]}


def test_agency_staff_may_not_export_and_no_file_appears(fresh_db, tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(AccessDenied):
        _export(fresh_db, out, "csv", who=user(Role.AGENCY_STAFF, agency_id=1, agency_code="DLH"))
    assert list(out.iterdir()) == []


def test_an_export_into_a_missing_folder_is_refused_and_a_failed_one_leaves_no_file(fresh_db, tmp_path, monkeypatch):
    with pytest.raises(FolderMissing, match="does not exist"):
        _export(fresh_db, tmp_path / "nowhere", "csv")
    from desktop.services import export

    def broken(rows, stream, total, state):
        stream.write(b"half")
        raise OSError("disk full")
    monkeypatch.setitem(export.WRITERS, "csv", (broken, ".csv"))
    exports = tmp_path / "exports"
    exports.mkdir()
    with pytest.raises(OSError, match="disk full"):
        _export(fresh_db, exports, "csv")
    assert list(exports.iterdir()) == []


def test_hostile_imported_text_still_exports_valid_open311(fresh_db, tmp_path, officer, requests_validator):
    hostile = json.dumps([{"service_request_id": "H-1", "service_code": "sampah",
                           "requested_datetime": "2026-10-01T08:00:00Z",
                           "description": "<script>alert(1)</script> ]]> &amp; \u202e", "lat": -6.2, "long": 106.8}])
    import_data(fresh_db, officer, hostile.encode(), fmt="open311", source="h.json", now=NOW)
    _, xml = _export(fresh_db, tmp_path, "open311-xml", ReportQuery(text="script"))
    (record,) = xml_as_json(xml)
    assert record["description"] == "<script>alert(1)</script> ]]> &amp; \u202e"
    assert _errors(requests_validator, [record]) == []
