"""The demo city: deterministic, realistic, consistent with the workflow."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.core.catalog import CATEGORY_BY_CODE, suggested_agency
from desktop.core.demo_data import HISTORY, generate
from desktop.core.geo import load_areas
from desktop.core.sla import load_holidays
from desktop.core.workflow import TRANSITIONS, Status
from tests.conftest import ANCHOR


@pytest.fixture(scope="module")
def reports():
    return list(generate(3000, 11, ANCHOR, load_holidays()))


def test_same_seed_same_data():
    first = list(generate(300, 5, ANCHOR, load_holidays()))
    second = list(generate(300, 5, ANCHOR, load_holidays()))
    assert first == second


def test_other_seed_other_data():
    first = list(generate(50, 5, ANCHOR, load_holidays()))
    other = list(generate(50, 6, ANCHOR, load_holidays()))
    assert [r.description for r in first] != [r.description for r in other]


def test_ids_and_references_unique(reports):
    assert len({r.id for r in reports}) == len(reports)
    assert len({r.reference for r in reports}) == len(reports)


def test_times_within_history_and_ordered(reports):
    received = [r.received_at for r in reports]
    assert received == sorted(received)
    assert min(received) >= ANCHOR - HISTORY and max(received) < ANCHOR
    for r in reports:
        assert all(r.received_at <= e.at < ANCHOR for e in r.events)
        assert [e.at for e in r.events] == sorted(e.at for e in r.events)


def test_histories_follow_the_workflow(reports):
    for r in reports:
        assert r.events[0].action == "received" and r.events[0].to_status == Status.WAITING
        for event in r.events[1:]:
            assert (Status(event.from_status), Status(event.to_status)) in TRANSITIONS, (r.reference, event)
        assert r.events[-1].to_status == r.status


def test_a_realistic_mix(reports):
    statuses = Counter(r.status for r in reports)
    assert statuses["done"] > len(reports) * 0.5
    assert all(statuses[s] > 0 for s in ("waiting", "dispatched", "in_progress", "coordination", "rejected"))
    privacy = Counter(r.privacy for r in reports)
    assert 0.12 < privacy["confidential"] / len(reports) < 0.28
    assert 0.05 < privacy["anonymous"] / len(reports) < 0.15
    assert all(r.identity is None for r in reports if r.privacy == "anonymous")
    assert all(r.identity is not None for r in reports if r.privacy != "anonymous")
    channels = Counter(r.channel for r in reports)
    assert {"jaki", "social_media", "sms", "email", "call_centre", "lapor", "walk_in"} <= set(channels)
    rated = [r for r in reports if r.rating]
    assert rated and all(r.status in ("done", "reopened") for r in rated)
    assert all(1 <= r.rating[0] <= 5 for r in rated)


def test_locations_are_real_kelurahan_and_a_few_are_broken(reports):
    codes = {a.code for a in load_areas()}
    assert all(r.area_code in codes for r in reports)
    broken = [r for r in reports if r.location_problem]
    assert 0 < len(broken) < len(reports) * 0.01
    assert {r.location_problem for r in broken} <= {"missing", "swapped", "zero"}


def test_dispatched_reports_go_to_the_suggested_agency(reports):
    areas = {a.code: a for a in load_areas()}
    routed = [r for r in reports if r.lead_agency and not any(e.action == "hand_back" for e in r.events)]
    assert routed
    for r in routed:
        assert r.lead_agency == suggested_agency(CATEGORY_BY_CODE[r.category], areas[r.area_code].kecamatan)
