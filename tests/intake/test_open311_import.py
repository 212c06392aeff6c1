"""Every Open311 reference file imports; importing again changes nothing."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from db.models import Category, ImportRun, IntakeService, Report
from desktop.core.intake import open311
from desktop.services.intake import import_data, import_file
from tests.intake.conftest import sample_files

NOW = datetime(2026, 11, 2, tzinfo=timezone.utc)


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_each_sample_parses_without_a_single_rejection(path, samples):
    result = open311.parse(path.read_bytes(), NOW)
    assert result.rejections == ()
    assert len(result.records) + len(result.services) > 0


def test_sample_set_is_the_expected_one(samples):
    names = {p.name for p in sample_files()}
    assert {"bloomington_requests.json", "requests_many.xml", "services_giessen.xml"} <= names


def _count(db, model=Report, *where):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_every_sample_imports_and_a_second_import_changes_nothing(fresh_db, officer, identity_key, samples):
    before = _count(fresh_db)
    first = [import_file(fresh_db, officer, path, fmt="open311", key=identity_key) for path in sample_files()]
    assert all(s.outcome == "done" and s.rejected == 0 for s in first)
    requests = sum(s.imported for s in first if not s.services)
    # requests_single.xml repeats the first record of requests_many.xml: one report, not two.
    assert requests == 21 + 2 + 2
    assert _count(fresh_db) == before + requests
    assert _count(fresh_db, IntakeService) == 46 + 10 + 3 + 8

    again = [import_file(fresh_db, officer, path, fmt="open311", key=identity_key) for path in sample_files()]
    assert sum(s.imported + s.updated for s in again) == 0
    assert sum(s.unchanged for s in again) == sum(s.imported + s.unchanged for s in first)
    assert _count(fresh_db) == before + requests
    assert _count(fresh_db, ImportRun) == 2 * len(sample_files())


def test_imported_requests_keep_channel_external_id_and_flag_foreign_locations(fresh_db, officer, samples):
    import_file(fresh_db, officer, samples / "requests_many.xml", fmt="open311", channel="lapor")
    with fresh_db.session() as session:
        report = session.scalar(select(Report).where(Report.external_id == "101005420892"))
        category = session.get(Category, report.category_id)
    assert report.channel == "lapor" and report.status == "waiting"
    assert report.reference.startswith("JL-1807-")
    # Toronto is not Jakarta: kept, but flagged so the map does not draw it.
    assert report.location_problem == "outside_area" and report.area_id is None
    assert category.code == "jalan_rusak"  # "Road - Pot hole"
    assert report.title == "Road - Pot hole"


def test_a_changed_record_updates_the_same_report(fresh_db, officer):
    first = b'[{"service_request_id": "X-1", "service_code": "sampah", "requested_datetime": "2026-10-01T08:00:00+07:00",' \
            b' "description": "Sampah menumpuk", "lat": -6.2, "long": 106.8}]'
    second = first.replace(b"Sampah menumpuk", b"Sampah menumpuk dan berbau")
    a = import_data(fresh_db, officer, first, fmt="open311", source="a.json", now=NOW)
    b = import_data(fresh_db, officer, second, fmt="open311", source="a.json", now=NOW)
    assert (a.imported, b.imported, b.updated) == (1, 0, 1)
    assert _count(fresh_db, Report, Report.external_id == "X-1") == 1
    with fresh_db.session() as session:
        report = session.scalar(select(Report).where(Report.external_id == "X-1"))
    assert report.description == "Sampah menumpuk dan berbau" and report.version == 2
    assert report.area_id is not None and report.location_problem is None


def test_a_service_list_teaches_the_categories_of_later_requests(fresh_db, officer, samples):
    import_file(fresh_db, officer, samples / "bloomington_services.json", fmt="open311", channel="lapor")
    request = b'[{"service_request_id": "B-1", "service_code": "4e090d24992b941e78000019",' \
              b' "requested_datetime": "2026-10-01T08:00:00Z"}]'
    import_data(fresh_db, officer, request, fmt="open311", source="b.json", channel="lapor", now=NOW)
    with fresh_db.session() as session:
        code = session.scalar(select(Category.code).join(Report, Report.category_id == Category.id)
                              .where(Report.external_id == "B-1"))
    assert code == "jalan_rusak"  # "Potholes, Other Street Repair" in the service list


def test_closed_requests_arrive_done_with_the_source_notes(fresh_db, officer):
    data = b"""<?xml version="1.0"?><service_requests><request><service_request_id>T-9</service_request_id>
      <status>closed</status><status_notes>Fixed by crew 4</status_notes><service_name>Street Lights</service_name>
      <requested_datetime>2026-10-01T08:00:00+07:00</requested_datetime>
      <updated_datetime>2026-10-02T08:00:00+07:00</updated_datetime></request></service_requests>"""
    summary = import_data(fresh_db, officer, data, fmt="open311", source="t.xml", now=NOW)
    assert summary.imported == 1
    with fresh_db.session() as session:
        report = session.scalar(select(Report).where(Report.external_id == "T-9"))
    assert report.status == "done" and report.done_at == datetime(2026, 10, 2, 1, tzinfo=timezone.utc)
