"""Loading the city's reference data (agencies, areas, categories) into a database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, Area, Category
from desktop.core.catalog import CATEGORIES, CITY_AGENCIES, kecamatan_agencies
from desktop.core.geo import load_areas


def ensure_reference_data(session: Session) -> None:
    """Insert agencies, areas and categories that are missing; never touch existing rows,
    since an installer may have renamed or disabled them."""
    areas = load_areas()
    have_agencies = set(session.scalars(select(Agency.code)))
    for agency in (*CITY_AGENCIES, *kecamatan_agencies(areas)):
        if agency.code not in have_agencies:
            session.add(Agency(code=agency.code, name=agency.name, short_name=agency.short_name,
                               kind=agency.kind, city=agency.city, kecamatan=agency.kecamatan, active=True))
    have_areas = set(session.scalars(select(Area.code)))
    session.add_all(Area(code=a.code, city=a.city, kecamatan=a.kecamatan, kelurahan=a.kelurahan, lat=a.lat, lon=a.lon)
                    for a in areas if a.code not in have_areas)
    session.flush()
    agency_ids = dict(session.execute(select(Agency.code, Agency.id)).all())
    have_categories = set(session.scalars(select(Category.code)))
    session.add_all(
        Category(code=c.code, name_id=c.name_id, name_en=c.name_en, default_agency_id=agency_ids[c.default_agency],
                 emergency=c.emergency, deadline_days=c.deadline_days, dedup_radius_m=c.dedup_radius_m,
                 local=c.local, active=True)
        for c in CATEGORIES if c.code not in have_categories)
    session.flush()


def code_maps(session: Session) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Code → id for agencies, areas and categories."""
    agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
    areas = dict(session.execute(select(Area.code, Area.id)).all())
    categories = dict(session.execute(select(Category.code, Category.id)).all())
    return agencies, areas, categories
