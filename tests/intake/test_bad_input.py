"""Bad records are refused one by one, with where and why; the good ones still import."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import select

from db.models import Report, ReporterIdentity
from desktop.core.identity_crypto import open_sealed
from desktop.core.intake import open311
from desktop.core.intake.csv_file import ColumnMapping, guess_mapping, parse_csv
from desktop.services.intake import import_data

NOW = datetime(2026, 11, 2, tzinfo=timezone.utc)
GOOD = {"service_request_id": "G-1", "service_code": "sampah", "requested_datetime": "2026-10-01T08:00:00+07:00",
        "description": "Sampah menumpuk", "lat": -6.2, "long": 106.8}


def _json(*records) -> bytes:
    return json.dumps(list(records)).encode()


def _reasons(result) -> dict[int, str]:
    return {r.number: r.text() for r in result.rejections}


def test_each_kind_of_bad_request_is_refused_with_its_record_number_and_reason():
    result = open311.parse(_json(
        GOOD,
        {**GOOD, "service_request_id": "B-2", "requested_datetime": "23/05/2012 15:55"},
        {**GOOD, "service_request_id": "B-3", "lat": 95.0, "long": 200.0},
        {**GOOD, "service_request_id": "B-4", "description": "x" * 5000},
        {**GOOD, "service_request_id": None},
        {**GOOD, "service_request_id": "B-6", "status": "pending"},
        {**GOOD, "service_request_id": "B-7", "lat": "north"},
        "not an object",
        {**GOOD, "service_request_id": "G-1"},
        {**GOOD, "service_request_id": "G-10", "lat": -6.21, "long": 106.81},
    ), NOW)
    assert [r.external_id for r in result.records] == ["G-1", "G-10"]
    reasons = _reasons(result)
    assert set(reasons) == {2, 3, 4, 5, 6, 7, 8, 9}
    assert "record 2: requested_datetime '23/05/2012 15:55' is not an ISO 8601" in reasons[2]
    assert "coordinates 95.0, 200.0 are out of range" in reasons[3]
    assert "description has 5000 characters; at most 4000" in reasons[4]
    assert "service_request_id is missing" in reasons[5]
    assert "status 'pending' is neither open nor closed" in reasons[6]
    assert "lat 'north' is not a number" in reasons[7]
    assert "must be an object" in reasons[8]
    assert "'G-1' appears again in this file (first as record 1)" in reasons[9]
    assert {r.external_id for r in result.rejections if r.number in (2, 3, 4)} == {"B-2", "B-3", "B-4"}


def test_a_wrongly_encoded_record_is_refused_alone():
    data = _json(GOOD, {**GOOD, "service_request_id": "L-2", "description": "PLACEHOLDER"})
    data = data.replace(b"PLACEHOLDER", "Jalan rusak di depan caf\xe9".encode("latin-1"))
    result = open311.parse(data, NOW)
    assert [r.external_id for r in result.records] == ["G-1"]
    assert "record 2: description is not valid UTF-8 text" in result.rejections[0].text()


def test_malformed_json_is_refused_with_its_line():
    result = open311.parse(b'[\n {"service_request_id": "A",\n  "status": open}\n]', NOW)
    (rejection,) = result.rejections
    assert rejection.number == 0 and rejection.line == 3
    assert rejection.text().startswith("file (line 3): not valid JSON")


def test_malformed_xml_is_refused_with_its_line():
    result = open311.parse(b"<service_requests>\n<request>\n<service_request_id>1</request>", NOW)
    (rejection,) = result.rejections
    assert rejection.number == 0 and rejection.line == 3 and "not valid XML" in rejection.text()


def test_xml_entity_bombs_and_external_entities_are_refused():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
    <service_requests><request><service_request_id>&lol2;</service_request_id></request></service_requests>"""
    external = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <service_requests><request><description>&x;</description></request></service_requests>"""
    for data in (bomb, external):
        (rejection,) = open311.parse(data, NOW).rejections
        assert "DTD or entities" in rejection.text()


def test_xml_records_carry_their_line_numbers():
    data = b"""<service_requests>
