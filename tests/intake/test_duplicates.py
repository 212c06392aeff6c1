"""Duplicate detection groups the same incident and leaves near-misses apart; merge and un-merge."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update

from db.models import Agency, Assignment, Note, Report, ReporterIdentity, User
from desktop.core.dedup import Candidate, find_groups
from desktop.core.geo import METERS_PER_DEG_LAT
from desktop.core.identity_crypto import open_sealed
from desktop.core.roles import Role
from desktop.services.access import AccessDenied
from desktop.services.duplicates import (
    MergeError, dismiss_group, find_duplicate_groups, merge_duplicates, merged_incidents, unmerge,
)
from desktop.services.intake import import_data
from tests.intake.conftest import user

T0 = datetime(2026, 11, 1, 9, tzinfo=timezone.utc)
LAT, LON = -6.1900, 106.8230


def north(metres: float) -> float:
    return LAT + metres / METERS_PER_DEG_LAT


def test_a_planted_triple_is_grouped_and_near_misses_are_not():
    tree = [
        Candidate(1, "pohon_tumbang", LAT, LON, T0, "waiting"),
        Candidate(2, "pohon_tumbang", north(60), LON, T0 + timedelta(minutes=12), "dispatched"),
        Candidate(3, "pohon_tumbang", north(-80), LON, T0 + timedelta(minutes=40), "waiting"),
        # Near-misses: just past the 100 m radius, just past the 6 h emergency window,
        # another category on the very spot.
        Candidate(4, "pohon_tumbang", north(130), LON, T0 + timedelta(minutes=5), "waiting"),
        Candidate(5, "pohon_tumbang", LAT, LON, T0 + timedelta(hours=6, minutes=5), "waiting"),
        Candidate(6, "sampah", LAT, LON, T0 + timedelta(minutes=1), "waiting"),
        # Civil registration has no place: never a duplicate by location.
        Candidate(7, "adminduk", LAT, LON, T0, "waiting"),
        Candidate(8, "adminduk", LAT, LON, T0, "waiting"),
    ]
    (group,) = find_groups(tree)
    assert set(group.members) == {1, 2, 3}
    # The one already dispatched is the natural primary: its dispatch serves all three.
    assert group.primary == 2
    assert group.distance_m[2] == 0 and 55 < group.distance_m[1] < 65


def test_chains_do_not_stretch_a_group():
    chain = [Candidate(i, "sampah", north(90 * i), LON, T0 + timedelta(minutes=i), "waiting") for i in range(5)]
    for group in find_groups(chain):
        assert max(group.distance_m.values()) <= 2 * 100


def test_dismissed_pairs_are_not_suggested_again():
    pair = [Candidate(1, "sampah", LAT, LON, T0, "waiting"), Candidate(2, "sampah", LAT, LON, T0, "waiting")]
    assert find_groups(pair)
    assert find_groups(pair, frozenset({(1, 2)})) == []


def _plant(db, officer, identity_key, rows) -> dict[str, int]:
    records = [{"service_request_id": ext, "service_code": category, "requested_datetime": when.isoformat(),
                "description": f"{category} {ext}", "lat": lat, "long": LON, **extra}
               for ext, category, lat, when, extra in rows]
    import_data(db, officer, json.dumps(records).encode(), fmt="open311", source="plant.json", channel="jaki",
                key=identity_key, now=T0 + timedelta(days=1))
    with db.session() as session:
        return dict(session.execute(select(Report.external_id, Report.id).where(Report.channel == "jaki",
                                                                                  Report.external_id.like("D-%"))).all())


ANCHOR_TIME = datetime.now(timezone.utc) - timedelta(hours=3)
PLANTED = [
    ("D-1", "pohon_tumbang", LAT, ANCHOR_TIME, {"first_name": "Rina", "phone": "0811111111"}),
    ("D-2", "pohon_tumbang", north(50), ANCHOR_TIME + timedelta(minutes=9), {"first_name": "Joko"}),
    ("D-3", "pohon_tumbang", north(-70), ANCHOR_TIME + timedelta(minutes=20), {}),
    ("D-4", "pohon_tumbang", north(160), ANCHOR_TIME + timedelta(minutes=3), {}),
    ("D-5", "sampah", LAT, ANCHOR_TIME + timedelta(minutes=2), {}),
]


@pytest.fixture
def planted(fresh_db, officer, identity_key):
    ids = _plant(fresh_db, officer, identity_key, PLANTED)
    with fresh_db.transaction() as session:
        session.execute(update(Report).where(Report.id == ids["D-2"]).values(privacy="confidential"))
        session.execute(update(Report).where(Report.id == ids["D-3"]).values(privacy="anonymous"))
    return ids


def _group_with(groups, report_id):
    return next((g for g in groups if report_id in {m.id for m in g.members}), None)


def test_the_service_finds_the_planted_triple(fresh_db, officer, planted):
    groups = find_duplicate_groups(fresh_db, officer)
    group = _group_with(groups, planted["D-1"])
    assert {m.id for m in group.members} == {planted["D-1"], planted["D-2"], planted["D-3"]}
    assert group.primary_id == planted["D-1"] and group.category_code == "pohon_tumbang"
    assert _group_with(groups, planted["D-4"]) is None and _group_with(groups, planted["D-5"]) is None


def _officer_account(db) -> int:
    with db.session() as session:
        return session.scalar(select(User.id).where(User.username == "petugas1"))


def test_merge_keeps_every_reporter_and_their_privacy_and_unmerge_restores(fresh_db, planted, identity_key):
    me = user(user_id=_officer_account(fresh_db))
    primary, second, third = planted["D-1"], planted["D-2"], planted["D-3"]
    with fresh_db.transaction() as session:
        agency = session.scalar(select(Agency.id).where(Agency.code == "DISTAMHUT"))
        session.execute(update(Report).where(Report.id == second).values(status="dispatched", lead_agency_id=agency))
        session.add(Assignment(id=77, report_id=second, agency_id=agency, role="lead", assigned_at=T0))
    changed = merge_duplicates(fresh_db, me, primary, [second, third])
    assert changed == {primary, second, third}
    with fresh_db.session() as session:
        reports = {r.id: r for r in session.scalars(select(Report).where(Report.id.in_(changed)))}
        identities = dict(session.execute(select(ReporterIdentity.report_id, ReporterIdentity.sealed)
                                          .where(ReporterIdentity.report_id.in_(changed))).all())
        assignment = session.get(Assignment, 77)
        note = session.scalar(select(Note.body).where(Note.report_id == primary, Note.kind == "merge"))
    assert reports[second].status == reports[third].status == "duplicate"
    assert reports[second].duplicate_of_id == reports[third].duplicate_of_id == primary
    # Each reporter stays with their own report, sealed to it, with their own privacy choice.
    assert open_sealed(identities[primary], primary, identity_key).name == "Rina"
    assert open_sealed(identities[second], second, identity_key).name == "Joko"
    assert third not in identities
    assert (reports[second].privacy, reports[third].privacy) == ("confidential", "anonymous")
    assert assignment.ended_at is not None and reports[second].lead_agency_id is None
    assert reports[second].reference in note and reports[third].reference in note

    (incident,) = [i for i in merged_incidents(fresh_db, me) if i.primary.id == primary]
    assert [m.id for m in incident.merged] == [second, third]
    assert [m.privacy for m in incident.merged] == ["confidential", "anonymous"]

    unmerge(fresh_db, me, second)
    with fresh_db.session() as session:
        restored = session.get(Report, second)
        assignment = session.get(Assignment, 77)
    assert (restored.status, restored.lead_agency_id, restored.duplicate_of_id) == ("dispatched", agency, None)
    assert assignment.ended_at is None and assignment.end_reason is None
    assert _group_with(find_duplicate_groups(fresh_db, me), second) is not None


def test_merge_refuses_what_the_workflow_forbids(fresh_db, planted):
    me = user(user_id=_officer_account(fresh_db))
    with fresh_db.transaction() as session:
        session.execute(update(Report).where(Report.id == planted["D-2"]).values(status="in_progress"))
    with pytest.raises(MergeError, match="cannot go to Duplicate|may not move"):
        merge_duplicates(fresh_db, me, planted["D-1"], [planted["D-2"]])
    with fresh_db.session() as session:
        assert session.get(Report, planted["D-2"]).status == "in_progress"
    with pytest.raises(AccessDenied):
        merge_duplicates(fresh_db, user(Role.AGENCY_STAFF, agency_id=1), planted["D-1"], [planted["D-3"]])


def test_a_dismissed_group_is_not_suggested_again(fresh_db, officer, planted):
    group = _group_with(find_duplicate_groups(fresh_db, officer), planted["D-1"])
    dismiss_group(fresh_db, officer, [m.id for m in group.members])
    assert _group_with(find_duplicate_groups(fresh_db, officer), planted["D-1"]) is None


def test_unmerging_a_report_that_is_not_merged_says_so(fresh_db, officer, planted):
    with pytest.raises(MergeError, match="is not merged"):
        unmerge(fresh_db, officer, planted["D-4"])
