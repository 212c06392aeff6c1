"""No identity in a database dump, and no location in any stored or delivered photo."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import ExifTags, Image
from sqlalchemy import select

from db.models import Photo, Report
from desktop.core.photos import has_location_metadata, metadata_keys
from desktop.services import photos
from desktop.services.access import AccessDenied
from desktop.services.reports import get_report_detail


def test_pg_dump_of_a_seeded_central_database_holds_no_identity(central, needles):
    pg_dump = shutil.which("pg_dump")
    assert pg_dump, "pg_dump is needed (Debian package postgresql-client, in the Makefile's TEST_DEBS)"
    dump = subprocess.run([pg_dump, "--format=plain", "--no-owner", central.url], check=True,
                          capture_output=True).stdout
    assert b"COPY public.reporter_identities" in dump, "the dump must include the vault to prove anything"
    assert len(needles) > 300
    found = [needle for needle in needles if needle in dump]
    assert found == []


def _phone_photo() -> bytes:
    """A JPEG as a phone writes it, with the reporter's GPS position and camera in EXIF."""
    image = Image.effect_noise((320, 240), 60).convert("RGB")
    exif = image.getexif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Reporter's Phone"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (6.0, 10.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (106.0, 49.0, 12.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    assert has_location_metadata(out.getvalue())
    return out.getvalue()


@pytest.fixture(params=["sqlite", "postgresql"])
def photo_site(request):
    """(database for the officer, officer, database for DLH staff, DLH staff, a DLH report)."""
    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.services.auth import login

    if request.param == "sqlite":
        db = request.getfixturevalue("fresh_db")
        officer, staff = login(db, "petugas1", DEMO_PASSWORD), login(db, "staf.dlh", DEMO_PASSWORD)
        officer_db = staff_db = db
    else:
        central = request.getfixturevalue("central")
        officer_db, officer = central.session_of("petugas1")
        staff_db, staff = central.session_of("staf.dlh")
    with officer_db.session() as session:
        report_id = session.scalar(select(Report.id).where(Report.lead_agency_id == staff.agency_id).limit(1))
    return officer_db, officer, staff_db, staff, report_id


def test_no_stored_or_delivered_photo_keeps_gps(photo_site):
    officer_db, officer, staff_db, staff, report_id = photo_site
    original = photos.add_photo(officer_db, officer, report_id, _phone_photo())
    stored = photos.photo_data(officer_db, officer, original.id)
    assert not has_location_metadata(stored)
    assert not any(key.startswith(("gps:", "exif:")) for key in metadata_keys(stored))
    redacted = photos.save_redacted(officer_db, officer, original.id, [(10, 10, 80, 60)])
    delivered = photos.photo_data(staff_db, staff, redacted.id)
    assert not has_location_metadata(delivered) and delivered != stored
    detail = get_report_detail(staff_db, staff, report_id)
    assert detail.photo_kind == "redacted" and not has_location_metadata(detail.photo)
    with officer_db.session() as session:
        for data in session.scalars(select(Photo.data)):
            assert not has_location_metadata(data)


def test_agencies_never_get_the_original(photo_site):
    officer_db, officer, staff_db, staff, report_id = photo_site
    original = photos.add_photo(officer_db, officer, report_id, _phone_photo())
    assert "original" not in {p.kind for p in photos.photos_of(staff_db, staff, report_id)}
    with pytest.raises(AccessDenied):
        photos.photo_data(staff_db, staff, original.id)
    with pytest.raises(AccessDenied):
        photos.add_photo(staff_db, staff, report_id, _phone_photo(), kind="original")
    with pytest.raises(AccessDenied):
        photos.save_redacted(staff_db, staff, original.id, [])
    after = photos.add_photo(staff_db, staff, report_id, _phone_photo(), kind="after")
    assert not has_location_metadata(photos.photo_data(staff_db, staff, after.id))


def test_redaction_blurs_the_region_and_keeps_the_rest(fresh_db):
    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.services.auth import login

    officer = login(fresh_db, "petugas1", DEMO_PASSWORD)
    with fresh_db.session() as session:
        report_id = session.scalar(select(Report.id).limit(1))
    picture = Image.new("RGB", (200, 100), "white")
    for x in range(0, 100, 4):
        for y in range(100):
            picture.putpixel((x, y), (0, 0, 0))
    out = io.BytesIO()
    picture.save(out, "PNG")
    original = photos.add_photo(fresh_db, officer, report_id, out.getvalue())
    redacted = Image.open(io.BytesIO(photos.photo_data(
        fresh_db, officer, photos.save_redacted(fresh_db, officer, original.id, [(0, 0, 100, 100)]).id)))
    stripes = [redacted.getpixel((x, 50))[0] for x in range(0, 100)]
    assert max(stripes) - min(stripes) < 80, "the striped half is no longer readable"
    assert redacted.getpixel((150, 50))[0] > 240, "the untouched half stays as it was"