<request><service_request_id>1</service_request_id><service_code>x</service_code>
<requested_datetime>2026-10-01T08:00:00Z</requested_datetime></request>
<request><service_request_id>2</service_request_id><service_code>x</service_code>
<requested_datetime>yesterday</requested_datetime></request>
<unexpected/>
</service_requests>"""
    result = open311.parse(data, NOW)
    assert [(r.number, r.line) for r in result.records] == [(1, 2)]
    assert [(r.number, r.line) for r in result.rejections] == [(2, 4), (3, 6)]
    assert "unexpected element <unexpected>" in result.rejections[1].text()


def test_an_open311_error_response_says_so():
    (rejection,) = open311.parse(b'[{"code": 403, "description": "Invalid api_key"}]', NOW).rejections
    assert "error response: 403 Invalid api_key" in rejection.text()


CSV_HEADER = "id,waktu,kategori,laporan,lat,lon,nama,hp\n"


def test_bad_csv_rows_are_refused_with_their_lines_and_good_rows_import(fresh_db, officer, identity_key):
    rows = [
        "C-1,2026-10-01T08:00:00+07:00,sampah,Sampah menumpuk,-6.2,106.8,Budi Santoso,081234567890\n",
        "C-2,01-10-2026,sampah,Tanggal salah,-6.2,106.8,,\n",
        "C-3,2026-10-01 08:00,banjir,Koordinat salah,-96.2,406.8,,\n",
        "C-4,2026-10-01 08:00,banjir,,-6.2,106.8,,\n",
        f"C-5,2026-10-01 08:00,banjir,\"{'a' * 4001}\",-6.2,106.8,,\n",
        "C-6,2026-10-01 08:00,pohon_tumbang,\"Pohon tumbang\nmenutup jalan\",-6.25,106.85,,\n",
    ]
    data = (CSV_HEADER + "".join(rows)).encode() + "C-7,2026-10-01,sampah,caf\xe9,,,,\n".encode("cp1252")
    mapping = guess_mapping(CSV_HEADER.strip().split(","), "cc")
    mapping = ColumnMapping("cc", {**mapping.columns, "external_id": "id", "description": "laporan"})
    summary = import_data(fresh_db, officer, data, fmt="csv", source="cc.csv", channel="call_centre",
                          mapping=mapping, key=identity_key, now=NOW)
    assert (summary.imported, summary.rejected) == (2, 5)
    lines = summary.report_text().splitlines()
    assert lines[0] == "cc.csv: imported 2, updated 0, unchanged 0, rejected 5"
    assert "record 2 (line 3): received_at '01-10-2026' is not an ISO 8601" in lines[1]
    assert "record 3 (line 4): coordinates -96.2, 406.8 are out of range" in lines[2]
    assert "record 4 (line 5): the required field description is missing" in lines[3]
    assert "record 5 (line 6): description has 4001 characters" in lines[4]
    # The quoted line break in C-6 makes C-7 start on line 9.
    assert "record 7 (line 9): description is not valid UTF-8" in lines[5]
    with fresh_db.session() as session:
        report = session.scalar(select(Report).where(Report.external_id == "C-1"))
        sealed = session.scalar(select(ReporterIdentity.sealed).where(ReporterIdentity.report_id == report.id))
        stored = session.scalar(select(Report.description).where(Report.external_id == "C-6"))
    assert stored == "Pohon tumbang\nmenutup jalan"
    # The reporter is sealed, never stored in the open.
    identity = open_sealed(sealed, report.id, identity_key)
    assert (identity.name, identity.phone) == ("Budi Santoso", "081234567890")
    assert "Budi" not in report.description + report.title + report.address


def test_the_same_csv_in_its_own_encoding_imports_whole(officer):
    data = (CSV_HEADER + "C-7,2026-10-01,sampah,caf\xe9 tutup,,,,\n").encode("cp1252")
    mapping = ColumnMapping("cc", guess_mapping(CSV_HEADER.strip().split(",")).columns | {
        "external_id": "id", "description": "laporan"}, encoding="cp1252")
    result = parse_csv(data, mapping, NOW)
    assert result.rejections == () and result.records[0].description == "café tutup"


def test_a_mapping_naming_a_missing_column_refuses_the_file_clearly(officer):
    mapping = ColumnMapping("x", {"external_id": "ticket", "received_at": "waktu", "description": "laporan"})
    (rejection,) = parse_csv(CSV_HEADER.encode(), mapping, NOW).rejections
    assert rejection.number == 0
    assert "the column 'ticket' (for external_id) is not in the file; its columns are: 'id'" in rejection.text()


def test_personal_fields_in_an_open311_request_are_sealed_not_stored(fresh_db, officer, identity_key):
    data = _json({**GOOD, "service_request_id": "P-1", "first_name": "Siti", "last_name": "Rahma",
                  "email": "siti@example.id", "phone": "0812000111"})
    import_data(fresh_db, officer, data, fmt="open311", source="p.json", key=identity_key, now=NOW)
    with fresh_db.session() as session:
        report = session.scalar(select(Report).where(Report.external_id == "P-1"))
        sealed = session.scalar(select(ReporterIdentity.sealed).where(ReporterIdentity.report_id == report.id))
    assert open_sealed(sealed, report.id, identity_key).email == "siti@example.id"
    assert b"siti@example.id" not in sealed


def test_control_characters_are_dropped_but_the_text_kept():
    result = open311.parse(_json({**GOOD, "description": "Lampu\x00 mati\x07 total"}), NOW)
    assert result.records[0].description == "Lampu mati total"
