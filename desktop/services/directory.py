"""Reading the reference lists the screens offer: agencies and categories."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Agency, Category
from desktop.services.database import Database
from desktop.services.dto import AgencyView, CategoryView


def list_agencies(db: Database) -> tuple[AgencyView, ...]:
    with db.session() as session:
        rows = session.scalars(select(Agency).order_by(Agency.kind != "satpol", Agency.kind, Agency.code))
        return tuple(AgencyView(a.id, a.code, a.name, a.short_name, a.kind, a.active) for a in rows)


def list_categories(db: Database) -> tuple[CategoryView, ...]:
    with db.session() as session:
        rows = session.execute(
            select(Category, Agency.code).join(Agency, Agency.id == Category.default_agency_id).order_by(Category.code))
        return tuple(CategoryView(c.code, c.name_id, c.name_en, c.emergency, c.deadline_days, code) for c, code in rows)
